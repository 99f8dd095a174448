// Agreement → ChecklistModel: the review checklist as one language-resolved
// model (plain text, no markup), laid out by the Markdown template
// (templates/<lang>/review.md.hbs) and the PDF renderer (checklist-pdf.ts).
// The language is the agreement's, like the rendered agreement's; all words
// come from the language pack (review/words.ts, src/lang/<code>/review.ts).

import type { Agreement, Frequency, Lang, Partner } from '../model/types.js';
import { asList, listMeetings, listTasks } from '../model/tasks.js';
import { documentLanguage, pack } from '../lang/index.js';
import { reviewWords, type Answer, type Decision, type QuestionKey, type ReviewWords, type TaskStatus } from './words.js';
import { PartyIndex } from '../render/text/parties.js';
import { formatDate, joinItems, oneLine } from '../render/text/format.js';
import { reviewDue, suggestedNextReview, type DueInfo } from './due.js';
import { checklistIdentity, type ChecklistIdentity } from './identity.js';

export const TASK_STATUSES: readonly TaskStatus[] = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'];
export const QUESTION_KEYS: readonly QuestionKey[] = ['contactsCurrent', 'dataFlowsAsAgreed', 'consentFormsCurrent', 'legalOrFundingChanges'];
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unclear'];
export const DECISIONS: readonly Decision[] = ['keep', 'amend', 'terminate'];

/** meetings a year per frequency; `once` and `asNeeded` are handled apart */
const PER_YEAR: Partial<Record<Frequency, number>> = { monthly: 12, quarterly: 4, semiannual: 2, annual: 1 };

/**
 * Meetings expected between two reviews: monthly 12, quarterly 4, semiannual
 * 2, annual 1 a year, scaled by the review interval (months / 12); once → 1;
 * asNeeded → null (no expectation).
 */
export function expectedMeetings(frequency: Frequency, intervalMonths: number): number | null {
  if (frequency === 'once') return 1;
  const perYear = PER_YEAR[frequency];
  if (perYear === undefined) return null;
  return (perYear * intervalMonths) / 12;
}

export interface ChecklistTask {
  id: string;
  text: string;
  /** shared tasks: "federführend: Jobcenter; vierteljährlich" */
  detail: string;
  /** text with the detail: "… (federführend: Jobcenter)", or "… – federführend: …" after a closing parenthesis */
  label: string;
}

export interface ChecklistGroup {
  kind: 'responsibility' | 'shared';
  heading: string;
  /** party ids of the responsibility (`by`); empty for shared tasks */
  by: string[];
  tasks: ChecklistTask[];
}

export interface ChecklistMeeting {
  id: string;
  /** a shared task with a frequency, or a body (working group, steering group) that meets regularly */
  kind: 'shared' | 'body';
  text: string;
  frequency: Frequency;
  frequencyLabel: string;
  expected: number | null;
  expectedLabel: string;
}

export interface ChecklistQuestion {
  key: QuestionKey;
  text: string;
  /** what the agreement says about it, for the meeting */
  context: string[];
}

export interface ChecklistGoal {
  /** 0-based; `goal:` in the results file is this + 1 (goal-numbers.ts) */
  index: number;
  /** "Ziel 1" */
  label: string;
  text: string;
  indicators: string[];
}

export interface ChecklistSignature {
  partnerId: string;
  partyName: string;
  caption: string;
}

export interface ChecklistModel {
  lang: Lang;
  kind: 'agreement' | 'informal';
  id: string;
  /** which agreement, version and task list the checklist is for (the PDF's field agree.checklist) */
  identity: ChecklistIdentity;
  /** year of the review (from today): names the files <id>-review-<year> */
  year: string;
  today: string;
  title: string;
  /** "Kooperationsvereinbarung – Kreis Dithmarschen" */
  agreementTitle: string;
  district: string;
  header: Array<{ label: string; value: string }>;
  /** header rows to fill in at the meeting */
  fill: { reviewDate: string; participants: string };
  due: DueInfo;
  statusLabels: Array<{ key: TaskStatus; label: string }>;
  groups: ChecklistGroup[];
  meetings: ChecklistMeeting[];
  questions: ChecklistQuestion[];
  answerLabels: Array<{ key: Answer; label: string }>;
  goals: ChecklistGoal[];
  decisions: Array<{ key: Decision; label: string }>;
  nextReview: { suggested: string; suggestedLabel: string; ownerId: string | null; owner: string };
  signatures: ChecklistSignature[];
  /** all fixed words, for templates */
  w: ReviewWords;
  footer: string;
  pageLabel: string;
  meta: { title: string; subject: string; author: string; keywords: string; lang: Lang; date: string };
}

