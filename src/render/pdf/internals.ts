// THE ONE place that touches pdfkit internals (pdfkit 0.20.x). Everything
// else in src/render/pdf uses pdfkit's public API plus the helpers exported
// here. test/pdf/internals.test.ts fails when a pdfkit upgrade breaks one of
// these assumptions; checkPdfkitInternals() turns the same breakage into a
// clear error at run time instead of a silently broken PDF.
//
// Internals used (pdfkit 0.20.2, js/pdfkit.node.mjs):
//  - doc._fontFamilies[name].font   the parsed fontkit font of a registered font
//                                   (EmbeddedFont.font), reused across documents,
//                                   replaced by a wrapper with a faster layout()
//  - EmbeddedFont.layoutCache         per-document word → glyph run cache, replaced
//                                   by a process-wide one (see fonts.ts)
//  - EmbeddedFont.id / .ref() / .encode(text)
//                                   resource name, font dictionary, glyph ids for
//                                   form-field appearance streams
//  - doc._root.data.AcroForm        created by doc.initForm(); we delete its
//                                   NeedAppearances (PDF/A forbids it) and push
//                                   field references into .data.Fields
//  - doc._acroform                  set by initForm(); its presence means "form exists";
//                                   its .fonts (resource name → font) is what
//                                   endAcroForm() puts into the AcroForm's /DR /Font
//  - doc.annotate() adds the widget ref to doc.page.annotations and writes it at once
//  - endAcroForm() (run by doc.end()) writes every field with a /Kids array,
//    so non-terminal fields can collect kids until then
//  - PDFFontFactory.open() accepts a parsed fontkit font (any object with
//    .layout) as font source, not only paths and bytes; EmbeddedFont.layoutRun()
//    needs of layout() only glyphs (id, advanceWidth, codePoints), positions
//    and an advanceWidth getter (fonts.ts, test/pdf/fonts.test.ts)
//  - doc.page.dictionary / doc.page.annotations
//                                   page reference for a widget's /P; the widget
//                                   ref that doc.annotate() just created
//  - doc._addInfo()                 writes the XMP info block without escaping;
//                                   replaced per document by an escaping version
//  - doc._id                        trailer /ID (md5 of the Info dict); replaced by
//                                   a hash of the document content
//  - PDFReference.data / .write() / .end()   (doc.ref() is typed but undocumented);
//                                   a reference created with /Filter in its data is
//                                   written as given (not compressed again)

import type {} from 'pdfkit';

type Doc = PDFKit.PDFDocument;

