// The check pipeline, one engine for every kind of document: load (syntax,
// extends) → schema → the kind's rule set, all as Diagnostics with the
// file:line:column each value came from.
//
// One round (docs/findings.md): the rules run on every part of the document the
// schema accepts (the view, view.ts), so one run shows everything that can be
// known. Where a rule states a schema finding better (its `explains`), the
// rule's message is shown and the schema's is not; where the schema rejected a
// value, a rule's finding about that value ("has no legal basis" for a
// `legalBasis` the schema refused) is not shown beside the schema's.

import type { Agreement, RuleSetting } from '../model/types.js';
import { loadAgreement, type LoadedDocument, type LoadOptions } from '../model/load.js';
import { listTasks } from '../model/tasks.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { documentLanguage, pack } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';
import { PartyIndex } from '../render/text/parties.js';
import { validate, type SchemaIssue, type SchemaName } from './schema.js';
import { enabledRules, ruleSettings, runRules, type Finding } from './run-rules.js';
import type { AgreementView, Report, Rule, RuleContext, RuleOf } from './rule.js';
import { issueKeyword, issueSubject, matchesAt, prune, type View } from './view.js';
import { rules as agreementRules } from './rules/index.js';

export interface CheckOptions {
  /** the language of the findings */
  lang: string;
  /** ISO date for date rules */
  today: string;
  /** `--rule id=…` for this run */
  overrides?: Record<string, RuleSetting>;
}

export interface CheckedDocument {
  loaded: LoadedDocument;
  /** the merged document when it could be parsed (it may still have schema errors) */
  agreement: Agreement | null;
  diagnostics: Diagnostic[];
  /** no error-severity findings */
  ok: boolean;
}

/** A kind of document: the schema it is checked against and the rules that run on what the schema accepts. */
export interface RuleSet<C> {
  schema: SchemaName;
  rules: ReadonlyArray<RuleOf<C>>;
}

export interface RuleRun {
  /** the schema's findings that no rule states better */
  issues: SchemaIssue[];
  findings: Finding[];
}

/** the rules (among those on) that explain a schema finding */
function explainers<C>(rules: ReadonlyArray<RuleOf<C>>, issue: SchemaIssue): Array<RuleOf<C>> {
  const keyword = issueKeyword(issue);
  const subject = issueSubject(issue);
  return rules.filter((r) => (r.explains ?? []).some((e) => e.keyword === keyword && matchesAt(e.at, subject)));
}

const subjectOf = (f: Finding) => f.about ?? f.pointer;

/** a pointer and every pointer above it, up to "" */
function ancestors(pointer: string): string[] {
  const out = [pointer];
  for (let i = pointer.lastIndexOf('/'); i >= 0; i = i === 0 ? -1 : pointer.lastIndexOf('/', i - 1)) out.push(pointer.slice(0, i));
  return out;
}

/**
 * Validates a document against the set's schema and runs the set's rules on
 * what the schema accepts (`context` builds the rules' context from that view).
 */
export function runRuleSet<T, C extends { report(finding: Report): void }>(
  value: unknown,
  set: RuleSet<C>,
  settings: ReadonlyMap<string, RuleSetting>,
  context: (view: View<T>) => Omit<C, 'report'>,
): RuleRun {
  const issues = validate(set.schema, value);
  const on = enabledRules(set.rules, settings);
  const { view, removed } = prune<T>(value, issues, (issue) => explainers(on, issue).length > 0);
  const all = runRules(set.rules, settings, context(view));
  // a finding about a value the schema rejected (or one below it): the schema's message says it
  const rejected = new Set(removed.flatMap(ancestors));
  const findings = all.filter((f) => f.about === undefined || !rejected.has(f.about));
  // a schema finding a rule states better, when that rule reported it — at the value or above it — as an error (an error stays an error)
  const errors = new Set(findings.filter((f) => !f.internal && f.severity === 'error').map((f) => `${f.ruleId} ${subjectOf(f)}`));
  const replaced = (issue: SchemaIssue) => {
    const places = ancestors(issueSubject(issue));
    return explainers(on, issue).some((r) => places.some((p) => errors.has(`${r.id} ${p}`)));
  };
  return { issues: issues.filter((i) => !replaced(i)), findings };
}

