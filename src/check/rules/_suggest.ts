// "Did you mean …?" for ids: the closest existing id by edit distance, or one
// whose name, short name or slug is what was written.

import { editDistance } from '../suggest.js';
import { foldToAscii } from '../../model/tasks.js';

/** How many edits still count as a typo: 1 for short ids (up to 5 characters), then a third of the length. */
function typoLimit(value: string): number {
  return Math.max(1, Math.floor(value.length / 3));
}

export interface Candidate {
  id: string;
  /** other ways people write it: name, short name, the task's text */
  aliases?: readonly string[];
}

const fold = (s: string) => foldToAscii(s, ' ');

/**
 * The candidate id the user most likely meant by `value`, or undefined.
 * First an id or alias equal to `value` apart from case, umlauts and punctuation
 * ("MSB", "Jobcenter Kiel" → `jc-kiel` when that is its short name), then the id
 * with the smallest edit distance within `typoLimit` (ties: the first candidate).
 */
export function closestId(value: string, candidates: Iterable<string | Candidate>, maxDistance?: number): string | undefined {
  const all = [...candidates].map((c) => (typeof c === 'string' ? { id: c } : c));
  const wanted = fold(value);
  if (wanted === '') return undefined;
  for (const c of all) {
    if (c.id === value) continue; // exists: nothing to suggest
    if (fold(c.id) === wanted || (c.aliases ?? []).some((a) => typeof a === 'string' && fold(a) === wanted)) return c.id;
  }
  const limit = maxDistance ?? typoLimit(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of all) {
    const d = editDistance(value.toLowerCase(), c.id.toLowerCase());
    if (d < bestDistance) {
      best = c.id;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && bestDistance > 0 ? best : undefined;
}
