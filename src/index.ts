// The library API for scripts (SPEC §3): load, check, render, review, amend.
//
//   import { check, loadAgreement, renderPdf, renderMarkdown, reviewChecklist, evaluateReview } from 'agree';
//
// Rendering and review functions take a merged agreement without errors: load
// and check it first (`checkFile` gives both).

export type * from './model/types.js';
export type { Diagnostic, Severity } from './check/diagnostic.js';
export type { Rule, RuleContext } from './check/rule.js';
export type { DocumentModel } from './render/document.js';
export { loadAgreement, type LoadedDocument, type LoadOptions } from './model/load.js';
export { listTasks, slugify, type TaskInfo } from './model/tasks.js';
export { checkFile, checkLoaded, type CheckOptions, type CheckedDocument } from './check/engine.js';
export { rules } from './check/rules/index.js';
export { buildDocument } from './render/build-document.js';
export { outputKinds, outputKind, registerOutput, type OutputKind, type Renderers, type DocumentKind } from './outputs/registry.js';
export {
  reviewChecklist,
  evaluateReview,
  checkResultsFile,
  reviewDue,
  buildIcs,
  type ChecklistOptions,
  type ReviewReport,
  type DueInfo,
} from './review/index.js';
export { buildOverview, overviewJson, type Overview, type OverviewOptions, type OverviewData } from './overview/index.js';
export { diffAgreements, amendmentDocument, requestDocument, amendmentFacts, type AgreementDiff, type AmendmentOptions, type RequestOptions, type Change } from './amend/index.js';

import { checkFile, type CheckOptions } from './check/engine.js';
import { localToday } from './model/dates.js';
import type { Diagnostic } from './check/diagnostic.js';
import type { Agreement } from './model/types.js';

/** Checks one file: `await check('examples/dithmarschen.yaml')` → diagnostics with file:line:column. */
export async function check(file: string, options: Partial<CheckOptions> & { cwd?: string } = {}): Promise<Diagnostic[]> {
  const result = await checkFile(file, {
    cwd: options.cwd ?? process.cwd(),
    lang: options.lang ?? 'en',
    today: options.today ?? localToday(),
    overrides: options.overrides,
  });
  return result.diagnostics;
}

/**
 * An agreement in any registered output kind (`pdf`, `md` …; see outputKinds()):
 * bytes for binary kinds, text for the others.
 */
export async function render(agreement: Agreement, format: string, options: { templateSource?: string } = {}): Promise<Uint8Array | string> {
  const { renderAgreement } = await import('./render/render-agreement.js');
  const [file] = await renderAgreement(agreement, { kinds: [format], templateSource: options.templateSource });
  return file!.data;
}

/** The signable PDF of an agreement (PDF/A-2b, form fields), as bytes. */
export async function renderPdf(agreement: Agreement): Promise<Buffer> {
  const { buildDocument } = await import('./render/build-document.js');
  const { renderPdf: layout } = await import('./render/pdf/render-pdf.js');
  return layout(buildDocument(agreement));
}

/** The Markdown version of an agreement; `templateSource` replaces the built-in template. */
export async function renderMarkdown(agreement: Agreement, options: { templateSource?: string } = {}): Promise<string> {
  const { buildDocument } = await import('./render/build-document.js');
  const { renderMarkdown: layout } = await import('./render/markdown.js');
  return layout(buildDocument(agreement), { ...options, agreement });
}
