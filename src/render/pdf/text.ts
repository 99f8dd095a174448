// Plain-text helpers for the PDF renderer: input sanitising, XML escaping for
// the XMP packet, and a greedy line breaker that also breaks words wider than
// the line (long compounds with a hyphen, URLs and e-mail addresses after "@",
// ".", "/"). No pdfkit imports here: widths come from a measure callback and
// hyphenation points from a callback, so this module is unit-testable.

/** Characters we never draw: C0/C1 controls (except \n), lone surrogates, non-characters. */
// eslint-disable-next-line no-control-regex
const UNDRAWABLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** anything cleanText would change */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u00AD\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF\uFFFE\uFFFF]| {2}|^ | $/;

/**
 * Normalises user text for drawing: CRLF → LF, tabs and other blanks → space,
 * no-break spaces (U+00A0, U+2007, U+202F) → U+00A0, control characters
 * and soft hyphens removed, runs of spaces collapsed, lines trimmed.
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2007\u202F]/g, '\u00A0')
    .replace(/[\t\u2000-\u2006\u2008-\u200A\u205F\u3000]/g, ' ')
    .replace(UNDRAWABLE, '')
    // soft hyphens are hyphenation hints, drawn by DejaVu Sans as a visible hyphen; we hyphenate ourselves
    .replace(/\u00AD/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\u00A0[ \u00A0]*/g, '\u00A0')
    .split('\n')
    .map((l) => l.replace(/^[ \u00A0]+|[ \u00A0]+$/g, ''))
    .join('\n')
    .trim();
}

/** Metadata strings (Info dictionary and XMP): one line, no control characters. */
export function cleanMeta(text: string): string {
  return cleanText(text).replace(/\n+/g, ' ');
}

/**
 * Escapes text for XML character data and attribute values. Characters that
 * XML 1.0 does not allow at all are dropped (they cannot be escaped).
 */
export function escapeXml(text: string): string {
  return text.replace(UNDRAWABLE, '').replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}

export type Measure = (text: string) => number;

const NBSP = '\u00A0';

let segmenter: Intl.Segmenter | undefined;

/** segmenting a string costs time quadratic in its length (V8 12), so long text goes in blocks */
const SEGMENT_BLOCK = 512;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  if (text.length <= SEGMENT_BLOCK) return Array.from(segmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + SEGMENT_BLOCK);
    const block = Array.from(segmenter.segment(text.slice(start, end)), (s) => s.segment);
    // the last grapheme of a block may go on in the next one: segment it again there
    if (end < text.length && block.length > 1) block.pop();
    for (const g of block) {
      out.push(g);
      start += g.length;
    }
  }
  return out;
}

const BREAK_AFTER = '-/–—';
/** where an e-mail address or URL may break: after these, never with an added hyphen */
const ADDRESS_BREAK_AFTER = '@./';

/**
 * An e-mail address or a URL (possibly with punctuation around it): such a word
 * breaks only after "@", "." and "/", and never gets a hyphen added, because a
 * reader would type the hyphen.
 */
export function isAddress(word: string): boolean {
  return /[^\s@]@[^\s@]+\.[^\s@]/.test(word) || /:\/\/|(?:^|[^\p{L}\p{N}])www\./iu.test(word);
}

/**
 * Splits a word at the points where it may break without a hyphen being added:
 * an e-mail address or URL after "@", "." and "/"; any other word after "-",
 * "/", "–", "—" (a hyphen or slash that is there already). Never inside a run
 * of such characters, never at the ends. "Sprachlehrern/Sprachlehrerinnen" →
 * ["Sprachlehrern/", "Sprachlehrerinnen"], "a.b@vhs-x.org" → ["a.", "b@", "vhs-x.", "org"].
 */
export function breakChunks(word: string): string[] {
  const after = isAddress(word) ? ADDRESS_BREAK_AFTER : BREAK_AFTER;
  const chunks: string[] = [];
  let start = 0;
  for (let i = 1; i < word.length; i++) {
    const prev = word[i - 1]!;
    const cur = word[i]!;
    if (after.includes(prev) && !after.includes(cur) && i - 1 > 0 && i > start) {
      chunks.push(word.slice(start, i));
      start = i;
    }
  }
  chunks.push(word.slice(start));
  return chunks;
}

/**
 * Offsets (UTF-16) inside a word where it may be hyphenated, i.e. broken with a
 * hyphen added at the end of the line. Supplied by the renderer for the
 * document's language (see hyphenate.ts).
 */
export type Hyphenate = (word: string) => number[];

export interface WrapOptions {
  /** hyphenation points of words wider than a line; without it such words break between characters, with a hyphen */
  hyphenate?: Hyphenate;
}

