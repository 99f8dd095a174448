// Column widths of a table from its content. No pdfkit here: cells come as
// the widths of their words, so this is unit-testable and cheap (the line
// counts below are arithmetic on those widths, no measuring).
//
//  1. Everything fits on one line per cell: each column gets its natural
//     width, the rest of the line shared in proportion.
//  2. Otherwise every column starts at its minimum — its longest word that
//     must not break (a name, "Berufsinformationszentrum", a phone number held
//     together by no-break spaces, the longest part of an e-mail address
//     between "@", "." and "/") — and the remaining width goes, step by step,
//     to the column where it saves the most lines of the table per point, so a
//     two-word name does not wrap while "Einrichtung" has room to spare.
//  3. When not even the minimums fit, columns fall back to the pieces their
//     words can be hyphenated into, and the widest columns give way first.

export interface MeasuredWord {
  width: number;
  /**
   * the widest part that must not be cut: the word itself, but of an e-mail
   * address or URL (which break well after "@", ".", "/") its widest part
   */
  piece: number;
  /** an e-mail address or URL: the widths of its parts between break points, drawn without spaces */
  parts?: number[];
}

/** One cell: its paragraphs, each the widths of its words. */
export interface MeasuredCell {
  /** row of the cell: 0 … rows − 1 (the header row is a row like any other) */
  row: number;
  paragraphs: MeasuredWord[][];
}

export interface MeasuredColumn {
  cells: MeasuredCell[];
  /** widest piece that should not break (see above), without padding */
  minimum: number;
  /** widest piece when words may be hyphenated, without padding: asked for only when the minimums do not fit */
  fallback: () => number;
}

/**
 * Lines a cell needs at inner width `width`, how many of its words must be
 * hyphenated there, and the least wider width at which that can change.
 */
export function cellLines(
  paragraphs: MeasuredWord[][],
  width: number,
  space: number,
): { lines: number; hyphenated: number; next: number } {
  let lines = 0;
  let hyphenated = 0;
  let next = Infinity;
  for (const words of paragraphs) {
    let line = -1;
    for (const { width: w, piece, parts } of words) {
      // (widths come back from sums with the padding: tolerate rounding)
      if (w > width + EPSILON && parts && parts.length > 1) {
        // an address wider than the column: its parts, packed line by line
        if (line >= 0) {
          lines++;
          next = Math.min(next, line + space + w);
        }
        let cur = -1;
        for (const p of parts) {
          if (p > width + EPSILON) {
            hyphenated++;
            next = Math.min(next, p);
          }
          if (cur < 0) cur = p;
          else if (cur + p <= width + EPSILON) cur += p;
          else {
            lines++;
            next = Math.min(next, cur + p);
            cur = p;
          }
        }
        line = cur;
      } else if (w > width + EPSILON) {
        // a word wider than the column is cut over several lines
        if (piece > width + EPSILON) {
          hyphenated++;
          next = Math.min(next, piece);
        }
        if (line >= 0) {
          lines++;
          next = Math.min(next, line + space + w);
        }
        const k = Math.ceil(w / width - 1e-9);
        lines += k - 1;
        if (k > 1) next = Math.min(next, w / (k - 1));
        line = w - (k - 1) * width;
      } else if (line < 0) {
        line = w;
      } else if (line + space + w <= width + EPSILON) {
        line += space + w;
      } else {
        lines++;
        next = Math.min(next, line + space + w);
        line = w;
      }
    }
    lines++;
  }
  return { lines: Math.max(1, lines), hyphenated, next };
}

function naturalWidth(cell: MeasuredCell, space: number): number {
  let max = 0;
  for (const words of cell.paragraphs) {
    const w = words.reduce((a, b) => a + b.width, 0) + Math.max(0, words.length - 1) * space;
    if (w > max) max = w;
  }
  return max;
}

const EPSILON = 1e-6;
/** words wrapped while choosing widths, at most (~20 ms) */
const WORK_LIMIT = 2_000_000;

const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

/**
 * Widths (with padding `pad` each) of the columns of a table `total` wide
 * with `rows` rows; `space` is the width of a space in the cells' font.
 */
