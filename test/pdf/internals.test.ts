// Guards the pdfkit internals that src/render/pdf/internals.ts relies on. When
// a pdfkit upgrade breaks one, a test here fails (and names it).

import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { addCheckBox, addRadioGroup, addSignatureField, addTextField } from '../../src/render/pdf/fields.js';
import { BOLD, REGULAR } from '../../src/render/pdf/fonts.js';
import {
  checkPdfkitInternals,
  encodeGlyphs,
  ensureAcroForm,
  fontResource,
  parsedFontOf,
} from '../../src/render/pdf/internals.js';
import { createPdfDocument, type PdfMeta } from '../../src/render/pdf/setup.js';
import { assertWellFormedXml, extractXmp, loadPdf } from './helpers.js';

const meta: PdfMeta = {
  title: 'Jahresüberprüfung <Test> & Co',
  subject: 'Checkliste',
  author: 'Ольга Петрова',
  keywords: 'Überprüfung',
  lang: 'de',
  date: '2026-11-10',
};

const margins = { top: 50, bottom: 50, left: 50, right: 50 };

async function formDocument(): Promise<Buffer> {
  const { doc, finish } = createPdfDocument({ meta, margins, idSeed: 'form-test' });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const p = doc.struct('P');
  root.add(p);
  const content = doc.markStructureContent('P');
  doc.font(REGULAR).fontSize(10).text('Checkliste', 50, 50, { lineBreak: false });
  doc.endMarkedContent();
  p.add(content);
  p.end();
  addTextField(doc, { name: 'review.note', x: 50, y: 100, width: 200, height: 16, value: 'Gül & Öztürk', structParent: root });
  addTextField(doc, {
    name: 'review.notes.long',
    x: 50,
    y: 130,
    width: 200,
    height: 60,
    multiline: true,
    value: 'Einwilligungen fehlen oft; Vorlage an DSG-EKD 2025 anpassen. Ольга Петрова übernimmt.',
    fontSize: 9,
  });
  addCheckBox(doc, { name: 'review.erstberatung.fulfilled', x: 50, y: 200, size: 10, checked: true, tooltip: 'erfüllt' });
  addCheckBox(doc, { name: 'review.erstberatung.partial', x: 70, y: 200, size: 10 });
  const radio = addRadioGroup(doc, { name: 'review.sprachkurse.status', states: ['fulfilled', 'partial'], selected: 'partial', tooltip: 'Sprachkurse' });
  radio.button('fulfilled', { x: 50, y: 220, size: 10, tooltip: 'erfüllt', structParent: root });
  radio.button('partial', { x: 70, y: 220, size: 10, tooltip: 'teilweise', structParent: root });
  doc.addPage();
  addSignatureField(doc, { name: 'jc.signature', x: 50, y: 100, width: 200, height: 40, tooltip: 'Unterschrift' });
  root.end();
  return finish();
}

