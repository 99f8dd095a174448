// A filled-in, checked results file evaluated against its agreement (SPEC §4).
//
// Fulfilment rate = (fulfilled + 0.5 × partial) / (tasks − notApplicable),
// where `tasks` are all tasks of the agreement. A task whose status is empty or
// null, or that is missing from the results, is "unanswered": it stays in the
// denominator and adds nothing to the numerator — it counts like "not
// fulfilled" in the rate, but is reported apart. The rate is null when the
// denominator is 0 (every task not applicable, or no tasks).
//
// Breakdowns:
//   parties   one entry per party id as named in a responsibility's `by`
//             (a unit stays a unit), in order of first appearance, plus one
//             entry "shared" for the shared tasks. A task with several ids in
//             `by` counts for each of them.
//   partners  one entry per partner: the tasks whose `by` names the partner or
//             one of its units (each task once), plus the same "shared" entry.
//             Shared tasks belong to all partners jointly and are not added
//             to any single partner.
//
// Meetings (per shared task with a frequency): expected between two reviews =
// monthly 12, quarterly 4, semiannual 2, annual 1 a year × intervalMonths / 12;
// once 1; asNeeded no expectation.

import type { Agreement, Frequency, Lang, Partner } from '../model/types.js';
import { asList, listMeetings, listTasks } from '../model/tasks.js';
import { documentLanguage, pack } from '../lang/index.js';
import type { Answer, Decision, QuestionKey, TaskStatus } from './words.js';
import { PartyIndex } from '../render/text/parties.js';
import { oneLine } from '../render/text/format.js';
import { expectedMeetings, QUESTION_KEYS } from './checklist.js';
import { intervalOf } from './due.js';
import { normalizeResults, sameText, unanswered, type ReviewResults } from './results.js';

export interface Counts {
  tasks: number;
  fulfilled: number;
  partial: number;
  notFulfilled: number;
  notApplicable: number;
  unanswered: number;
  /** fulfilled + 0.5 × partial */
  numerator: number;
  /** tasks − notApplicable */
  denominator: number;
  /** numerator / denominator (0…1), null when the denominator is 0 */
  rate: number | null;
}

export interface ScopeCounts extends Counts {
  /** party id, partner id, or "shared" */
  id: string;
  kind: 'partner' | 'unit' | 'shared';
  label: string;
}

export interface TaskResult {
  id: string;
  text: string;
  kind: 'responsibility' | 'shared';
  /** party ids responsible (`by`); for shared tasks the lead, if any */
  by: string[];
  status: TaskStatus | null;
  note: string;
}

export interface MeetingResult {
  /** id of the shared task or body */
  task: string;
  kind: 'shared' | 'body';
  text: string;
  frequency: Frequency;
  expected: number | null;
  held: number | null;
  /** held ≥ expected; null when not recorded or without expectation */
  met: boolean | null;
  note: string;
}

export interface QuestionResult {
  key: QuestionKey;
  answer: Answer | null;
  note: string;
  /**
   * The answer calls for action: no / unclear for the first three questions,
   * yes / unclear for legal or funding changes. Unanswered: false (see `answer`).
   */
  needsAction: boolean;
}

export interface IndicatorResult {
  /** 0-based goal index */
  goal: number;
  goalText: string;
  indicator: string;
  value: string | number | null;
  note: string;
  /** the indicator is named in the agreement (false: only in the results) */
  inAgreement: boolean;
}

export interface Evaluation {
  agreement: { id: string; title: string; district: string; version: string; language: Lang; intervalMonths: number };
  results: { file: string; reviewDate: string | null; participants: string[] };
  summary: Counts;
  /** every task, review question and the decision answered */
  complete: boolean;
  /** what is not answered: counts of tasks and questions, and whether the decision is missing */
  missing: { tasks: number; questions: number; decision: boolean };
  parties: ScopeCounts[];
  partners: ScopeCounts[];
  tasks: TaskResult[];
  meetings: MeetingResult[];
  questions: QuestionResult[];
  indicators: IndicatorResult[];
  decision: Decision | null;
  amendments: string[];
  nextReview: { date: string | null; owner: string | null };
}

const STATUSES: readonly TaskStatus[] = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'];

export function countStatuses(statuses: Array<TaskStatus | null>): Counts {
  const c = { tasks: statuses.length, fulfilled: 0, partial: 0, notFulfilled: 0, notApplicable: 0, unanswered: 0 };
  for (const s of statuses) {
    if (s === null) c.unanswered++;
    else c[s]++;
  }
  const numerator = c.fulfilled + 0.5 * c.partial;
  const denominator = c.tasks - c.notApplicable;
  return { ...c, numerator, denominator, rate: denominator > 0 ? numerator / denominator : null };
}

const str = (v: unknown): string => (typeof v === 'string' ? oneLine(v) : '');

function actionNeeded(key: QuestionKey, answer: Answer | null): boolean {
  if (answer === null) return false;
  if (answer === 'unclear') return true;
  return key === 'legalOrFundingChanges' ? answer === 'yes' : answer === 'no';
}

