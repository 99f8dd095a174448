// The evaluation as output: a stable JSON document (docs/review.md) and the
// view the Markdown report template lays out. With several results files of
// one agreement, the newest (by reviewDate) is reported in full and `trend`
// has one entry per file, oldest first.

import type { Lang } from '../model/types.js';
import { reviewWords, type ReviewWords } from './words.js';
import { pack } from '../lang/index.js';
import { PartyIndex } from '../render/text/parties.js';
import { formatDate } from '../render/text/format.js';
import type { Agreement } from '../model/types.js';
import { numberLabel } from './checklist.js';
import type { Counts, Evaluation, ScopeCounts } from './evaluate.js';

export interface TrendEntry {
  file: string;
  reviewDate: string | null;
  /** year of reviewDate, null when it is not given */
  year: number | null;
  summary: Counts;
  /** over the shared tasks with a frequency: meetings held (recorded ones) and expected (where there is an expectation) */
  meetings: { held: number; expected: number };
}

export interface ReviewReport {
  version: 1;
  agreement: Evaluation['agreement'] & { file: string };
  results: Evaluation['results'];
  /** false when tasks, review questions or the decision are not answered: the evaluation is then incomplete */
  complete: boolean;
  missing: Evaluation['missing'];
  summary: Counts;
  parties: ScopeCounts[];
  partners: ScopeCounts[];
  tasks: Evaluation['tasks'];
  /** task ids by outcome, in document order */
  open: { notFulfilled: string[]; partial: string[]; unanswered: string[] };
  meetings: Evaluation['meetings'];
  questions: Evaluation['questions'];
  /** question keys whose answer calls for action */
  actionNeeded: string[];
  indicators: Evaluation['indicators'];
  decision: Evaluation['decision'];
  amendments: string[];
  nextReview: Evaluation['nextReview'];
  trend: TrendEntry[];
}

/** oldest first; items without a date first, in the order given */
export function sortByDate<T>(items: T[], dateOf: (item: T) => string | null): T[] {
  return items
    .map((e, i) => ({ e, i, d: dateOf(e) }))
    .sort((a, b) => {
      if (a.d === b.d) return a.i - b.i;
      if (a.d === null) return -1;
      if (b.d === null) return 1;
      return a.d < b.d ? -1 : 1;
    })
    .map((x) => x.e);
}

/** oldest first; results without a date first, in the order given */
export function sortEvaluations(evaluations: Evaluation[]): Evaluation[] {
  return sortByDate(evaluations, (e) => e.results.reviewDate);
}

function trendEntry(e: Evaluation): TrendEntry {
  let held = 0;
  let expected = 0;
  for (const m of e.meetings) {
    if (m.held !== null) held += m.held;
    if (m.expected !== null) expected += m.expected;
  }
  return {
    file: e.results.file,
    reviewDate: e.results.reviewDate,
    year: e.results.reviewDate ? Number(e.results.reviewDate.slice(0, 4)) : null,
    summary: e.summary,
    meetings: { held, expected },
  };
}

export function buildReport(evaluations: Evaluation[], agreementFile: string): ReviewReport {
  if (evaluations.length === 0) throw new Error('buildReport: no evaluation');
  const sorted = sortEvaluations(evaluations);
  const e = sorted[sorted.length - 1]!;
  const ids = (status: string | null) => e.tasks.filter((t) => t.status === status).map((t) => t.id);
  return {
    version: 1,
    agreement: { ...e.agreement, file: agreementFile },
    results: e.results,
    complete: e.complete,
    missing: e.missing,
    summary: e.summary,
    parties: e.parties,
    partners: e.partners,
    tasks: e.tasks,
    open: { notFulfilled: ids('notFulfilled'), partial: ids('partial'), unanswered: ids(null) },
    meetings: e.meetings,
    questions: e.questions,
    actionNeeded: e.questions.filter((q) => q.needsAction).map((q) => q.key),
    indicators: e.indicators,
    decision: e.decision,
    amendments: e.amendments,
    nextReview: e.nextReview,
    trend: sorted.map(trendEntry),
  };
}

