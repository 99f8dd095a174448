// A "Stand" in the future is usually a typo (2062 for 2026) and makes the review
// and currency rules compute from the wrong date.

import type { Rule } from '../rule.js';
import { formatDate, toIsoDate } from '../../model/dates.js';
import { root } from './_util.js';

export const rule: Rule = {
  id: 'future-version',
  severity: 'warning',
  description: {
    de: 'Der Stand (`version`) liegt nach dem heutigen Datum',
    en: '`version` is after today',
  },
  check(ctx) {
    const today = toIsoDate(ctx.today);
    const version = toIsoDate(root(ctx.doc).version);
    if (!today || !version || version <= today) return;
    ctx.report({
      pointer: '/version',
      message: {
        de: `Der Stand ${formatDate(version, 'de')} liegt in der Zukunft (heute ist der ${formatDate(today, 'de')}). Tragen Sie als \`version\` das Datum der geltenden Fassung ein – vielleicht ein Tippfehler in der Jahreszahl?`,
        en: `The version date ${formatDate(version, 'en')} is in the future (today is ${formatDate(today, 'en')}). Set \`version\` to the date of the text in force — perhaps a typo in the year?`,
      },
    });
  },
};

export default rule;
