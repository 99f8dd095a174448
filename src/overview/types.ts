// What `agree overview` gathers from a folder of agreements and review
// results: one typed object that both the HTML page and the JSON form are
// made from (docs/overview.md). Everything a reader sees is decided here —
// order, status, rates, groups — so the page only lays it out.

import type { Diagnostic, Severity } from '../check/diagnostic.js';
import type { Counts } from '../review/evaluate.js';
import type { DueStatus } from '../review/due.js';
import type { Decision } from '../review/words.js';
import type { Kind, Lang, PartnerType } from '../model/types.js';

/** Who passes data in the data-flow matrix: a counselling service (a unit's `service`) or a partner type. */
export type FlowRole = 'jobcenter' | 'county' | 'welfare' | 'agency' | 'mbe' | 'msb' | 'jmd' | 'other' | 'unknown';
export const FLOW_ROLES: readonly FlowRole[] = ['jobcenter', 'county', 'agency', 'welfare', 'mbe', 'msb', 'jmd', 'other', 'unknown'];

export interface OverviewPartner {
  id: string;
  name: string;
  shortName: string | null;
  type: PartnerType | null;
}

export interface OverviewReview {
  /** the results file, as given */
  file: string;
  reviewDate: string | null;
  /** fulfilment rate 0…1, null when no task counts (docs/review.md) */
  rate: number | null;
  summary: Counts;
  /** false when tasks, questions or the decision were left unanswered */
  complete: boolean;
  decision: Decision | null;
  /** review questions whose answer calls for action */
  actionNeeded: string[];
}

export interface OverviewTrendPoint {
  year: number;
  reviewDate: string;
  rate: number | null;
  complete: boolean;
  file: string;
}

export interface OverviewResultsFile {
  file: string;
  /** evaluated: checked without errors */
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface OverviewDocument {
  /** display path of the agreement file */
  file: string;
  /** anchor of the document's row: "doc-" + id, or "file-N" (its place in the input) when it has no valid id of its own */
  anchor: string;
  id: string | null;
  /** checked without errors (and not a second document with the same id) */
  ok: boolean;
  failure: 'errors' | 'duplicate-id' | null;
  kind: Kind | null;
  district: string | null;
  title: string | null;
  language: Lang | null;
  partners: OverviewPartner[];
  /** "Stand" */
  version: string | null;
  lastReview: string | null;
  /** the next review; null for a document with errors */
  next: {
    due: string;
    status: DueStatus;
    daysLeft: number;
    basis: 'next' | 'lastReview' | 'version';
    intervalMonths: number;
    intervalDefaulted: boolean;
    owner: string | null;
  } | null;
  counts: { errors: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
  /** the newest evaluated review (by reviewDate), or null */
  review: OverviewReview | null;
  /** one point per year with a dated review (the newest of that year), oldest first */
  trend: OverviewTrendPoint[];
  /** every results file naming this document */
  results: OverviewResultsFile[];
  /** the rendered PDF beside the agreement file: a link relative to the page, or null */
  pdf: string | null;
}

export interface OverviewFlowGroup {
  from: FlowRole;
  to: FlowRole;
  legalBasis: 'consent' | 'statute';
  /** the consent form (consent) or the statute (statute), as written */
  basisText: string;
  data: string[];
  /** the documents with this flow: their anchors, ids and districts, in table order */
  documents: Array<{ anchor: string; id: string; district: string }>;
}

export interface OverviewFindingGroup {
  ruleId: string;
  /** the most severe severity seen for this rule */
  severity: Severity;
  counts: { errors: number; warnings: number; infos: number };
  /** documents (and results files) with at least one such finding */
  files: number;
  /** where the rule is explained, relative to the page or as given with ruleDocs; null when there is no page */
  page: string | null;
  items: Array<{ file: string; anchor: string | null; line: number; column: number; field?: string; severity: Severity; message: string }>;
}

export interface OverviewUnmatched {
  file: string;
  /** the agreement id the file names, when it can be read */
  agreement: string | null;
  reason: 'unknown-agreement' | 'agreement-has-errors' | 'unreadable';
  diagnostics: Diagnostic[];
}

export interface OverviewTimelineBucket {
  /** "overdue", or the calendar month "YYYY-MM" */
  key: string;
  /** first and last day of the bucket inside the window (none for "overdue") */
  from: string | null;
  until: string | null;
  documents: Array<{ anchor: string; id: string; district: string; due: string; status: DueStatus }>;
}

export interface OverviewData {
  version: 1;
  today: string;
  lang: Lang;
  /** days ahead that count as "due" */
  windowDays: number;
  summary: {
    documents: number;
    agreements: number;
    profiles: number;
    withErrors: number;
    overdue: number;
    due: number;
    ok: number;
    reviewed: number;
    findings: { errors: number; warnings: number; infos: number };
  };
  documents: OverviewDocument[];
  /** the years of the trend chart, ascending */
  years: number[];
  /** per year: how many documents have a rate, their median and quartiles */
  yearly: Array<{ year: number; count: number; median: number | null; q1: number | null; q3: number | null }>;
  /** the window today … today + 12 months, and the reviews due in it by calendar month (overdue first) */
  timeline: { from: string; until: string; buckets: OverviewTimelineBucket[] };
  dataFlows: OverviewFlowGroup[];
  findings: OverviewFindingGroup[];
  unmatchedResults: OverviewUnmatched[];
}