const agreementRuleSet: RuleSet<RuleContext> = { schema: 'agreement', rules: agreementRules };

/** The agreement's context for rules: its view, its tasks and parties. */
function agreementContext(view: AgreementView, today: string): Omit<RuleContext, 'report'> {
  return { doc: view, today, tasks: listTasks(view), parties: new PartyIndex(view, documentLanguage(view)) };
}

/** Schema and rules on a merged agreement (the library's and the tests' way in; checkLoaded adds positions). */
export function checkAgreementValue(value: unknown, options: { today: string; overrides?: Record<string, RuleSetting>; rules?: readonly Rule[] }): RuleRun {
  const own = value && typeof value === 'object' ? (value as { rules?: unknown }).rules : undefined;
  const set = options.rules ? { ...agreementRuleSet, rules: options.rules } : agreementRuleSet;
  return runRuleSet<Agreement, RuleContext>(value, set, ruleSettings(own, options.overrides), (view) => agreementContext(view, options.today));
}

export async function checkFile(input: string, options: CheckOptions & LoadOptions): Promise<CheckedDocument> {
  const loaded = await loadAgreement(input, options);
  return checkLoaded(loaded, options);
}

export function checkLoaded(loaded: LoadedDocument, options: CheckOptions): CheckedDocument {
  const t = pack(options.lang);
  const diagnostics = loadProblems(loaded, t);
  if (loaded.value === null) return done(loaded, null, diagnostics);
  const run = checkAgreementValue(loaded.value, options);
  diagnostics.push(...runDiagnostics(loaded, run, t));
  return done(loaded, loaded.value as Agreement, diagnostics);
}

/** What the loader found (unreadable file, YAML syntax, extends), as diagnostics. */
export function loadProblems(loaded: LoadedDocument, t: LanguagePack): Diagnostic[] {
  return loaded.problems.map((p) => ({
    ruleId: p.ruleId,
    severity: 'error' as const,
    message: p.message(t),
    file: p.file,
    pointer: p.pointer,
    line: p.line,
    column: p.column,
    ...(p.field ? { field: p.field } : {}),
  }));
}

/** The schema's and the rules' findings of a run, at their places in the loaded document. */
export function runDiagnostics(loaded: LoadedDocument, run: RuleRun, t: LanguagePack): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of run.issues) {
    // schema messages are still { de, en } objects until they move into the packs
    out.push({ ruleId: 'schema', severity: 'error', message: issue.message(t), pointer: issue.pointer, ...locateDiagnostic(loaded, issue.pointer, issue.atKey) });
  }
  for (const f of run.findings) {
    out.push({ ruleId: f.ruleId, severity: f.severity, message: f.message(t), pointer: f.pointer, ...locateDiagnostic(loaded, f.pointer, f.atKey ?? false) });
  }
  return out;
}

function done(loaded: LoadedDocument, agreement: Agreement | null, diagnostics: Diagnostic[]): CheckedDocument {
  diagnostics.sort(compareDiagnostics);
  return { loaded, agreement, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) ||
    a.line - b.line ||
    a.column - b.column ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** file:line:column for a pointer: the key for collections and unknown keys, the value for scalars; the form field for a PDF. */
function locateDiagnostic(loaded: LoadedDocument, pointer: string, atKey: boolean): { file: string; line: number; column: number; field?: string } {
  if (loaded.fieldAt) {
    const field = loaded.fieldAt(pointer);
    return { file: loaded.file, line: 0, column: 0, ...(field ? { field } : {}) };
  }
  const found = loaded.locate(pointer);
  if (!found) return { file: loaded.file, line: 1, column: 1 };
  const { location, exact } = found;
  const pos = (atKey || location.collection || !exact) && location.key ? location.key : location.value;
  return { file: location.file, line: pos.line, column: pos.column };
}