/** A pdfkit indirect object (PDFReference). */
export interface PdfRef {
  id: number;
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

interface EmbeddedFontLike {
  id: string;
  layoutCache?: Record<string, unknown>;
  font: { layout: unknown };
  ref(): PdfRef;
  encode(text: string): [string[], unknown[]];
}

interface DocInternals {
  _fontFamilies: Record<string, EmbeddedFontLike | undefined>;
  _root: PdfRef;
  _acroform?: { fonts: Record<string, PdfRef>; defaultFont?: string };
  _id: Uint8Array;
  _addInfo: () => void;
  page: { dictionary: PdfRef; annotations: PdfRef[] };
  ref(data?: Record<string, unknown>): PdfRef;
}

function internals(doc: Doc): DocInternals {
  return doc as unknown as DocInternals;
}

let checked = false;

/**
 * Verifies (once per process) that the pdfkit internals this module relies on
 * are still where we expect them. Throws a descriptive error otherwise.
 */
export function checkPdfkitInternals(doc: Doc): void {
  if (checked) return;
  const d = internals(doc);
  const problems: string[] = [];
  if (typeof d._fontFamilies !== 'object' || d._fontFamilies === null) problems.push('doc._fontFamilies');
  if (!d._root || typeof d._root.data !== 'object') problems.push('doc._root.data');
  if (typeof d._addInfo !== 'function') problems.push('doc._addInfo()');
  if (!(d._id instanceof Uint8Array)) problems.push('doc._id');
  if (typeof (doc as unknown as { initForm?: unknown }).initForm !== 'function') problems.push('doc.initForm()');
  if (typeof (doc as unknown as { annotate?: unknown }).annotate !== 'function') problems.push('doc.annotate()');
  if (typeof (doc as unknown as { appendXML?: unknown }).appendXML !== 'function') problems.push('doc.appendXML()');
  // (reading page.annotations would create an empty /Annots array: check the getter exists instead)
  const page = d.page as unknown as object | undefined;
  const annotations = page && Object.getOwnPropertyDescriptor(Object.getPrototypeOf(page), 'annotations');
  if (!page || !d.page.dictionary || typeof annotations?.get !== 'function') problems.push('doc.page.dictionary/annotations');
  if (problems.length) {
    throw new Error(`pdfkit internals changed (agree was written for pdfkit 0.20): missing ${problems.join(', ')}`);
  }
  checked = true;
}

// ---------------------------------------------------------------------------
// fonts

function embeddedFont(doc: Doc, name: string): EmbeddedFontLike {
  const font = internals(doc)._fontFamilies[name];
  if (!font || typeof font.encode !== 'function' || !font.font) {
    throw new Error(`pdfkit internals: font "${name}" is not an embedded font (call doc.font("${name}") first)`);
  }
  return font;
}

/**
 * The parsed fontkit font behind a registered font, so the next document can
 * register the parsed object instead of the file bytes (pdfkit accepts any
 * object with a `layout` function as font source; parsing DejaVu Sans again
 * costs ~70 ms per document).
 */
export function parsedFontOf(doc: Doc, name: string): object {
  return embeddedFont(doc, name).font;
}

/**
 * Replaces the parsed font behind a registered font of this document (used to
 * put the layout wrapper of fonts.ts in place in the first document; later
 * documents register the wrapper directly).
 */
export function setParsedFont(doc: Doc, name: string, font: object): void {
  (embeddedFont(doc, name) as unknown as { font: object }).font = font;
}

/**
 * Makes the font's per-word layout cache (EmbeddedFont.layoutCache: word →
 * shaped glyph run, read-only once created) the given process-wide object, so
 * documents after the first skip OpenType shaping for words seen before.
 */
export function shareLayoutCache(doc: Doc, name: string, cache: Record<string, unknown>): void {
  const font = embeddedFont(doc, name);
  if (font.layoutCache) font.layoutCache = cache;
}

/** Resource name and font dictionary of a registered (and selected once) font. */
export function fontResource(doc: Doc, name: string): { key: string; ref: PdfRef } {
  const font = embeddedFont(doc, name);
  return { key: font.id, ref: font.ref() };
}

/**
 * Encodes `text` as a hex string of glyph ids of `name` (Identity-H), adding the
 * glyphs to the font subset. For appearance streams we write ourselves.
 */
export function encodeGlyphs(doc: Doc, name: string, text: string): string {
  const font = embeddedFont(doc, name);
  font.ref();
  const [hex] = font.encode(text);
  return hex.join('');
}

// ---------------------------------------------------------------------------
// objects

/** A new indirect object (pdfkit PDFReference). End it with `.end()`. */
export function newRef(doc: Doc, data: Record<string, unknown> = {}): PdfRef {
  return internals(doc).ref(data);
}

/** The current page's dictionary (for an annotation's /P). */
export function currentPageRef(doc: Doc): PdfRef {
  return internals(doc).page.dictionary;
}

// ---------------------------------------------------------------------------
// AcroForm

/**
 * Creates the document's AcroForm once (via doc.initForm(), with `fontName` as
 * default font in /DR and /DA) and removes pdfkit's /NeedAppearances true: we
 * write an appearance stream for every widget ourselves, and PDF/A forbids
 * NeedAppearances. Returns the AcroForm dictionary's /Fields array.
 */
export function ensureAcroForm(doc: Doc, fontName: string): PdfRef[] {
  const d = internals(doc);
  if (!d._acroform) {
    // initForm() takes the current font; callers select their font again before drawing
    doc.font(fontName);
    doc.initForm();
    const acro = d._root.data['AcroForm'] as PdfRef;
    delete acro.data['NeedAppearances'];
  }
  const acro = d._root.data['AcroForm'] as PdfRef;
  return acro.data['Fields'] as PdfRef[];
}

/**
 * A non-terminal field (a level of a dotted field name) under `parent`, or at
 * the top of the AcroForm. pdfkit's endAcroForm() writes every field that has
 * a /Kids array, after the kids were added.
 */
export function addFieldNode(
  doc: Doc,
  fontName: string,
  partialName: string,
  parent: PdfRef | null,
  dict: Record<string, unknown> = {},
): PdfRef {
  const node = newRef(doc, { ...dict, T: new String(partialName), Kids: [] });
  attachField(doc, fontName, node, parent);
  return node;
}

/**
 * Makes `font` (resource name `key`) the form's font: the AcroForm's /DA
 * names it, and its /DR /Font holds it alone — instead of the font that was
 * current when initForm() ran, whose glyph subset is only what the pages show.
 */
export function setFormFont(doc: Doc, fontName: string, key: string, font: PdfRef): void {
  ensureAcroForm(doc, fontName);
  const d = internals(doc);
  if (typeof d._acroform?.fonts !== 'object') {
    throw new Error('pdfkit internals changed (agree was written for pdfkit 0.20): missing doc._acroform.fonts');
  }
  const acro = d._root.data['AcroForm'] as PdfRef;
  acro.data['DA'] = new String(`/${key} 0 Tf 0 g`);
  (acro.data['DR'] as { Font: Record<string, unknown> }).Font = {};
  d._acroform!.fonts = { [key]: font };
}

/** Lists a field under its parent field's /Kids, or in the AcroForm's /Fields. */
export function attachField(doc: Doc, fontName: string, field: PdfRef, parent: PdfRef | null): void {
  if (parent) {
    field.data['Parent'] = parent;
    (parent.data['Kids'] as PdfRef[]).push(field);
  } else {
    ensureAcroForm(doc, fontName).push(field);
  }
}

/**
 * Adds a widget annotation (merged with its field dictionary) on the current
 * page via doc.annotate() and returns its reference. `x`, `y` are pdfkit
 * coordinates (top-left origin). `dict` must be complete: pdfkit writes the
 * object immediately. `structParent` links it into the structure tree.
 */
export function addWidgetAnnotation(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  height: number,
  dict: Record<string, unknown>,
  structParent?: unknown,
): PdfRef {
  const d = internals(doc);
  const before = d.page.annotations.length;
  doc.annotate(x, y, width, height, {
    ...dict,
    ...(structParent ? { structParent } : {}),
  } as unknown as PDFKit.Mixins.AnnotationOption);
  const ref = d.page.annotations[before];
  if (!ref || d.page.annotations.length !== before + 1) {
    throw new Error('pdfkit internals: doc.annotate() did not add exactly one page annotation');
  }
  return ref;
}

// ---------------------------------------------------------------------------
// metadata and trailer

/**
 * Replaces pdfkit's XMP info block (which interpolates Title/Author/Subject/
 * Keywords into XML without escaping) by `xml` — a complete, escaped set of
 * rdf:Description elements. pdfkit still adds the pdfaid block and the packet
 * wrapper.
 */
export function replaceXmpInfo(doc: Doc, xml: string): void {
  const d = internals(doc);
  d._addInfo = () => {
    doc.appendXML(xml);
  };
}

/** Sets the trailer /ID (both halves) to `id` (16 bytes). */
export function setFileId(doc: Doc, id: Uint8Array): void {
  internals(doc)._id = id;
}
