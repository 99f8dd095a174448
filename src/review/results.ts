// Reading a filled-in results file (SPEC §4) and checking it against its
// agreement, with every finding at file:line:column like `agree check`: the
// loader (file, yaml-syntax), the schema (schemas/review-results.schema.json)
// and the results' rule set (check/rules/review/), run by the same engine as
// an agreement's rules on what the schema accepts. Their severities change
// with `agree review --rule id=level` and with the agreement's `rules:`.
//
// Status, answer and decision may be written as the checklist's words in any
// language ("erfüllt", "nicht erfüllt", "ja", "wird schriftlich geändert") or as
// the ids; the checked results carry the ids.
//
// The file is parsed like an agreement (same limits, positions, YAML 1.2) but
// without `extends`: a results file stands alone.

import type { Agreement, Lang, RuleSetting } from '../model/types.js';
import type { Diagnostic, Text } from '../check/diagnostic.js';
import { compareDiagnostics, loadProblems, runDiagnostics, runRuleSet, type RuleRun, type RuleSet } from '../check/engine.js';
import { ruleSettings } from '../check/run-rules.js';
import type { ResultsContext, ResultsRule } from '../check/rule.js';
import { resultsRules } from '../check/rules/review/index.js';
import { answerId, sameText, unansweredIn } from '../check/rules/review/_answers.js';
import type { LoadedDocument } from '../model/load.js';
import { decodeText, escapePointerSegment, parseYaml, pointerSegments, readText, type Location, type ParsedSource } from '../model/source.js';
import { listMeetings, listTasks } from '../model/tasks.js';
import { PartyIndex } from '../render/text/parties.js';
import type { Answer, Decision, QuestionKey, TaskStatus } from './words.js';
import { documentLanguage, pack } from '../lang/index.js';
import { lazy } from '../lang/lazy.js';
import { countsFromZero, goalIndex } from './goal-numbers.js';
import { open } from 'node:fs/promises';
import { localToday } from '../model/dates.js';
import { isAbsolute, resolve } from 'node:path';
import { displayPath, visible } from '../io/display.js';

const M = lazy((t) => t.diagnostics.results);

/** A results file as its schema allows it: statuses, answers and decisions in any language's words or as ids. */
export interface ResultsDocument {
  agreement: string;
  reviewDate?: string | null;
  participants?: string[];
  tasks: Record<string, { status?: string | null; note?: string | null }>;
  meetings?: Record<string, { held?: number | null; note?: string | null }>;
  questions?: Partial<Record<QuestionKey, { answer?: string | null; note?: string | null }>>;
  indicators?: Array<{ goal: number; indicator: string; value?: string | number | null; note?: string | null }>;
  decision?: string | null;
  amendments?: string[];
  nextReview?: { date?: string | null; owner?: string | null };
}

/** The results' rules and the schema they run behind. */
const resultsRuleSet: RuleSet<ResultsContext> = { schema: 'review-results', rules: resultsRules };

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
  /** `--rule id=…` for this run; they win over the agreement's `rules:` */
  overrides?: Record<string, RuleSetting>;
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
  const t = pack(options.lang);
  const diagnostics = loadProblems(loaded, t);
  if (loaded.value === null) return done(loaded.file, null, diagnostics);
  const run = checkResultsValue(loaded.value, options);
  diagnostics.push(...runDiagnostics(loaded, run, t));
  // results with errors are not evaluated; without, they passed the schema
  if (diagnostics.some((d) => d.severity === 'error')) return done(loaded.file, null, diagnostics);
  const value = loaded.value as Record<string, unknown>;
  const results = normalizeResults(value);
  // inside agree a goal is its position in the agreement; the file counts from 1 (or, written before, from 0)
  const fromZero = countsFromZero(value.indicators, options.agreement.goals);
  for (const entry of results.indicators ?? []) if (entry && typeof entry.goal === 'number') entry.goal = goalIndex(entry.goal, fromZero);
  return done(loaded.file, results, diagnostics);
}

/**
 * Schema and rules on a results file's value, against its checked agreement
 * (checkResults adds positions). The agreement's `rules:` set the results'
 * rules too; `overrides` (`--rule`) win.
 */
export function checkResultsValue(
  value: unknown,
  options: { agreement: Agreement; agreementFile: string; overrides?: Record<string, RuleSetting>; rules?: readonly ResultsRule[] },
): RuleRun {
  const doc = options.agreement;
  const tasks = listTasks(doc);
  const set = options.rules ? { ...resultsRuleSet, rules: options.rules } : resultsRuleSet;
  return runRuleSet<ResultsDocument, ResultsContext>(value, set, ruleSettings(doc.rules, options.overrides), (view) => ({
    results: view,
    agreement: doc,
    agreementFile: options.agreementFile,
    tasks,
    meetings: listMeetings(doc, tasks),
    parties: new PartyIndex(doc, documentLanguage(doc)),
    goalsFromZero: countsFromZero(view.indicators, doc.goals),
  }));
}

/** what a (valid) results file leaves unanswered: tasks without status, questions without answer, the decision */
export function unanswered(results: ReviewResults, taskIds: string[]): { tasks: number; questions: number; decision: boolean } {
  return unansweredIn(results, taskIds);
}

/**
 * The checked value with every status, answer and decision as its id. Empty
 * strings stay empty (not answered); the schema has ruled out anything else.
 */
export function normalizeResults(value: Record<string, unknown>): ReviewResults {
  const out = structuredClone(value) as unknown as ReviewResults;
  for (const entry of Object.values(out.tasks ?? {})) {
    if (entry && typeof entry.status === 'string' && entry.status !== '') entry.status = answerId('status', entry.status) as TaskStatus;
  }
  for (const entry of Object.values(out.questions ?? {})) {
    if (entry && typeof entry.answer === 'string' && entry.answer !== '') entry.answer = answerId('answers', entry.answer) as Answer;
  }
  if (typeof out.decision === 'string') out.decision = answerId('decisions', out.decision) as Decision;
  return out;
}

export { sameText };

function done(file: string, results: ReviewResults | null, diagnostics: Diagnostic[]): CheckedResults {
  diagnostics.sort(compareDiagnostics);
  return { file, results, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}
