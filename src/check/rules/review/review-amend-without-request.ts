// The agreement can be amended "wenn einer der Partner dies wünscht"; the wish
// must be made in writing and specifically. A decision to amend without the
// amendments leaves nothing to amend.

import type { ResultsRule } from '../../rule.js';
import { answerId } from './_answers.js';

export const rule: ResultsRule = {
  id: 'review-amend-without-request',
  severity: 'warning',
  description: (t) => t.rules['review-amend-without-request'].description,
  check(ctx) {
    const decision = ctx.results.decision;
    if (typeof decision !== 'string' || answerId('decisions', decision) !== 'amend') return;
    if ((ctx.results.amendments ?? []).some((a) => typeof a === 'string' && a.trim() !== '')) return;
    ctx.report({ pointer: '/decision', message: (t) => t.rules['review-amend-without-request'].amendWithoutRequest });
  },
};
