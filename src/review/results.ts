// Reading a filled-in results file (SPEC §4) and checking it against its
// agreement, with every finding at file:line:column like `agree check`:
//   yaml-syntax, file             the file cannot be read or parsed
//   schema                        schemas/review-results.schema.json
//   review-agreement         err  `agreement` names another agreement
//   review-unknown-task      err  a task id (under tasks or meetings) the agreement does not have
//   review-not-recurring     err  meetings for a task that is not a shared task with a frequency
//   review-unknown-goal      err  an indicator's `goal` index the agreement does not have
//   review-unknown-party     err  nextReview.owner is no partner or unit of the agreement
//   review-missing-task      warn tasks of the agreement missing from the results (count as unanswered)
//   review-unknown-indicator warn an indicator the goal does not name (the value is still shown)
//   review-amend-without-request  warn  decision amend without amendments
//   review-incomplete        warn tasks, review questions or the decision are not answered
//
// Status, answer and decision may be written as the checklist's words in any
// language ("erfüllt", "nicht erfüllt", "ja", "wird schriftlich geändert") or as
// the ids; the checked results carry the ids.
//
// The file is parsed like an agreement (same limits, positions, YAML 1.2) but
// without `extends`: a results file stands alone.

import type { Agreement, Lang } from '../model/types.js';
import type { Diagnostic, Severity, Text } from '../check/diagnostic.js';
import { compareDiagnostics, locateDiagnostic } from '../check/engine.js';
import { validate } from '../check/schema.js';
import { closest } from '../check/suggest.js';
import type { LoadedDocument } from '../model/load.js';
import { decodeText, escapePointerSegment, parseYaml, pointerSegments, readText, type Location, type ParsedSource } from '../model/source.js';
import { listMeetings, listTasks } from '../model/tasks.js';
import type { Answer, Decision, QuestionKey, TaskStatus } from './words.js';
import { languages, pack } from '../lang/index.js';
import { lazy } from '../lang/lazy.js';

const M = lazy((t) => t.diagnostics.results);
import { QUESTION_KEYS } from './checklist.js';
import { countsFromZero, goalIndex } from './goal-numbers.js';
import { open } from 'node:fs/promises';
import { localToday } from '../model/dates.js';
import { isAbsolute, resolve } from 'node:path';
import { displayPath, visible } from '../io/display.js';

export interface ReviewResults {
  agreement: string;
  reviewDate?: string | null;
  participants?: string[];
  tasks: Record<string, { status?: TaskStatus | '' | null; note?: string | null }>;
  meetings?: Record<string, { held?: number | null; note?: string | null }>;
  questions?: Partial<Record<QuestionKey, { answer?: Answer | '' | null; note?: string | null }>>;
  indicators?: Array<{ goal: number; indicator: string; value?: string | number | null; note?: string | null }>;
  decision?: Decision | null;
  amendments?: string[];
  nextReview?: { date?: string | null; owner?: string | null };
}

export interface CheckedResults {
  /** display path as given */
  file: string;
  results: ReviewResults | null;
  diagnostics: Diagnostic[];
  ok: boolean;
}

export interface ResultsOptions {
  cwd: string;
  /** stdin when the path is "-" */
  stdinText?: Buffer;
  lang: Lang;
  /** the checked agreement the results belong to */
  agreement: Agreement;
  /** its display path, for messages */
  agreementFile: string;
}

