// Cross-reference data and revisions, on hand-made files whose byte layout
// the tests control: table variants, xref streams, object streams, hybrid
// files, incremental updates, misplaced offsets, junk around the file, and
// the repair scan.

import { describe, expect, it } from 'vitest';
import { PdfDict, PdfReadError, PdfRef, PdfString, openPdf, readFormFields, type PdfFile } from '../../src/pdf/index.js';
import { appendRevision, buildPdf, bytes, formObjects, objectStream, stream, type Body } from './helpers.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';

function text(pdf: PdfFile, num: number, index?: number): string | undefined {
  const v = index === undefined ? pdf.object(num) : pdf.objectAt(index, num);
  return v instanceof PdfString ? v.text() : v === undefined ? undefined : String(v);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PdfReadError) return error.code;
    throw error;
  }
  return 'no error';
}

const base: Record<number, Body> = { 1: CATALOG, 2: PAGES, 3: '(three)', 4: '(four)' };

describe('xref tables', () => {
  it.each([
    ['space LF', ' \n', '\n'],
    ['CR LF', '\r\n', '\r\n'],
    ['space CR', ' \r', '\r'],
    ['LF only (19-byte entries)', '\n', '\n'],
  ])('reads entries ending in %s', (_, entryEol, eol) => {
    const pdf = openPdf(buildPdf(base, { entryEol, eol }));
    expect(pdf.repaired).toBe(false);
    expect(text(pdf, 3)).toBe('three');
    expect(text(pdf, 4)).toBe('four');
    expect(pdf.revisions).toHaveLength(1);
    expect(pdf.revisions[0]!.xrefKind).toBe('table');
  });

  it('reads a subsection with 20 000 entries', () => {
    const objects: Record<number, Body> = { 1: CATALOG, 2: PAGES };
    for (let n = 3; n < 20_003; n++) objects[n] = String(n * 2);
    const pdf = openPdf(buildPdf(objects));
    expect(pdf.object(20_002)).toBe(40_004);
    expect(pdf.object(12_345)).toBe(24_690);
    expect(pdf.revisions[0]!.defines).toHaveLength(20_002);
  });

  it('accepts a table that starts at object 1 but lists the free entry of object 0 first (a writer bug)', () => {
    const good = buildPdf(base).toString('latin1');
    const shiftedHeader = good.replace(/xref\n0 5\n/, 'xref\n1 5\n');
    expect(shiftedHeader).not.toBe(good);
    expect(text(openPdf(Buffer.from(shiftedHeader, 'latin1')), 4)).toBe('four');
  });
});

describe('xref streams and object streams', () => {
  it('reads an xref stream with /Index and a PNG predictor', () => {
    const pdf = openPdf(buildPdf({ ...base, 40: '(forty)' }, { xref: 'stream' }));
    expect(pdf.revisions[0]!.xrefKind).toBe('stream');
    expect(text(pdf, 40)).toBe('forty');
    expect(pdf.revisions[0]!.defines).toEqual([1, 2, 3, 4, 40, 100]);
  });

  it('reads objects inside object streams, with /Extends present', () => {
    const pdf = openPdf(
      buildPdf(
        { 1: CATALOG, 2: PAGES, 6: objectStream({ 5: '(five)' }), 7: objectStream({ 8: '(eight)', 9: '<< /Inner [1 2 3] >>' }, '/Extends 6 0 R') },
        { xref: 'stream', compressed: { 5: [6, 0], 8: [7, 0], 9: [7, 1] } },
      ),
    );
    expect(text(pdf, 5)).toBe('five');
    expect(text(pdf, 8)).toBe('eight');
    expect((pdf.object(9) as PdfDict).get('Inner')).toEqual([1, 2, 3]);
    expect(pdf.object(9, 0)).toBeDefined();
    expect(pdf.object(9, 1)).toBeUndefined();
    expect(pdf.revisions[0]!.defines).toEqual([1, 2, 5, 6, 7, 8, 9, 100]);
  });

  it('finds a compressed object whose xref index is wrong by the stream header', () => {
    const pdf = openPdf(buildPdf({ 1: CATALOG, 2: PAGES, 7: objectStream({ 8: '(eight)', 9: '(nine)' }) }, { xref: 'stream', compressed: { 8: [7, 1], 9: [7, 0] } }));
    expect(text(pdf, 8)).toBe('eight');
    expect(text(pdf, 9)).toBe('nine');
  });
});

