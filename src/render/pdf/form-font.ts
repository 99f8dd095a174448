// The font viewers fill in form fields with: every text field's /DA names it,
// and the AcroForm's /DR holds it. A viewer that lets someone type into a
// field draws the typed text with this font, mapping characters to glyphs
// through the font's own cmap — so, unlike the page font (pdfkit's subset of
// exactly the glyphs on the page, without a usable cmap), it must cover what
// people type: names in Latin, Turkish, Polish, Vietnamese, Greek, Cyrillic
// and Arabic script, punctuation, currency signs.
//
// It is DejaVu Sans cut to those ranges at build time
// (scripts/build-form-font.mjs → dist/form-font/), with everything a PDF
// needs prepared there: the font program and ToUnicode CMap already deflated,
// the widths and descriptor as JSON. Embedding it is writing those bytes: a
// Type0 font (Identity-H) over a CIDFontType2 with /CIDToGIDMap /Identity,
// /FontFile2 and /ToUnicode. It costs about 75 KB per PDF with form fields,
// and no measurable time.
//
// Load this module lazily (it is only used with pdfkit).

import { readFileSync } from 'node:fs';
import { packagePath } from '../../paths.js';
import { newRef, type PdfRef } from './internals.js';

type Doc = PDFKit.PDFDocument;

/** the resource name of the field font in /DR and in every /DA */
export const FORM_FONT_KEY = 'FieldFont';

interface FormFontMeta {
  fontName: string;
  descriptor: Record<string, number | number[]>;
  DW: number;
  W: Array<number | number[]>;
  ranges: string[];
  fontFile: { file: string; length: number; length1: number };
  toUnicode: { file: string; length: number };
}

export interface FormFontFiles {
  meta: FormFontMeta;
  /** the TrueType program, deflated */
  fontFile: Buffer;
  /** the ToUnicode CMap, deflated */
  toUnicode: Buffer;
}

const DIR = ['dist', 'form-font'];
let files: FormFontFiles | undefined;

function broken(reason: string): Error {
  return new Error(
    `agree's form field font is ${reason} (${packagePath(...DIR)}). It is made by \`npm run build\` (scripts/build-form-font.mjs); run it again, or reinstall agree`,
  );
}

/** The prepared font files, read once per process and checked against each other. */
export function formFontFiles(): FormFontFiles {
  if (files) return files;
  let meta: FormFontMeta;
  let fontFile: Buffer;
  let toUnicode: Buffer;
  try {
    meta = JSON.parse(readFileSync(packagePath(...DIR, 'form-font.json'), 'utf8')) as FormFontMeta;
    fontFile = readFileSync(packagePath(...DIR, meta.fontFile.file));
    toUnicode = readFileSync(packagePath(...DIR, meta.toUnicode.file));
  } catch {
    throw broken('missing');
  }
  // a build stopped half-way, or files from different builds
  if (fontFile.length !== meta.fontFile.length || toUnicode.length !== meta.toUnicode.length || !Array.isArray(meta.W)) {
    throw broken('incomplete');
  }
  files = { meta, fontFile, toUnicode };
  return files;
}

const embedded = new WeakMap<Doc, PdfRef>();

/**
 * The field font of this document (embedded on first use) and its resource
 * name. The streams are written as built: already FlateDecode-compressed.
 */
export function formFont(doc: Doc): { key: string; ref: PdfRef } {
  let ref = embedded.get(doc);
  if (!ref) {
    const { meta, fontFile, toUnicode } = formFontFiles();
    const program = newRef(doc, { Filter: 'FlateDecode', Length1: meta.fontFile.length1 });
    program.end(fontFile);
    const descriptor = newRef(doc, { Type: 'FontDescriptor', FontName: meta.fontName, ...meta.descriptor, FontFile2: program });
    descriptor.end();
    const cidFont = newRef(doc, {
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: meta.fontName,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: meta.DW,
      W: meta.W,
      CIDToGIDMap: 'Identity',
    });
    cidFont.end();
    const cmap = newRef(doc, { Filter: 'FlateDecode' });
    cmap.end(toUnicode);
    ref = newRef(doc, {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: meta.fontName,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: cmap,
    });
    ref.end();
    embedded.set(doc, ref);
  }
  return { key: FORM_FONT_KEY, ref };
}
