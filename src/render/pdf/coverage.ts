// Which characters the PDF can show: the code points of DejaVu Sans regular
// and bold, from coverage-data.ts (generated at build time from the font
// files, see scripts/build-coverage.mjs). No fontkit, no font files: `agree
// check` asks this module (rule unsupported-character), and the PDF layout
// asks it which characters to replace by U+FFFD (fonts.ts), so both agree.

import { BOLD_RANGES, REGULAR_RANGES } from './coverage-data.js';

/** text every DejaVu Sans face covers completely (Latin, punctuation, €) — the usual case */
const SURELY_COVERED = /^[\n\t\u0020-\u007E\u00A0-\u024F\u2010-\u2027\u2030-\u205E\u20AC]*$/;

/** sorted [start, end) pairs, flat */
function decode(ranges: string): Uint32Array {
  const parts = ranges.split(' ');
  const out = new Uint32Array(parts.length * 2);
  let end = 0;
  parts.forEach((part, i) => {
    const [offset, length] = part.split('.').map((p) => parseInt(p, 36)) as [number, number];
    const start = end + offset;
    end = start + length;
    out[2 * i] = start;
    out[2 * i + 1] = end;
  });
  return out;
}

let regular: Uint32Array | undefined;
let bold: Uint32Array | undefined;

function inRanges(ranges: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp >= ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export type Face = 'regular' | 'bold';

/** true if DejaVu Sans `face` has a glyph for code point `cp` */
export function hasGlyph(face: Face, cp: number): boolean {
  if (face === 'bold') return inRanges((bold ??= decode(BOLD_RANGES)), cp);
  return inRanges((regular ??= decode(REGULAR_RANGES)), cp);
}

/** invisible characters: where the font lacks them the PDF leaves them out, nobody misses them */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]/u;

/**
 * The characters of `text` the PDF cannot show in both regular and bold (so
 * may draw as "�"), each once, in order of appearance.
 */
export function unsupportedCharacters(text: string): string[] {
  if (SURELY_COVERED.test(text)) return [];
  const found = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // a lone surrogate: removed before drawing
    if (hasGlyph('regular', cp) && hasGlyph('bold', cp)) continue;
    if (INVISIBLE.test(ch)) continue;
    found.add(ch);
  }
  return [...found];
}

/** "U+5F20" */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** quick test for text that needs no look-up at all */
export function surelyCovered(text: string): boolean {
  return SURELY_COVERED.test(text);
}