/** Parses a results file with positions; no `extends`. */
export async function loadResults(input: string, options: { cwd: string; stdinText?: Buffer }): Promise<LoadedDocument> {
  const isStdin = input === '-';
  const path = isStdin ? null : resolve(options.cwd, input);
  const file = isStdin ? '<stdin>' : isAbsolute(input) ? displayPath(input, options.cwd) : visible(input);
  const read = path === null ? decodeText(options.stdinText ?? Buffer.alloc(0)) : await readText(path);
  const problem = (message: Text, line = 1, column = 1): LoadedDocument => ({
    file,
    path,
    value: null,
    chain: [file],
    paths: [path],
    problems: [{ ruleId: 'file', message, line, column, file, pointer: '' }],
    locate: () => null,
  });
  if ('problem' in read) return { ...problem(read.problem.message, read.problem.line, read.problem.column) };
  const source = parseYaml(file, read.text);
  if (source.problems.length > 0) {
    return { file, path, value: null, chain: [file], paths: [path], problems: source.problems.map((p) => ({ ...p, file, pointer: '' })), locate: locateIn(source) };
  }
  if (source.value === null || source.value === undefined) return problem(M.emptyFile);
  if (typeof source.value !== 'object' || Array.isArray(source.value)) {
    const at = source.locations.get('')!.value;
    return problem(M.notMapping, at.line, at.column);
  }
  return { file, path, value: source.value, chain: [file], paths: [path], problems: [], locate: locateIn(source) };
}


