// agree's own PDFs, and the same files rewritten by qpdf in every layout it
// knows (object streams, QDF, linearized, uncompressed): the reader must see
// the same fields, values, pages and metadata in all, as pdf.js does.

import { describe, expect, it } from 'vitest';
import { openPdf, readFormFields, readInfo, readXmp, type FormField } from '../../src/pdf/index.js';
import { agreementPdf, asPdfjs, checklistPdf, hasTool, pdfjsFields, qpdf, qpdfPageCount } from './helpers.js';

const QPDF = hasTool('qpdf');

/** what a field means, without where it happens to be stored */
function meaning(fields: FormField[]) {
  return fields.map(({ name, type, value, states, readOnly, widgets }) => ({ name, type, value, states, readOnly, widgets }));
}

describe('the review checklist as agree writes it', () => {
  it('has the fields agree put in, with their types, pages and places', async () => {
    const pdf = openPdf(await checklistPdf());
    expect(pdf.repaired).toBe(false);
    expect(pdf.revisions).toHaveLength(1);
    expect(pdf.revisions[0]!.end).toBe(pdf.bytes.length);
    const fields = readFormFields(pdf);
    expect(fields.length).toBeGreaterThan(50);
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('review.date')).toMatchObject({ type: 'text', value: '', readOnly: false });
    const status = byName.get('task.erstberatung.status')!;
    expect(status).toMatchObject({ type: 'radio', value: null, states: ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'] });
    expect(status.widgets.map((w) => [w.page, w.state])).toEqual([
      [0, 'Off'],
      [0, 'Off'],
      [0, 'Off'],
      [0, 'Off'],
    ]);
    const rect = byName.get('review.date')!.widgets[0]!.rect;
    expect(rect[0]).toBeLessThan(rect[2]);
    expect(rect[1]).toBeLessThan(rect[3]);
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
    for (const f of fields) expect(f.ref).not.toBeNull();
  });

  it('agrees with pdf.js on every field name, type and value', async () => {
    const bytes = await checklistPdf();
    expect(asPdfjs(readFormFields(openPdf(bytes)))).toEqual(await pdfjsFields(bytes));
  });

  it('reads the Info dictionary and the XMP packet', async () => {
    const pdf = openPdf(await checklistPdf());
    const info = readInfo(pdf);
    expect(info.Title).toContain('Überprüfung der Kooperationsvereinbarung');
    expect(info.Producer).toContain('agree');
    const xmp = readXmp(pdf)!;
    expect(xmp).toContain('<?xpacket begin=');
    expect(xmp).toContain('Überprüfung');
  });
});

describe('the agreement PDF', () => {
  it('has its signature fields and pages, as pdf.js sees them', async () => {
    const bytes = await agreementPdf();
    const pdf = openPdf(bytes);
    const fields = readFormFields(pdf);
    expect(fields.filter((f) => f.type === 'signature').length).toBeGreaterThanOrEqual(2);
    expect(asPdfjs(fields)).toEqual(await pdfjsFields(bytes));
    if (QPDF) expect(pdf.pages().length).toBe(qpdfPageCount(bytes));
  });
});

describe.skipIf(!QPDF)('the checklist rewritten by qpdf (skipped without qpdf)', () => {
  const variants: Array<[string, string[]]> = [
    ['object streams', ['--object-streams=generate']],
    ['QDF', ['--qdf']],
    ['linearized', ['--linearize']],
    ['linearized with object streams', ['--linearize', '--object-streams=generate']],
    ['uncompressed streams', ['--compress-streams=n', '--object-streams=disable']],
  ];

  it.each(variants)('reads the same fields, pages and metadata: %s', async (_, options) => {
    const original = openPdf(await checklistPdf());
    const bytes = qpdf(await checklistPdf(), ...options);
    const pdf = openPdf(bytes);
    expect(pdf.repaired).toBe(false);
    // a linearized file has two xref sections but is one revision
    expect(pdf.revisions).toHaveLength(1);
    expect(pdf.revisions[0]!.end).toBe(bytes.length);
    expect(meaning(readFormFields(pdf))).toEqual(meaning(readFormFields(original)));
    expect(pdf.pages().length).toBe(qpdfPageCount(bytes));
    expect(readInfo(pdf)).toEqual(readInfo(original));
    expect(readXmp(pdf)).toBe(readXmp(original));
    expect(asPdfjs(readFormFields(pdf))).toEqual(await pdfjsFields(bytes));
  });

  it('tells the xref kinds apart', async () => {
    const streams = openPdf(qpdf(await checklistPdf(), '--object-streams=generate'));
    expect(streams.revisions[0]!.xrefKind).toBe('stream');
    const table = openPdf(qpdf(await checklistPdf(), '--object-streams=disable'));
    expect(table.revisions[0]!.xrefKind).toBe('table');
  });
});
