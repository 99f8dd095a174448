// Results refer to tasks by their ids; an answer under an id the agreement
// does not have answers nothing, and the task it was meant for stays open.
//
// A key that is no id at all ("Erst beratung!") breaks the schema's key
// pattern; this rule names the task that was probably meant, so its message is
// shown instead (`explains`).

import { escapePointerSegment } from '../../../model/source.js';
import { closest } from '../../suggest.js';
import type { ResultsRule } from '../../rule.js';

export const rule: ResultsRule = {
  id: 'review-unknown-task',
  severity: 'error',
  description: (t) => t.rules['review-unknown-task'].description,
  explains: [
    { keyword: 'propertyNames', at: '/tasks/*' },
    { keyword: 'propertyNames', at: '/meetings/*' },
  ],
  check(ctx) {
    const taskIds = ctx.tasks.map((t) => t.id);
    const known = new Set(taskIds);
    for (const id of Object.keys(ctx.results.tasks ?? {})) {
      if (known.has(id)) continue;
      const hint = closest(id, taskIds);
      ctx.report({ pointer: `/tasks/${escapePointerSegment(id)}`, atKey: true, message: (t) => t.rules['review-unknown-task'].unknownTask(id, hint, 'tasks') });
    }
    const recurring = ctx.meetings.map((m) => m.id);
    for (const id of Object.keys(ctx.results.meetings ?? {})) {
      // a task that is not recurring is review-not-recurring's
      if (recurring.includes(id) || known.has(id)) continue;
      const hint = closest(id, recurring.length > 0 ? recurring : taskIds);
      ctx.report({ pointer: `/meetings/${escapePointerSegment(id)}`, atKey: true, message: (t) => t.rules['review-unknown-task'].unknownTask(id, hint, 'meetings') });
    }
  },
};
