// The review's document words have the same shape in German and English
// (the messages are checked with all catalogues in test/i18n.test.ts).

import { describe, expect, it } from 'vitest';
import { reviewWords } from '../../src/i18n/review.js';

/** the shape of a words object: keys, and the arity of functions */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (value instanceof RegExp) return 'regexp';
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  return typeof value;
}

describe('review i18n', () => {
  it('has the same document words in both languages', () => {
    expect(shape(reviewWords.de)).toEqual(shape(reviewWords.en));
  });
});
