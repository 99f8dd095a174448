// What a reader (and a screen reader, and copy and paste) gets out of the PDF:
// Arabic names in reading order with their spaces (pdf.js and pdftotext), no
// word of a table cell cut without a hyphen, e-mail addresses broken only
// after "@", "." and "/", phrases that belong together on one line, the date
// in the footer.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/engine.js';
import { buildDocument } from '../../src/render/build-document.js';
import type { DocumentModel } from '../../src/render/document.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { dithmarschen } from './fixture.js';
import { hasTool, loadPdf, type LoadedPdf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let model: DocumentModel;
let buf: Buffer;
let pdf: LoadedPdf;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'agree-reading-'));
  const checked = await checkFile(join(root, 'test/pdf/fixtures/scripts.yaml'), { cwd: root, lang: 'de', today: '2026-09-01' });
  model = buildDocument(checked.agreement!);
  buf = await renderPdf(model);
  pdf = await loadPdf(buf);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** pdftotext of the PDF, without the bidi embedding marks poppler wraps right-to-left text in */
function pdftotext(pdfBytes: Buffer, ...args: string[]): string {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdfBytes);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/[\u202A-\u202E]/g, '');
}

const ARABIC_NAMES = ['محمد العلي', 'Ali محمد الأحمد حسن'];

