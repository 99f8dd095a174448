// German and English stay complete (STYLE §8): every message catalogue has the
// same keys with the same placeholders in both languages, and the document
// wording has the same shape.

import { describe, expect, it } from 'vitest';
import { messages } from '../src/i18n/messages.js';
import { initMessages } from '../src/i18n/init.js';
import { reviewMessages } from '../src/i18n/review.js';
import { documentWords } from '../src/i18n/document.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return `array/${value.length}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  return typeof value;
}

describe('i18n', () => {
  for (const [name, catalog] of Object.entries({ cli: messages, init: initMessages, review: reviewMessages })) {
    it(`${name}: every message in German and English, with the same placeholders`, () => {
      expect(Object.keys(catalog.de).sort()).toEqual(Object.keys(catalog.en).sort());
      for (const [key, en] of Object.entries(catalog.en) as Array<[string, string]>) {
        const de = (catalog.de as Record<string, string>)[key]!;
        expect(de.trim(), key).not.toBe('');
        expect(placeholders(de), key).toEqual(placeholders(en));
      }
    });
  }

  it('document wording has the same shape in both languages', () => {
    expect(shape(documentWords.de)).toEqual(shape(documentWords.en));
  });
});
