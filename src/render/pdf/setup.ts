// A pdfkit document set up the way every agree PDF needs it: A4, PDF 1.7,
// PDF/A-2b (sRGB output intent, XMP) — PDF/A-3b when files are attached,
// because PDF/A-2 allows only PDF/A files as attachments —, tagged with a document language,
// DejaVu Sans embedded, reproducible (fixed dates, content-derived /ID),
// pages buffered so footers can be written at the end. Shared by the agreement
// and the review checklist.

import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.js';
import { checkPdfkitInternals, replaceXmpInfo, setFileId } from './internals.js';
import { cleanMeta, escapeXml } from './text.js';

export const MM = 72 / 25.4;
/** A4 in points */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  /** BCP 47, e.g. "de" */
  lang: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp): creation and modification date */
  date: string;
}

export interface PdfSetupOptions {
  meta: PdfMeta;
  /** page margins in points */
  margins: { top: number; bottom: number; left: number; right: number };
  /** identifies the content: the trailer /ID is derived from it (e.g. JSON of the model) */
  idSeed: string;
  /**
   * Files embedded as associated files of the document (catalog /AF), e.g.
   * the agreement's YAML with relationship `Source`. Any makes the file PDF/A-3b.
   */
  attachments?: readonly PdfAttachment[];
}

export interface PdfAttachment {
  /** the file name shown by viewers and used by `agree extract` */
  name: string;
  data: Uint8Array;
  /** MIME type, e.g. "application/yaml" */
  type: string;
  /** PDF/A-3 /AFRelationship: how the file relates to the document */
  relationship: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
  description: string;
}

export const CREATOR = 'agree';
export const PRODUCER = 'agree (PDFKit)';

/** Parses an ISO date deterministically (UTC); invalid dates become 1970-01-01. */
export function documentDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(iso);
  return new Date(Number.isFinite(ms) ? Math.floor(ms / 1000) * 1000 : 0);
}

/** The XMP properties pdfkit would write, escaped, plus ModifyDate and dc:language. */
export function xmpInfo(meta: Omit<PdfMeta, 'date'>, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const x = escapeXml;
  const dc: string[] = ['<dc:format>application/pdf</dc:format>'];
  if (meta.title) {
    dc.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>`);
  }
  if (meta.author) dc.push(`<dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (meta.subject) {
    dc.push(
      `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    );
  }
  if (meta.lang) dc.push(`<dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>`);
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${iso}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${iso}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${iso}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${x(CREATOR)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dc,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${x(PRODUCER)}</pdf:Producer>`,
    ...(meta.keywords ? [`<pdf:Keywords>${x(meta.keywords)}</pdf:Keywords>`] : []),
    '</rdf:Description>',
  ].join('\n');
}

export interface PdfHandle {
  doc: PDFKit.PDFDocument;
  /** ends the document and resolves with its bytes */
  finish(): Promise<Buffer>;
}

export function createPdfDocument(options: PdfSetupOptions): PdfHandle {
  const date = documentDate(options.meta.date);
  const meta = {
    title: cleanMeta(options.meta.title),
    subject: cleanMeta(options.meta.subject),
    author: cleanMeta(options.meta.author),
    keywords: cleanMeta(options.meta.keywords),
    lang: cleanMeta(options.meta.lang),
  };
  const info: PDFKit.DocumentInfo = { Creator: CREATOR, Producer: PRODUCER, CreationDate: date, ModDate: date };
  if (meta.title) info.Title = meta.title;
  if (meta.author) info.Author = meta.author;
  if (meta.subject) info.Subject = meta.subject;
  if (meta.keywords) info.Keywords = meta.keywords;

  const attachments = options.attachments ?? [];
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: options.margins,
    pdfVersion: '1.7',
    subset: attachments.length > 0 ? 'PDF/A-3b' : 'PDF/A-2b',
    tagged: true,
    ...(meta.lang ? { lang: meta.lang } : {}),
    displayTitle: true,
    bufferPages: true,
    info,
    // no default Helvetica: we register DejaVu Sans right away
    font: null as unknown as string,
  });
  checkPdfkitInternals(doc);
  registerFonts(doc);
  replaceXmpInfo(doc, xmpInfo(meta, date));
  const id = createHash('sha256').update(options.idSeed);
  for (const file of attachments) {
    // bytes and the document's own date: given a path, pdfkit would take the file's timestamps (not reproducible)
    doc.file(Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength), {
      name: file.name,
      type: file.type,
      description: file.description,
      creationDate: date,
      modifiedDate: date,
      relationship: file.relationship,
    } as PDFKit.Mixins.PDFAttachmentOptions);
    id.update(`\0${file.name}\0`).update(file.data);
  }
  setFileId(doc, new Uint8Array(id.digest().subarray(0, 16)));

  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish() {
      doc.end();
      return done;
    },
  };
}
