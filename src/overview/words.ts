// Every word of `agree overview` — the page, the summary it prints and its help
// texts — in German and English. The page is in the language of --lang (like
// the command's messages), whatever the languages of the documents: one page
// for a coordinator who reads all of them. Logic gets an OverviewWords object
// and never asks which language it is; dates, numbers and percentages are
// formatted here, so the page does not depend on the ICU data of the Node.js
// build (the same inputs give the same bytes).

import type { Severity } from '../check/diagnostic.js';
import type { DueStatus } from '../review/due.js';
import type { Kind } from '../model/types.js';
import type { FlowRole, OverviewUnmatched } from './types.js';

export interface OverviewWords {
  /** the `lang` of the page */
  htmlLang: string;
  /** compact date for tables: 26.11.2026 / 2026-11-26 */
  date(iso: string): string;
  /** date in running text: 26. November 2026 / 26 November 2026 */
  longDate(iso: string): string;
  /** "Nov. 2026" / "Nov 2026" for a "YYYY-MM" month */
  month(yyyyMm: string): string;
  number(n: number): string;
  /** 0…1 → "76 %" / "76%" */
  percent(rate: number): string;
  /** a count with its noun: "1 Dokument", "3 Dokumente" */
  count(n: number, one: string, many: string): string;

  title: string;
  intro(today: string): string;
  generatedBy(version: string): string;
  contents: string;
  summary: {
    label: string;
    documents: string;
    agreements: string;
    profiles: string;
    withErrors: string;
    overdue: string;
    due(windowDays: number): string;
    ok: string;
    reviewed: string;
  };
  sections: { documents: string; trend: string; timeline: string; dataFlows: string; findings: string; unmatched: string };

  table: {
    caption: string;
    sortHint: string;
    columns: { district: string; kind: string; partners: string; version: string; lastReview: string; next: string; findings: string; rate: string; pdf: string };
    filter: string;
    filterHint: string;
    statusFilter: string;
    kindFilter: string;
    all: string;
    /** `shown` is a formatted number, or the placeholder the page script fills in */
    shown(shown: string, total: number): string;
    noneShown: string;
    sortedAscending: string;
    sortedDescending: string;
  };
  kind: Record<Kind, string>;
  kindUnknown: string;
  /** the status of the next review, with the days */
  status(status: DueStatus, daysLeft: number): string;
  statusName: Record<DueStatus | 'errors', string>;
  basis: { next(date: string): string; lastReview(date: string): string; version(date: string): string };
  intervalDefaulted: string;
  noLastReview: string;
  errors(n: number): string;
  warnings(n: number): string;
  infos(n: number): string;
  noFindings: string;
  failure: { errors: string; 'duplicate-id': string };
  /** "Zeile 3, Spalte 5" */
  at(line: number, column: number, field?: string): string;
  moreFindings(n: number): string;
  reviewOf(date: string): string;
  reviewUndated: string;
  incomplete: string;
  noRate: string;
  noReview: string;
  resultsRejected(n: number): string;
  pdf: string;
  pdfOf(district: string): string;
  noPdf: string;

  trend: {
    intro: string;
    none: string;
    chartTitle: string;
    chartDescription(documents: number, years: number[]): string;
    /** which rows one image of a long heat map shows */
    part(from: number, to: number, total: number): string;
    medianTitle: string;
    medianDescription: string;
    median: string;
    quartiles: string;
    reviews(n: number): string;
    bands: { high: string; medium: string; low: string; none: string; missing: string };
    /** the mark after the rate of an incompletely answered review, and what it means */
    incompleteMark: string;
    incompleteNote: string;
    asTable: string;
    tableCaption: string;
    district: string;
    rateIn(year: number): string;
  };
  timeline: {
    intro(from: string, until: string): string;
    chartTitle: string;
    chartDescription(total: number, overdue: number): string;
    overdue: string;
    reviewsIn(label: string, n: number): string;
    listSummary(n: number): string;
    none: string;
  };
  flows: {
    intro: string;
    none: string;
    matrixCaption: string;
    corner: string;
    role: Record<FlowRole, string>;
    basis: { consent: string; statute: string };
    consentForm(text: string): string;
    statute(text: string): string;
    inDocuments(n: number): string;
    listCaption: string;
    columns: { from: string; to: string; data: string; basis: string; documents: string };
    notStated: string;
  };
  findings: {
    intro: string;
    none: string;
    caption: string;
    columns: { rule: string; severity: string; what: string; count: string; files: string };
    severity: Record<Severity, string>;
    /** what findings of ids that are not quality rules are about */
    other: Record<string, string>;
    places(n: number): string;
    page: string;
  };
  unmatched: {
    intro: string;
    reason(u: OverviewUnmatched): string;
  };

  cli: {
    description: string;
    files: string;
    results: string;
    out: string;
    today: string;
    format: string;
    rule: string;
    ruleDocs: string;
    badFormat(value: string, choices: string): string;
    noInput: string;
    missingResults(path: string, cwd: string): string;
    emptyResultsDirectory(path: string): string;
    wrote(path: string): string;
    summary(documents: number, withErrors: number, overdue: number, due: number, reviewed: number): string;
  };
}
