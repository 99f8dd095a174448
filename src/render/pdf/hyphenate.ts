// Hyphenation points of words too wide for their line or table column, by the
// TeX patterns of the `hyphen` package for the document's language (German:
// the 1996 spelling reform patterns). The patterns are loaded on first use:
// building them costs ~80 ms, and most documents never need them, because
// table columns are made at least as wide as their longest word when the page
// allows it (render-pdf.ts).

import { createRequire } from 'node:module';
import type { Lang } from '../../model/types.js';
import type { Hyphenate } from './text.js';
import { pack } from '../../lang/index.js';

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const loaded = new Map<Lang, HyphenateSync>();
/** hyphenation points per word, per language (words repeat across the cells of a batch) */
const cache = new Map<Lang, Map<string, number[]>>();
const CACHE_LIMIT = 5000;

const SOFT_HYPHEN = '\u00AD';
/** a part of a word worth hyphenating: letters only (no digits, no punctuation) */
const LETTERS = /\p{L}[\p{L}\p{M}]{4,}/gu;

function hyphenator(lang: Lang): HyphenateSync {
  let h = loaded.get(lang);
  if (!h) {
    const require = createRequire(import.meta.url);
    const createHyphenator = require('hyphen/hyphen.js') as (patterns: unknown, options?: object) => HyphenateSync;
    h = createHyphenator(require(pack(lang).hyphenation));
    loaded.set(lang, h);
  }
  return h;
}

/**
 * Offsets in `word` (UTF-16 units) where it may be broken with a hyphen: inside
 * runs of at least five letters, at least two letters from either end of a run
 * (the patterns' own minimum). "Berufsinformationszentrum" → after "Be",
 * "Berufs", "Berufsin", … .
 */
export function hyphenationPoints(word: string, lang: Lang): number[] {
  let known = cache.get(lang);
  if (!known) cache.set(lang, (known = new Map()));
  let points = known.get(word);
  if (points) return points;
  points = [];
  for (const m of word.matchAll(LETTERS)) {
    const marked = hyphenator(lang)(m[0], { hyphenChar: SOFT_HYPHEN });
    let offset = m.index!;
    for (const part of marked.split(SOFT_HYPHEN).slice(0, -1)) points.push((offset += part.length));
  }
  if (known.size >= CACHE_LIMIT) known.clear();
  known.set(word, points);
  return points;
}

/** The hyphenation callback for wrapText() in `lang`. */
export function hyphenatorFor(lang: Lang): Hyphenate {
  return (word) => hyphenationPoints(word, lang);
}
