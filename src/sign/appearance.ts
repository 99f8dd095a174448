// What a signed field looks like: appearance streams for the signature
// stamp and for the place and date fields, drawn in agree's field font
// (src/render/pdf/form-font.ts) — the font every text field's /DA names, so
// the filled fields look as if typed in. PDF/A needs the font embedded:
// the PDF's own field font when it is byte for byte the one of this agree,
// else this agree's font is added to the update.

import { inflateSync } from 'node:zlib';
import { FORM_FONT_KEY, formFontFiles } from '../render/pdf/form-font.js';
import { PdfDict, PdfRef, PdfStream, PdfString, type PdfFile, type PdfValue } from '../pdf/index.js';
import { NewObject, NewStream, dict, name, setNew } from './pdf-write.js';

/** the field font in an appearance's resources: the PDF's own object, or a new one */
export type FontResource = PdfRef | NewObject;

export interface GlyphFont {
  /** glyph id (= CID) of a character, or null when the font has none */
  glyph(codePoint: number): number | null;
  /** advance width in thousandths of the font size */
  advance(gid: number): number;
}

let cached: GlyphFont | undefined;

/**
 * The field font's character map, read from its ToUnicode CMap (the font
 * program keeps the same glyph ids: /CIDToGIDMap /Identity), and its widths.
 */
export function fieldGlyphs(): GlyphFont {
  if (cached) return cached;
  const { meta, toUnicode } = formFontFiles();
  // deflated at build time; our own file, not input
  const cmap = inflateSync(toUnicode).toString('latin1');
  const byCodePoint = new Map<number, number>();
  const hex = (s: string) => parseInt(s, 16);
  for (const m of cmap.matchAll(/<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4,8})>/gi)) {
    const [from, to, first] = [hex(m[1]!), hex(m[2]!), hex(m[3]!)];
    for (let gid = from; gid <= to; gid++) if (!byCodePoint.has(first + gid - from)) byCodePoint.set(first + gid - from, gid);
  }
  for (const m of cmap.matchAll(/^<([0-9A-F]{4})> <([0-9A-F]{4,8})>$/gim)) {
    if (!byCodePoint.has(hex(m[2]!))) byCodePoint.set(hex(m[2]!), hex(m[1]!));
  }
  const widths = new Map<number, number>();
  const W = meta.W;
  for (let i = 0; i < W.length; ) {
    const first = W[i] as number;
    const next = W[i + 1];
    if (Array.isArray(next)) {
      next.forEach((w, k) => widths.set(first + k, w));
      i += 2;
    } else {
      for (let gid = first; gid <= (next as number); gid++) widths.set(gid, W[i + 2] as number);
      i += 3;
    }
  }
  cached = {
    glyph: (cp) => byCodePoint.get(cp) ?? null,
    advance: (gid) => widths.get(gid) ?? meta.DW,
  };
  return cached;
}

/** `text` as glyph ids, characters the font lacks replaced by "?" */
function glyphsOf(font: GlyphFont, text: string): number[] {
  const fallback = font.glyph(0x3f) ?? 0;
  return [...text].map((c) => font.glyph(c.codePointAt(0)!) ?? fallback);
}

export function textWidth(font: GlyphFont, text: string, size: number): number {
  return glyphsOf(font, text).reduce((w, gid) => w + font.advance(gid), 0) * (size / 1000);
}

const hexGlyphs = (font: GlyphFont, text: string) => glyphsOf(font, text).map((g) => g.toString(16).padStart(4, '0')).join('');

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The field font to draw with: the PDF's own (from the AcroForm's /DR) when
 * its font program is this agree's, else a new copy of this agree's font.
 */
export function fieldFontResource(pdf: PdfFile): FontResource {
  const { fontFile } = formFontFiles();
  try {
    const at = (d: PdfValue, key: string) => (d instanceof PdfDict ? pdf.resolve(d.get(key)) : null);
    const acroForm = pdf.resolve(pdf.catalog().get('AcroForm'));
    const fonts = at(at(acroForm, 'DR'), 'Font');
    const ref = fonts instanceof PdfDict ? fonts.get(FORM_FONT_KEY) : undefined;
    const descendants = at(pdf.resolve(ref), 'DescendantFonts');
    const cid = Array.isArray(descendants) ? pdf.resolve(descendants[0]) : null;
    const program = at(at(cid, 'FontDescriptor'), 'FontFile2');
    if (ref instanceof PdfRef && program instanceof PdfStream && Buffer.from(program.raw).equals(fontFile)) return ref;
  } catch {
    // a font we cannot read is one we do not use
  }
  return newFont();
}