describe('right-to-left names', () => {
  it('pdf.js reads "محمد العلي" and "Ali محمد الأحمد حسن" in logical order with their spaces, in text and table', () => {
    // the paragraph "Die Kooperation mit محمد العلي und Ali محمد الأحمد حسن, …" and the contact table
    expect(pdf.text).toContain('mit محمد العلي und Ali محمد الأحمد حسن ,');
    for (const name of ARABIC_NAMES) {
      const tablePage = pdf.pages.find((p) => p.body.includes('Ansprechpersonen') || p.body.some((l) => l.includes('4. Ansprechpersonen')));
      expect(tablePage, 'the contact table').toBeDefined();
      expect(pdf.text.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
    }
    // the Arabic words themselves come out as right-to-left items, each shaped word whole
    const items = pdf.pages.flatMap((p) => p.items);
    expect(items.filter((i) => i.str === 'الأحمد').every((i) => i.dir === 'rtl')).toBe(true);
  });

  it('pdf.js keeps a partner name ending in Arabic apart from its "(VHS)"', () => {
    expect(pdf.text).toContain('Volkshochschule Rendsburg جمعية الأمل (VHS)');
    expect(pdf.text).not.toMatch(/الأمل\(VHS\)|\(VHS\)جمعية/);
  });

  it('pdftotext reads them in logical order with their spaces', { skip: !hasTool('pdftotext') }, () => {
    // (poppler moves the space after a right-to-left run to its start: "mit ‫ محمد العلي‬und")
    const text = pdftotext(buf);
    for (const name of ARABIC_NAMES) expect(text, name).toContain(name);
    expect(text).toContain('und Ali محمد الأحمد حسن, mit');
    expect(text).toContain('Volkshochschule Rendsburg');
    expect(text).not.toContain('العليمحمد');
    expect(text).not.toContain('الأحمدمحمد');
  });

  it('the lam-alef ligature reads as لأ, not أل', { skip: !hasTool('pdftotext') }, () => {
    expect(pdf.text).toContain('الأحمد');
    expect(pdf.text).not.toContain('األحمد');
    expect(pdftotext(buf)).toContain('الأحمد');
  });

  it('draws the Arabic words right to left: محمد to the right of العلي', () => {
    const page = pdf.pages.find((p) => p.items.some((i) => i.str === 'محمد'))!;
    const y = page.items.find((i) => i.str === 'العلي')!.y;
    const line = page.items.filter((i) => Math.abs(i.y - y) < 0.5);
    const x = (s: string) => line.find((i) => i.str === s)!.x;
    expect(x('محمد')).toBeGreaterThan(x('العلي'));
    expect(x('Die Kooperation mit')).toBeLessThan(x('العلي'));
  });
});

/** the lines of each table cell, from the PDF: items grouped by column (x) between the table's rules */
function cellLinesOf(doc: LoadedPdf, columnStarts: (page: LoadedPdf['pages'][0]) => number[] | null): string[][] {
  const cells: string[][] = [];
  for (const page of doc.pages) {
    const starts = columnStarts(page);
    if (!starts) continue;
    const header = page.items.find((i) => i.str === 'Einrichtung')!;
    const rows = page.items.filter((i) => i.y < header.y - 1 && i.y > 60 && starts.some((x) => Math.abs(i.x - x) < 0.6 || i.x > x));
    // one cell per column per row: consecutive lines of a column are the same cell while the gap is one leading
    starts.forEach((x, c) => {
      const next = starts[c + 1] ?? Infinity;
      const column = rows.filter((i) => i.x >= x - 0.6 && i.x < next - 0.6 && i.str.trim()).sort((a, b) => b.y - a.y);
      let cell: string[] = [];
      let lastY = Infinity;
      for (const item of column) {
        if (lastY - item.y > 13) {
          if (cell.length) cells.push(cell);
          cell = [];
        }
        cell.push(item.str);
        lastY = item.y;
      }
      if (cell.length) cells.push(cell);
    });
  }
  return cells;
}

describe('table cells', () => {
  const sources = () =>
    model.sections
      .flatMap(function all(s): typeof s.blocks {
        return [...s.blocks, ...s.subsections.flatMap(all)];
      })
      .flatMap((b) => (b.type === 'table' ? [...b.rows.flat(), ...b.columns] : []));

  it('no line of a cell is a fragment of a word without a hyphen; e-mail addresses break only after @ . /', () => {
    const words = new Set(
      sources()
        .flatMap((t) => t.split(/\s+/))
        .filter(Boolean),
    );
    const cells = cellLinesOf(pdf, (page) => {
      const header = page.items.find((i) => i.str === 'Einrichtung');
      if (!header) return null;
      return ['Einrichtung', 'Name', 'Funktion', 'Thema', 'Telefon / E-Mail'].map((h) => page.items.find((i) => i.str === h && Math.abs(i.y - header.y) < 0.5)!.x);
    });
    expect(cells.length).toBeGreaterThan(20);
    let addresses = 0;
    for (const cell of cells) {
      // join the lines of the cell back into words: a line ending in a hyphen that is not in the source was hyphenated
      const tokens = cell.flatMap((l) => l.split(/\s+/).filter(Boolean).map((t, k, all) => ({ t, end: k === all.length - 1 })));
      let carry = '';
      for (const { t, end } of tokens) {
        const word = carry + t;
        if (words.has(word) || words.has(word.replace(/[,;.]$/, ''))) {
          carry = '';
          continue;
        }
        expect(end, `"${word}" in ${JSON.stringify(cell)}`).toBe(true);
        if (/@/.test(word) || /\.(org|de|example)/.test(word) || /@|\.$/.test(t) || /^[a-z]\.[a-z]+$/.test(word)) {
          // an address piece: ends after "@", "." or "/" (or, where the column is narrower than a part of the address, before "@")
          const next = tokens[tokens.indexOf(tokens.find((x) => x.t === t)!) + 1]?.t ?? '';
          expect(/[@./]$/.test(t) || next.startsWith('@'), `address piece "${t}" in ${JSON.stringify(cell)}`).toBe(true);
          addresses++;
          carry = word;
        } else {
          expect(t, `word piece in ${JSON.stringify(cell)}`).toMatch(/-$/);
          carry = word.slice(0, -1);
        }
      }
      expect(carry, `unfinished "${carry}" in ${JSON.stringify(cell)}`).toBe('');
    }
    expect(addresses).toBeGreaterThan(3);
  });

  it('gives no column more than it needs while others wrap (Lübeck: "Einrichtung" is as wide as its longest word)', async () => {
    const checked = await checkFile(join(root, 'examples/luebeck.yaml'), { cwd: root, lang: 'de', today: '2026-09-01' });
    const doc = await loadPdf(await renderPdf(buildDocument(checked.agreement!)));
    // "Einrichtung" is no wider than its longest word
    const page = doc.pages.find((p) => p.items.some((i) => i.str === 'Einrichtung'))!;
    const x = (s: string) => page.items.find((i) => i.str === s)!.x;
    const longest = Math.max(...page.items.filter((i) => i.x < x('Name') - 1 && i.x >= x('Einrichtung') - 0.5 && i.y < 700).map((i) => i.width));
    expect(x('Name') - x('Einrichtung')).toBeLessThan(longest + 2 * 4 + 1);
  });
});

describe('typography and footer', () => {
  it('never breaks "z. B.", "§ 18", "Abs. 2", "Nr. 3" or a phone number across lines', () => {
    const lines = pdf.pages.flatMap((p) => p.body);
    for (const line of lines) {
      expect(line, line).not.toMatch(/(^|\s)(z\.|§|Abs\.|Nr\.)$/);
      expect(line, line).not.toMatch(/^(B\.|\d+ SGB)\b/);
      expect(line, line).not.toMatch(/^\d{2,3}(-\d+)?$/);
    }
    expect(pdf.text).toContain('04331 000 00-310');
    expect(pdf.text).toContain('(z. B. Bürgergeld)');
  });

  it('draws no-break spaces as spaces (copied text has ordinary spaces)', () => {
    expect(pdf.text).not.toContain('\u00A0');
    expect(pdf.text).toContain('nach § 18 SGB II');
  });

  it('shortens a long district in the footer but keeps the date', async () => {
    const long = dithmarschen({
      footer: `Kooperationsvereinbarung ${'Landkreis Vorpommern-Greifswald und Mecklenburgische Seenplatte '.repeat(3)}· Stand 6. Juli 2006`,
    });
    const doc = await loadPdf(await renderPdf(long));
    for (const page of doc.pages) {
      const footer = page.footer.join(' ');
      expect(footer).toMatch(/… · Stand 6\. Juli 2006/);
      expect(footer).toContain('Seite');
    }
    // the multi-script fixture's footer is shortened too, with its date
    for (const page of pdf.pages) expect(page.footer.join(' ')).toContain('Stand 1. September 2026');
  });
});
