// Word matching for the text rules (undeclared-data-flow, recurring-task-frequency,
// cost-bearer, church-data-law, outdated-term). The word lists live in de.ts and
// en.ts; this file only knows how to match them, so the lists stay readable.
//
// How matching works
// - Text and patterns are folded the same way: ä→ae, ö→oe, ü→ue, ß→ss (also the
//   capitals), other accents dropped (é→e, ğ→g). "Abbrüche" and "Abbrueche" are
//   therefore the same word.
// - The text is split into words at every character that is not a letter or digit:
//   "ALG-II", "ALG II" and "ALG  II" all become the words `alg` `ii`; "§ 50" becomes `50`.
// - A pattern is one or more space-separated word patterns, matched against as many
//   consecutive words. In a word pattern `*` stands for any run of letters/digits
//   (also none) and `?` for exactly one, so German compounds are caught with a
//   leading or trailing `*`: `*abbruch*` matches Abbruch, Kursabbruch,
//   Kursabbruchquote; `?*treffen` matches Zusammentreffen but not the bare verb.
// - Matching ignores case, except for a pattern that starts with `=`: that one is
//   compared as written (after folding umlauts). German capitalises nouns, so
//   `=Treffen` is the meeting and not the verb in "Absprachen treffen".
// - A word list has `include` patterns and optional `exclude` patterns. A match of
//   an include pattern does not count when its words all lie inside a match of an
//   exclude pattern: `*meldung` counts "Meldung" and "Rückmeldung", but the
//   exclude `anmeld*` drops "Anmeldung der Kinder in der Schule".

export interface WordList {
  /** patterns that make a text count */
  readonly include: readonly string[];
  /** patterns for look-alike words that must not count (compounds, other senses) */
  readonly exclude?: readonly string[];
}

export interface TermMatch {
  /** the pattern that matched, as written in the list */
  pattern: string;
  /** the matched words as they appear in the text, e.g. "Kursabbrüchen" or "ALG-II" */
  text: string;
  /** word index range [start, end) */
  start: number;
  end: number;
}

interface Word {
  original: string;
  /** offsets into the text */
  from: number;
  to: number;
  /** umlauts folded, case kept */
  folded: string;
  /** umlauts folded, lower case */
  lower: string;
}

interface CompiledPattern {
  source: string;
  words: Array<{ re: RegExp; body: string; caseSensitive: boolean }>;
}

/**
 * A list's patterns, and one regular expression per case mode that matches
 * every word a pattern can start with: one test per word of the text decides
 * whether any pattern needs a closer look there.
 */
interface CompiledList {
  include: CompiledPattern[];
  exclude: CompiledPattern[];
  startsLower: RegExp | null;
  startsFolded: RegExp | null;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Fold umlauts and ß the German way and drop other accents; case is kept. */
export function foldUmlauts(text: string): string {
  // most words are plain ASCII: nothing to fold
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'SS')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower case with umlauts folded: the form case-insensitive patterns compare against. */
export function normalizeText(text: string): string {
  return foldUmlauts(text).toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

// The rules look at the same texts several times (each text rule, both
// languages): keep the split of recent texts.
const wordCache = new Map<string, Word[]>();

export function words(text: string): Word[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  if (wordCache.size > 5000) wordCache.clear();
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldUmlauts(m[0]);
    out.push({ original: m[0], from: m.index, to: m.index + m[0].length, folded, lower: folded.toLowerCase() });
  }
  wordCache.set(text, out);
  return out;
}

const cache = new Map<string, CompiledPattern>();

function compile(pattern: string): CompiledPattern {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  compiled = {
    source: pattern,
    words: pattern
      .trim()
      .split(/\s+/)
      .map((part) => {
        const caseSensitive = part.startsWith('=');
        const body = caseSensitive ? foldUmlauts(part.slice(1)) : normalizeText(part);
        const re = body
          .split('')
          // words consist of letters and digits only, so "any character" is "any letter or digit"
          .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
          .join('');
        // "*abbruch*" is "contains abbruch": written without the leading and
        // trailing ".*", the expression searches instead of backtracking, and
        // can stand in one alternation with anchored ones (compileList)
        const anchored = `${re.startsWith('.*') ? re.slice(2) : `^${re}`}`;
        const source = anchored.endsWith('.*') && !anchored.endsWith('\\.*') ? anchored.slice(0, -2) : `${anchored}$`;
        return { re: new RegExp(source, 'u'), body: source, caseSensitive };
      }),
  };
  cache.set(pattern, compiled);
  return compiled;
}

const compiledLists = new WeakMap<WordList, CompiledList>();

function compileList(list: WordList): CompiledList {
  let compiled = compiledLists.get(list);
  if (compiled) return compiled;
  const include = list.include.map(compile);
  const exclude = (list.exclude ?? []).map(compile);
  const starts = (caseSensitive: boolean) => {
    const bodies = [...include, ...exclude].map((p) => p.words[0]!).filter((w) => w.caseSensitive === caseSensitive).map((w) => w.body);
    return bodies.length ? new RegExp([...new Set(bodies)].join('|'), 'u') : null;
  };
  compiled = { include, exclude, startsLower: starts(false), startsFolded: starts(true) };
  compiledLists.set(list, compiled);
  return compiled;
}

function matchPattern(ws: Word[], pattern: CompiledPattern, starts: number[]): Array<{ start: number; end: number }> {
  const hits: Array<{ start: number; end: number }> = [];
  const n = pattern.words.length;
  for (const i of starts) {
    if (i + n > ws.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = ws[i + k]!;
      const p = pattern.words[k]!;
      ok = p.re.test(p.caseSensitive ? w.folded : w.lower);
    }
    if (ok) hits.push({ start: i, end: i + n });
  }
  return hits;
}

/** Every match of the list's include patterns in `text` that no exclude pattern covers, in text order. */
export function findTerms(text: unknown, ...lists: WordList[]): TermMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ws = words(text);
  if (ws.length === 0) return [];
  const compiled = lists.map(compileList);
  // where any pattern of any list could start
  const starts: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (compiled.some((c) => c.startsLower?.test(w.lower) || c.startsFolded?.test(w.folded))) starts.push(i);
  }
  if (starts.length === 0) return [];
  const excluded: Array<{ start: number; end: number }> = [];
  for (const list of compiled) for (const p of list.exclude) excluded.push(...matchPattern(ws, p, starts));
  const found: TermMatch[] = [];
  const seen = new Set<string>();
  for (const list of compiled) {
    for (const p of list.include) {
      for (const hit of matchPattern(ws, p, starts)) {
        if (excluded.some((e) => e.start <= hit.start && hit.end <= e.end)) continue;
        const key = `${hit.start}:${hit.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({
          pattern: p.source,
          text: text.slice(ws[hit.start]!.from, ws[hit.end - 1]!.to),
          ...hit,
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first matching term (in text order), or undefined. */
export function firstTerm(text: unknown, ...lists: WordList[]): TermMatch | undefined {
  return findTerms(text, ...lists)[0];
}

/** Merge the same list from several languages into one. */
export function mergeLists(...lists: WordList[]): WordList {
  return {
    include: lists.flatMap((l) => l.include),
    exclude: lists.flatMap((l) => l.exclude ?? []),
  };
}
