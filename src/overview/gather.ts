// Gathering the overview: every document checked by the one batch runner
// (checkDocuments), its next review (reviewDue), the review results that name
// it checked and evaluated (checkResults / checkResultsFile, evaluateResults
// and buildReport — the evaluation of agree review without its report text),
// its data flows and findings — into one OverviewData. A document with errors
// is a row with its errors; nothing here throws for bad input.

import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { checkDocuments } from '../batch/documents.js';
import type { Diagnostic, Severity } from '../check/diagnostic.js';
import { ruleById } from '../check/rules/index.js';
import { packagePath } from '../paths.js';
import { hasLanguage } from '../lang/index.js';
import { addMonths, daysInMonth } from '../model/dates.js';
import type { Agreement, Kind, Lang, PartnerType, RuleSetting } from '../model/types.js';
import { DUE_WINDOW_DAYS, reviewDue } from '../review/due.js';
import { evaluateResults } from '../review/evaluate.js';
import { buildReport } from '../review/report.js';
import { checkResults, checkResultsFile, type ReviewResults } from '../review/results.js';
import { FlowCollector } from './flows.js';
import { peekResults, type ResultsInput } from './results-inputs.js';
import type {
  OverviewData,
  OverviewDocument,
  OverviewFindingGroup,
  OverviewPartner,
  OverviewResultsFile,
  OverviewTimelineBucket,
  OverviewUnmatched,
} from './types.js';

export interface GatherOptions {
  cwd: string;
  /** agreement files as display paths (see cli/inputs.ts), "-" for stdin */
  files: string[];
  stdin?: Uint8Array;
  /** results files (already expanded: see expandResults) */
  results: string[];
  lang: Lang;
  today: string;
  overrides?: Record<string, RuleSetting>;
  /** the directory the page will be written to: links (PDFs, rule pages) are relative to it */
  pageDir: string;
  /** base of the rule pages (URL or path); default: the installed package's docs/rules, relative to pageDir */
  ruleDocs?: string;
  /** how districts are ordered (a BCP 47 tag; the page's language) */
  collation: string;
}

const isString = (v: unknown): v is string => typeof v === 'string';
/** the schema's id pattern */
const VALID_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const str = (v: unknown): string | null => (isString(v) ? v : null);

