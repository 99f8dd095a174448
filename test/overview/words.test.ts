// The overview's words: German and English are both there (the interface sees
// to that) and actually translated — a text left the same in both languages is
// one of the few that are the same in both.

import { describe, expect, it } from 'vitest';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };

/** every string leaf and every function result for sample arguments, by path */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    // functions that take a pair or an object are checked through their callers' tests
    if (!/^(pick|unmatched\.reason)$/.test(path)) {
      const special: Record<string, unknown[]> = { 'trend.chartDescription': [3, [2025, 2026]], status: ['overdue', -3], number: [1234.5], count: [1234, 'x', 'y'] };
      const args = special[path] ?? Array.from({ length: value.length }, (_, i) => (/date|Date|month/i.test(path) ? `2026-0${i + 1}-15` : i + 3));
      out.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

/** the same in both languages, and rightly so */
const SAME = new Set([
  'pdf',
  'table.columns.pdf',
  'statusName.ok',
  'table.statusFilter',
  'flows.role.jobcenter',
  'flows.role.mbe',
  'flows.role.msb',
  'flows.role.jmd',
  'trend.incompleteMark',
  'trend.rateIn',
  'findings.columns.files',
]);

describe('the words of the overview', () => {
  it('are translated', () => {
    const de = leaves(overviewWords.de);
    const en = leaves(overviewWords.en);
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    const same = [...de.keys()].filter((k) => de.get(k) === en.get(k) && !SAME.has(k));
    expect(same).toEqual([]);
  });

  it('format dates, numbers and percentages the way each language writes them', () => {
    expect(overviewWords.de.date('2026-03-04')).toBe('4.3.2026');
    expect(overviewWords.en.date('2026-03-04')).toBe('2026-03-04');
    expect(overviewWords.de.longDate('2026-03-04')).toBe('4. März 2026');
    expect(overviewWords.en.longDate('2026-03-04')).toBe('4 March 2026');
    expect(overviewWords.de.number(1234.5)).toBe('1.234,5');
    expect(overviewWords.en.number(1234.5)).toBe('1,234.5');
    expect(overviewWords.de.percent(0.7631)).toBe('76 %');
    expect(overviewWords.en.percent(0.7631)).toBe('76%');
    expect(overviewWords.de.month('2027-09')).toBe('Sept. 2027');
    expect(overviewWords.de.status('overdue', -1)).toBe('überfällig seit 1 Tag');
    expect(overviewWords.en.status('due', 0)).toBe('due today');
  });
});