/** words longer than this (in UTF-16 units) are measured grapheme by grapheme */
const LONG_WORD = 256;
/** the remainder of a word is measured as a whole only up to this many graphemes */
const EXACT_LIMIT = 1000;
/** longer "words" are not looked up for hyphenation points (they are no words) */
const HYPHENATE_LIMIT = 100;

/** a break before grapheme i: none, at a character that is there (no hyphen added), at a hyphenation point (hyphen added) */
const NONE = 0;
const NATURAL = 1;
const HYPHEN = 2;

/**
 * A word wider than the line, cut into pieces in one pass: the widths of its
 * graphemes are measured once (per distinct grapheme) and summed, so cutting a
 * word of n characters costs O(n) measurements of single graphemes plus one
 * measurement per piece — not a search over ever-new prefixes of the word,
 * which took minutes for a 30 000-character word and filled pdfkit's cache
 * with every prefix. Each piece is checked with `measure` as a whole
 * (kerning), and shortened if it is wider than the sum said.
 *
 * A piece ends, in this order of preference: where the word has a hyphen or
 * slash already (an address: after "@", ".", "/"), or at a hyphenation point
 * with a hyphen added; when neither fills a quarter of the line, between two
 * characters — with a hyphen added, except in addresses.
 */
class WordCutter {
  private readonly g: string[];
  private readonly widths: Float64Array;
  private readonly breaks: Uint8Array;
  private readonly address: boolean;
  private readonly hyphenWidth: number;
  private pos = 0;
  /** width of the graphemes from pos to the end */
  restWidth: number;

  constructor(
    word: string,
    private readonly measure: Measure,
    hyphenate?: Hyphenate,
  ) {
    this.g = graphemes(word);
    const n = this.g.length;
    this.widths = new Float64Array(n);
    const known = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < n; i++) {
      const c = this.g[i]!;
      let w = known.get(c);
      if (w === undefined) known.set(c, (w = measure(c)));
      this.widths[i] = w;
      total += w;
    }
    this.restWidth = total;
    this.address = isAddress(word);
    this.hyphenWidth = this.address ? 0 : measure('-');
    const kind = new Map<number, number>();
    if (hyphenate && !this.address && word.length <= HYPHENATE_LIMIT) {
      for (const at of hyphenate(word)) kind.set(at, HYPHEN);
    }
    let offset = 0;
    for (const chunk of breakChunks(word)) kind.set((offset += chunk.length), NATURAL);
    this.breaks = new Uint8Array(n);
    offset = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) this.breaks[i] = kind.get(offset) ?? NONE;
      offset += this.g[i]!.length;
    }
  }

  get done(): boolean {
    return this.pos >= this.g.length;
  }

  private text(from: number, to: number, hyphen: boolean): string {
    return this.g.slice(from, to).join('') + (hyphen ? '-' : '');
  }

  /** a hyphen goes at the end of a piece cut at `cut`, unless one is there or the word is an address */
  private hyphenAt(cut: number): boolean {
    if (this.address || cut >= this.g.length) return false;
    return this.breaks[cut] !== NATURAL && !/[-‐‑–—]$/.test(this.g[cut - 1]!);
  }

  /**
   * Takes the longest piece that fits `avail` (see the class comment).
   * `atLeastOne` (an empty line) forces a piece, if need be of one grapheme;
   * without it (a word begun at the end of a line) the piece ends at a break
   * point or is empty.
   */
  take(avail: number, atLeastOne: boolean): string {
    const start = this.pos;
    const n = this.g.length;
    let end = start;
    let sum = 0;
    while (end < n && sum + this.widths[end]! <= avail) sum += this.widths[end++]!;
    if (end === n && (n - start > EXACT_LIMIT || this.measure(this.text(start, n, false)) <= avail)) {
      return this.finish(start, n, false);
    }
    // the last break point at or before `end` whose piece (with its hyphen) fits
    let b = end;
    let before = sum;
    for (; b > start; before -= this.widths[--b]!) {
      if (b >= n || !this.breaks[b]) continue;
      const hyphen = this.breaks[b] === HYPHEN && this.hyphenAt(b);
      if (before + (hyphen ? this.hyphenWidth : 0) > avail) continue;
      if (this.measure(this.text(start, b, hyphen)) <= avail) break;
    }
    // (an address takes any of its break points: a short line is better than a cut inside it)
    if (b > start && (!atLeastOne || this.address || before >= avail * 0.25)) {
      return this.finish(start, b, this.breaks[b] === HYPHEN && this.hyphenAt(b));
    }
    if (!atLeastOne) return '';
    // between characters; kerning can make the piece wider than the sum of its graphemes
    let cut = end;
    if (this.address) {
      // a part of an address wider than the line: rather before an "@" or "." than anywhere
      let c = end;
      let w = sum;
      while (c > start + 1 && !(c < n && (this.g[c] === '@' || this.g[c] === '.') && w >= avail * 0.25)) w -= this.widths[--c]!;
      if (c > start + 1) cut = c;
    }
    while (cut > start + 1 && this.measure(this.text(start, cut, this.hyphenAt(cut))) > avail) cut--;
    if (cut === start) cut = start + 1;
    return this.finish(start, cut, this.hyphenAt(cut));
  }

  private finish(start: number, cut: number, hyphen: boolean): string {
    for (let i = start; i < cut; i++) this.restWidth -= this.widths[i]!;
    this.pos = cut;
    return this.text(start, cut, hyphen);
  }
}