describe('pdfkit internals (pdfkit 0.20)', () => {
  it('are where internals.ts expects them', () => {
    const doc = new PDFDocument({ size: 'A4' });
    expect(() => checkPdfkitInternals(doc)).not.toThrow();
    const internal = doc as unknown as Record<string, unknown>;
    expect(typeof internal['_addInfo']).toBe('function');
    expect(internal['_id']).toBeInstanceOf(Uint8Array);
    expect(typeof (internal['_root'] as { data: unknown }).data).toBe('object');
    expect(typeof internal['_fontFamilies']).toBe('object');
    doc.end();
  });

  it('expose the parsed fontkit font, its resource and glyph encoding', () => {
    const { doc } = createPdfDocument({ meta, margins, idSeed: 'x' });
    const font = parsedFontOf(doc, REGULAR) as { layout?: unknown; postscriptName?: string };
    expect(typeof font.layout).toBe('function');
    expect(font.postscriptName).toBe('DejaVuSans');
    expect((parsedFontOf(doc, BOLD) as { postscriptName?: string }).postscriptName).toBe('DejaVuSans-Bold');
    const res = fontResource(doc, REGULAR);
    expect(res.key).toMatch(/^F\d+$/);
    expect(typeof res.ref.end).toBe('function');
    expect(encodeGlyphs(doc, REGULAR, 'Aä')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('initForm() creates an AcroForm whose NeedAppearances we can remove', () => {
    const { doc } = createPdfDocument({ meta, margins, idSeed: 'x' });
    const fields = ensureAcroForm(doc, REGULAR);
    expect(Array.isArray(fields)).toBe(true);
    const acro = (doc as unknown as { _root: { data: { AcroForm: { data: Record<string, unknown> } } } })._root.data
      .AcroForm;
    expect(acro.data['Fields']).toBe(fields);
    expect(acro.data).not.toHaveProperty('NeedAppearances');
    expect(acro.data['DA']).toBeDefined();
    expect(ensureAcroForm(doc, REGULAR)).toBe(fields); // once per document
    // endAcroForm() fills /DR /Font from here: setFormFont() replaces it
    expect(typeof (doc as unknown as { _acroform: { fonts: unknown } })._acroform.fonts).toBe('object');
  });

  it('text fields, check boxes, radio groups and signature fields work end to end', async () => {
    const buf = await formDocument();
    const pdf = await loadPdf(buf);
    expect(pdf.fields['review.note']?.[0]).toMatchObject({ type: 'text', value: 'Gül & Öztürk', page: 0 });
    expect(pdf.fields['review.notes.long']?.[0]?.type).toBe('text');
    expect(pdf.fields['review.erstberatung.fulfilled']?.[0]).toMatchObject({ type: 'checkbox', value: 'Yes' });
    expect(pdf.fields['review.erstberatung.partial']?.[0]).toMatchObject({ type: 'checkbox', value: 'Off' });
    // pdf.js lists the group field (its kids' ids), then one entry per button
    const [group, ...buttons] = pdf.fields['review.sprachkurse.status'] as Array<{ type: string; value: string; exportValues: string; kidIds?: string[] }>;
    expect(group!.kidIds).toHaveLength(2);
    expect(buttons.map((r) => [r.type, r.value, r.exportValues])).toEqual([
      ['radiobutton', 'partial', 'fulfilled'],
      ['radiobutton', 'partial', 'partial'],
    ]);
    expect(pdf.fields['jc.signature']?.[0]).toMatchObject({ type: 'signature', page: 1 });
    const widgets = pdf.pages.flatMap((p) => p.annotations);
    expect(widgets).toHaveLength(7);
    for (const w of widgets) expect(w.hasAppearance, w.fieldName).toBe(true);
    expect(pdf.pages[0]!.roles).toContain('Form');

    const raw = buf.toString('latin1');
    // text field value drawn into its appearance with the embedded font
    expect(raw).toMatch(/\/FT \/Tx/);
    expect(raw).toMatch(/\/Ff 4096/);
    expect(raw).toMatch(/\/AP <<\n\/N <<\n\/Yes \d+ 0 R\n\/Off \d+ 0 R\n>>/);
    expect(raw).toMatch(/\/AS \/Yes/);
    expect(raw).toMatch(/\/AS \/Off/);
    expect(raw).toMatch(/\/T \(long\)[^]*\/Parent \d+ 0 R/);
    expect(raw).not.toContain('/NeedAppearances');
    // what viewers fill text fields in with: the field font, the only font of the form's /DR
    expect(raw).toMatch(/\/DA \(\/FieldFont 0 Tf 0 g\)/);
    expect(raw).toMatch(/\/DR <<\n\/Font <<\n\/FieldFont \d+ 0 R\n>>\n>>/);
    expect(raw.match(/\/DA \(\/FieldFont (10|9) Tf 0 g\)/g)).toHaveLength(2);
  });

  it('field names are validated', () => {
    const { doc } = createPdfDocument({ meta, margins, idSeed: 'x' });
    addSignatureField(doc, { name: 'a.sig', x: 0, y: 0, width: 10, height: 10 });
    expect(() => addSignatureField(doc, { name: 'a.sig', x: 0, y: 0, width: 10, height: 10 })).toThrow(/duplicate/);
    expect(() => addSignatureField(doc, { name: 'a.sig.x', x: 0, y: 0, width: 10, height: 10 })).toThrow();
    expect(() => addSignatureField(doc, { name: 'a..b', x: 0, y: 0, width: 10, height: 10 })).toThrow(/invalid/);
  });

  it('replaces the XMP info block and the trailer ID', async () => {
    const buf = await formDocument();
    const xmp = extractXmp(buf);
    assertWellFormedXml(xmp);
    expect(xmp.match(/<dc:title>/g)).toHaveLength(1);
    expect(xmp).toContain('Jahresüberprüfung &lt;Test&gt; &amp; Co');
    expect(xmp).toContain('<xmp:ModifyDate>2026-11-10T00:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    const id = createHash('sha256').update('form-test').digest().subarray(0, 16).toString('hex');
    expect(buf.toString('latin1')).toContain(`/ID [<${id}> <${id}>]`);
    expect((await formDocument()).equals(buf)).toBe(true);
  });
});