function locateIn(source: ParsedSource): LoadedDocument['locate'] {
  return (pointer) => {
    const segments = pointerSegments(pointer);
    for (let n = segments.length; n >= 0; n--) {
      const ptr = n === 0 ? '' : '/' + segments.slice(0, n).map(escapePointerSegment).join('/');
      const location: Location | undefined = source.locations.get(ptr);
      if (location) return { location, exact: n === segments.length };
    }
    return null;
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a results file: a results YAML, or the checklist PDF as filled in a
 * viewer (results-pdf.ts) — both give the same results and the same checks.
 */
export async function checkResultsFile(input: string, options: ResultsOptions & { today?: string }): Promise<CheckedResults> {
  const pdf = await readPdfInput(input, options);
  if (pdf) {
    const { loadResultsPdf } = await import('./results-pdf.js');
    const file = input === '-' ? '<stdin>' : isAbsolute(input) ? displayPath(input, options.cwd) : visible(input);
    const path = input === '-' ? null : resolve(options.cwd, input);
    return checkResults(loadResultsPdf(pdf, file, path, options.agreement, options.today ?? localToday()), options);
  }
  const loaded = await loadResults(input, options);
  return checkResults(loaded, options);
}

/** the bytes of `input` when it is a PDF (by its first bytes), else null; at most MAX_PDF_BYTES + 1 are read */
async function readPdfInput(input: string, options: { cwd: string; stdinText?: Buffer }): Promise<Uint8Array | null> {
  const { looksLikePdf, MAX_PDF_BYTES } = await import('./results-pdf.js');
  let bytes: Uint8Array;
  if (input === '-') {
    bytes = options.stdinText ?? Buffer.alloc(0);
  } else {
    let handle;
    try {
      handle = await open(resolve(options.cwd, input), 'r');
      const head = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (!looksLikePdf(head.subarray(0, bytesRead))) return null;
      const size = (await handle.stat()).size;
      bytes = Buffer.alloc(Math.min(size, MAX_PDF_BYTES + 1));
      await handle.read(bytes, 0, bytes.length, 0);
    } catch {
      return null; // the YAML loader reports why the file cannot be read
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }
  return looksLikePdf(bytes) ? bytes : null;
}


export function checkResults(loaded: LoadedDocument, options: Omit<ResultsOptions, 'cwd' | 'stdinText'>): CheckedResults {
  const diagnostics: Diagnostic[] = [];
  const t = pack(options.lang);
  const msg = (m: Text) => m(t);
  for (const p of loaded.problems) {
    diagnostics.push({ ruleId: p.ruleId, severity: 'error', message: msg(p.message), file: p.file, pointer: p.pointer, line: p.line, column: p.column, ...(p.field ? { field: p.field } : {}) });
  }
  if (loaded.value === null) return done(loaded.file, null, diagnostics);

  const report = (ruleId: string, severity: Severity, pointer: string, message: Text, atKey = false) => {
    diagnostics.push({ ruleId, severity, message: msg(message), pointer, ...locateDiagnostic(loaded, pointer, atKey) });
  };
  const schemaPointers: string[] = [];
  for (const issue of validate('review-results', loaded.value)) {
    // a task id that is not an id at all ("Erstberatung"): the schema's propertyNames
    // objects to the whole mapping; review-unknown-task below names the key, with a hint
    if ((issue.pointer === '/tasks' || issue.pointer === '/meetings') && (issue.keyword === 'pattern' || issue.keyword === 'propertyNames')) continue;
    report('schema', 'error', issue.pointer, issue.message, issue.atKey);
    schemaPointers.push(issue.pointer);
  }
  const covered = (pointer: string) => schemaPointers.some((p) => pointer === p || pointer.startsWith(p + '/'));
  const value = loaded.value as Record<string, unknown>;
  const doc = options.agreement;

  // the agreement the results belong to
  if (typeof value.agreement === 'string' && !covered('/agreement') && value.agreement !== doc.id) {
    report('review-agreement', 'error', '/agreement', M.wrongAgreement(value.agreement, doc.id, options.agreementFile));
  }

  const tasks = listTasks(doc);
  const taskIds = tasks.map((t) => t.id);
  const known = new Set(taskIds);
  if (isRecord(value.tasks)) {
    for (const id of Object.keys(value.tasks)) {
      const pointer = `/tasks/${escapePointerSegment(id)}`;
      if (!known.has(id) && !covered(pointer)) report('review-unknown-task', 'error', pointer, M.unknownTask(id, closest(id, taskIds), 'tasks'), true);
    }
    const missing = taskIds.filter((id) => !Object.prototype.hasOwnProperty.call(value.tasks, id));
    if (missing.length > 0 && !covered('/tasks')) report('review-missing-task', 'warning', '/tasks', M.missingTasks(missing), true);
  }

  if (isRecord(value.meetings)) {
    const recurring = listMeetings(doc, tasks).map((m) => m.id);
    for (const id of Object.keys(value.meetings)) {
      const pointer = `/meetings/${escapePointerSegment(id)}`;
      if (covered(pointer) || recurring.includes(id)) continue;
      const task = tasks.find((t) => t.id === id);
      if (!task) report('review-unknown-task', 'error', pointer, M.unknownTask(id, closest(id, recurring.length ? recurring : taskIds), 'meetings'), true);
      else report('review-not-recurring', 'error', pointer, M.notRecurring(id, task.kind === 'shared'), true);
    }
  }

  // `goal: 1` is the first goal; a file that counts from 0 (written before) is read as such, with a warning
  const fromZero = countsFromZero(value.indicators, doc.goals);
  if (fromZero && !covered('/indicators')) report('review-goal-numbering', 'warning', '/indicators', M.goalsFromZero, true);
  if (Array.isArray(value.indicators)) {
    const goals = doc.goals ?? [];
    value.indicators.forEach((entry, i) => {
      if (!isRecord(entry) || covered(`/indicators/${i}`)) return;
      const goal = entry.goal;
      if (typeof goal !== 'number') return;
      const index = goalIndex(goal, fromZero);
      if (index < 0 || index >= goals.length) {
        report('review-unknown-goal', 'error', `/indicators/${i}/goal`, M.unknownGoal(goal, goals.length));
        return;
      }
      const named = (goals[index]?.indicators ?? []).filter((x): x is string => typeof x === 'string');
      const indicator = entry.indicator;
      if (typeof indicator === 'string' && !named.some((n) => sameText(n, indicator))) {
        report('review-unknown-indicator', 'warning', `/indicators/${i}/indicator`, M.unknownIndicator(indicator, index + 1, closestText(indicator, named)));
      }
    });
  }

  if (isRecord(value.nextReview) && typeof value.nextReview.owner === 'string' && !covered('/nextReview/owner')) {
    const parties = (doc.partners ?? []).flatMap((p) => [p.id, ...(p.units ?? []).map((u) => u.id)]);
    const owner = value.nextReview.owner;
    if (!parties.includes(owner)) report('review-unknown-party', 'error', '/nextReview/owner', M.unknownParty(owner, closest(owner, parties)));
  }

  if (value.decision === 'amend' && !covered('/decision')) {
    const amendments = Array.isArray(value.amendments) ? value.amendments.filter((a) => typeof a === 'string' && a.trim() !== '') : [];
    if (amendments.length === 0) report('review-amend-without-request', 'warning', '/decision', M.amendWithoutRequest);
  }

  const ok = !diagnostics.some((d) => d.severity === 'error');
  if (!ok) return done(loaded.file, null, diagnostics);
  const results = normalizeResults(value);
  // inside agree a goal is its position in the agreement
  for (const entry of results.indicators ?? []) if (entry && typeof entry.goal === 'number') entry.goal = goalIndex(entry.goal, fromZero);
  const missing = unanswered(results, taskIds);
  if (missing.tasks > 0 || missing.questions > 0 || missing.decision) {
    report('review-incomplete', 'warning', missing.tasks > 0 ? '/tasks' : missing.questions > 0 ? '/questions' : '/decision', M.incomplete(missing, taskIds.length, QUESTION_KEYS.length), true);
  }
  return done(loaded.file, results, diagnostics);
}

/** what a (valid) results file leaves unanswered: tasks without status, questions without answer, the decision */
export function unanswered(results: ReviewResults, taskIds: string[]): { tasks: number; questions: number; decision: boolean } {
  const tasks = taskIds.filter((id) => !results.tasks?.[id]?.status).length;
  const questions = QUESTION_KEYS.filter((k) => !results.questions?.[k]?.answer).length;
  return { tasks, questions, decision: !results.decision };
}

/** word (any language) or id → id, for each of status, answer and decision */
const accepted = (() => {
  const maps = { status: new Map<string, string>(), answers: new Map<string, string>(), decisions: new Map<string, string>() };
  for (const w of languages().map((code) => pack(code).review)) {
    for (const kind of ['status', 'answers', 'decisions'] as const) {
      for (const [id, word] of Object.entries(w.accepted[kind])) {
        maps[kind].set(id, id);
        maps[kind].set(word, id);
      }
    }
  }
  return maps;
})();

/**
 * The checked value with every status, answer and decision as its id. Empty
 * strings stay empty (not answered); the schema has ruled out anything else.
 */
export function normalizeResults(value: Record<string, unknown>): ReviewResults {
  const out = structuredClone(value) as unknown as ReviewResults;
  for (const entry of Object.values(out.tasks ?? {})) {
    if (entry && typeof entry.status === 'string' && entry.status !== '') entry.status = (accepted.status.get(entry.status) ?? entry.status) as TaskStatus;
  }
  for (const entry of Object.values(out.questions ?? {})) {
    if (entry && typeof entry.answer === 'string' && entry.answer !== '') entry.answer = (accepted.answers.get(entry.answer) ?? entry.answer) as Answer;
  }
  if (typeof out.decision === 'string') out.decision = (accepted.decisions.get(out.decision) ?? out.decision) as Decision;
  return out;
}

/** texts compared as a reader would: case, white space and quotes do not matter */
export function sameText(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(s: string): string {
  return s.replace(/[„“”"‚‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function closestText(input: string, candidates: string[]): string | undefined {
  return closest(normalize(input), candidates.map(normalize)) !== undefined
    ? candidates.find((c) => normalize(c) === closest(normalize(input), candidates.map(normalize)))
    : undefined;
}

function done(file: string, results: ReviewResults | null, diagnostics: Diagnostic[]): CheckedResults {
  diagnostics.sort(compareDiagnostics);
  return { file, results, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}
