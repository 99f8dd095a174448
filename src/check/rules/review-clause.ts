// The Dithmarschen agreement promises that it "wird einmal jährlich von beiden
// Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin
// überprüft". Without an interval nobody knows when the review is due; with
// more than a year, staff, courses and law have usually changed in between.
//
// The schema requires `review` of a written agreement; this rule says what to
// write, so its message is shown instead of the schema's (`explains`).

import type { LanguagePack } from '../../lang/types.js';
import type { Rule } from '../rule.js';
import { isAgreement } from './_util.js';

const MAX_MONTHS = 12;

export const rule: Rule = {
  id: 'review-clause',
  severity: 'error',
  description: (t) => t.rules['review-clause'].description,
  explains: [{ keyword: 'required', at: '/review' }],
  check(ctx) {
    if (!isAgreement(ctx.doc)) return;
    const review = ctx.doc.review;
    const missing = (t: LanguagePack) => t.rules['review-clause'].missing;
    if (review === undefined) {
      ctx.report({ pointer: '', about: '/review', message: missing });
      return;
    }
    const interval = review.intervalMonths;
    if (interval === undefined) {
      ctx.report({ pointer: '/review', about: '/review/intervalMonths', message: missing });
      return;
    }
    if (interval > MAX_MONTHS) {
      ctx.report({ pointer: '/review/intervalMonths', severity: 'warning', message: (t) => t.rules['review-clause'].tooLong(interval, MAX_MONTHS) });
    }
  },
};