export function columnWidths(columns: MeasuredColumn[], rows: number, total: number, space: number, pad: number): number[] {
  const n = columns.length;
  if (n === 0) return [];
  const natural = columns.map((c) => Math.max(c.minimum, ...c.cells.map((cell) => naturalWidth(cell, space))) + pad);
  if (sum(natural) <= total) return natural.map((w) => (w * total) / sum(natural));

  let minimum = columns.map((c, i) => Math.min(c.minimum + pad, natural[i]!));
  if (sum(minimum) > total) {
    minimum = columns.map((c, i) => Math.min(c.fallback() + pad, natural[i]!));
    if (sum(minimum) >= total) return waterLevel(minimum, total);
  }

  // lines per cell and per row at the current widths
  const widths = minimum.slice();
  const lineCount = columns.map((c, i) => c.cells.map((cell) => cellLines(cell.paragraphs, widths[i]! - pad, space)));
  type Count = { lines: number; hyphenated: number };
  const rowLines = (column: number, counts: Count[]): number[] => {
    const max = new Array<number>(rows).fill(1);
    columns.forEach((c, i) =>
      c.cells.forEach((cell, k) => {
        const lines = (i === column ? counts[k]! : lineCount[i]![k]!).lines;
        if (lines > max[cell.row]!) max[cell.row] = lines;
      }),
    );
    return max;
  };
  const cells = (column: number, counts: Count[], f: (l: Count) => number) =>
    sum(columns.map((_, i) => sum((i === column ? counts : lineCount[i]!).map(f))));
  const hyphenationCost = (column: number, counts: Count[]) => cells(column, counts, (l) => l.hyphenated);
  // the table's height in lines, plus a little for every cell line, so that a
  // cell that gets shorter counts even when its row does not (yet)
  const tableCost = (column: number, counts: Count[]) =>
    sum(rowLines(column, counts)) + cells(column, counts, (l) => 0.25 * l.lines + 3 * l.hyphenated);
  // first keep words whole (the fewest hyphenated words, the cheapest first),
  // then save lines; a huge table stops early when the work done reaches
  // WORK_LIMIT words wrapped (the rest of the width is shared out below)
  let slack = total - sum(widths);
  const words = sum(columns.map((c) => sum(c.cells.map((cell) => sum(cell.paragraphs.map((p) => p.length))))));
  const cellCount = sum(columns.map((c) => c.cells.length));
  let work = 0;
  for (const phase of [hyphenationCost, tableCost]) {
    let current = phase(-1, []);
    for (let guard = 0; slack > 1e-6 && guard < 1000 && work < WORK_LIMIT; guard++) {
      let best: { column: number; width: number; gain: number } | undefined;
      columns.forEach((c, i) => {
        const limit = Math.min(natural[i]!, widths[i]! + slack);
        // walk the widths at which a cell of this column changes, narrowest first
        let at = lineCount[i]!;
        for (let step = 0; step < 64; step++) {
          const w = Math.min(...at.map((l) => l.next)) + pad;
          if (!(w > widths[i]! && w <= limit + 1e-9)) break;
          at = c.cells.map((cell) => cellLines(cell.paragraphs, w - pad, space));
          work += words / n + cellCount;
          const after = phase(i, at);
          const gain = (current - after) / (w - widths[i]!);
          if (after < current - 1e-9 && (!best || gain > best.gain + 1e-12)) best = { column: i, width: w, gain };
        }
      });
      if (!best) break;
      const { column, width } = best;
      slack -= width - widths[column]!;
      widths[column] = width;
      lineCount[column] = columns[column]!.cells.map((cell) => cellLines(cell.paragraphs, width - pad, space));
      current = phase(-1, []);
    }
  }
  // what is left: to the columns that still wrap, in proportion to what they lack, else to all
  const lack = widths.map((w, i) => Math.max(0, natural[i]! - w));
  const weights = sum(lack) > 1e-6 ? lack : widths;
  const weight = sum(weights);
  return widths.map((w, i) => w + (slack * weights[i]!) / weight);
}

/**
 * The largest cap t with Σ min(widthᵢ, t) ≤ total, then scaled to fill
 * `total` exactly: the widest columns give way, the others keep their width.
 */
function waterLevel(widths: number[], total: number): number[] {
  const at = (t: number) => widths.map((w) => Math.min(w, t));
  let lo = 0;
  let hi = Math.max(...widths);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) > total) hi = mid;
    else lo = mid;
  }
  const capped = at(lo);
  const s = sum(capped);
  return s > 0 ? capped.map((w) => (w * total) / s) : capped.map(() => total / capped.length);
}
