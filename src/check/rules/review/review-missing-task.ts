// A task left out of the results is not answered; it counts against the rate
// like "not fulfilled", so the people filling in should know it is missing.

import type { ResultsRule } from '../../rule.js';

export const rule: ResultsRule = {
  id: 'review-missing-task',
  severity: 'warning',
  description: (t) => t.rules['review-missing-task'].description,
  check(ctx) {
    const given = ctx.results.tasks;
    if (!given) return;
    const missing = ctx.tasks.map((t) => t.id).filter((id) => !Object.prototype.hasOwnProperty.call(given, id));
    if (missing.length === 0) return;
    ctx.report({ pointer: '/tasks', atKey: true, message: (t) => t.rules['review-missing-task'].missingTasks(missing) });
  },
};
