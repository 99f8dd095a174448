// `goal: 1` is Ziel 1, as the checklist and the results skeleton count. Results
// files written before counted from 0; they are still read that way (see
// src/review/goal-numbers.ts), and this warning says how to count now.

import type { ResultsRule } from '../../rule.js';

export const rule: ResultsRule = {
  id: 'review-goal-numbering',
  severity: 'warning',
  description: (t) => t.rules['review-goal-numbering'].description,
  check(ctx) {
    if (!ctx.goalsFromZero) return;
    ctx.report({ pointer: '/indicators', atKey: true, message: (t) => t.rules['review-goal-numbering'].goalsFromZero });
  },
};
