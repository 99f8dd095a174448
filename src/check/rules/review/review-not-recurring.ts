// Meetings are counted against the agreed frequency; for a task without one
// there is nothing to count against, and the number would be shown as if it
// were.

import { escapePointerSegment } from '../../../model/source.js';
import type { ResultsRule } from '../../rule.js';

export const rule: ResultsRule = {
  id: 'review-not-recurring',
  severity: 'error',
  description: (t) => t.rules['review-not-recurring'].description,
  check(ctx) {
    const recurring = new Set(ctx.meetings.map((m) => m.id));
    for (const id of Object.keys(ctx.results.meetings ?? {})) {
      if (recurring.has(id)) continue;
      const task = ctx.tasks.find((t) => t.id === id);
      // an id that is no task at all is review-unknown-task's
      if (!task) continue;
      const shared = task.kind === 'shared';
      ctx.report({ pointer: `/meetings/${escapePointerSegment(id)}`, atKey: true, message: (t) => t.rules['review-not-recurring'].notRecurring(id, shared) });
    }
  },
};
