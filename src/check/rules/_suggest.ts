// "Did you mean …?" for ids: the closest existing id by edit distance, or one
// whose name, short name or slug is what was written.

import { aThird, closest } from '../suggest.js';
import { foldToAscii } from '../../model/tasks.js';

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
 * with the smallest edit distance (check/suggest.ts: a third of the id may be wrong).
 */
export function closestId(value: string, candidates: Iterable<string | Candidate>, maxDistance?: number): string | undefined {
  const all = [...candidates].map((c) => (typeof c === 'string' ? { id: c } : c));
  const wanted = fold(value);
  if (wanted === '') return undefined;
  for (const c of all) {
    if (c.id === value) continue; // exists: nothing to suggest
    if (fold(c.id) === wanted || (c.aliases ?? []).some((a) => typeof a === 'string' && fold(a) === wanted)) return c.id;
  }
  // ids are short: a third of the id may be wrong, at least one letter
  return closest(value, all.map((c) => c.id), { limit: maxDistance === undefined ? aThird : () => maxDistance });
}