const text = (v: unknown): string => (typeof v === 'string' ? oneLine(v) : '');

export function numberLabel(n: number, lang: Lang): string {
  return pack(lang).format.decimal(n, 1);
}

export function buildChecklist(doc: Agreement, today: string): ChecklistModel {
  const lang: Lang = documentLanguage(doc);
  const w = reviewWords(lang, doc.kind);
  const dw = pack(lang).document;
  const parties = new PartyIndex(doc, lang);
  const profile = doc.kind === 'informal';
  const partners = (doc.partners ?? []).filter((p): p is Partner => !!p && typeof p.id === 'string');
  const due = reviewDue(doc, today);
  const date = (d: string | null | undefined) => (d ? formatDate(d, lang) : '');
  const agreementName = text(doc.title) || (profile ? dw.titleProfile : dw.titleAgreement);
  const district = text(doc.district);
  const agreementTitle = district ? `${agreementName} – ${district}` : agreementName;
  const title = profile ? w.checklistTitleProfile : w.checklistTitle;

  const withShort = (p: Partner) => {
    const n = text(p.name) || p.id;
    const s = text(p.shortName);
    return s && !n.includes(s) ? `${n} (${s})` : n;
  };
  const dueValue = [
    date(due.due),
    due.status === 'overdue' ? w.dueState.overdue(-due.daysLeft) : due.status === 'due' ? w.dueState.due : '',
  ]
    .filter(Boolean)
    .join(' – ');
  const ownerLabel = due.owner ? parties.label(due.owner) : '';
  const header = [
    { label: w.header.agreement, value: `${agreementTitle} (${doc.id})` },
    { label: w.header.partners, value: partners.map(withShort).join('; ') },
    { label: w.header.version, value: date(doc.version) },
    { label: w.header.lastReview, value: due.lastReview ? date(due.lastReview) : w.header.noReviewYet },
    { label: w.header.interval, value: w.intervalText(due.intervalMonths) },
    ...(ownerLabel ? [{ label: w.header.owner, value: ownerLabel }] : []),
    { label: w.header.due, value: dueValue },
  ];

  // tasks, grouped as in the agreement: one group per responsibility, then the shared tasks
  const tasks = listTasks(doc);
  const groups: ChecklistGroup[] = [];
  (doc.responsibilities ?? []).forEach((r, ri) => {
    if (!r) return;
    const by = asList(r.by as string | string[]);
    const own = tasks.filter((t) => t.kind === 'responsibility' && t.groupIndex === ri);
    if (own.length === 0) return;
    groups.push({
      kind: 'responsibility',
      heading: dw.tasksOf(parties.phrase(by, 'gen'), parties.bare(by)),
      by,
      tasks: own.map((t) => ({ id: t.id, text: oneLine(t.text), detail: '', label: oneLine(t.text) })),
    });
  });
  const shared = tasks.filter((t) => t.kind === 'shared');
  if (shared.length > 0) {
    groups.push({
      kind: 'shared',
      heading: dw.sections.shared,
      by: [],
      tasks: shared.map((t) => {
        const details: string[] = [];
        if (t.lead) details.push(dw.lead(parties.label(t.lead)));
        if (t.frequency) details.push(w.frequency[t.frequency]);
        const body = oneLine(t.text);
        const detail = details.join('; ');
        return { id: t.id, text: body, detail, label: withDetail(body, detail) };
      }),
    });
  }

  const meetings: ChecklistMeeting[] = listMeetings(doc, tasks)
    .map((t) => {
      const expected = expectedMeetings(t.frequency, due.intervalMonths);
      return {
        id: t.id,
        kind: t.kind,
        text: oneLine(t.text),
        frequency: t.frequency,
        frequencyLabel: w.frequency[t.frequency],
        expected,
        expectedLabel: expected === null ? w.noExpectation : numberLabel(expected, lang),
      };
    });

  const questions: ChecklistQuestion[] = QUESTION_KEYS.map((key) => ({ key, text: w.questions[key], context: questionContext(key, doc, parties, w, lang) }));

  const goals: ChecklistGoal[] = (doc.goals ?? [])
    .map((g, index) => ({ g, index }))
    .filter(({ g }) => g && typeof g.text === 'string')
    .map(({ g, index }) => ({
      index,
      label: w.goal(index + 1),
      text: text(g.text),
      indicators: asList(g.indicators).map(text).filter(Boolean),
    }));

  const suggested = suggestedNextReview(due, today);
  const partnerNames = partners.map((p) => text(p.name) || p.id);
  return {
    lang,
    kind: profile ? 'informal' : 'agreement',
    id: doc.id,
    identity: checklistIdentity(doc),
    year: today.slice(0, 4),
    today,
    title,
    agreementTitle,
    district,
    header,
    fill: { reviewDate: w.header.reviewDate, participants: w.header.participants },
    due,
    statusLabels: TASK_STATUSES.map((key) => ({ key, label: w.status[key] })),
    groups,
    meetings,
    questions,
    answerLabels: ANSWERS.map((key) => ({ key, label: w.answers[key] })),
    goals,
    decisions: DECISIONS.map((key) => ({ key, label: w.decisions[key] })),
    nextReview: { suggested, suggestedLabel: w.suggestion(date(suggested)), ownerId: due.owner, owner: ownerLabel },
    // a cooperation profile is not signed (SPEC §4), neither is its review
    signatures: (profile ? [] : partners).map((p) => ({
      partnerId: p.id,
      partyName: text(p.name) || p.id,
      caption: w.signatureCaption(text(p.shortName) || text(p.name) || p.id),
    })),
    w,
    footer: w.footer(agreementName, district),
    pageLabel: w.pageLabel,
    meta: {
      title: `${title}: ${agreementTitle}`,
      subject: w.subject(agreementName, district),
      author: partnerNames.join('; '),
      keywords: [title, agreementName, district, ...partners.map((p) => text(p.shortName) || text(p.name))].filter(Boolean).join(', '),
      lang,
      date: today,
    },
  };
}

