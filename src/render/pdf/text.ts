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

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
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

/** Longest grapheme prefix of `text` that fits `width` (at least one grapheme). */
function fitPrefix(text: string, width: number, measure: Measure): [string, string] {
  const g = graphemes(text);
  let lo = 1;
  let hi = g.length;
  // binary search for the largest n with measure(first n) <= width
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(g.slice(0, mid).join('')) <= width) lo = mid;
    else hi = mid - 1;
  }
  return [g.slice(0, lo).join(''), g.slice(lo).join('')];
}

/**
 * Takes the longest piece of `text` that fits `avail`: whole chunks up to a
 * natural break point when that fills at least 25 % of the space, else as many
 * characters as fit. `atLeastOne` forces one grapheme on an empty line.
 */
function takePiece(text: string, avail: number, measure: Measure, atLeastOne: boolean): string {
  let taken = '';
  for (const chunk of breakChunks(text)) {
    if (measure(taken + chunk) <= avail) taken += chunk;
    else break;
  }
  if (taken && (taken.length === text.length || measure(taken) >= avail * 0.25)) return taken;
  const [prefix] = fitPrefix(text, avail, measure);
  if (measure(prefix) <= avail || atLeastOne) return prefix;
  return '';
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
      const w = measure(word);
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
          const piece = takePiece(rest, avail, measure, false);
          if (piece) {
            line = `${line} ${piece}`;
            rest = rest.slice(piece.length);
          }
        }
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      while (measure(rest) > width) {
        const piece = takePiece(rest, width, measure, true);
        lines.push(piece);
        rest = rest.slice(piece.length);
      }
      line = rest;
      lineWidth = measure(rest);
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `text` with "…" until it fits `width`. */
export function ellipsize(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const g = graphemes(text);
  let n = g.length;
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
