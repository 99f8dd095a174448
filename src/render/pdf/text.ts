// Plain-text helpers for the PDF renderer: input sanitising, XML escaping for
// the XMP packet, and a greedy line breaker that also breaks words wider than
// the line (long compounds, URLs, e-mail addresses). No pdfkit imports here:
// widths come from a measure callback, so this module is unit-testable.

/** Characters we never draw: C0/C1 controls (except \n), lone surrogates, non-characters. */
// eslint-disable-next-line no-control-regex
const UNDRAWABLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises user text for drawing: CRLF → LF, tabs and other blanks → space,
 * control characters removed, runs of spaces collapsed, lines trimmed.
 */
/** anything cleanText would change */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF\uFFFE\uFFFF]| {2}|^ | $/;

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(UNDRAWABLE, '')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((l) => l.trim())
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
const BREAK_BEFORE = '.@_?&=';

/**
 * Splits a word at natural break points, as for URLs and addresses: after
 * "-", "/", "–", "—"; before ".", "@", "_", "?", "&", "=" (never inside a run
 * of such characters, never at the ends). "Sprachlehrern/Sprachlehrerinnen" →
 * ["Sprachlehrern/", "Sprachlehrerinnen"], "a@b.org" → ["a", "@b", ".org"].
 */
export function breakChunks(word: string): string[] {
  const isBreak = (c: string | undefined) => c !== undefined && (BREAK_AFTER.includes(c) || BREAK_BEFORE.includes(c));
  const chunks: string[] = [];
  let start = 0;
  for (let i = 1; i < word.length; i++) {
    const prev = word[i - 1]!;
    const cur = word[i]!;
    const after = BREAK_AFTER.includes(prev) && !isBreak(cur) && i - 1 > 0;
    const before = BREAK_BEFORE.includes(cur) && !isBreak(prev) && i < word.length - 1;
    if ((after || before) && i > start) {
      chunks.push(word.slice(start, i));
      start = i;
    }
  }
  chunks.push(word.slice(start));
  return chunks;
}

/** words longer than this (in UTF-16 units) are measured grapheme by grapheme */
const LONG_WORD = 256;
/** the remainder of a word is measured as a whole only up to this many graphemes */
const EXACT_LIMIT = 1000;

/**
 * A word wider than the line, cut into pieces in one pass: the widths of its
 * graphemes are measured once (per distinct grapheme) and summed, so cutting a
 * word of n characters costs O(n) measurements of single graphemes plus one
 * measurement per piece — not a search over ever-new prefixes of the word,
 * which took minutes for a 30 000-character word and filled pdfkit's cache
 * with every prefix. Each piece is checked with `measure` as a whole
 * (kerning), and shortened if it is wider than the sum said.
 */
class WordCutter {
  private readonly g: string[];
  private readonly widths: Float64Array;
  /** a natural break point (see breakChunks) lies before grapheme i */
  private readonly breakBefore: Uint8Array;
  private pos = 0;
  /** width of the graphemes from pos to the end */
  restWidth: number;

  constructor(
    word: string,
    private readonly measure: Measure,
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
    const offsets = new Set<number>();
    let offset = 0;
    for (const chunk of breakChunks(word)) offsets.add((offset += chunk.length));
    this.breakBefore = new Uint8Array(n);
    offset = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && offsets.has(offset)) this.breakBefore[i] = 1;
      offset += this.g[i]!.length;
    }
  }

  get done(): boolean {
    return this.pos >= this.g.length;
  }

  private fits(from: number, to: number, avail: number): boolean {
    return this.measure(this.g.slice(from, to).join('')) <= avail;
  }

  /**
   * Takes the longest piece that fits `avail`: all that is left if it fits;
   * else whole chunks up to a natural break point when that fills at least
   * 25 % of the space; else as many graphemes as fit. `atLeastOne` forces one
   * grapheme on an empty line; without it the piece may be empty.
   */
  take(avail: number, atLeastOne: boolean): string {
    const start = this.pos;
    const n = this.g.length;
    let end = start;
    let sum = 0;
    while (end < n && sum + this.widths[end]! <= avail) sum += this.widths[end++]!;
    let cut = end;
    if (end === n && (n - start > EXACT_LIMIT || this.fits(start, n, avail))) {
      cut = n;
    } else {
      // the last natural break at or before `end`, if that fills a quarter of the space
      let b = end;
      let before = sum;
      while (b > start && !(b < n && this.breakBefore[b])) before -= this.widths[--b]!;
      if (b > start && before >= avail * 0.25) cut = b;
      // kerning can make the piece wider than the sum of its graphemes
      let ok = false;
      while (cut > start) {
        if (this.fits(start, cut, avail)) {
          ok = true;
          break;
        }
        if (cut - start === 1) break;
        cut--;
      }
      if (!ok) cut = atLeastOne ? start + 1 : start;
    }
    for (let i = start; i < cut; i++) this.restWidth -= this.widths[i]!;
    this.pos = cut;
    return this.g.slice(start, cut).join('');
  }
}

/**
 * Greedy line breaking. Breaks at spaces; a word that does not fit on the
 * current line goes to the next one; a word wider than a whole line is broken
 * after "-", "/" etc. where possible, else between characters (graphemes).
 * Explicit "\n" starts a new line. Returns at least one (possibly empty) line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  // tolerate rounding: a column exactly as wide as its longest word keeps it whole
  const width = maxWidth + 1e-6;
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  for (const para of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of para.split(' ')) {
      if (word === '') continue;
      let cutter = word.length > LONG_WORD ? new WordCutter(word, measure) : undefined;
      const w = cutter ? cutter.restWidth : measure(word);
      const sep = line ? spaceWidth : 0;
      if (lineWidth + sep + w <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth += sep + w;
        continue;
      }
      let rest = word;
      if (line) {
        const avail = width - lineWidth - spaceWidth;
        if (w > width && avail >= width * 0.3) {
          // an over-long word starts on the current line
          cutter ??= new WordCutter(word, measure);
          const piece = cutter.take(avail, false);
          if (piece) line = `${line} ${piece}`;
        }
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      if (w > width) {
        cutter ??= new WordCutter(word, measure);
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
export function wrapBalanced(text: string, width: number, measure: Measure): string[] {
  const lines = wrapText(text, width, measure);
  if (lines.length < 2 || lines.length > 4) return lines;
  let lo = width / 2;
  let hi = width;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, measure).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, measure);
}
