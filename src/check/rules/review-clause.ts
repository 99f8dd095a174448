// The Dithmarschen agreement promises that it "wird einmal jährlich von beiden
// Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin
// überprüft". Without an interval nobody knows when the review is due; with
// more than a year, staff, courses and law have usually changed in between.

import type { Rule } from '../rule.js';
import { isAgreement, isRecord, root } from './_util.js';

const MAX_MONTHS = 12;

export const rule: Rule = {
  id: 'review-clause',
  severity: 'error',
  description: {
    de: 'Eine Vereinbarung ohne Überprüfungsintervall (`review.intervalMonths`); Warnung bei mehr als 12 Monaten',
    en: 'An agreement without review interval (`review.intervalMonths`); a warning when the interval is over 12 months',
  },
  check(ctx) {
    if (!isAgreement(ctx.doc)) return;
    const review = root(ctx.doc).review;
    const missing = {
      de: 'Die Vereinbarung sagt nicht, wann sie überprüft wird. Ergänzen Sie z. B. `review: { intervalMonths: 12, owner: <id> }` – wie in Dithmarschen: „wird einmal jährlich … auf ihre weitere Gültigkeit und Praktikabilität hin überprüft“.',
      en: 'The agreement does not say when it is reviewed. Add e.g. `review: { intervalMonths: 12, owner: <id> }` — as in Dithmarschen: "reviewed once a year by both partners for continued validity and practicability".',
    };
    if (!isRecord(review)) {
      ctx.report({ pointer: review === undefined ? '' : '/review', message: missing });
      return;
    }
    const interval = review.intervalMonths;
    if (interval === undefined || interval === null) {
      ctx.report({ pointer: '/review', message: missing });
      return;
    }
    if (typeof interval !== 'number' || !Number.isFinite(interval) || interval <= 0) {
      ctx.report({
        pointer: '/review/intervalMonths',
        message: {
          de: `\`intervalMonths\` muss eine positive Zahl von Monaten sein, nicht ${JSON.stringify(interval)}; üblich ist \`intervalMonths: 12\`.`,
          en: `\`intervalMonths\` must be a positive number of months, not ${JSON.stringify(interval)}; \`intervalMonths: 12\` is usual.`,
        },
      });
      return;
    }
    if (interval > MAX_MONTHS) {
      ctx.report({
        pointer: '/review/intervalMonths',
        severity: 'warning',
        message: {
          de: `Die Vereinbarung wird nur alle ${interval} Monate überprüft. In dieser Zeit wechseln meist Ansprechpersonen, Kurse und Förderbedingungen; vereinbaren Sie höchstens \`intervalMonths: 12\` (jährliche Überprüfung).`,
          en: `The agreement is reviewed only every ${interval} months. Contacts, courses and funding rules usually change in that time; agree on \`intervalMonths: 12\` or less (annual review).`,
        },
      });
    }
  },
};

export default rule;
