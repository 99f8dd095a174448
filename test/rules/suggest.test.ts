import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/check/rules/_suggest.js';
import { editDistance } from '../../src/check/suggest.js';

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
});