describe('incremental updates', () => {
  function threeRevisions(kind: 'table' | 'stream' = 'table') {
    const r0 = buildPdf({ ...base, 5: '(five)' }, { xref: kind });
    const r1 = appendRevision(r0, { 3: '(three, changed)', 6: '(six)' }, { xref: kind, xrefNum: 101 });
    const r2 = appendRevision(r1, { 4: '(four, changed)' }, { frees: [5], xref: kind, xrefNum: 102 });
    return { r0, r1, r2 };
  }

  it.each(['table', 'stream'] as const)('keeps every revision with %s xref sections', (kind) => {
    const { r0, r1, r2 } = threeRevisions(kind);
    const pdf = openPdf(r2);
    expect(pdf.revisions.map((r) => r.end)).toEqual([r0.length, r1.length, r2.length]);
    expect(pdf.revisions.map((r) => r.xrefKind)).toEqual([kind, kind, kind]);
    expect(pdf.revisions[1]!.defines.filter((n) => n < 100)).toEqual([3, 6]);
    expect(pdf.revisions[2]!.defines.filter((n) => n < 100)).toEqual([4]);
    expect(pdf.revisions[2]!.frees).toEqual([5]);
    // the current state
    expect(text(pdf, 3)).toBe('three, changed');
    expect(text(pdf, 4)).toBe('four, changed');
    expect(pdf.object(5)).toBeUndefined();
    // each revision as it was
    expect([0, 1, 2].map((i) => text(pdf, 3, i))).toEqual(['three', 'three, changed', 'three, changed']);
    expect([0, 1, 2].map((i) => text(pdf, 4, i))).toEqual(['four', 'four', 'four, changed']);
    expect([0, 1, 2].map((i) => text(pdf, 5, i))).toEqual(['five', 'five', undefined]);
    expect([0, 1, 2].map((i) => text(pdf, 6, i))).toEqual([undefined, 'six', 'six']);
    // each revision is a file of its own: the bytes up to its end read as that revision
    const first = openPdf(pdf.bytes.subarray(0, pdf.revisions[1]!.end));
    expect(first.revisions).toHaveLength(2);
    expect(text(first, 3)).toBe('three, changed');
    expect(text(first, 4)).toBe('four');
  });

  it('reads a table revision followed by an xref stream update', () => {
    const r0 = buildPdf(base);
    const r1 = appendRevision(r0, { 3: '(new)' }, { xref: 'stream' });
    const pdf = openPdf(r1);
    expect(pdf.revisions.map((r) => r.xrefKind)).toEqual(['table', 'stream']);
    expect(text(pdf, 3)).toBe('new');
    expect(text(pdf, 3, 0)).toBe('three');
  });

  it('fills /Root and /Info from an older trailer when the newest lacks them', () => {
    const r0 = buildPdf({ ...base, 9: '<< /Title (Old title) >>' }, { trailer: '/Info 9 0 R' });
    const pdf = openPdf(appendRevision(r0, { 3: '(x)' }));
    expect(pdf.trailer.get('Info')).toBeInstanceOf(PdfRef);
    expect(pdf.revisions[1]!.trailer.has('Info')).toBe(false);
  });

  it('resolves references as the revision asked for saw them', () => {
    const r0 = buildPdf({ ...base, 5: '3 0 R' });
    const pdf = openPdf(appendRevision(r0, { 3: '(later)' }));
    expect((pdf.resolveAt(0, new PdfRef(5, 0)) as PdfString).text()).toBe('three');
    expect((pdf.resolve(new PdfRef(5, 0)) as PdfString).text()).toBe('later');
    expect(() => pdf.objectAt(2, 3)).toThrow(RangeError);
  });
});

