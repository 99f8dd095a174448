// Results of another agreement evaluated against this one would mark its tasks
// as unanswered and record a review that did not take place.

import type { ResultsRule } from '../../rule.js';

export const rule: ResultsRule = {
  id: 'review-agreement',
  severity: 'error',
  description: (t) => t.rules['review-agreement'].description,
  check(ctx) {
    const given = ctx.results.agreement;
    const expected = ctx.agreement.id;
    if (given === undefined || given === expected) return;
    ctx.report({ pointer: '/agreement', message: (t) => t.rules['review-agreement'].wrongAgreement(given, expected, ctx.agreementFile) });
  },
};
