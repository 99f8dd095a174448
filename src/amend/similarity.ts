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

interface Grams {
  counts: Map<string, number>;
  total: number;
}

/** trigrams with their counts */
function trigrams(text: string): Grams {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of foldToAscii(text, ' ').split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

function dice(x: Grams, y: Grams): number {
  if (x.total + y.total === 0) return 1;
  const [small, large] = x.counts.size <= y.counts.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [g, n] of small.counts) shared += Math.min(n, large.counts.get(g) ?? 0);
  return (2 * shared) / (x.total + y.total);
}

/** 0 (nothing in common) … 1 (the same words) */
export function similarity(a: string, b: string): number {
  return dice(trigrams(a), trigrams(b));
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
 * Hostile input is bounded: callers offer at most MAX_CANDIDATES pairs, and
 * scoring stops after MAX_WORK trigram look-ups (a 5 MB file of long tasks
 * would otherwise take minutes); pairs not scored stay unpaired, i.e. are
 * shown as removed and added. An agreement of some dozens of tasks needs a
 * few thousand look-ups.
 */
export const MAX_CANDIDATES = 250_000;
const MAX_WORK = 20_000_000;

/**
 * Pairs from the most alike down, each side at most once; ties go to the
 * earlier old item, then the earlier new one, so the result does not depend
 * on the order of the candidates.
 */
export function pairBySimilarity(candidates: Candidate[]): Paired[] {
  const cache = new Map<string, Grams>();
  const grams = (text: string) => {
    let g = cache.get(text);
    if (!g) cache.set(text, (g = trigrams(text)));
    return g;
  };
  const scored: Paired[] = [];
  let work = 0;
  for (const c of candidates.slice(0, MAX_CANDIDATES)) {
    const x = grams(c.text.old);
    const y = grams(c.text.new);
    work += Math.min(x.counts.size, y.counts.size) + 1;
    if (work > MAX_WORK) break;
    const s = dice(x, y);
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
