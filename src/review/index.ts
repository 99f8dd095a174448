// The annual review (SPEC §3, §4) as a library: checklist, results skeleton,
// evaluation, due dates. The CLI (cli/commands/review.ts) is a thin shell
// around these functions. pdfkit is loaded only when a PDF is asked for.

import { packagePath } from '../paths.js';
import { localToday } from '../model/dates.js';
import type { Agreement, Lang } from '../model/types.js';
import { buildChecklist, type ChecklistModel } from './checklist.js';
import { renderReportMarkdown } from './markdown.js';
import { outputKind } from '../outputs/registry.js';
import { evaluateResults, type Evaluation } from './evaluate.js';
import { buildReport, buildReportView, reportJson, type ReviewReport } from './report.js';
import type { ReviewResults } from './results.js';

export { buildChecklist, expectedMeetings, type ChecklistModel } from './checklist.js';
export { buildSkeleton } from './skeleton.js';
export { checkResultsFile, checkResults, loadResults, type CheckedResults, type ReviewResults } from './results.js';
export { evaluateResults, countStatuses, type Evaluation, type Counts } from './evaluate.js';
export { buildReport, reportJson, buildReportView, type ReviewReport, type TrendEntry } from './report.js';
export { reviewDue, dueStatus, DUE_WINDOW_DAYS, type DueInfo, type DueStatus } from './due.js';
export { buildIcs, type IcsEvent } from './ics.js';

/** where the results schema lives (src/review and dist/review are both two levels below the package root) */
export const resultsSchemaFile = packagePath('schemas', 'review-results.schema.json');

/** an output kind that lays out checklists (md, pdf, yaml …; see src/outputs) */
export type ChecklistFormat = string;

export interface ChecklistOptions {
  /** ISO date of the review (default: today); names the year and decides what is due */
  today?: string;
  format?: ChecklistFormat;
  /** yaml: the `$schema` path written into the skeleton's first line (default: absolute path of the schema) */
  schemaPath?: string;
  /** yaml: the command shown for evaluating the filled file */
  evaluateCommand?: string;
  /** yaml: the answers to fill in (checked results, e.g. read from a filled checklist PDF) */
  results?: ReviewResults;
}


/**
 * The review checklist of a checked agreement (no errors): Markdown (string),
 * PDF (Buffer, fillable) or the YAML results skeleton (string).
 */
export async function reviewChecklist(doc: Agreement, options: ChecklistOptions = {}): Promise<{ name: string; data: string | Buffer; model: ChecklistModel }> {
  const today = options.today ?? localToday();
  const format = options.format ?? 'md';
  const model = buildChecklist(doc, today);
  const kind = outputKind(format);
  const render = kind && (await kind.load()).checklist;
  if (!kind || !render) throw new Error(`no output kind "${format}" for review checklists`);
  const name = `${model.id}-review-${model.year}.${kind.extension}`;
  const data = await render(model, {
    schemaPath: options.schemaPath ?? resultsSchemaFile,
    evaluateCommand: options.evaluateCommand ?? `agree review AGREEMENT.yaml --results ${name}`,
    results: options.results,
  });
  return { name, data: typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), model };
}

/**
 * Evaluates checked results (see checkResultsFile) of one agreement. Several
 * results give the trend; the newest is reported in full. Returns the JSON
 * report, and the Markdown report in the agreement's language.
 */
export function evaluateReview(
  doc: Agreement,
  results: Array<{ file: string; results: ReviewResults }>,
  agreementFile = '',
): { report: ReviewReport; json: string; markdown: string; evaluations: Evaluation[] } {
  const evaluations = results.map((r) => evaluateResults(doc, r.results, r.file));
  const report = buildReport(evaluations, agreementFile);
  return { report, json: reportJson(report), markdown: renderReportMarkdown(buildReportView(report, doc)), evaluations };
}

export type { Lang };
