// The results file to fill in (`agree review --format yaml`, SPEC §4): every
// task id of the agreement with an empty status, the meetings of the shared
// tasks with a frequency, the fixed questions, every goal's indicators, the
// decision and the next review. Written as YAML text by hand (not by a YAML
// serializer) so that each entry carries the task's text as a comment above
// it — the person filling it in sees what each id means. What it writes
// passes the results schema as it stands (tested) and evaluates to "all
// unanswered".

import type { ChecklistModel } from './checklist.js';

export interface SkeletonOptions {
  /** path for the `# yaml-language-server: $schema=` line (relative to where the file is written) */
  schemaPath: string;
  /** the command that evaluates the filled file, shown in the header comment */
  evaluateCommand: string;
}

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
  line(0, `agreement: ${key(model.id)}`);
  line(0, `reviewDate:    ${comment(s.reviewDate)}`);
  line(0, `participants: []    ${comment(s.participants)}`);
  out.push('');

  line(0, comment(s.statusValues));
  line(0, 'tasks:');
  model.groups.forEach((group, gi) => {
    if (gi > 0) out.push('');
    line(2, comment(`── ${group.heading} ──`));
    for (const task of group.tasks) {
      line(2, comment(task.text));
      line(2, `${key(task.id)}:`);
      line(4, 'status:');
      line(4, 'note:');
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
      line(2, `${key(m.id)}:`);
      line(4, 'held:');
      line(4, 'note:');
    }
  }
  out.push('');

  line(0, comment(s.answerValues));
  line(0, 'questions:');
  for (const q of model.questions) {
    line(2, comment(q.text));
    for (const c of q.context) line(2, comment(`  ${c}`));
    line(2, `${q.key}:`);
    line(4, 'answer:');
    line(4, 'note:');
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
        line(2, `- goal: ${goal.index}`);
        line(4, `indicator: ${JSON.stringify(indicator)}`);
        line(4, 'value:');
        line(4, 'note:');
      }
    }
  }
  out.push('');

  line(0, `decision:    ${comment(s.decisionValues)}`);
  line(0, `amendments: []    ${comment(s.amendments)}`);
  line(0, `nextReview:    ${comment(s.nextReview(model.nextReview.suggested))}`);
  line(2, 'date:');
  line(2, `owner:${model.nextReview.ownerId ? ` ${key(model.nextReview.ownerId)}` : ''}`);
  return out.join('\n') + '\n';
}
