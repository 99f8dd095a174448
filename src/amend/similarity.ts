// How alike two wordings are, for recognising a reworded task (or goal, body,
// offer) that has no fixed `id`: the Sørensen–Dice coefficient over the
// character trigrams of its words, folded as derived ids are (lower case,
// ä → ae …, punctuation dropped), each word padded with a space on both sides.
//
// Why trigrams and not words: German rewording inflects and compounds
// ("Zeugnissen und Diplomen" → "Zeugnisse, Diplome", "Kursabbruch" →
// "Kursabbrüche"), which shares no whole word but most trigrams; and trigrams
// need no stop-word list or stemmer per language.
//
// The thresholds were read off the Dithmarschen agreement of 2006 and its
// current version (test/amend/dithmarschen.test.ts): the nine tasks that were
// reworded and have no id in common with their new wording score 0.42–0.83
// against it; unrelated tasks of the two versions score up to 0.47 against
// one another (0.49 for a task whose words were merged into a neighbour's new
// wording). So pairs are taken from the most alike down, each wording at most
// once, which leaves such a pair out when its partners have better matches;
// the threshold is 0.4 within the same list, and 0.6 across lists (a task
// that moved to another party and was reworded at the same time). A pair
// recognised wrongly is harmless in the amendment: a reworded item is stated
// with its whole new wording, which is what a removal plus an insertion would
// state too.

import { foldToAscii } from '../model/tasks.js';

export const SAME_LIST_THRESHOLD = 0.4;
export const OTHER_LIST_THRESHOLD = 0.6;

/** trigrams with their counts */
function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of foldToAscii(text, ' ').split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/** 0 (nothing in common) … 1 (the same words) */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? (foldToAscii(a, ' ') === foldToAscii(b, ' ') ? 1 : 0) : (2 * shared) / total;
}

export interface Candidate {
  old: number;
  new: number;
  /** the threshold this pair must reach (e.g. lower within the same list) */
  threshold: number;
  text: { old: string; new: string };
}

export interface Paired {
  old: number;
  new: number;
  similarity: number;
}

/**
 * Pairs from the most alike down, each side at most once; ties go to the
 * earlier old item, then the earlier new one, so the result does not depend
 * on the order of the candidates. At most MAX_CANDIDATES pairs are scored
 * (an agreement has some dozens of tasks; this bounds hostile input).
 */
export function pairBySimilarity(candidates: Candidate[]): Paired[] {
  const scored: Paired[] = [];
  for (const c of candidates.slice(0, MAX_CANDIDATES)) {
    const s = similarity(c.text.old, c.text.new);
    if (s >= c.threshold) scored.push({ old: c.old, new: c.new, similarity: s });
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: Paired[] = [];
  for (const p of scored) {
    if (usedOld.has(p.old) || usedNew.has(p.new)) continue;
    usedOld.add(p.old);
    usedNew.add(p.new);
    out.push(p);
  }
  return out.sort((a, b) => a.old - b.old);
}

export const MAX_CANDIDATES = 250_000;
