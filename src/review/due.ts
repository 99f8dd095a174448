// When is an agreement's next review due? model/review-schedule.ts decides the
// date (the same rule as the review-overdue check); this adds the status
// against a reference date ("today"):
//   overdue  the due date is before today (by at least one day)
//   due      the due date is today or within the next DUE_WINDOW_DAYS days (inclusive)
//   ok       later than that

import type { Agreement } from '../model/types.js';
import { addMonths, daysBetween } from '../model/dates.js';
import { DEFAULT_INTERVAL_MONTHS, reviewInterval, reviewSchedule } from '../model/review-schedule.js';

export { DEFAULT_INTERVAL_MONTHS };
export const DUE_WINDOW_DAYS = 60;

export type DueStatus = 'ok' | 'due' | 'overdue';

export interface DueInfo {
  id: string;
  intervalMonths: number;
  /** the document sets no valid interval; DEFAULT_INTERVAL_MONTHS was assumed */
  intervalDefaulted: boolean;
  lastReview: string | null;
  /** what the due date is counted from: the date the last review fixed (review.next), the last review, or the version */
  basis: 'next' | 'lastReview' | 'version';
  /** the date counted from (review.next, lastReview or version) */
  from: string;
  /** the next review's due date */
  due: string;
  /** days from today to the due date; negative when overdue */
  daysLeft: number;
  status: DueStatus;
  /** review.owner, when set */
  owner: string | null;
}

export const intervalOf = reviewInterval;

/** Due date and status of a checked agreement (version must be a valid date: the schema ensures it). */
export function reviewDue(doc: Agreement, today: string): DueInfo {
  const schedule = reviewSchedule(doc);
  if (!schedule) throw new RangeError(`agreement ${doc.id}: version is not a date`);
  const daysLeft = daysBetween(today, schedule.due);
  return {
    id: doc.id,
    intervalMonths: schedule.intervalMonths,
    intervalDefaulted: schedule.intervalDefaulted,
    lastReview: schedule.lastReview,
    basis: schedule.basis,
    from: schedule.from,
    due: schedule.due,
    daysLeft,
    status: dueStatus(daysLeft),
    owner: typeof doc.review?.owner === 'string' ? doc.review.owner : null,
  };
}

export function dueStatus(daysLeft: number): DueStatus {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_WINDOW_DAYS) return 'due';
  return 'ok';
}

/**
 * The date to suggest for the review after this one: the interval counted from
 * the day of this review (then `review.lastReview`), which is `today`.
 */
export function suggestedNextReview(info: DueInfo, today: string): string {
  return addMonths(today, info.intervalMonths);
}