export function reportJson(report: ReviewReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

// ---------------------------------------------------------------------------
// the Markdown report's view: every value a formatted string

export interface ReportView {
  lang: Lang;
  w: ReviewWords;
  title: string;
  /** "12 von 20 Aufgaben sind nicht beantwortet – die Auswertung ist unvollständig." — empty when complete */
  incomplete: string;
  /** what section 2 says when no task is open */
  openNone: string;
  /** decision amend: the lead-in of the next steps (the amendment requests) */
  nextSteps: string;
  agreementLine: string;
  id: string;
  header: Array<{ label: string; value: string }>;
  rate: string;
  formula: string;
  formulaFilled: string;
  notes: string[];
  scopeColumns: string[];
  overall: string[];
  parties: string[][];
  partners: string[][];
  open: Array<{ task: string; id: string; by: string; result: string; note: string }>;
  unanswered: Array<{ task: string; id: string }>;
  meetings: Array<{ task: string; id: string; frequency: string; expected: string; held: string; assessment: string; note: string }>;
  questions: Array<{ question: string; answer: string; note: string; action: string }>;
  actionSummary: string;
  goals: Array<{ heading: string; rows: Array<{ indicator: string; value: string; note: string }> }>;
  otherIndicators: Array<{ indicator: string; value: string; note: string }>;
  decision: string;
  amendments: string[];
  nextReview: string;
  trend: Array<{ year: string; date: string; rate: string; fulfilled: string; partial: string; notFulfilled: string; notApplicable: string; unanswered: string; meetings: string }>;
}

export function percent(rate: number | null, lang: Lang): string {
  if (rate === null) return '–';
  return pack(lang).format.percent(rate);
}

export function buildReportView(report: ReviewReport, doc: Agreement): ReportView {
  const lang = report.agreement.language;
  const w = reviewWords(lang, doc.kind);
  const r = w.report;
  const parties = new PartyIndex(doc, lang);
  const n = (x: number) => numberLabel(x, lang);
  const date = (d: string | null) => (d ? formatDate(d, lang) : '');
  const s = report.summary;
  const statusLabel = (st: string | null) => (st === null ? w.unanswered : w.status[st as keyof typeof w.status]);
  const a = report.agreement;
  const agreementName = a.district ? `${a.title} – ${a.district}` : a.title;

  const header = [
    { label: w.header.agreement, value: `${agreementName} (${a.id})` },
    { label: w.header.version, value: date(a.version) },
    { label: w.header.reviewDate, value: report.results.reviewDate ? date(report.results.reviewDate) : r.reviewDateMissing },
    ...(report.results.participants.length ? [{ label: w.header.participants, value: report.results.participants.join('; ') }] : []),
    { label: w.header.resultsFile, value: report.results.file },
  ];

  const row = (label: string, c: Counts) => [label, n(c.tasks), n(c.fulfilled), n(c.partial), n(c.notFulfilled), n(c.notApplicable), n(c.unanswered), percent(c.rate, lang)];
  const scopeLabel = (x: ScopeCounts) => (x.kind === 'shared' ? r.shared : x.label);

  const notes: string[] = [];
  if (s.unanswered > 0) notes.push(r.unansweredNote(s.unanswered));
  if (s.rate === null) notes.push(r.noRate);

  const byLabel = (ids: string[]) => ids.map((id) => parties.label(id)).join(', ');
  const open = [...report.open.notFulfilled, ...report.open.partial].map((id) => {
    const t = report.tasks.find((x) => x.id === id)!;
    return {
      task: t.text,
      id: t.id,
      by: t.kind === 'shared' ? r.sharedBy(byLabel(t.by)) : byLabel(t.by),
      result: statusLabel(t.status),
      note: t.note,
    };
  });
  const unanswered = report.open.unanswered.map((id) => ({ task: report.tasks.find((x) => x.id === id)!.text, id }));

  const meetings = report.meetings.map((m) => {
    const assessment =
      m.expected === null
        ? r.meetingNoExpectation
        : m.held === null
          ? r.meetingNotRecorded
          : m.held >= m.expected
            ? r.meetingMet
            : r.meetingBelow(n(m.expected - m.held));
    return {
      task: m.text,
      id: m.task,
      frequency: w.frequency[m.frequency],
      expected: m.expected === null ? w.noExpectation : n(m.expected),
      held: m.held === null ? '' : n(m.held),
      assessment,
      note: m.note,
    };
  });

  const questions = report.questions.map((q) => ({
    question: w.questions[q.key],
    answer: q.answer === null ? w.unanswered : w.answers[q.answer],
    note: q.note,
    action: q.answer === null ? r.actionUnanswered : q.needsAction ? r.actionNeeded : r.actionNone,
  }));

  const goals: ReportView['goals'] = [];
  for (const x of report.indicators.filter((i) => i.inAgreement)) {
    const heading = `${w.goal(x.goal + 1)}: ${x.goalText}`;
    let g = goals.find((y) => y.heading === heading);
    if (!g) goals.push((g = { heading, rows: [] }));
    g.rows.push({ indicator: x.indicator, value: x.value === null ? r.indicatorNoValue : String(x.value), note: x.note });
  }
  const otherIndicators = report.indicators
    .filter((i) => !i.inAgreement)
    .map((x) => ({
      indicator: `${w.goal(x.goal + 1)}: ${x.indicator} ${r.indicatorNotInAgreement}`,
      value: x.value === null ? r.indicatorNoValue : String(x.value),
      note: x.note,
    }));

  const m = report.missing;
  const missingParts = [
    ...(m.tasks > 0 ? [r.missing.tasks(m.tasks, s.tasks)] : []),
    ...(m.questions > 0 ? [r.missing.questions(m.questions, report.questions.length)] : []),
    ...(m.decision ? [r.missing.decision] : []),
  ];
  const incomplete = report.complete ? '' : r.incomplete(missingParts, missingParts.length > 1 || m.tasks > 1 || m.questions > 1);
  const answered = s.tasks - s.unanswered;
  const openNone = s.unanswered === 0 ? r.openNone : answered === 0 ? r.openNothingAnswered : r.openNoneUnanswered(s.unanswered);

  const next = report.nextReview;
  const trend =
    report.trend.length > 1
      ? report.trend.map((t) => ({
          year: t.year === null ? r.yearUnknown : String(t.year),
          date: date(t.reviewDate) || r.yearUnknown,
          rate: percent(t.summary.rate, lang),
          fulfilled: n(t.summary.fulfilled),
          partial: n(t.summary.partial),
          notFulfilled: n(t.summary.notFulfilled),
          notApplicable: n(t.summary.notApplicable),
          unanswered: n(t.summary.unanswered),
          meetings: t.meetings.expected > 0 ? `${n(t.meetings.held)}/${n(t.meetings.expected)}` : '–',
        }))
      : [];

  return {
    lang,
    w,
    title: w.reportTitle,
    incomplete,
    openNone,
    nextSteps: report.decision === 'amend' && report.amendments.length > 0 ? r.nextStepsAmend : '',
    agreementLine: agreementName,
    id: a.id,
    header,
    rate: percent(s.rate, lang),
    formula: r.formula,
    formulaFilled: `${r.formulaFilled(n(s.fulfilled), n(s.partial), n(s.tasks), n(s.notApplicable), n(s.numerator), n(s.denominator))}${s.rate === null ? '' : ` = ${percent(s.rate, lang)}`}`,
    notes,
    scopeColumns: [r.columns.scope, r.columns.tasks, w.status.fulfilled, w.status.partial, w.status.notFulfilled, w.status.notApplicable, w.unanswered, r.columns.rate],
    overall: row(r.overall, s),
    parties: report.parties.map((x) => row(scopeLabel(x), x)),
    partners: report.partners.map((x) => row(scopeLabel(x), x)),
    open,
    unanswered,
    meetings,
    questions,
    actionSummary: r.actionSummary(report.actionNeeded.length),
    goals,
    otherIndicators,
    decision: report.decision ? r.decisionIs[report.decision] : r.decisionMissing,
    amendments: report.amendments,
    nextReview: next.date ? r.nextReview(date(next.date), next.owner ? parties.label(next.owner) : '') : r.nextReviewMissing,
    trend,
  };
}