/** this agree's field font as new objects: a Type0 font over a CIDFontType2, as form-font.ts embeds it */
function newFont(): NewObject {
  const { meta, fontFile, toUnicode } = formFontFiles();
  const descriptor = dict({ Type: name('FontDescriptor'), FontName: name(meta.fontName), ...(meta.descriptor as Record<string, PdfValue>) });
  setNew(descriptor, 'FontFile2', new NewStream(dict({ Filter: name('FlateDecode'), Length1: meta.fontFile.length1 }), fontFile, true));
  const cidFont = dict({
    Type: name('Font'),
    Subtype: name('CIDFontType2'),
    BaseFont: name(meta.fontName),
    CIDSystemInfo: dict({ Registry: new PdfString(Buffer.from('Adobe')), Ordering: new PdfString(Buffer.from('Identity')), Supplement: 0 }),
    DW: meta.DW,
    W: meta.W as PdfValue,
    CIDToGIDMap: name('Identity'),
  });
  setNew(cidFont, 'FontDescriptor', new NewObject(descriptor));
  const type0 = dict({ Type: name('Font'), Subtype: name('Type0'), BaseFont: name(meta.fontName), Encoding: name('Identity-H') });
  type0.set('DescendantFonts', [new NewObject(cidFont) as unknown as PdfValue]);
  setNew(type0, 'ToUnicode', new NewStream(dict({ Filter: name('FlateDecode') }), toUnicode, true));
  return new NewObject(type0);
}

function formXObject(width: number, height: number, body: string, font: FontResource): NewStream {
  const fonts = new PdfDict();
  fonts.set(FORM_FONT_KEY, font as PdfValue);
  return new NewStream(
    dict({ Type: name('XObject'), Subtype: name('Form'), BBox: [0, 0, width, height], Resources: dict({ Font: fonts }) }),
    Buffer.from(body, 'latin1'),
  );
}

/** A filled single-line text field, as fields.ts draws one (2 pt padding, vertically centred). */
export function textFieldAppearance(font: FontResource, width: number, height: number, text: string, size: number): NewStream {
  const glyphs = fieldGlyphs();
  let fontSize = size > 0 ? size : 10;
  // shrink a long place name rather than cut it
  while (fontSize > 6 && textWidth(glyphs, text, fontSize) > width - 4) fontSize -= 0.5;
  const baseline = (height - fontSize * 0.72) / 2;
  const body = [
    '/Tx BMC',
    'q',
    `1 1 ${num(width - 2)} ${num(height - 2)} re W n`,
    'BT',
    `/${FORM_FONT_KEY} ${num(fontSize)} Tf 0 g`,
    `1 0 0 1 2 ${num(baseline)} Tm <${hexGlyphs(glyphs, text)}> Tj`,
    'ET',
    'Q',
    'EMC',
  ].join('\n');
  return formXObject(width, height, body, font);
}

/**
 * The visible signature: `lines` (the first the largest) in dark blue,
 * each fitted to the field's width, the block centred in its height.
 */
export function stampAppearance(font: FontResource, width: number, height: number, lines: string[]): NewStream {
  const glyphs = fieldGlyphs();
  const pad = 3;
  const sizes = lines.map((line, i) => {
    let s = i === 0 ? 10 : 7.5;
    while (s > 5 && textWidth(glyphs, line, s) > width - 2 * pad) s -= 0.25;
    return s;
  });
  const leading = sizes.map((s) => s * 1.25);
  const total = leading.reduce((a, b) => a + b, 0);
  let y = (height + total) / 2;
  const shown: string[] = [];
  lines.forEach((line, i) => {
    y -= leading[i]!;
    shown.push(`/${FORM_FONT_KEY} ${num(sizes[i]!)} Tf 1 0 0 1 ${pad} ${num(y + sizes[i]! * 0.25)} Tm <${hexGlyphs(glyphs, line)}> Tj`);
  });
  const body = ['q', `0 0 ${num(width)} ${num(height)} re W n`, 'BT', '0.05 0.2 0.5 rg', ...shown, 'ET', 'Q'].join('\n');
  return formXObject(width, height, body, font);
}

