// An agreement that promises a review and does not hold it drifts away from
// practice; the overdue review is the first thing to put on the next meeting.

import type { OverdueBasis } from '../../lang/rules.js';
import { daysBetween, formatDate, toIsoDate } from '../../model/dates.js';
import { reviewSchedule } from '../../model/review-schedule.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  description: (t) => t.rules['review-overdue'].description,
  check(ctx) {
    const today = toIsoDate(ctx.today);
    const review = ctx.doc.review;
    if (!today || !review) return;
    const interval = review.intervalMonths;
    const schedule = reviewSchedule({ version: ctx.doc.version, review });
    if (!schedule) return;
    // without a fixed date, a missing interval is review-clause's finding
    if (schedule.basis !== 'next' && interval === undefined) return;
    const due = schedule.due;
    if (due >= today) return;
    const days = daysBetween(due, today);
    const last = schedule.lastReview;
    const since = (code: string): OverdueBasis =>
      schedule.basis === 'next'
        ? { basis: 'next', set: formatDate(last!, code) }
        : last
          ? { basis: 'lastReview', last: formatDate(last, code), interval: interval! }
          : { basis: 'version', version: formatDate(schedule.from, code), interval: interval! };
    ctx.report({
      pointer: schedule.basis === 'next' ? '/review/next' : last ? '/review/lastReview' : '/review',
      message: (t) => t.rules['review-overdue'].overdue(formatDate(due, t.code), since(t.code), days),
    });
  },
};
