// The library API for scripts (SPEC §3): load, check, render, review.

export type * from './model/types.js';
export type { Diagnostic, Severity, Localized } from './check/diagnostic.js';
export type { Rule, RuleContext } from './check/rule.js';
export { loadAgreement, type LoadedDocument, type LoadOptions } from './model/load.js';
export { listTasks, slugify, type TaskInfo } from './model/tasks.js';
export { checkFile, checkLoaded, type CheckOptions, type CheckedDocument } from './check/engine.js';
export { rules } from './check/rules/index.js';

import { checkFile, type CheckOptions } from './check/engine.js';
import type { Diagnostic } from './check/diagnostic.js';

/** Checks one file: `check('examples/dithmarschen.yaml')` → diagnostics with file:line:column. */
export async function check(file: string, options: Partial<CheckOptions> & { cwd?: string } = {}): Promise<Diagnostic[]> {
  const result = await checkFile(file, {
    cwd: options.cwd ?? process.cwd(),
    lang: options.lang ?? 'en',
    today: options.today ?? new Date().toISOString().slice(0, 10),
    overrides: options.overrides,
  });
  return result.diagnostics;
}
