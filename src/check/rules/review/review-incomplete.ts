// An evaluation of half-filled results looks worse than the cooperation is:
// unanswered tasks count as not fulfilled. Saying what is missing lets the
// people at the table fill it in before the numbers are read.

import { QUESTION_KEYS } from '../../../review/checklist.js';
import type { ResultsRule } from '../../rule.js';
import { unansweredIn } from './_answers.js';

export const rule: ResultsRule = {
  id: 'review-incomplete',
  severity: 'warning',
  description: (t) => t.rules['review-incomplete'].description,
  check(ctx) {
    const taskCount = ctx.tasks.length;
    const missing = unansweredIn(ctx.results, ctx.tasks.map((t) => t.id));
    if (missing.tasks === 0 && missing.questions === 0 && !missing.decision) return;
    ctx.report({
      pointer: missing.tasks > 0 ? '/tasks' : missing.questions > 0 ? '/questions' : '/decision',
      atKey: true,
      // counted over the whole file: a value the schema refused would count as unanswered
      about: '',
      message: (t) => t.rules['review-incomplete'].incomplete(missing, taskCount, QUESTION_KEYS.length),
    });
  },
};