export async function gatherOverview(options: GatherOptions): Promise<OverviewData> {
  // which agreement each results file names: read first, so that each document's results are checked while it is at hand
  const peeked: ResultsInput[] = [];
  for (const file of options.results) peeked.push(await peekResults(file, options.cwd, options.lang));
  const byAgreement = new Map<string, ResultsInput[]>();
  for (const p of peeked) {
    if (p.agreement === null) continue;
    if (!byAgreement.has(p.agreement)) byAgreement.set(p.agreement, []);
    byAgreement.get(p.agreement)!.push(p);
  }
  const claimed = new Set<string>();
  const unmatched: OverviewUnmatched[] = peeked
    .filter((p) => p.agreement === null)
    .map((p) => ({ file: p.file, agreement: null, reason: 'unreadable', diagnostics: p.problems }));

  const documents: OverviewDocument[] = [];
  const agreements = new Map<OverviewDocument, Agreement>();
  let fileIndex = 0;
  for await (const doc of checkDocuments({ cwd: options.cwd, files: options.files, stdin: options.stdin, lang: options.lang, today: options.today, overrides: options.overrides })) {
    fileIndex++;
    const raw = (doc.agreement ?? null) as Partial<Agreement> | null;
    const ok = doc.failure === null && doc.agreement !== null && doc.agreement !== undefined;
    const id = doc.id;
    const row: OverviewDocument = {
      file: doc.file,
      // an id of a broken document may be any text: only a valid one names the row
      anchor: id !== null && doc.failure !== 'duplicate-id' && VALID_ID.test(id) ? `doc-${id}` : `file-${fileIndex}`,
      id,
      ok,
      failure: doc.failure === 'duplicate-id' ? 'duplicate-id' : doc.failure ? 'errors' : null,
      kind: raw && (raw.kind === 'agreement' || raw.kind === 'informal') ? (raw.kind as Kind) : null,
      district: str(raw?.district),
      title: str(raw?.title),
      language: typeof raw?.language === 'string' && hasLanguage(raw.language) ? raw.language : null,
      partners: partnersOf(raw),
      version: str(raw?.version),
      lastReview: raw && raw.review && typeof raw.review === 'object' ? str(raw.review.lastReview) : null,
      next: null,
      counts: countFindings(doc.diagnostics),
      diagnostics: doc.diagnostics,
      review: null,
      trend: [],
      results: [],
      pdf: null,
    };
    documents.push(row);
    if (!ok) {
      // results that name a broken document cannot be checked against it
      if (id !== null && doc.failure !== 'duplicate-id' && byAgreement.has(id)) {
        claimed.add(id);
        for (const p of byAgreement.get(id)!) unmatched.push({ file: p.file, agreement: id, reason: 'agreement-has-errors', diagnostics: [] });
      }
      continue;
    }
    const agreement = doc.agreement!;
    agreements.set(row, agreement);
    const due = reviewDue(agreement, options.today);
    row.next = { due: due.due, status: due.status, daysLeft: due.daysLeft, basis: due.basis, intervalMonths: due.intervalMonths, intervalDefaulted: due.intervalDefaulted, owner: due.owner };
    row.pdf = pdfBeside(doc.file, agreement.id, options);
    const mine = byAgreement.get(agreement.id);
    if (mine) {
      claimed.add(agreement.id);
      await addResults(row, agreement, mine, options);
    }
  }
  for (const [id, inputs] of byAgreement) {
    if (!claimed.has(id)) for (const p of inputs) unmatched.push({ file: p.file, agreement: id, reason: 'unknown-agreement', diagnostics: [] });
  }
  unmatched.sort((a, b) => compare(a.file, b.file));

  const collator = new Intl.Collator(options.collation, { numeric: true });
  documents.sort((a, b) => collator.compare(a.district ?? a.file, b.district ?? b.file) || compare(a.file, b.file));

  const flows = new FlowCollector();
  for (const row of documents) {
    const agreement = agreements.get(row);
    if (agreement) flows.add(agreement, { anchor: row.anchor, id: agreement.id, district: agreement.district });
  }

  const years = [...new Set(documents.flatMap((d) => d.trend.map((t) => t.year)))].sort((a, b) => a - b);
  const statusCount = (s: string) => documents.filter((d) => d.next?.status === s).length;
  const total = (key: 'errors' | 'warnings' | 'infos') => documents.reduce((n, d) => n + d.counts[key] + d.results.reduce((m, r) => m + countFindings(r.diagnostics)[key], 0), 0);

  return {
    version: 1,
    today: options.today,
    lang: options.lang,
    windowDays: DUE_WINDOW_DAYS,
    summary: {
      documents: documents.length,
      agreements: documents.filter((d) => d.ok && d.kind === 'agreement').length,
      profiles: documents.filter((d) => d.ok && d.kind === 'informal').length,
      withErrors: documents.filter((d) => !d.ok).length,
      overdue: statusCount('overdue'),
      due: statusCount('due'),
      ok: statusCount('ok'),
      reviewed: documents.filter((d) => d.review !== null).length,
      findings: { errors: total('errors'), warnings: total('warnings'), infos: total('infos') },
    },
    documents,
    years,
    yearly: years.map((year) => yearStats(year, documents)),
    timeline: timeline(documents, options.today),
    dataFlows: flows.groups(),
    findings: findingGroups(documents, unmatched, options),
    unmatchedResults: unmatched,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function partnersOf(raw: Partial<Agreement> | null): OverviewPartner[] {
  if (!raw || !Array.isArray(raw.partners)) return [];
  return raw.partners
    .filter((p) => p && typeof p === 'object' && isString(p.id))
    .map((p) => ({
      id: p.id,
      name: isString(p.name) ? p.name : p.id,
      shortName: str(p.shortName),
      type: isString(p.type) ? (p.type as PartnerType) : null,
    }));
}

function countFindings(diagnostics: Diagnostic[]): { errors: number; warnings: number; infos: number } {
  const n = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), infos: n('info') };
}

/** the link to the agreement's PDF, when `agree render` put it beside the YAML: <id>.pdf, or the YAML's own name with .pdf */
function pdfBeside(file: string, id: string, options: GatherOptions): string | null {
  if (file === '<stdin>' || file === '-') return null;
  const yaml = resolve(options.cwd, file);
  const candidates = [join(dirname(yaml), `${id}.pdf`), join(dirname(yaml), `${basename(yaml, extname(yaml))}.pdf`)];
  const found = candidates.find((c) => existsSync(c));
  return found ? linkTo(options.pageDir, found) : null;
}

