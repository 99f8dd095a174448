// Form fields as a viewer meets them: the field font (what typed text is drawn
// with) read back from the PDF with MuPDF and parsed with fontkit; radio
// groups read back with pdf.js; read-only fields; what is refused.

import { createRequire } from 'node:module';
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { addRadioGroup, addSignatureField, addTextField } from '../../src/render/pdf/fields.js';
import { REGULAR } from '../../src/render/pdf/fonts.js';
import { createPdfDocument, type PdfMeta } from '../../src/render/pdf/setup.js';
import { renderPdf } from '../../src/index.js';
import { reviewChecklist } from '../../src/review/index.js';
import { example } from '../review/helpers.js';
import { loadPdf } from './helpers.js';

const fontkit = createRequire(import.meta.url)('fontkit') as {
  create(buf: Buffer): {
    numGlyphs: number;
    unitsPerEm: number;
    hasGlyphForCodePoint(cp: number): boolean;
    glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
    getGlyph(id: number): { advanceWidth: number };
  };
};

/** what people type into a checklist: names in five scripts, a Polish city, German quotes, the euro */
const TYPED = 'Gülşen Yılmaz, Ольга Петрова, محمد العلي, Łódź, „12 €“';

const meta: PdfMeta = { title: 'Felder', subject: '', author: '', keywords: '', lang: 'de', date: '2026-11-10' };
const margins = { top: 50, bottom: 50, left: 50, right: 50 };

async function document(fill: (doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement) => void): Promise<Buffer> {
  const { doc, finish } = createPdfDocument({ meta, margins, idSeed: 'fields-test' });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const p = doc.struct('P');
  root.add(p);
  const content = doc.markStructureContent('P');
  doc.font(REGULAR).fontSize(10).text('Felder', 50, 50, { lineBreak: false });
  doc.endMarkedContent();
  p.add(content);
  p.end();
  fill(doc, root);
  root.end();
  return finish();
}

function open(bytes: Buffer): mupdf.PDFDocument {
  return mupdf.Document.openDocument(bytes, 'application/pdf') as mupdf.PDFDocument;
}

/** the font a viewer fills text fields in with: the AcroForm /DR font that the field's /DA names */
function fieldFont(bytes: Buffer, fieldName: string) {
  const doc = open(bytes);
  const widget = Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).getWidgets())
    .flat()
    .find((w) => w.getName() === fieldName);
  if (!widget) throw new Error(`no field ${fieldName}`);
  const da = widget.getObject().get('DA').asString();
  const key = /^\/(\S+) [\d.]+ Tf/.exec(da)?.[1];
  if (!key) throw new Error(`no font in /DA ${da}`);
  const type0 = doc.getTrailer().get('Root', 'AcroForm', 'DR', 'Font', key);
  const cid = type0.get('DescendantFonts').get(0);
  const descriptor = cid.get('FontDescriptor');
  const program = Buffer.from(descriptor.get('FontFile2').readStream().asUint8Array());
  return { doc, key, type0, cid, descriptor, program, font: fontkit.create(program) };
}

/** ToUnicode CMap → glyph id → code point (bfchar and bfrange with a start code point) */
function parseToUnicode(cmap: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const [, body] of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const [, cid, cp] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(cid!, 16), parseInt(cp!, 16));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const [, lo, hi, cp] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let c = parseInt(lo!, 16); c <= parseInt(hi!, 16); c++) map.set(c, parseInt(cp!, 16) + c - parseInt(lo!, 16));
    }
  }
  return map;
}

/** /W (with /DW) → width of a glyph id */
function widthsOf(w: unknown[], dw: number): (gid: number) => number {
  const widths = new Map<number, number>();
  for (let i = 0; i < w.length; ) {
    const first = w[i] as number;
    if (Array.isArray(w[i + 1])) {
      (w[i + 1] as number[]).forEach((v, k) => widths.set(first + k, v));
      i += 2;
    } else {
      for (let g = first; g <= (w[i + 1] as number); g++) widths.set(g, w[i + 2] as number);
      i += 3;
    }
  }
  return (gid) => widths.get(gid) ?? dw;
}

