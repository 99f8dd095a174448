// An agreement that promises a review and does not hold it drifts away from
// practice; the overdue review is the first thing to put on the next meeting.

import type { Rule } from '../rule.js';
import { addMonths, daysBetween, formatDate, toIsoDate } from './_dates.js';
import { isRecord, root } from './_util.js';

export const rule: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  description: {
    de: 'Die Überprüfung ist überfällig: `lastReview` (oder `version`, wenn es keine gab) plus Intervall liegt vor dem heutigen Datum',
    en: 'The review is overdue: `lastReview` (or `version` when none) plus the interval is before today',
  },
  check(ctx) {
    const doc = root(ctx.doc);
    const today = toIsoDate(ctx.today);
    const review = doc.review;
    if (!today || !isRecord(review)) return;
    const interval = review.intervalMonths;
    // a missing or invalid interval is review-clause's finding
    if (typeof interval !== 'number' || !Number.isFinite(interval) || interval <= 0) return;
    const last = toIsoDate(review.lastReview);
    const base = last ?? toIsoDate(doc.version);
    if (!base) return;
    const due = addMonths(base, interval);
    if (due >= today) return;
    const days = daysBetween(due, today);
    const since = last
      ? { de: `letzte Überprüfung ${formatDate(last, 'de')}`, en: `last review ${formatDate(last, 'en')}` }
      : { de: `Stand ${formatDate(base, 'de')}, noch keine Überprüfung eingetragen`, en: `version of ${formatDate(base, 'en')}, no review recorded yet` };
    ctx.report({
      pointer: last ? '/review/lastReview' : '/review',
      message: {
        de: `Die Überprüfung war am ${formatDate(due, 'de')} fällig (${since.de}, Intervall ${interval} Monate) und ist seit ${days} Tagen überfällig. Halten Sie sie ab (\`agree review\` erstellt die Checkliste) und tragen Sie danach \`review.lastReview\` ein.`,
        en: `The review was due on ${formatDate(due, 'en')} (${since.en}, interval ${interval} months) and is ${days} days overdue. Hold it (\`agree review\` prints the checklist) and then set \`review.lastReview\`.`,
      },
    });
  },
};

export default rule;
