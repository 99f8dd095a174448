// The amend section of every language pack has the reference (English)
// pack's shape — the same keys, functions where it has functions — and no
// empty words, so a language cannot come out half translated.

import { describe, expect, it } from 'vitest';
import { languages, pack } from '../../src/lang/index.js';

function shape(value: unknown): unknown {
  // a function may ignore parameters its language does not need: only that it is one counts
  if (typeof value === 'function') return 'function';
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  return typeof value;
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

describe('the amend section of the language packs', () => {
  for (const code of languages()) {
    it(`${code} has the reference shape and no empty words`, () => {
      expect(shape(pack(code).amend)).toEqual(shape(pack('en').amend));
      for (const [path, s] of strings(pack(code).amend, 'amend')) expect(s.trim(), path).not.toBe('');
    });
  }

  it('German counts list items with ordinals in their case, English with ordinal words', () => {
    const de = pack('de').amend;
    expect(de.insertItems('Nummer 2.1', 3, '„x“', 1)).toBe('In Nummer 2.1 wird nach dem dritten Spiegelstrich folgender Spiegelstrich eingefügt: „x“.');
    expect(de.replaceItem(null, 12, '„x“')).toBe('Der zwölfte Spiegelstrich erhält folgende Fassung: „x“.');
    expect(de.removeItem(null, 14, '„x“')).toBe('Der 14. Spiegelstrich („x“) wird gestrichen.');
    expect(de.insertItems(null, 13, null, 2)).toBe('Nach dem 13. Spiegelstrich werden folgende Spiegelstriche eingefügt:');
    const en = pack('en').amend;
    expect(en.replaceItem('paragraph 2.3', 2, '“x”')).toBe('In paragraph 2.3, the second bullet point is replaced by: “x”.');
    expect(en.removeItem(null, 23, '“x”')).toBe('The 23rd bullet point (“x”) is deleted.');
    expect(en.renumbered(['3', '4'], ['5', '6'])).toBe('Former paragraphs 3 and 4 become paragraphs 5 and 6.');
    expect(pack('de').amend.renumbered(['3'], ['5'])).toBe('Die bisherige Nummer 3 wird Nummer 5.');
  });
});