describe('hybrid files', () => {
  it('reads compressed objects through /XRefStm and lets the table win for plain ones', () => {
    // objects 8 and 9 live in object stream 7; the table lists 1-4 and 7, the hidden stream lists 8, 9 (and a stale 3)
    const head = bytes('%PDF-1.5\n');
    const parts: Buffer[] = [head];
    const offsets: Record<number, number> = {};
    let length = head.length;
    const add = (num: number, body: Body) => {
      offsets[num] = length;
      const b = bytes(`${num} 0 obj\n`, body, '\nendobj\n');
      parts.push(b);
      length += b.length;
    };
    add(1, CATALOG);
    add(2, PAGES);
    add(3, '(from the table)');
    add(4, '(four)');
    add(7, objectStream({ 8: '(eight, compressed)', 9: '[9 9 9]', 3: '(stale)' }));
    const rows = [
      [2, 7, 0],
      [2, 7, 1],
      [2, 7, 2],
    ];
    const data = Buffer.alloc(rows.length * 4);
    rows.forEach(([t, a, b], i) => {
      data[i * 4] = t!;
      data.writeUInt16BE(a!, i * 4 + 1);
      data[i * 4 + 3] = b!;
    });
    const xrefStmAt = length;
    add(20, stream('/Type /XRef /W [1 2 1] /Index [8 2 3 1] /Size 21', data));
    const xrefAt = length;
    const entry = (n: number) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    const table = `xref\n0 5\n0000000000 65535 f \n${entry(1)}${entry(2)}${entry(3)}${entry(4)}7 1\n${entry(7)}20 1\n${entry(20)}trailer\n<< /Size 21 /Root 1 0 R /XRefStm ${xrefStmAt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    parts.push(Buffer.from(table, 'latin1'));
    const pdf = openPdf(Buffer.concat(parts));
    expect(pdf.repaired).toBe(false);
    expect(text(pdf, 8)).toBe('eight, compressed');
    expect(pdf.object(9)).toEqual([9, 9, 9]);
    expect(text(pdf, 3)).toBe('from the table');
    expect(pdf.revisions).toHaveLength(1);
    expect(pdf.revisions[0]!.defines).toEqual([1, 2, 3, 4, 7, 8, 9, 20]);
  });
});

describe('offsets that are a little off, and junk around the file', () => {
  it.each([3, -2, 40])('finds objects when every xref offset is off by %i', (shift) => {
    const pdf = openPdf(buildPdf(base, { shift }));
    expect(text(pdf, 3)).toBe('three');
    expect(text(pdf, 4)).toBe('four');
    expect(pdf.repaired).toBe(false);
  });

  it.each([7, -5])('finds the xref when startxref is off by %i', (startxrefShift) => {
    for (const xref of ['table', 'stream'] as const) {
      const pdf = openPdf(buildPdf(base, { startxrefShift, xref }));
      expect(text(pdf, 4)).toBe('four');
      expect(pdf.repaired).toBe(false);
    }
  });

  it('reads a file with junk before %PDF- and offsets counted from the header', () => {
    const file = buildPdf(base);
    const withJunk = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n'), file]);
    expect(text(openPdf(withJunk), 4)).toBe('four');
  });

  it.each([
    { what: 'whitespace', suffix: '\n\n   \r\n' as Body },
    { what: 'NUL bytes', suffix: Buffer.alloc(300) as Body },
    { what: 'text', suffix: 'garbage left by a download tool <html>' as Body },
  ])('reads a file with $what after the last end-of-file marker', ({ suffix }) => {
    const pdf = openPdf(buildPdf(base, { suffix }));
    expect(text(pdf, 3)).toBe('three');
    expect(pdf.revisions).toHaveLength(1);
  });

  it('reads comments between objects', () => {
    const pdf = openPdf(buildPdf({ ...base, 5: '% a comment\n[1 % inside\n 2]' }));
    expect(pdf.object(5)).toEqual([1, 2]);
  });
});

describe('repair: scanning for objects when the xref is unusable', () => {
  it('finds the objects of a file without xref', () => {
    const pdf = openPdf(buildPdf(base, { xref: 'none' }));
    expect(pdf.repaired).toBe(true);
    expect(text(pdf, 3)).toBe('three');
    expect(pdf.catalog().get('Type')).toBeDefined();
  });

  it('finds them when startxref points far from any xref', () => {
    const pdf = openPdf(buildPdf({ ...base, 5: '(padding)'.repeat(500) }, { startxrefShift: -3000 }));
    expect(text(pdf, 4)).toBe('four');
    expect(pdf.repaired).toBe(true);
  });

  it('uses the scan for objects the xref misplaces by much, keeping the revisions', () => {
    const r0 = buildPdf({ ...base, 5: '(padding)'.repeat(500) }, { shift: 4000 });
    const pdf = openPdf(appendRevision(r0, { 3: '(new three)' }));
    expect(pdf.repaired).toBe(true);
    expect(pdf.revisions).toHaveLength(2);
    expect(text(pdf, 4)).toBe('four');
    expect(text(pdf, 3)).toBe('new three');
    expect(text(pdf, 3, 0)).toBe('three');
  });

  it('rebuilds revisions from %%EOF markers, newer objects winning', () => {
    const r0 = buildPdf(base, { xref: 'none' });
    const r1 = appendRevision(r0, { 3: '(three, updated)', 6: '(six)' }, { xref: 'none' });
    const pdf = openPdf(r1);
    expect(pdf.repaired).toBe(true);
    expect(pdf.revisions.map((r) => r.end)).toEqual([r0.length, r1.length]);
    expect(text(pdf, 3)).toBe('three, updated');
    expect(text(pdf, 3, 0)).toBe('three');
    expect(pdf.revisions[1]!.defines).toEqual([3, 6]);
  });

  it('finds objects inside object streams and ignores object-like text in stream data', () => {
    const file = buildPdf(
      {
        1: CATALOG,
        2: PAGES,
        7: objectStream({ 8: '(compressed)' }),
        9: stream('', '12 0 obj (not an object) endobj'),
      },
      { xref: 'none' },
    );
    const pdf = openPdf(file);
    expect(text(pdf, 8)).toBe('compressed');
    expect(pdf.object(12)).toBeUndefined();
  });

  it('finds the catalog by its /Type when no trailer names it', () => {
    const file = Buffer.from(buildPdf(base, { xref: 'none' }).toString('latin1').replace('startxref', ''), 'latin1');
    expect(openPdf(file).catalog().get('Pages')).toBeInstanceOf(PdfRef);
  });

  it('reports a file with neither usable xref nor catalog as damaged', () => {
    expect(code(() => openPdf(buildPdf({ 3: '(three)' }, { xref: 'none' })))).toBe('damaged');
  });

  it('reads form fields from a repaired file', () => {
    const pdf = openPdf(buildPdf(formObjects({ name: '(Ada)', city: '<feff00c4006d0074>' }), { xref: 'none' }));
    expect(readFormFields(pdf).map((f) => [f.name, f.value])).toEqual([
      ['name', 'Ada'],
      ['city', 'Ämt'],
    ]);
  });
});

describe('trailer and catalog', () => {
  it('exposes the trailer and the catalog', () => {
    const pdf = openPdf(buildPdf(base, { trailer: '/ID [<0102> <0304>]' }));
    expect(pdf.trailer.get('ID')).toHaveLength(2);
    expect(pdf.catalog()).toBeInstanceOf(PdfDict);
  });
});
