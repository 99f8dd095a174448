// An indicator's value belongs to a goal of the agreement (`goal`); one for a
// goal that does not exist would be shown under none.

import type { ResultsRule } from '../../rule.js';
import { goalIndex } from '../../../review/goal-numbers.js';

export const rule: ResultsRule = {
  id: 'review-unknown-goal',
  severity: 'error',
  description: (t) => t.rules['review-unknown-goal'].description,
  check(ctx) {
    const count = ctx.agreement.goals?.length ?? 0;
    ctx.results.indicators?.forEach((entry, i) => {
      const goal = entry?.goal;
      if (goal === undefined) return;
      const index = goalIndex(goal, ctx.goalsFromZero);
      if (index >= 0 && index < count) return;
      ctx.report({ pointer: `/indicators/${i}/goal`, message: (t) => t.rules['review-unknown-goal'].unknownGoal(goal, count) });
    });
  },
};
