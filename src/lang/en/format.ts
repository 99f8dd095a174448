// Dates, numbers and lists in English running text (British usage, as en-GB).

import type { Format } from '../types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1,234.5" */
function decimal(n: number, digits: number): string {
  const [int, frac] = Math.abs(n).toFixed(digits).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = frac?.replace(/0+$/, '');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const format: Format = {
  longDate: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
  // ISO in messages: unambiguous for readers of either side of the Atlantic
  shortDate: (year, month, day) => `${year}-${pad(month)}-${pad(day)}`,
  and: 'and',
  andPattern: /\band\b/,
  numberWords: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  decimal,
  percent: (rate) => `${decimal(Math.round(rate * 100), 0)}%`,
  monthNames: Object.fromEntries(
    [
      ['january', 'jan'],
      ['february', 'feb'],
      ['march', 'mar'],
      ['april', 'apr'],
      ['may'],
      ['june', 'jun'],
      ['july', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['october', 'oct'],
      ['november', 'nov'],
      ['december', 'dec'],
    ].flatMap((names, i) => names.map((n) => [n, i + 1])),
  ),
};
