// The results file to fill in (`agree review --format yaml`, SPEC §4): every
// task id of the agreement with an empty status, the meetings of the shared
// tasks with a frequency, the fixed questions, every goal's indicators, the
// decision and the next review. Written as YAML text by hand (not by a YAML
// serializer) so that each entry carries the task's text as a comment above
// it — the person filling it in sees what each id means. What it writes
// passes the results schema as it stands (tested) and evaluates to "all
// unanswered". With `results`, the same file filled in — what a filled
// checklist PDF says, kept as text beside the agreement; statuses, answers and
// the decision in the checklist's words of the document's language.

import type { ChecklistModel } from './checklist.js';
import type { ReviewResults } from './results.js';

export interface SkeletonOptions {
  /** path for the `# yaml-language-server: $schema=` line (relative to where the file is written) */
  schemaPath: string;
  /** the command that evaluates the filled file, shown in the header comment */
  evaluateCommand: string;
  /** the answers to fill in (checked results) */
  results?: ReviewResults;
}

/** a scalar YAML reads back as the same string: plain for words, else double-quoted (JSON's escapes are YAML's) */
function scalar(value: string): string {
  return (/^[\p{L}][\p{L}\p{N}]*(?: [\p{L}\p{N}]+)*$/u.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) && !RESERVED.has(value.toLowerCase()) ? value : JSON.stringify(value);
}

const after = (value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? '' : ` ${typeof value === 'number' ? value : scalar(value)}`);

const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

/** a mapping key that YAML reads back as the same string */
function key(id: string): string {
  return /^[a-z][a-z0-9-]*$/.test(id) && !RESERVED.has(id) ? id : JSON.stringify(id);
}

/** a one-line comment (user text cannot end the comment or start a new key) */
function comment(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t ? `# ${t}` : '#';
}

export function buildSkeleton(model: ChecklistModel, options: SkeletonOptions): string {
  const s = model.w.skeleton;
  const out: string[] = [];
  const line = (indent: number, text: string) => out.push(' '.repeat(indent) + text);

  line(0, `# yaml-language-server: $schema=${options.schemaPath}`);
  line(0, '#');
  for (const l of s.intro(model.agreementTitle, model.id)) line(0, comment(l));
  line(0, comment(s.evaluate(options.evaluateCommand)));
  out.push('');
  const r = options.results;
  const words = model.w.accepted;
  line(0, `agreement: ${key(model.id)}`);
  line(0, `reviewDate:${after(r?.reviewDate)}    ${comment(s.reviewDate)}`);
  const participants = r?.participants ?? [];
  if (participants.length === 0) line(0, `participants: []    ${comment(s.participants)}`);
  else {
    line(0, `participants:    ${comment(s.participants)}`);
    for (const p of participants) line(2, `- ${JSON.stringify(p)}`);
  }
  out.push('');

  line(0, comment(s.statusValues));
  line(0, 'tasks:');
  model.groups.forEach((group, gi) => {
    if (gi > 0) out.push('');
    line(2, comment(`── ${group.heading} ──`));
    for (const task of group.tasks) {
      line(2, comment(task.text));
      const t = r?.tasks?.[task.id];
      line(2, `${key(task.id)}:`);
      line(4, `status:${after(t?.status ? words.status[t.status] : null)}`);
      line(4, `note:${t?.note ? ` ${JSON.stringify(t.note)}` : ''}`);
    }
  });
  if (model.groups.length === 0) out[out.length - 1] = 'tasks: {}';
  out.push('');

  if (model.meetings.length === 0) {
    line(0, `meetings: {}    ${comment(s.meetingsNone)}`);
  } else {
    line(0, 'meetings:');
    for (const m of model.meetings) {
      line(2, comment(m.text));
      line(2, comment(s.meetingExpected(m.frequencyLabel, m.expectedLabel)));
      const held = r?.meetings?.[m.id];
      line(2, `${key(m.id)}:`);
      line(4, `held:${after(held?.held)}`);
      line(4, `note:${held?.note ? ` ${JSON.stringify(held.note)}` : ''}`);
    }
  }
  out.push('');

  line(0, comment(s.answerValues));
  line(0, 'questions:');
  for (const q of model.questions) {
    line(2, comment(q.text));
    for (const c of q.context) line(2, comment(`  ${c}`));
    const a = r?.questions?.[q.key];
    line(2, `${q.key}:`);
    line(4, `answer:${after(a?.answer ? words.answers[a.answer] : null)}`);
    line(4, `note:${a?.note ? ` ${JSON.stringify(a.note)}` : ''}`);
  }
  out.push('');

  const indicators = model.goals.filter((g) => g.indicators.length > 0);
  if (indicators.length === 0) {
    line(0, `indicators: []    ${comment(s.indicatorsNone)}`);
  } else {
    line(0, 'indicators:');
    for (const goal of indicators) {
      line(2, comment(`${goal.label}: ${goal.text}`));
      for (const indicator of goal.indicators) {
        const x = r?.indicators?.find((i) => i.goal === goal.index && i.indicator === indicator);
        const value = x?.value === null || x?.value === undefined || x.value === '' ? '' : ` ${JSON.stringify(x.value)}`;
        // counted as people count, like the label above it: `goal: 1` is Ziel 1 (goal-numbers.ts)
        line(2, `- goal: ${goal.index + 1}`);
        line(4, `indicator: ${JSON.stringify(indicator)}`);
        line(4, `value:${value}`);
        line(4, `note:${x?.note ? ` ${JSON.stringify(x.note)}` : ''}`);
      }
    }
  }
  out.push('');

  line(0, `decision:${after(r?.decision ? words.decisions[r.decision] : null)}    ${comment(s.decisionValues)}`);
  const amendments = r?.amendments ?? [];
  if (amendments.length === 0) line(0, `amendments: []    ${comment(s.amendments)}`);
  else {
    line(0, `amendments:    ${comment(s.amendments)}`);
    for (const a of amendments) line(2, `- ${JSON.stringify(a)}`);
  }
  line(0, `nextReview:    ${comment(s.nextReview(model.nextReview.suggested))}`);
  line(2, `date:${after(r ? r.nextReview?.date : null)}`);
  const owner = r ? r.nextReview?.owner : model.nextReview.ownerId;
  line(2, `owner:${owner ? ` ${key(owner)}` : ''}`);
  return out.join('\n') + '\n';
}
