// Dates, numbers and lists in German running text.

import type { Format } from '../types.js';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "1.234,5": points between thousands, comma before the decimals */
function decimal(n: number, digits: number): string {
  const [int, frac] = Math.abs(n).toFixed(digits).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = frac?.replace(/0+$/, '');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export const format: Format = {
  longDate: (year, month, day) => `${day}. ${MONTHS[month - 1]} ${year}`,
  shortDate: (year, month, day) => `${day}.${month}.${year}`,
  and: 'und',
  andPattern: /\bund\b/,
  numberWords: ['null', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  decimal,
  // a no-break space, as the German locale writes it: "76 %" never breaks between number and sign
  percent: (rate) => `${decimal(Math.round(rate * 100), 0)}\u00a0%`,
  monthNames: Object.fromEntries(
    [
      ['januar', 'jänner', 'jan', 'jän'],
      ['februar', 'feb'],
      ['märz', 'maerz', 'mär', 'mrz'],
      ['april', 'apr'],
      ['mai'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['dezember', 'dez'],
    ].flatMap((names, i) => names.map((n) => [n, i + 1])),
  ),
};
