// When the next review of an agreement is due — one rule for the
// review-overdue check, `agree review --due`, the checklist header and the
// calendar: the date the last review fixed (`review.next`, written by
// `agree review --record`), else the last review plus the interval, else the
// version ("Stand") plus the interval when no review was held yet.

import type { Agreement } from './types.js';
import { addMonths, toIsoDate } from './dates.js';

/** assumed when an (informal) document sets no interval; written agreements must set one (review-clause) */
export const DEFAULT_INTERVAL_MONTHS = 12;

export interface ReviewSchedule {
  /** the next review's due date */
  due: string;
  /** what the due date comes from */
  basis: 'next' | 'lastReview' | 'version';
  /** the date counted from: review.next itself, the last review, or the version */
  from: string;
  intervalMonths: number;
  /** the document sets no valid interval; DEFAULT_INTERVAL_MONTHS was assumed */
  intervalDefaulted: boolean;
  lastReview: string | null;
  next: string | null;
}

export function reviewInterval(doc: Partial<Agreement>): { months: number; defaulted: boolean } {
  const months = doc.review?.intervalMonths;
  if (typeof months === 'number' && Number.isInteger(months) && months > 0) return { months, defaulted: false };
  return { months: DEFAULT_INTERVAL_MONTHS, defaulted: true };
}

/** null when neither review.next nor a valid version date is there to count from */
export function reviewSchedule(doc: Partial<Agreement>): ReviewSchedule | null {
  const { months, defaulted } = reviewInterval(doc);
  const review = doc.review && typeof doc.review === 'object' ? doc.review : undefined;
  const lastReview = toIsoDate(review?.lastReview) ?? null;
  // a fixed date counts only when it lies after the last review: an older one is stale
  const fixed = toIsoDate(review?.next) ?? null;
  const next = fixed && (!lastReview || fixed > lastReview) ? fixed : null;
  const common = { intervalMonths: months, intervalDefaulted: defaulted, lastReview, next };
  if (next) return { ...common, due: next, basis: 'next', from: next };
  if (lastReview) return { ...common, due: addMonths(lastReview, months), basis: 'lastReview', from: lastReview };
  const version = toIsoDate(doc.version);
  if (!version) return null;
  return { ...common, due: addMonths(version, months), basis: 'version', from: version };
}
