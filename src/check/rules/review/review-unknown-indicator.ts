// The review measures each goal by the indicators the agreement names; a value
// for another indicator (often a typo) is shown, but not where it was meant.

import { short } from '../../names.js';
import type { ResultsRule } from '../../rule.js';
import { goalIndex } from '../../../review/goal-numbers.js';
import { closestText, sameText } from './_answers.js';

export const rule: ResultsRule = {
  id: 'review-unknown-indicator',
  severity: 'warning',
  description: (t) => t.rules['review-unknown-indicator'].description,
  check(ctx) {
    const goals = ctx.agreement.goals ?? [];
    ctx.results.indicators?.forEach((entry, i) => {
      if (!entry || entry.goal === undefined || entry.indicator === undefined) return;
      const index = goalIndex(entry.goal, ctx.goalsFromZero);
      const goal = goals[index];
      // a goal the agreement does not have is review-unknown-goal's
      if (!goal) return;
      const named = (goal.indicators ?? []).filter((x): x is string => typeof x === 'string');
      const indicator = entry.indicator;
      if (named.some((n) => sameText(n, indicator))) return;
      const hint = closestText(indicator, named);
      const n = index + 1;
      const text = typeof goal.text === 'string' ? short(goal.text, 40) : undefined;
      ctx.report({ pointer: `/indicators/${i}/indicator`, message: (t) => t.rules['review-unknown-indicator'].unknownIndicator(indicator, t.names.goal(n, text), hint) });
    });
  },
};
