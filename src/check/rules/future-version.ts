// A "Stand" in the future is usually a typo (2062 for 2026) and makes the review
// and currency rules compute from the wrong date.

import type { Rule } from '../rule.js';
import { formatDate, toIsoDate } from '../../model/dates.js';

export const rule: Rule = {
  id: 'future-version',
  severity: 'warning',
  description: (t) => t.rules['future-version'].description,
  check(ctx) {
    const today = toIsoDate(ctx.today);
    const version = toIsoDate(ctx.doc.version);
    if (!today || !version || version <= today) return;
    ctx.report({ pointer: '/version', message: (t) => t.rules['future-version'].future(formatDate(version, t.code), formatDate(today, t.code)) });
  },
};
