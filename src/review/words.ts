// The words of the annual review — the checklist, the results file's comments,
// the evaluation report and the calendar — in the agreement's own language.
// Each language pack implements ReviewWords (src/lang/<code>/review.ts), and
// says what a cooperation profile's review says differently (reviewProfile).

import type { Frequency } from '../model/types.js';

export type TaskStatus = 'fulfilled' | 'partial' | 'notFulfilled' | 'notApplicable';
export type QuestionKey = 'contactsCurrent' | 'dataFlowsAsAgreed' | 'consentFormsCurrent' | 'legalOrFundingChanges';
export type Answer = 'yes' | 'no' | 'unclear';
export type Decision = 'keep' | 'amend' | 'terminate';

export interface ReviewWords {
  locale: string;
  checklistTitle: string;
  checklistTitleProfile: string;
  reportTitle: string;
  header: {
    item: string;
    value: string;
    agreement: string;
    partners: string;
    version: string;
    lastReview: string;
    noReviewYet: string;
    due: string;
    interval: string;
    owner: string;
    reviewDate: string;
    participants: string;
    resultsFile: string;
    /** the checklist's identity field (agreement, version, tasks): what results read from a filled PDF are checked against */
    checklistId: string;
  };
  /** "12 Monate (einmal jährlich)" */
  intervalText(months: number): string;
  dueState: { ok: string; due: string; overdue(days: number): string };
  sections: {
    tasks: string;
    meetings: string;
    questions: string;
    goals: string;
    decision: string;
    nextReview: string;
    signatures: string;
  };
  fillIn: string;
  tasksLead: string;
  /** the task section when the document names no tasks */
  noTasks: string;
  task: string;
  note: string;
  status: Record<TaskStatus, string>;
  /**
   * The words a results file may use instead of the ids (status, answer,
   * decision), as on the checklist. A results file in any language accepts the
   * words of every language (schemas/review-results.schema.json lists them).
   */
  accepted: { status: Record<TaskStatus, string>; answers: Record<Answer, string>; decisions: Record<Decision, string> };
  unanswered: string;
  meetingsLead: string;
  noMeetings: string;
  meetingColumns: { task: string; frequency: string; expected: string; held: string };
  frequency: Record<Frequency, string>;
  noExpectation: string;
  questionsLead: string;
  question: string;
  questions: Record<QuestionKey, string>;
  answers: Record<Answer, string>;
  context: {
    contacts(list: string): string;
    noContacts: string;
    dataFlows(list: string): string;
    noDataFlows: string;
    consentForms(list: string): string;
    noConsentForms: string;
    churchLaw(list: string): string;
    legalBasis(list: string): string;
  };
  /** "Jobcenter → DWD: Fehlzeiten, Kursabbruch" */
  flow(from: string, to: string, data: string): string;
  goalsLead: string;
  noGoals: string;
  goal(n: number): string;
  indicator: string;
  value: string;
  noIndicators: string;
  decisionLead: string;
  decisions: Record<Decision, string>;
  amendments: string;
  nextReviewDate: string;
  nextReviewOwner: string;
  suggestion(value: string): string;
  placeDate: string;
  signatureCaption(party: string): string;
  signaturesLead: string;
  pageLabel: string;
  footer(title: string, district: string): string;
  subject(title: string, district: string): string;
  /** PDF form field tooltips */
  tip: {
    status(status: string, task: string): string;
    note(task: string): string;
    held(task: string): string;
    answer(answer: string, question: string): string;
    questionNote(question: string): string;
    value(indicator: string): string;
    indicatorNote(indicator: string): string;
    decision(decision: string): string;
    reviewDate: string;
    participants: string;
  };

  // skeleton comments
  skeleton: {
    intro(title: string, id: string): string[];
    evaluate(command: string): string;
    reviewDate: string;
    participants: string;
    statusValues: string;
    meetingsNone: string;
    meetingExpected(frequency: string, expected: string): string;
    answerValues: string;
    indicatorsNone: string;
    decisionValues: string;
    amendments: string;
    nextReview(suggested: string): string;
  };

  // evaluation report
  report: {
    reviewOf(date: string): string;
    reviewDateMissing: string;
    fulfilment: string;
    rate: string;
    formula: string;
    /** "(12 + 0,5 × 3) / (20 − 1) = 13,5 / 19" */
    formulaFilled(fulfilled: string, partial: string, tasks: string, notApplicable: string, numerator: string, denominator: string): string;
    unansweredNote(n: number): string;
    /** the first thing an incomplete evaluation says: what is missing */
    incomplete(parts: string[], plural: boolean): string;
    missing: { tasks(n: number, total: number): string; questions(n: number, total: number): string; decision: string; reviewDate: string };
    noRate: string;
    columns: { scope: string; tasks: string; rate: string };
    overall: string;
    byParty: string;
    byPartner: string;
    shared: string;
    byPartnerNote: string;
    /** "Zuständig" of a shared task: "gemeinsam (federführend: Jobcenter)" */
    sharedBy(lead: string): string;
    open: string;
    openNone: string;
    /** nothing answered is open, but `n` tasks are unanswered */
    openNoneUnanswered(n: number): string;
    /** no task is answered at all */
    openNothingAnswered: string;
    /** decision amend: what follows the meeting */
    nextStepsAmend: string;
    openColumns: { task: string; by: string; result: string; note: string };
    unansweredList: string;
    meetingsNone: string;
    meetingsColumns: { task: string; frequency: string; expected: string; held: string; assessment: string };
    meetingMet: string;
    meetingBelow(missing: string): string;
    meetingNotRecorded: string;
    meetingNoExpectation: string;
    questionsColumns: { question: string; answer: string; note: string; action: string };
    actionNeeded: string;
    actionNone: string;
    actionUnanswered: string;
    actionSummary(n: number): string;
    indicatorsNone: string;
    indicatorNoValue: string;
    indicatorNotInAgreement: string;
    otherIndicators: string;
    decisionIs: Record<Decision, string>;
    decisionMissing: string;
    amendmentsNone: string;
    nextReview(date: string, owner: string): string;
    nextReviewMissing: string;
    trend: string;
    trendColumns: { year: string; date: string; rate: string; meetings: string };
    yearUnknown: string;
    generated: string;
  };

  // calendar
  ics: {
    calendarName: string;
    summary(title: string, district: string): string;
    /** an overdue review, placed on the next working day */
    summaryOverdue(title: string, district: string, due: string): string;
    description(due: string, from: string, interval: string, owner: string, command: string): string;
    fromLastReview(date: string): string;
    fromVersion(date: string): string;
    /** the date was fixed at the review of `date` */
    fromNext(date: string): string;
  };
}

import { pack } from '../lang/index.js';
import type { DeepPartial } from '../lang/types.js';

function mergeDeep<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (!over) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Record<string, unknown>)[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp) && b && typeof b === 'object' ? mergeDeep(b, v as DeepPartial<typeof b>) : v;
  }
  return out as T;
}

const profiles = new WeakMap<object, ReviewWords>();

/** the words of the review of an agreement, or of a cooperation profile (kind: informal), in a language */
export function reviewWords(lang: string, kind?: string): ReviewWords {
  const p = pack(lang);
  if (kind !== 'informal') return p.review;
  let w = profiles.get(p);
  if (!w) profiles.set(p, (w = mergeDeep(p.review, p.reviewProfile)));
  return w;
}
