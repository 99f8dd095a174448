// German and English stay complete: the same message keys with the same
// placeholders, and the same shape of document words.

import { describe, expect, it } from 'vitest';
import { reviewMessages, reviewWords } from '../../src/i18n/review.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** the shape of a words object: keys, and the arity of functions */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (value instanceof RegExp) return 'regexp';
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  return typeof value;
}

describe('review i18n', () => {
  it('has every message in both languages with the same placeholders', () => {
    expect(Object.keys(reviewMessages.de).sort()).toEqual(Object.keys(reviewMessages.en).sort());
    for (const key of Object.keys(reviewMessages.en) as Array<keyof typeof reviewMessages.en>) {
      expect(placeholders(reviewMessages.de[key]), key).toEqual(placeholders(reviewMessages.en[key]));
    }
  });

  it('has the same document words in both languages', () => {
    expect(shape(reviewWords.de)).toEqual(shape(reviewWords.en));
  });
});