/** a relative link from the page's directory, each segment percent-encoded */
export function linkTo(pageDir: string, target: string): string {
  return relative(pageDir, target)
    .split(sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

async function addResults(row: OverviewDocument, agreement: Agreement, inputs: ResultsInput[], options: GatherOptions): Promise<void> {
  const good: Array<{ file: string; results: ReviewResults }> = [];
  for (const input of inputs) {
    const resultsOptions = { lang: options.lang, agreement, agreementFile: row.file };
    const checked = input.loaded
      ? checkResults(input.loaded, resultsOptions)
      : await checkResultsFile(input.file, { ...resultsOptions, cwd: options.cwd, today: options.today });
    const entry: OverviewResultsFile = { file: checked.file, ok: checked.ok && checked.results !== null, diagnostics: checked.diagnostics };
    row.results.push(entry);
    if (entry.ok) good.push({ file: checked.file, results: checked.results! });
  }
  if (good.length === 0) return;
  // evaluateReview without its Markdown and JSON text, which the overview does not show
  const evaluations = good.map((g) => evaluateResults(agreement, g.results, g.file));
  const report = buildReport(evaluations, row.file);
  row.review = {
    file: report.results.file,
    reviewDate: report.results.reviewDate,
    rate: report.summary.rate,
    summary: report.summary,
    complete: report.complete,
    decision: report.decision,
    actionNeeded: report.actionNeeded,
  };
  const complete = new Map(evaluations.map((e) => [e.results.file, e.complete]));
  // oldest first: the last of a year is its newest review
  const perYear = new Map<number, OverviewDocument['trend'][number]>();
  for (const t of report.trend) {
    if (t.year === null || t.reviewDate === null) continue;
    perYear.set(t.year, { year: t.year, reviewDate: t.reviewDate, rate: t.summary.rate, complete: complete.get(t.file) ?? true, file: t.file });
  }
  row.trend = [...perYear.values()].sort((a, b) => a.year - b.year);
}

/** median and quartiles (linear interpolation between ranks) of the rates of one year */
function yearStats(year: number, documents: OverviewDocument[]): OverviewData['yearly'][number] {
  const rates = documents
    .map((d) => d.trend.find((t) => t.year === year)?.rate)
    .filter((r): r is number => typeof r === 'number')
    .sort((a, b) => a - b);
  const count = documents.filter((d) => d.trend.some((t) => t.year === year)).length;
  const quantile = (q: number): number | null => {
    if (rates.length === 0) return null;
    const pos = (rates.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return rates[lo]! + (rates[hi]! - rates[lo]!) * (pos - lo);
  };
  return { year, count, median: quantile(0.5), q1: quantile(0.25), q3: quantile(0.75) };
}

/** the overdue reviews, then the calendar months of the window today … today + 12 months */
function timeline(documents: OverviewDocument[], today: string): OverviewData['timeline'] {
  const until = addMonths(today, 12);
  const entry = (d: OverviewDocument) => ({ anchor: d.anchor, id: d.id!, district: d.district ?? d.id!, due: d.next!.due, status: d.next!.status });
  const byDue = (a: { due: string; id: string }, b: { due: string; id: string }) => compare(a.due, b.due) || compare(a.id, b.id);
  const scheduled = documents.filter((d) => d.next !== null);
  const buckets: OverviewTimelineBucket[] = [
    { key: 'overdue', from: null, until: null, documents: scheduled.filter((d) => d.next!.status === 'overdue').map(entry).sort(byDue) },
  ];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > until.slice(0, 7)) break;
    const first = `${key}-01` < today ? today : `${key}-01`;
    const lastOfMonth = `${key}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
    const last = lastOfMonth > until ? until : lastOfMonth;
    buckets.push({
      key,
      from: first,
      until: last,
      documents: scheduled
        .filter((d) => d.next!.status !== 'overdue' && d.next!.due >= first && d.next!.due <= last)
        .map(entry)
        .sort(byDue),
    });
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return { from: today, until, buckets };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function findingGroups(documents: OverviewDocument[], unmatched: OverviewUnmatched[], options: GatherOptions): OverviewFindingGroup[] {
  const groups = new Map<string, OverviewFindingGroup & { seen: Set<string> }>();
  const add = (d: Diagnostic, anchor: string | null, owner: string) => {
    let g = groups.get(d.ruleId);
    if (!g) {
      g = { ruleId: d.ruleId, severity: d.severity, counts: { errors: 0, warnings: 0, infos: 0 }, files: 0, page: rulePage(d.ruleId, options), items: [], seen: new Set() };
      groups.set(d.ruleId, g);
    }
    if (severityRank[d.severity] < severityRank[g.severity]) g.severity = d.severity;
    g.counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
    if (!g.seen.has(owner)) {
      g.seen.add(owner);
      g.files++;
    }
    g.items.push({ file: d.file, anchor, line: d.line, column: d.column, ...(d.field ? { field: d.field } : {}), severity: d.severity, message: d.message });
  };
  for (const doc of documents) {
    for (const d of doc.diagnostics) add(d, doc.anchor, doc.file);
    for (const r of doc.results) for (const d of r.diagnostics) add(d, doc.anchor, r.file);
  }
  for (const u of unmatched) for (const d of u.diagnostics) add(d, null, u.file);
  const total = (g: OverviewFindingGroup) => g.counts.errors + g.counts.warnings + g.counts.infos;
  return [...groups.values()]
    .map(({ seen: _seen, ...g }) => g)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || total(b) - total(a) || compare(a.ruleId, b.ruleId));
}

/** the page that explains a rule: docs/rules/<id>.md for quality rules, the checks of docs/review.md for results files */
function rulePage(ruleId: string, options: GatherOptions): string | null {
  const isRule = ruleById(ruleId) !== undefined;
  const isResults = !isRule && ruleId.startsWith('review-');
  if (!isRule && !isResults) return null;
  if (options.ruleDocs !== undefined) {
    const base = options.ruleDocs.replace(/\/+$/, '');
    return isRule ? `${base}/${ruleId}.md` : `${base.replace(/\/[^/]*$/, '')}/review.md#checks`;
  }
  return isRule ? linkTo(options.pageDir, packagePath('docs', 'rules', `${ruleId}.md`)) : `${linkTo(options.pageDir, packagePath('docs', 'review.md'))}#checks`;
}
