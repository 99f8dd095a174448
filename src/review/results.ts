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
import type { Diagnostic } from '../check/diagnostic.js';
import { compareDiagnostics, loadProblems, runDiagnostics, runRuleSet, type RuleRun, type RuleSet } from '../check/engine.js';
import { ruleSettings } from '../check/run-rules.js';
import type { ResultsContext, ResultsRule } from '../check/rule.js';
import { resultsRules } from '../check/rules/review/index.js';
import { answerId, sameText, unansweredIn } from '../check/rules/review/_answers.js';
import { loadDocument, type DocumentKind, type LoadedDocument, type LoadOptions } from '../model/load.js';
import { listMeetings, listTasks } from '../model/tasks.js';
import { PartyIndex } from '../render/text/parties.js';
import type { Answer, Decision, QuestionKey, TaskStatus } from './words.js';
import { documentLanguage, pack } from '../lang/index.js';
import { countsFromZero, goalIndex } from './goal-numbers.js';
import { localToday } from '../model/dates.js';

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

/**
 * Review results as the loader reads them: YAML without base files; a PDF is
 * the review checklist as filled in a viewer (results-pdf.ts), read against
 * the agreement it was made for — without one (`pdf` undefined) a PDF is
 * not read as results.
 */
export function resultsKind(pdf?: { agreement: Agreement; today: string }): DocumentKind {
  return {
    name: 'results',
    extends: false,
    empty: (t) => t.diagnostics.results.emptyFile,
    notMapping: (t) => t.diagnostics.results.notMapping,
    ...(pdf
      ? {
          async fromPdf(bytes: Uint8Array, at: { file: string; path: string | null }) {
            const { loadResultsPdf } = await import('./results-pdf.js');
            return { document: loadResultsPdf(bytes, at.file, at.path, pdf.agreement, pdf.today) };
          },
        }
      : {}),
  };
}

/** Reads a results YAML with positions (the results kind of the one loader). */
export function loadResults(input: string, options: LoadOptions): Promise<LoadedDocument> {
  return loadDocument(input, resultsKind(), options);
}

/**
 * Checks a results file: a results YAML, or the checklist PDF as filled in a
 * viewer — both give the same results and the same checks.
 */
export async function checkResultsFile(input: string, options: ResultsOptions & { today?: string }): Promise<CheckedResults> {
  const kind = resultsKind({ agreement: options.agreement, today: options.today ?? localToday() });
  return checkResults(await loadDocument(input, kind, options), options);
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
