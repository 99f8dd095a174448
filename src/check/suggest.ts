// "Did you mean …?" — one measure for every suggestion agree makes: keys in the
// schema, ids in references, task ids and indicators in review results, flags,
// commands and choices on the command line, names in templates. The closest
// candidate by edit distance, if it is close enough to be a typo.

/** Damerau-Levenshtein distance in its optimal-string-alignment form (a swap of two neighbours costs 1), ignoring case. */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

export interface ClosestOptions {
  /**
   * How many edits still count as a typo of `input` (compared after
   * `normalize`). Default: a third of its length, at least 2 — keys and
   * task ids are long words.
   */
  limit?: (input: string) => number;
  /** what is compared: e.g. quotes and spaces removed (indicators), or `--` cut off (flags) */
  normalize?: (s: string) => string;
}

/** a third of the word may be wrong, at least one letter: for short ids, flags and commands */
export const aThird = (input: string) => Math.max(1, Math.floor(input.length / 3));
const aThirdAtLeastTwo = (input: string) => Math.max(2, Math.floor(input.length / 3));

/**
 * The candidate closest to `input` (`Address` → `address`), or undefined when
 * none is within the limit, or when `input` itself is a candidate. Of equally
 * close candidates the alphabetically first, so the hint does not depend on
 * the order a document lists them in.
 */
export function closest(input: string, candidates: Iterable<string>, options: ClosestOptions = {}): string | undefined {
  const normalize = options.normalize ?? ((s: string) => s);
  const wanted = normalize(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === input) return undefined; // it exists: nothing to suggest
    const distance = editDistance(wanted, normalize(c));
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = distance;
    }
  }
  return bestDistance <= (options.limit ?? aThirdAtLeastTwo)(wanted) ? best : undefined;
}
