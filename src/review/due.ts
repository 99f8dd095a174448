// When is an agreement's next review due? The same rule as the review-overdue
// check: the last review (or the version, "Stand", when there was none) plus
// the interval. Status against a reference date ("today"):
//   overdue  the due date is before today (by at least one day)
//   due      the due date is today or within the next DUE_WINDOW_DAYS days (inclusive)
//   ok       later than that

import type { Agreement } from '../model/types.js';
import { addMonths, daysBetween, toIsoDate } from '../check/rules/_dates.js';

export const DUE_WINDOW_DAYS = 60;
/** assumed when an (informal) document sets no interval; written agreements must set one (review-clause) */
export const DEFAULT_INTERVAL_MONTHS = 12;

export type DueStatus = 'ok' | 'due' | 'overdue';

export interface DueInfo {
  id: string;
  intervalMonths: number;
  /** the document sets no valid interval; DEFAULT_INTERVAL_MONTHS was assumed */
  intervalDefaulted: boolean;
  lastReview: string | null;
  /** what the due date is counted from */
  basis: 'lastReview' | 'version';
  /** the date counted from (lastReview or version) */
  from: string;
  /** the next review's due date */
  due: string;
  /** days from today to the due date; negative when overdue */
  daysLeft: number;
  status: DueStatus;
  /** review.owner, when set */
  owner: string | null;
}

export function intervalOf(doc: Agreement): { months: number; defaulted: boolean } {
  const months = doc.review?.intervalMonths;
  if (typeof months === 'number' && Number.isInteger(months) && months > 0) return { months, defaulted: false };
  return { months: DEFAULT_INTERVAL_MONTHS, defaulted: true };
}

/** Due date and status of a checked agreement (version must be a valid date: the schema ensures it). */
export function reviewDue(doc: Agreement, today: string): DueInfo {
  const { months, defaulted } = intervalOf(doc);
  const last = toIsoDate(doc.review?.lastReview) ?? null;
  const version = toIsoDate(doc.version);
  const from = last ?? version;
  if (!from) throw new RangeError(`agreement ${doc.id}: version is not a date`);
  const due = addMonths(from, months);
  const daysLeft = daysBetween(today, due);
  return {
    id: doc.id,
    intervalMonths: months,
    intervalDefaulted: defaulted,
    lastReview: last,
    basis: last ? 'lastReview' : 'version',
    from,
    due,
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
