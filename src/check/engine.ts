// The check pipeline for one document: load (syntax, extends) → schema →
// rules, all as Diagnostics with the file:line:column each value came from.

import type { Agreement, RuleSetting } from '../model/types.js';
import { loadAgreement, type LoadedDocument, type LoadOptions } from '../model/load.js';
import type { Diagnostic, Severity, Text } from './diagnostic.js';
import { show, type Localized } from '../lang/legacy.js';
import { pack } from '../lang/index.js';
import { validate } from './schema.js';
import { runRules } from './run-rules.js';
import { rules } from './rules/index.js';

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

export async function checkFile(input: string, options: CheckOptions & LoadOptions): Promise<CheckedDocument> {
  const loaded = await loadAgreement(input, options);
  return checkLoaded(loaded, options);
}

export function checkLoaded(loaded: LoadedDocument, options: CheckOptions): CheckedDocument {
  const diagnostics: Diagnostic[] = [];
  const t = pack(options.lang);
  const msg = (m: Text | Localized) => show(m, t);
  for (const p of loaded.problems) {
    diagnostics.push({ ruleId: p.ruleId, severity: 'error', message: msg(p.message), file: p.file, pointer: p.pointer, line: p.line, column: p.column });
  }
  if (loaded.value === null) return done(loaded, null, diagnostics);

  const place = (pointer: string, atKey: boolean) => locateDiagnostic(loaded, pointer, atKey);
  const schemaPointers: string[] = [];
  for (const issue of validate('agreement', loaded.value)) {
    diagnostics.push({ ruleId: 'schema', severity: 'error', message: msg(issue.message), pointer: issue.pointer, ...place(issue.pointer, issue.atKey) });
    if (issue.pointer !== '') schemaPointers.push(issue.pointer);
  }
  // one message per place: where the schema already objects, a rule about the same value would repeat it
  const coveredBySchema = (pointer: string) => schemaPointers.some((p) => pointer === p || pointer.startsWith(p + '/'));
  const agreement = loaded.value as Agreement;
  for (const f of runRules(agreement, rules, { today: options.today, overrides: options.overrides })) {
    if (coveredBySchema(f.pointer)) continue;
    diagnostics.push({ ruleId: f.ruleId, severity: f.severity, message: msg(f.message), pointer: f.pointer, ...place(f.pointer, false) });
  }
  return done(loaded, agreement, diagnostics);
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
export function locateDiagnostic(loaded: LoadedDocument, pointer: string, atKey: boolean): { file: string; line: number; column: number; field?: string } {
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
