// A review checklist PDF, filled in a viewer, read as a results file: the
// form fields become the same results object a results YAML gives, and go
// through the same checks and the same evaluation. Field names are those of
// checklist-pdf.ts (task.<id>.status …); the read-only field `agree.checklist`
// says which agreement, which version and which task list the checklist was
// made for (identity.ts), so that a checklist of another agreement or of an
// older version is refused, naming both versions.
//
// What people type is read as they type it: dates as 12.03.2027 or
// "12. März 2027", meeting counts as digits, several participants or
// amendment requests one per line, the next review's owner by id, short name
// or name. Text with control characters, or longer than MAX_FIELD_CHARS, is
// refused at its field. The PDF itself is read by src/pdf (bounded).

import type { Text } from '../lang/types.js';
import type { LoadedDocument } from '../model/load.js';
import type { Agreement } from '../model/types.js';
import { listMeetings, listTasks } from '../model/tasks.js';
import { readDate } from '../model/dates.js';
import { openPdf, PdfReadError, readFormFields, type FormField } from '../pdf/index.js';
import { buildChecklist, QUESTION_KEYS } from './checklist.js';
import { checklistIdentity, decodeIdentity } from './identity.js';
import { lazy } from '../lang/lazy.js';
import { documentLanguage } from '../lang/index.js';
import { PartyIndex } from '../render/text/parties.js';

const M = lazy((t) => t.diagnostics.pdfResults);

/** a note of a few pages; more is not a note */
export const MAX_FIELD_CHARS = 10_000;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Problem {
  ruleId: string;
  message: Text;
  field?: string;
}

/**
 * The filled checklist `bytes` (display path `file`) of the checked agreement
 * `doc` as a loaded results document: `value` is the results object, and
 * `fieldAt` names the form field a pointer into it came from.
 */
