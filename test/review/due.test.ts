// When the next review is due, at the edges: exactly 60 days ahead, due today,
// overdue by one day, no review yet, month ends.

import { describe, expect, it } from 'vitest';
import { DUE_WINDOW_DAYS, dueStatus, reviewDue, suggestedNextReview } from '../../src/review/due.js';
import { minimal } from './helpers.js';

// minimal agreement: lastReview 2026-01-15, interval 12 → due 2027-01-15
const doc = minimal();

describe('reviewDue', () => {
  it('counts from the last review plus the interval', () => {
    const info = reviewDue(doc, '2026-06-01');
    expect(info).toMatchObject({ due: '2027-01-15', basis: 'lastReview', from: '2026-01-15', intervalMonths: 12, status: 'ok' });
  });

  it('is "due" exactly 60 days before the due date, "ok" at 61', () => {
    expect(DUE_WINDOW_DAYS).toBe(60);
    expect(reviewDue(doc, '2026-11-16')).toMatchObject({ daysLeft: 60, status: 'due' });
    expect(reviewDue(doc, '2026-11-15')).toMatchObject({ daysLeft: 61, status: 'ok' });
  });

  it('is "due" (not overdue) on the due date itself', () => {
    expect(reviewDue(doc, '2027-01-15')).toMatchObject({ daysLeft: 0, status: 'due' });
  });

  it('is overdue one day after the due date', () => {
    expect(reviewDue(doc, '2027-01-16')).toMatchObject({ daysLeft: -1, status: 'overdue' });
  });

  it('counts from the version ("Stand") when there was no review yet', () => {
    const none = minimal((d) => delete d.review!.lastReview);
    const info = reviewDue(none, '2026-11-26');
    expect(info).toMatchObject({ basis: 'version', from: '2026-01-15', lastReview: null, due: '2027-01-15' });
  });

  it('uses the interval of the agreement and clamps to the month end', () => {
    const half = minimal((d) => {
      d.review = { intervalMonths: 6, lastReview: '2026-08-31' };
    });
    expect(reviewDue(half, '2026-11-26').due).toBe('2027-02-28');
  });

  it('assumes 12 months when an informal document sets no interval', () => {
    const informal = minimal((d) => {
      d.kind = 'informal';
      delete d.review;
    });
    expect(reviewDue(informal, '2026-11-26')).toMatchObject({ intervalMonths: 12, intervalDefaulted: true, basis: 'version', due: '2027-01-15' });
  });

  it('agrees with the review-overdue rule on what is overdue', () => {
    expect(dueStatus(-1)).toBe('overdue');
    expect(dueStatus(0)).toBe('due');
    expect(dueStatus(60)).toBe('due');
    expect(dueStatus(61)).toBe('ok');
  });

  it('suggests the next review one interval after the day of this one', () => {
    expect(suggestedNextReview(reviewDue(doc, '2026-12-03'), '2026-12-03')).toBe('2027-12-03');
  });
});
