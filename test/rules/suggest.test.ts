import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/check/rules/_suggest.js';
import { aThird, closest, editDistance } from '../../src/check/suggest.js';
import { closestText } from '../../src/check/rules/review/_answers.js';

describe('rules/_suggest', () => {
  it('computes the optimal-string-alignment distance', () => {
    expect(editDistance('jmd', 'jmd')).toBe(0);
    expect(editDistance('jdm', 'jmd')).toBe(1); // swap
    expect(editDistance('arge', 'agre')).toBe(1);
    expect(editDistance('msb', 'jmd')).toBe(3);
    expect(editDistance('', 'dwd')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest id, within a third of the length', () => {
    expect(closestId('jdm', ['dwd', 'msb', 'jmd', 'arge'])).toBe('jmd');
    expect(closestId('ag', ['dwd', 'msb', 'jmd', 'arge'])).toBeUndefined();
    expect(closestId('jobcenter-kiell', ['jobcenter-kiel', 'caritas-kiel'])).toBe('jobcenter-kiel');
    expect(closestId('xyz', ['dwd', 'msb'])).toBeUndefined();
  });

  it('suggests an id whose name or short name was written', () => {
    const parties = [
      { id: 'dwd', aliases: ['Diakonisches Werk Dithmarschen', 'DWD'] },
      { id: 'arge', aliases: ['Arbeitsgemeinschaft für Arbeit und Soziales', 'Arge'] },
    ];
    expect(closestId('DWD', parties)).toBe('dwd');
    expect(closestId('Diakonisches Werk Dithmarschen', parties)).toBe('dwd');
    expect(closestId('arbeitsgemeinschaft fuer arbeit und soziales', parties)).toBe('arge');
    expect(closestId('', parties)).toBeUndefined();
  });

  it('one measure for every suggestion: keys, ids, indicators and flags differ only in limit and what is compared', () => {
    // keys: case only is a typo too; the key itself is no suggestion
    expect(closest('Address', ['address', 'name'])).toBe('address');
    expect(closest('address', ['address', 'adress'])).toBeUndefined();
    expect(closest('intervalMonth', ['intervalMonths', 'lastReview'])).toBe('intervalMonths');
    // equally close: the alphabetically first, whatever the order
    expect(closest('ab', ['ax', 'aa'])).toBe('aa');
    expect(closest('ab', ['aa', 'ax'])).toBe('aa');
    // flags: a third of the word without its dashes
    const flags = ['--format', '--force', '--out'];
    expect(closest('--fromat', flags, { limit: (v) => aThird(v.replace(/^-+/, '')) })).toBe('--format');
    expect(closest('--xyz', flags, { limit: (v) => aThird(v.replace(/^-+/, '')) })).toBeUndefined();
    // indicators: compared without quotes and extra spaces, returned as the agreement writes them
    expect(closestText('Zahl der "Kursabbrueche"', ['Zahl der Kursabbrüche', 'Zahl der Vermittlungen'])).toBe('Zahl der Kursabbrüche');
  });
});
