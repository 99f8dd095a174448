// An agreement that promises a review and does not hold it drifts away from
// practice; the overdue review is the first thing to put on the next meeting.

import type { Rule } from '../rule.js';
import { daysBetween, formatDate, toIsoDate } from '../../model/dates.js';
import { reviewSchedule } from '../../model/review-schedule.js';
import { isRecord, root } from './_util.js';

export const rule: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  description: {
    de: 'Die Überprüfung ist überfällig: der bei der letzten Überprüfung festgelegte Termin (`review.next`) oder `lastReview` (oder `version`, wenn es keine gab) plus Intervall liegt vor dem heutigen Datum',
    en: 'The review is overdue: the date the last review fixed (`review.next`), or `lastReview` (or `version` when none) plus the interval, is before today',
  },
  check(ctx) {
    const doc = root(ctx.doc);
    const today = toIsoDate(ctx.today);
    const review = doc.review;
    if (!today || !isRecord(review)) return;
    const interval = review.intervalMonths;
    const schedule = reviewSchedule(ctx.doc);
    if (!schedule) return;
    // without a fixed date, a missing or invalid interval is review-clause's finding
    if (schedule.basis !== 'next' && (typeof interval !== 'number' || !Number.isFinite(interval) || interval <= 0)) return;
    const due = schedule.due;
    if (due >= today) return;
    const days = daysBetween(due, today);
    const last = schedule.lastReview;
    const since =
      schedule.basis === 'next'
        ? { de: `Termin der Überprüfung vom ${formatDate(last!, 'de')}`, en: `date set at the review of ${formatDate(last!, 'en')}` }
        : last
          ? { de: `letzte Überprüfung ${formatDate(last, 'de')}, Intervall ${interval} Monate`, en: `last review ${formatDate(last, 'en')}, interval ${interval} months` }
          : { de: `Stand ${formatDate(schedule.from, 'de')}, noch keine Überprüfung eingetragen, Intervall ${interval} Monate`, en: `version of ${formatDate(schedule.from, 'en')}, no review recorded yet, interval ${interval} months` };
    ctx.report({
      pointer: schedule.basis === 'next' ? '/review/next' : last ? '/review/lastReview' : '/review',
      message: {
        de: `Die Überprüfung war am ${formatDate(due, 'de')} fällig (${since.de}) und ist seit ${days} Tagen überfällig. Halten Sie sie ab (\`agree review\` erstellt die Checkliste) und tragen Sie sie danach ein (\`agree review … --results … --record\`).`,
        en: `The review was due on ${formatDate(due, 'en')} (${since.en}) and is ${days} days overdue. Hold it (\`agree review\` prints the checklist) and then record it (\`agree review … --results … --record\`).`,
      },
    });
  },
};

export default rule;
