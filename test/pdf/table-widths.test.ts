import { describe, expect, it } from 'vitest';
import { cellLines, columnWidths, type MeasuredColumn } from '../../src/render/pdf/table-widths.js';

/** a column from texts, 1 unit per character, space 1 */
function column(texts: string[], options: { address?: boolean } = {}): MeasuredColumn {
  const words = (t: string) => t.split(' ').filter(Boolean);
  const parts = (w: string) => w.split(/(?<=[@./])/).map((p) => p.length);
  const cells = texts.map((t, row) => ({
    row,
    paragraphs: [
      words(t).map((w) => ({
        width: w.length,
        piece: options.address ? Math.max(...parts(w)) : w.length,
        ...(options.address ? { parts: parts(w) } : {}),
      })),
    ],
  }));
  const all = texts.flatMap(words);
  const minimum = Math.max(...all.map((w) => (options.address ? Math.max(...parts(w)) : w.length)));
  // long words hyphenate into halves, short ones not at all
  return { cells, minimum, fallback: () => Math.max(...all.map((w) => (w.length >= 10 ? Math.ceil(w.length / 2) : w.length))) };
}

describe('cellLines', () => {
  it('counts greedy lines, hyphenated words and the next width that changes them', () => {
    const cell = [[3, 3, 3].map((w) => ({ width: w, piece: w }))];
    expect(cellLines(cell, 7, 1)).toEqual({ lines: 2, hyphenated: 0, next: 11 });
    expect(cellLines(cell, 11, 1)).toMatchObject({ lines: 1 });
    expect(cellLines([[{ width: 10, piece: 10 }]], 4, 1)).toMatchObject({ lines: 3, hyphenated: 1 });
  });
});

describe('columnWidths', () => {
  it('gives natural widths when everything fits, spread over the line', () => {
    const widths = columnWidths([column(['Name', 'Ann Li']), column(['Ort', 'Kiel'])], 2, 24, 1, 0);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(24);
    expect(widths[0]! / widths[1]!).toBeCloseTo(6 / 4);
  });

  it('keeps every column at least as wide as its longest word, and gives a wrapped name room before a wide column', () => {
    const cols = [
      column(['Einrichtung', 'Jobcenter', 'Gemeindediakonie']),
      column(['Name', 'Annika Krüger', 'Mehmet Yilmaz']),
      column(['Thema', 'Ansprechperson für Zugewanderte und Koordination der Sprachkurse', 'Leistungsfragen']),
    ];
    const widths = columnWidths(cols, 3, 60, 1, 0);
    expect(widths[0]).toBeGreaterThanOrEqual(16);
    expect(widths[1]).toBeGreaterThanOrEqual(13); // "Annika Krüger" on one line
    expect(widths[2]).toBeGreaterThanOrEqual(15);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(60);
  });

  it('lets an e-mail address break at its parts rather than hyphenate a word', () => {
    const cols = [column(['Funktion', 'Jugendmigrationsdienst']), column(['E-Mail', 'a.schmidt@vhs-itzehoe.example.org'], { address: true })];
    const widths = columnWidths(cols, 2, 40, 1, 0);
    expect(widths[0]).toBeGreaterThanOrEqual(22);
    expect(widths[1]).toBeGreaterThanOrEqual(12); // "vhs-itzehoe." whole
  });

  it('falls back to hyphenated pieces, then narrows the widest columns, when the page forces it', () => {
    const cols = [column(['Donaudampfschifffahrtsgesellschaft']), column(['kurz'])];
    const widths = columnWidths(cols, 1, 20, 1, 0);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(20);
    expect(widths[1]).toBeGreaterThanOrEqual(4);
  });

  it('stays fast on a huge table', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Zeile ${i} mit etwas mehr Text als in eine Spalte passt`);
    const t0 = performance.now();
    columnWidths([column(rows), column(rows), column(rows), column(rows), column(rows), column(rows)], 3000, 450, 1, 8);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