/**
 * Greedy line breaking. Breaks at spaces (never at a no-break space); a word
 * that does not fit on the current line goes to the next one; a word wider
 * than a whole line is broken where breakChunks() or `options.hyphenate`
 * allow, else between characters (see WordCutter); words joined by no-break
 * spaces that are wider than a line break at those spaces first. Explicit
 * "\n" starts a new line. Returns at least one (possibly empty) line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  // tolerate rounding: a column exactly as wide as its longest word keeps it whole
  const width = maxWidth + 1e-6;
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  const { hyphenate } = options;
  for (const para of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const words = para.split(' ');
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (word === '') continue;
      let cutter = word.length > LONG_WORD ? new WordCutter(word, measure, hyphenate) : undefined;
      const w = cutter ? cutter.restWidth : measure(word);
      const sep = line ? spaceWidth : 0;
      if (lineWidth + sep + w <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth += sep + w;
        continue;
      }
      if (w > width && word.includes(NBSP)) {
        // "z. B." or a phone number wider than the whole line: its parts are words again
        words.splice(k, 1, ...word.split(NBSP));
        k--;
        continue;
      }
      let rest = word;
      if (line) {
        const avail = width - lineWidth - spaceWidth;
        if (w > width && avail >= width * 0.3) {
          // an over-long word starts on the current line, up to a break point
          cutter ??= new WordCutter(word, measure, hyphenate);
          const piece = cutter.take(avail, false);
          if (piece) line = `${line} ${piece}`;
        }
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      if (w > width) {
        cutter ??= new WordCutter(word, measure, hyphenate);
        for (;;) {
          const piece = cutter.take(width, true);
          if (cutter.done) {
            rest = piece;
            break;
          }
          lines.push(piece);
        }
      }
      line = rest;
      lineWidth = measure(rest);
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `text` with "…" until it fits `width`. Linear in the length of `text`. */
export function ellipsize(text: string, width: number, measure: Measure): string {
  if (text.length <= LONG_WORD && measure(text) <= width) return text;
  const g = graphemes(text);
  const known = new Map<string, number>();
  const avail = width - measure('…');
  let n = 0;
  let sum = 0;
  for (; n < g.length; n++) {
    let w = known.get(g[n]!);
    if (w === undefined) known.set(g[n]!, (w = measure(g[n]!)));
    if (sum + w > avail) break;
    sum += w;
  }
  if (n === g.length && (g.length > EXACT_LIMIT || measure(text) <= width)) return text;
  // kerning: the sum of single graphemes can be narrower than the whole
  while (n > 0 && measure(g.slice(0, n).join('').trimEnd() + '…') > width) n--;
  return g.slice(0, n).join('').trimEnd() + '…';
}

/**
 * Lines for centred text: as many lines as wrapText() at `width` gives, but
 * balanced (the narrowest width that still needs no more lines), so that a
 * long name does not leave one word alone on its second line.
 */
export function wrapBalanced(text: string, width: number, measure: Measure, options: WrapOptions = {}): string[] {
  const lines = wrapText(text, width, measure, options);
  if (lines.length < 2 || lines.length > 4) return lines;
  // balancing must not break words that the full width kept whole
  const whole = (ls: string[]) => ls.every((l) => !l.endsWith('-') || lines.includes(l));
  let lo = width / 2;
  let hi = width;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const trial = wrapText(text, mid, measure, options);
    if (trial.length <= lines.length && whole(trial)) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, measure, options);
}

/**
 * Shortens `text` with "…" to fit `width`, keeping its last part after
 * `separator` whole: "Kooperationsvereinbarung Landkreis Vorpommern-Gre… ·
 * Stand 6. Juli 2006". When the last part leaves too little room, the whole
 * text is shortened.
 */
export function ellipsizeKeepingLast(text: string, width: number, measure: Measure, separator = ' · '): string {
  const at = text.lastIndexOf(separator);
  if (at <= 0 || measure(text) <= width) return ellipsize(text, width, measure);
  const last = text.slice(at);
  const room = width - measure(last);
  if (room < width * 0.25) return ellipsize(text, width, measure);
  return ellipsize(text.slice(0, at), room, measure) + last;
}