export function evaluateResults(doc: Agreement, input: ReviewResults, file: string): Evaluation {
  // results from checkResults are normalised already; a script may pass the checklist's words
  const results = normalizeResults(input as unknown as Record<string, unknown>);
  const lang: Lang = documentLanguage(doc);
  const parties = new PartyIndex(doc, lang);
  const dw = pack(lang).document;
  const interval = intervalOf(doc).months;
  const taskInfos = listTasks(doc);

  const tasks: TaskResult[] = taskInfos.map((t) => {
    const entry = results.tasks?.[t.id];
    const status = entry && STATUSES.includes(entry.status as TaskStatus) ? (entry.status as TaskStatus) : null;
    return { id: t.id, text: oneLine(t.text), kind: t.kind, by: t.by, status, note: str(entry?.note) };
  });

  // by party as named in `by`, in order of appearance; then shared
  const partyIds: string[] = [];
  for (const t of tasks) if (t.kind === 'responsibility') for (const id of t.by) if (!partyIds.includes(id)) partyIds.push(id);
  const sharedTasks = tasks.filter((t) => t.kind === 'shared');
  const sharedScope = (): ScopeCounts[] =>
    sharedTasks.length ? [{ id: 'shared', kind: 'shared', label: dw.sections.shared, ...countStatuses(sharedTasks.map((t) => t.status)) }] : [];
  const byParty: ScopeCounts[] = [
    ...partyIds.map((id) => ({
      id,
      kind: (parties.get(id)?.kind ?? 'partner') as 'partner' | 'unit',
      label: parties.label(id),
      ...countStatuses(tasks.filter((t) => t.kind === 'responsibility' && t.by.includes(id)).map((t) => t.status)),
    })),
    ...sharedScope(),
  ];

  const partners = (doc.partners ?? []).filter((p): p is Partner => !!p && typeof p.id === 'string');
  const byPartner: ScopeCounts[] = [
    ...partners.map((p) => {
      const own = parties.family(p.id);
      const mine = tasks.filter((t) => t.kind === 'responsibility' && t.by.some((id) => own.has(id)));
      return { id: p.id, kind: 'partner' as const, label: parties.label(p.id), ...countStatuses(mine.map((t) => t.status)) };
    }),
    ...sharedScope(),
  ];

  const meetings: MeetingResult[] = listMeetings(doc, taskInfos)
    .map((t) => {
      const entry = results.meetings?.[t.id];
      const held = typeof entry?.held === 'number' ? entry.held : null;
      const expected = expectedMeetings(t.frequency, interval);
      return {
        task: t.id,
        kind: t.kind,
        text: oneLine(t.text),
        frequency: t.frequency,
        expected,
        held,
        met: held === null || expected === null ? null : held >= expected,
        note: str(entry?.note),
      };
    });

  const questions: QuestionResult[] = QUESTION_KEYS.map((key) => {
    const entry = results.questions?.[key];
    const answer = entry && (['yes', 'no', 'unclear'] as const).includes(entry.answer as Answer) ? (entry.answer as Answer) : null;
    return { key, answer, note: str(entry?.note), needsAction: actionNeeded(key, answer) };
  });

  // the agreement's indicators in order, with the values given; then values for indicators it does not name
  const given = (results.indicators ?? []).map((x) => ({ ...x, used: false }));
  const indicators: IndicatorResult[] = [];
  (doc.goals ?? []).forEach((g, goal) => {
    for (const indicator of asList(g?.indicators).map(str).filter(Boolean)) {
      const match = given.find((x) => !x.used && x.goal === goal && sameText(x.indicator, indicator));
      if (match) match.used = true;
      indicators.push({
        goal,
        goalText: str(g.text),
        indicator,
        value: match && match.value !== undefined && match.value !== '' ? match.value : null,
        note: str(match?.note),
        inAgreement: true,
      });
    }
  });
  for (const x of given.filter((x) => !x.used)) {
    indicators.push({
      goal: x.goal,
      goalText: str(doc.goals?.[x.goal]?.text),
      indicator: str(x.indicator),
      value: x.value !== undefined && x.value !== '' ? x.value : null,
      note: str(x.note),
      inAgreement: false,
    });
  }

  const missing = unanswered(results, taskInfos.map((t) => t.id));
  return {
    agreement: {
      id: doc.id,
      title: str(doc.title) || (doc.kind === 'informal' ? dw.titleProfile : dw.titleAgreement),
      district: str(doc.district),
      version: doc.version,
      language: lang,
      intervalMonths: interval,
    },
    results: {
      file,
      reviewDate: typeof results.reviewDate === 'string' ? results.reviewDate : null,
      participants: (results.participants ?? []).map(str).filter(Boolean),
    },
    summary: countStatuses(tasks.map((t) => t.status)),
    complete: missing.tasks === 0 && missing.questions === 0 && !missing.decision,
    missing,
    parties: byParty,
    partners: byPartner,
    tasks,
    meetings,
    questions,
    indicators,
    decision: results.decision ?? null,
    amendments: (results.amendments ?? []).map(str).filter(Boolean),
    nextReview: {
      date: typeof results.nextReview?.date === 'string' ? results.nextReview.date : null,
      owner: typeof results.nextReview?.owner === 'string' ? results.nextReview.owner : null,
    },
  };
}
