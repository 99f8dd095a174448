// Bidirectional text (Unicode Bidirectional Algorithm, UAX #9, by bidi-js) for
// one laid-out line: which parts run right to left and where each part goes.
// Applied per line after line breaking, as the algorithm requires. The base
// direction is left to right: agreements are German or English documents in
// which Arabic or Hebrew names appear, e.g. "Ali محمد الأحمد حسن (VHS)".
//
// How a line is drawn (page-layout.ts) follows from what text extraction does:
// pdftotext and pdf.js read glyphs left to right and reverse what is right to
// left, and pdf.js takes a run of touching glyphs as one item whose direction
// it guesses from its characters. So a right-to-left run is drawn word by
// word, in logical order, each word at its place counted from the right; the
// glyphs of a word are shaped and put in visual order by fontkit. Tested with
// both extractors (test/pdf/bidi.test.ts). ActualText spans were tried: pdf.js
// ignores them, and pdftotext reverses their text once more.

import bidiModule, { type Bidi } from 'bidi-js';

// the package is CommonJS whose module.exports is the factory; its typings declare a default export
const bidiFactory = bidiModule as unknown as () => Bidi;

/** strong right-to-left characters and the controls that start right-to-left text */
const RTL =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** bidi controls: they steer the algorithm and are not drawn */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export interface BidiRun {
  /** the run's text in logical order, controls removed, mirrored brackets in right-to-left runs */
  text: string;
  rtl: boolean;
  /** place of the run from the left, 0 = leftmost */
  visual: number;
}

let bidi: Bidi | undefined;

/** true when `text` needs the bidi algorithm at all */
export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

/**
 * The runs of one line in logical order, each with its place from the left;
 * null for a line that is left to right throughout (the usual case, decided by
 * one regular expression).
 */
export function visualRuns(line: string): BidiRun[] | null {
  if (!hasRtl(line)) return null;
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(line, 'ltr');
  const mirrored = bidi.getMirroredCharactersMap(line, levels);
  const runs: Array<{ text: string; level: number; visual: number }> = [];
  let text = '';
  let level = -1;
  for (let i = 0; i < line.length; i++) {
    const l = levels[i]!;
    if (l !== level && text) {
      runs.push({ text, level, visual: 0 });
      text = '';
    }
    level = l;
    text += mirrored.get(i) ?? line[i];
  }
  if (text) runs.push({ text, level, visual: 0 });
  // rule L2: from the highest level down to the lowest odd one, reverse every
  // sequence of runs at that level or higher
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  const order = runs.slice();
  for (let l = max; l >= minOdd; l--) {
    for (let i = 0; i < order.length; i++) {
      if (order[i]!.level < l) continue;
      let j = i;
      while (j + 1 < order.length && order[j + 1]!.level >= l) j++;
      order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
      i = j;
    }
  }
  order.forEach((r, i) => (r.visual = i));
  return runs
    .map((r) => ({ text: r.text.replace(CONTROLS, ''), rtl: r.level % 2 === 1, visual: r.visual }))
    .filter((r) => r.text !== '');
}