/** " (detail)" — or " – detail" where parentheses would follow each other */
function withDetail(body: string, detail: string): string {
  if (!detail) return body;
  return /\)\s*$/.test(body) ? `${body} – ${detail}` : `${body} (${detail})`;
}

function questionContext(key: QuestionKey, doc: Agreement, parties: PartyIndex, w: ReviewWords, lang: Lang): string[] {
  const partners = (doc.partners ?? []).filter((p): p is Partner => !!p && typeof p.id === 'string');
  const short = (p: Partner) => text(p.shortName) || text(p.name) || p.id;
  switch (key) {
    case 'contactsCurrent': {
      const hasContacts = (p: Partner) => (p.contacts ?? []).length > 0 || (p.units ?? []).some((u) => (u?.contacts ?? []).length > 0);
      const listed = partners.filter(hasContacts);
      if (listed.length === 0) return [w.context.noContacts];
      const items = listed.map((p) => `${short(p)} ${p.contactsUpdated ? formatDate(p.contactsUpdated, lang) : '–'}`);
      return [w.context.contacts(items.join('; '))];
    }
    case 'dataFlowsAsAgreed': {
      const flows = (doc.dataFlows ?? []).filter((f) => f && typeof f.from === 'string');
      if (flows.length === 0) return [w.context.noDataFlows];
      const items = flows.map((f) =>
        w.flow(parties.label(f.from), asList(f.to).map((t) => parties.label(t)).join(', '), joinItems(asList(f.data).map(text).filter(Boolean), lang)),
      );
      return [w.context.dataFlows(items.join('; '))];
    }
    case 'consentFormsCurrent': {
      const forms = [...new Set((doc.dataFlows ?? []).filter((f) => f?.legalBasis === 'consent').map((f) => text(f.consentForm)).filter(Boolean))];
      const church = partners.filter((p) => p.churchLaw).map((p) => `${short(p)}: ${p.churchLaw}`);
      return [forms.length ? w.context.consentForms(forms.join('; ')) : w.context.noConsentForms, ...(church.length ? [w.context.churchLaw(church.join('; '))] : [])];
    }
    case 'legalOrFundingChanges': {
      const basis = asList(doc.legalBasis).map(text).filter(Boolean);
      return basis.length ? [w.context.legalBasis(basis.join(', '))] : [];
    }
  }
}