describe('the field font', () => {
  it('is what every text field’s /DA names: a Type0 font embedded whole with an intact cmap', async () => {
    const bytes = await document((doc, root) => {
      addTextField(doc, { name: 'sign.place', x: 50, y: 100, width: 200, height: 16, structParent: root });
      addTextField(doc, { name: 'sign.note', x: 50, y: 130, width: 200, height: 40, multiline: true, value: 'Kiel', fontSize: 9 });
    });
    for (const name of ['sign.place', 'sign.note']) {
      const { doc, key, type0, cid, descriptor, font } = fieldFont(bytes, name);
      expect(key).toBe('FieldFont');
      expect(type0.get('Subtype').asName()).toBe('Type0');
      expect(type0.get('Encoding').asName()).toBe('Identity-H');
      expect(cid.get('Subtype').asName()).toBe('CIDFontType2');
      expect(cid.get('CIDToGIDMap').asName()).toBe('Identity');
      expect(descriptor.get('FontFile2').get('Filter').asName()).toBe('FlateDecode');
      // the form's default is the same font
      expect(doc.getTrailer().get('Root', 'AcroForm', 'DA').asString()).toBe('/FieldFont 0 Tf 0 g');
      for (const ch of TYPED) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
      // Turkish, Polish, Greek, Vietnamese, currency; Arabic presentation forms for shaped Arabic
      for (const ch of 'İıŞşĞğłńżΩωЁё€₺₴“”‚–…ẞễ\uFB8A\uFEDF\uFEE0\uFEFB') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    }
  });

  it('is what the Dithmarschen checklist and agreement fill every text field in with', async () => {
    const agreement = await example('examples/dithmarschen.yaml');
    const checklist = (await reviewChecklist(agreement, { format: 'pdf', today: '2026-11-26' })).data as Buffer;
    const signed = await renderPdf(agreement);
    for (const [pdf, bytes] of [['checklist', checklist], ['agreement', signed]] as const) {
      const doc = open(bytes);
      const fields = Array.from({ length: doc.countPages() }, (_, i) => doc.loadPage(i).getWidgets())
        .flat()
        .filter((w) => w.isText());
      expect(fields.length, pdf).toBeGreaterThan(pdf === 'checklist' ? 40 : 3);
      for (const w of fields) expect(w.getObject().get('DA').asString(), `${pdf} ${w.getName()}`).toMatch(/^\/FieldFont [\d.]+ Tf 0 g$/);
      const { font } = fieldFont(bytes, fields[0]!.getName());
      for (const ch of TYPED) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${pdf}: ${ch}`).toBe(true);
    }
  });

  it('has /W widths that match the font program and a ToUnicode that inverts its cmap', async () => {
    const bytes = await document((doc) => addTextField(doc, { name: 'x', x: 50, y: 100, width: 100, height: 16 }));
    const { type0, cid, font } = fieldFont(bytes, 'x');
    const width = widthsOf(cid.get('W').asJS() as unknown[], cid.get('DW').asNumber());
    for (let gid = 0; gid < font.numGlyphs; gid++) {
      expect(Math.abs(width(gid) - (font.getGlyph(gid).advanceWidth * 1000) / font.unitsPerEm), `glyph ${gid}`).toBeLessThanOrEqual(0.5);
    }
    const toUnicode = parseToUnicode(Buffer.from(type0.get('ToUnicode').readStream().asUint8Array()).toString('latin1'));
    for (const ch of TYPED.replace(/ /g, '')) {
      const gid = font.glyphForCodePoint(ch.codePointAt(0)!).id;
      expect(String.fromCodePoint(toUnicode.get(gid)!), ch).toBe(ch);
    }
  });

  it('is embedded once per document with fields, and not at all without', async () => {
    const many = await document((doc) => {
      for (let i = 0; i < 12; i++) addTextField(doc, { name: `f${i}`, x: 50, y: 100 + 20 * i, width: 100, height: 16 });
    });
    expect(many.toString('latin1').match(/\/FontName \/AGREEF\+DejaVuSans/g)).toHaveLength(1);
    const none = await document(() => {});
    expect(none.toString('latin1')).not.toContain('AGREEF');
    expect(none.toString('latin1')).not.toContain('/AcroForm');
  });
});

describe('read-only text fields', () => {
  it('carry their value, flagged ReadOnly, drawn in their appearance', async () => {
    const bytes = await document((doc, root) =>
      addTextField(doc, { name: 'agree.id', x: 50, y: 100, width: 300, height: 11, value: 'agree-review-checklist/1 a=b', fontSize: 7, readOnly: true, structParent: root }),
    );
    const pdf = await loadPdf(bytes);
    expect(pdf.fields['agree.id']?.[0]).toMatchObject({ type: 'text', value: 'agree-review-checklist/1 a=b', editable: false });
    expect(bytes.toString('latin1')).toMatch(/\/Ff 1\n/);
  });
});

describe('radio groups', () => {
  const STATES = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'];

  async function groups(): Promise<Buffer> {
    return document((doc, root) => {
      for (const [i, name] of ['task.a.status', 'task.b.status'].entries()) {
        const radio = addRadioGroup(doc, { name, states: STATES, tooltip: `Aufgabe ${i}`, selected: i === 1 ? 'partial' : undefined });
        STATES.forEach((s, k) => radio.button(s, { x: 300 + 30 * k, y: 100 + 30 * i, size: 10, tooltip: `${s} ${i}`, structParent: root }));
      }
    });
  }

  it('are one field per group, its value the chosen state (Off while none is), one widget per option', async () => {
    const pdf = await loadPdf(await groups());
    for (const [name, value] of [['task.a.status', 'Off'], ['task.b.status', 'partial']] as const) {
      const [group, ...buttons] = pdf.fields[name] as Array<{ type: string; value: string; exportValues: string; kidIds?: string[] }>;
      expect(group!.kidIds).toHaveLength(4);
      expect(buttons.map((b) => b.type)).toEqual(STATES.map(() => 'radiobutton'));
      expect(buttons.map((b) => b.exportValues)).toEqual(STATES);
      for (const b of buttons) expect(b.value).toBe(value);
    }
    const widgets = pdf.pages[0]!.annotations as Array<{ fieldName?: string; hasAppearance?: boolean; alternativeText?: string; radioButton?: boolean }>;
    const radios = widgets.filter((w) => w.radioButton);
    expect(radios).toHaveLength(8);
    for (const w of radios) {
      expect(w.hasAppearance).toBe(true);
      expect(w.alternativeText).toMatch(/^(fulfilled|partial|notFulfilled|notApplicable) [01]$/);
    }
    expect(pdf.pages[0]!.roles).toContain('Form');
  });

  it('flag Radio and NoToggleToOff; each widget has /AS and a look for its state and for Off, and only /N (PDF/A)', async () => {
    const doc = open(await groups());
    const widgets = doc.loadPage(0).getWidgets().filter((w) => w.isRadioButton());
    expect(widgets).toHaveLength(8);
    const looks = new Set<string>();
    for (const w of widgets) {
      const obj = w.getObject();
      const field = obj.get('Parent');
      expect(field.get('Ff').asNumber()).toBe((1 << 15) | (1 << 14));
      expect(field.get('FT').asName()).toBe('Btn');
      expect(obj.get('F').asNumber()).toBe(4);
      expect(obj.get('MK').isDictionary()).toBe(true);
      const states: string[] = [];
      obj.get('AP', 'N').forEach((v, k) => {
        states.push(String(k));
        looks.add(v.toString());
      });
      expect(states.sort()).toEqual(['Off', STATES.find((s) => states.includes(s))!].sort());
      const kinds: string[] = [];
      obj.get('AP').forEach((_, k) => kinds.push(String(k)));
      expect(kinds).toEqual(['N']);
      const on = states.find((s) => s !== 'Off')!;
      expect(obj.get('AS').asName()).toBe(field.get('V').asName() === on ? on : 'Off');
    }
    // the buttons share their looks: one pair of streams for every button of a size
    expect(looks.size).toBe(2);
  });

  it('draw their circle themselves: the off look strokes a ring, the on look adds a dot', async () => {
    const doc = open(await groups());
    const w = doc.loadPage(0).getWidgets().find((x) => x.isRadioButton())!;
    const ap = w.getObject().get('AP', 'N');
    const off = Buffer.from(ap.get('Off').readStream().asUint8Array()).toString('latin1').trim();
    const on = Buffer.from(ap.get('fulfilled').readStream().asUint8Array()).toString('latin1').trim();
    expect(off).toMatch(/ c .* S Q$/);
    expect(on.startsWith(off)).toBe(true);
    expect(on).toMatch(/ f Q$/);
  });

  it('refuse states that are no plain names, duplicates, and unknown or repeated buttons', async () => {
    await document((doc) => {
      expect(() => addRadioGroup(doc, { name: 'r1', states: ['Off', 'yes'] })).toThrow(/invalid radio button state "Off"/);
      expect(() => addRadioGroup(doc, { name: 'r2', states: ['not applicable'] })).toThrow(/invalid/);
      expect(() => addRadioGroup(doc, { name: 'r3', states: ['yes', 'yes'] })).toThrow(/duplicate/);
      expect(() => addRadioGroup(doc, { name: 'r4', states: ['yes', 'no'], selected: 'maybe' })).toThrow(/no state "maybe"/);
      const g = addRadioGroup(doc, { name: 'r5', states: ['yes', 'no'] });
      g.button('yes', { x: 50, y: 50, size: 10 });
      expect(() => g.button('yes', { x: 70, y: 50, size: 10 })).toThrow(/already/);
      expect(() => g.button('maybe', { x: 70, y: 50, size: 10 })).toThrow(/no state "maybe"/);
      expect(() => addSignatureField(doc, { name: 'r5.x', x: 0, y: 0, width: 10, height: 10 })).toThrow(/cannot have children/);
      g.button('no', { x: 70, y: 50, size: 10 });
    });
  });
});