export function loadResultsPdf(bytes: Uint8Array, file: string, path: string | null, doc: Agreement, today: string): LoadedDocument {
  const problems: Problem[] = [];
  const fieldOf = new Map<string, string>();
  const loaded = (value: unknown): LoadedDocument => ({
    file,
    path,
    value,
    chain: [file],
    paths: [path],
    problems: problems.map((p) => ({ ruleId: p.ruleId, message: p.message, file, pointer: '', line: 0, column: 0, ...(p.field ? { field: p.field } : {}) })),
    locate: () => null,
    fieldAt: (pointer: string) => {
      for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        const f = fieldOf.get(p);
        if (f) return f;
        if (p === '') return undefined;
      }
    },
  });

  let fields: FormField[];
  try {
    fields = readFormFields(openPdf(bytes));
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    problems.push({ ruleId: 'file', message: M.unreadable(error.code) });
    return loaded(null);
  }
  const byName = new Map(fields.map((f) => [f.name, f]));

  // which agreement, version and task list the checklist was made for
  const identityField = byName.get('agree.checklist');
  const identity = identityField?.value ? decodeIdentity(identityField.value) : null;
  if (!identity) {
    problems.push({ ruleId: 'file', message: M.notChecklist });
    return loaded(null);
  }
  const expected = checklistIdentity(doc);
  if (identity.agreement !== expected.agreement) {
    problems.push({ ruleId: 'review-agreement', field: 'agree.checklist', message: M.otherAgreement(identity, expected) });
    return loaded(null);
  }
  if (identity.version !== expected.version) {
    problems.push({ ruleId: 'review-agreement', field: 'agree.checklist', message: M.otherVersion(identity, expected) });
    return loaded(null);
  }
  if (identity.tasks !== expected.tasks) {
    problems.push({ ruleId: 'review-agreement', field: 'agree.checklist', message: M.otherTasks(identity, expected) });
    return loaded(null);
  }

  /** the text of a field, or null when empty, absent or refused */
  const text = (name: string, pointer: string): string | null => {
    const f = byName.get(name);
    if (!f) return null;
    fieldOf.set(pointer, name);
    const v = f.value;
    if (v === null || v.trim() === '') return null;
    if (v.length > MAX_FIELD_CHARS) {
      problems.push({ ruleId: 'schema', field: name, message: M.tooLong(v.length, MAX_FIELD_CHARS) });
      return null;
    }
    const bad = CONTROL.exec(v);
    if (bad) {
      problems.push({ ruleId: 'schema', field: name, message: M.control(bad[0]) });
      return null;
    }
    return v.trim();
  };
  const choice = (name: string, pointer: string): string | null => {
    const f = byName.get(name);
    if (!f) return null;
    fieldOf.set(pointer, name);
    return f.value && f.value !== 'Off' ? f.value : null;
  };
  const date = (name: string, pointer: string): string | null => {
    const v = text(name, pointer);
    if (v === null) return null;
    const iso = readDate(v);
    if (!iso) problems.push({ ruleId: 'schema', field: name, message: M.notADate(v) });
    return iso;
  };
  const lines = (v: string | null) =>
    v === null
      ? []
      : v
          .split(/\r\n|\r|\n|;/)
          .map((l) => l.replace(/^\s*(?:[-–•*]|\d+[.)])\s+/, '').trim())
          .filter(Boolean);

  const model = buildChecklist(doc, today);
  const value: Record<string, unknown> = { agreement: identity.agreement };
  value.reviewDate = date('review.date', '/reviewDate');
  value.participants = lines(text('review.participants', '/participants'));

  const tasks: Record<string, unknown> = {};
  for (const t of listTasks(doc)) {
    tasks[t.id] = {
      status: choice(`task.${t.id}.status`, `/tasks/${t.id}/status`),
      note: text(`task.${t.id}.note`, `/tasks/${t.id}/note`),
    };
  }
  value.tasks = tasks;

  const meetings: Record<string, unknown> = {};
  for (const m of listMeetings(doc)) {
    const name = `meeting.${m.id}.held`;
    const raw = text(name, `/meetings/${m.id}/held`);
    let held: number | null = null;
    if (raw !== null) {
      if (/^\d{1,6}$/.test(raw)) held = Number(raw);
      else problems.push({ ruleId: 'schema', field: name, message: M.notACount(raw) });
    }
    meetings[m.id] = { held, note: text(`meeting.${m.id}.note`, `/meetings/${m.id}/note`) };
  }
  value.meetings = meetings;

  const questions: Record<string, unknown> = {};
  for (const key of QUESTION_KEYS) {
    questions[key] = { answer: choice(`question.${key}.answer`, `/questions/${key}/answer`), note: text(`question.${key}.note`, `/questions/${key}/note`) };
  }
  value.questions = questions;

  const indicators: unknown[] = [];
  for (const goal of model.goals) {
    goal.indicators.forEach((indicator, n) => {
      const i = indicators.length;
      const v = text(`indicator.${goal.index}.${n}.value`, `/indicators/${i}/value`);
      const note = text(`indicator.${goal.index}.${n}.note`, `/indicators/${i}/note`);
      // as a results file counts goals: from 1 (goal-numbers.ts)
      indicators.push({ goal: goal.index + 1, indicator, value: v, note });
    });
  }
  value.indicators = indicators;

  value.decision = choice('decision.choice', '/decision');
  value.amendments = lines(text('decision.amendments', '/amendments'));
  const owner = text('nextReview.owner', '/nextReview/owner');
  value.nextReview = { date: date('nextReview.date', '/nextReview/date'), owner: owner === null ? null : partyId(doc, owner) };
  return loaded(value);
}

/** the id of the party a person typed (id, short name or name, case and spaces aside), or the text itself */
function partyId(doc: Agreement, typed: string): string {
  const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const want = norm(typed);
  const hit = new PartyIndex(doc, documentLanguage(doc)).all().filter((p) => [p.id, p.shortName, p.name].some((n) => norm(n) === want));
  return hit.length === 1 ? hit[0]!.id : typed;
}
