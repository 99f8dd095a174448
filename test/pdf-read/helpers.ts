// Inputs for the PDF reader's tests: agree's own PDFs (the review checklist
// with its text fields and radio groups, the agreement), variants through qpdf, fills through
// MuPDF (like a viewer, saved incrementally) and pdftk, the same files read
// by pdf.js for comparison, and a small builder for hand-made PDFs whose
// byte layout a test needs to control.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf } from '../../src/index.js';
import { reviewChecklist } from '../../src/review/index.js';
import type { FormField } from '../../src/pdf/index.js';
import { hasTool } from '../pdf/helpers.js';
import { example } from '../review/helpers.js';

export { hasTool };

/** what people type into the checklist: Turkish, Cyrillic, Arabic script, the euro sign */
export const NAMES = 'Gülşen Yılmaz, Ольга Петрова, محمد العلي, 12 €';

let checklist: Promise<Buffer> | undefined;
let agreement: Promise<Buffer> | undefined;

/** the Dithmarschen review checklist PDF (text fields, and a radio group per exclusive choice) */
export function checklistPdf(): Promise<Buffer> {
  checklist ??= example('examples/dithmarschen.yaml').then(async (doc) => (await reviewChecklist(doc, { format: 'pdf', today: '2026-11-26' })).data as Buffer);
  return checklist;
}

export function agreementPdf(): Promise<Buffer> {
  agreement ??= example('examples/dithmarschen.yaml').then((doc) => renderPdf(doc));
  return agreement;
}

/** runs a tool on `input` written to a temporary file; `{in}` and `{out}` in args name the files */
export function runTool(tool: string, args: string[], input: Uint8Array, extra: Record<string, string | Uint8Array> = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'agree-pdf-read-'));
  try {
    const inPath = join(dir, 'in.pdf');
    const outPath = join(dir, 'out.pdf');
    writeFileSync(inPath, input);
    const names: Record<string, string> = { in: inPath, out: outPath };
    for (const [name, content] of Object.entries(extra)) {
      names[name] = join(dir, name);
      writeFileSync(names[name]!, content);
    }
    const result = spawnSync(tool, args.map((a) => a.replace(/\{([\w.]+)\}/g, (_, n: string) => names[n] ?? `{${n}}`)), { encoding: 'utf8' });
    // qpdf exits 3 for warnings, with a usable output
    if (result.status !== 0 && !(tool === 'qpdf' && result.status === 3)) throw new Error(`${tool} ${args.join(' ')}: ${result.stderr}`);
    return readFileSync(outPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function qpdf(input: Uint8Array, ...options: string[]): Buffer {
  return runTool('qpdf', [...options, '{in}', '{out}'], input);
}

export function qpdfPageCount(input: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'agree-pdf-read-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), input);
    const result = spawnSync('qpdf', ['--show-npages', join(dir, 'in.pdf')], { encoding: 'utf8' });
    return Number(result.stdout.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Widget = {
  getName(): string;
  getFieldType(): string;
  getValue(): string;
  isReadOnly(): boolean;
  isRadioButton(): boolean;
  setTextValue(value: string): number;
  toggle(): number;
  update(): boolean;
};

/** One session in MuPDF, as a viewer would: change widgets, then save incrementally. */
export async function fillWithMupdf(bytes: Uint8Array, change: (widget: Widget) => boolean | void): Promise<Buffer> {
  const mupdf = await import('mupdf');
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i) as unknown as { getWidgets(): Widget[] };
      for (const widget of page.getWidgets()) if (change(widget)) widget.update();
    }
    const pdf = doc as unknown as { saveToBuffer(options: string): { asUint8Array(): Uint8Array; destroy(): void } };
    const saved = pdf.saveToBuffer('incremental');
    const copy = Buffer.from(saved.asUint8Array());
    saved.destroy();
    return copy;
  } finally {
    doc.destroy();
  }
}

/** terminal fields as pdf.js reads them: name → type and value (check boxes: the on-state, or null when off) */
export async function pdfjsFields(bytes: Uint8Array): Promise<Map<string, { type: string; value: string | null }>> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
  try {
    const objects = ((await doc.getFieldObjects()) ?? {}) as Record<string, Array<{ type: string; value?: unknown }>>;
    const fields = new Map<string, { type: string; value: string | null }>();
    for (const [name, entries] of Object.entries(objects)) {
      // a field whose widgets are kids is listed first as an entry of type '' (with kidIds), then its widgets
      const widgets = entries.filter((w) => w.type !== '');
      const first = widgets[0];
      if (!first) continue;
      let value = first.value;
      if (first.type === 'checkbox' || first.type === 'radiobutton') value = widgets.map((w) => w.value).find((v) => v && v !== 'Off') ?? null;
      fields.set(name, { type: first.type, value: typeof value === 'string' ? value : value == null ? null : String(value) });
    }
    return fields;
  } finally {
    await doc.destroy();
  }
}

/** the same view of our reader's fields, with pdf.js's type names */
export function asPdfjs(fields: FormField[]): Map<string, { type: string; value: string | null }> {
  const types: Record<string, string> = { radio: 'radiobutton', pushbutton: 'button', choice: 'combobox' };
  return new Map(fields.map((f) => [f.name, { type: types[f.type] ?? f.type, value: f.value }]));
}

// ---- hand-made PDFs -------------------------------------------------------

export type Body = string | Buffer;

export interface BuildOptions {
  /** end of line after each 18-byte xref entry: ' \n' (standard), '\r\n', ' \r' or '\n' (a common 19-byte variant) */
  entryEol?: string;
  /** end of line elsewhere */
  eol?: string;
  /** added to every offset in the xref table */
  shift?: number;
  /** added to the startxref value */
  startxrefShift?: number;
  /** written before %PDF- */
  prefix?: string;
  /** written after %%EOF */
  suffix?: Body;
  /** extra trailer entries, e.g. '/Info 5 0 R' */
  trailer?: string;
  /** 'table' (default), 'stream' (an xref stream with a PNG predictor), 'none' (no xref, no startxref) */
  xref?: 'table' | 'stream' | 'none';
  /** object number of the xref stream */
  xrefNum?: number;
  /** objects written into the file but left out of the xref */
  unlisted?: number[];
  /** xref stream only: objects inside object streams, number → [stream number, index] */
  compressed?: Record<number, [number, number]>;
}

export function bytes(...parts: Body[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

/** a stream object body with the right /Length */
export function stream(dict: string, data: Body): Buffer {
  const content = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return bytes(`<< ${dict} /Length ${content.length} >>\nstream\n`, content, '\nendstream');
}

/** PNG "Up" predictor rows, as xref streams are usually written */
export function pngUp(data: Buffer, columns: number): Buffer {
  const rows: Buffer[] = [];
  let previous: Buffer = Buffer.alloc(columns);
  for (let at = 0; at < data.length; at += columns) {
    const row = data.subarray(at, at + columns);
    const out = Buffer.alloc(columns + 1);
    out[0] = 2;
    for (let i = 0; i < columns; i++) out[i + 1] = (row[i]! - previous[i]!) & 0xff;
    rows.push(out);
    previous = row;
  }
  return Buffer.concat(rows);
}

function xrefStream(entries: Array<[number, number, number, number]>, trailer: string): Buffer {
  // [object number, type, field 2, field 3] → /W [1 4 2]
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const index: number[] = [];
  const rows: Buffer[] = [];
  for (const [n, type, f2, f3] of sorted) {
    const last = index.length - 2;
    if (last >= 0 && index[last]! + index[last + 1]! === n) index[last + 1]!++;
    else index.push(n, 1);
    const row = Buffer.alloc(7);
    row[0] = type;
    row.writeUInt32BE(f2, 1);
    row.writeUInt16BE(f3, 5);
    rows.push(row);
  }
  const data = deflateSync(pngUp(Buffer.concat(rows), 7));
  return stream(`/Type /XRef /W [1 4 2] /Index [${index.join(' ')}] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> ${trailer}`, data);
}

/**
 * A PDF with the given objects (number → body), an xref of the chosen kind,
 * and a trailer naming object 1 as /Root. The xref lists exactly these objects.
 */
export function buildPdf(objects: Record<number, Body>, options: BuildOptions = {}): Buffer {
  return appendRevision(bytes(options.prefix ?? '', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), objects, options);
}

/** last startxref value of a file, for /Prev */
export function lastStartxref(file: Buffer): number {
  const text = file.toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(text.lastIndexOf('startxref')));
  if (!match) throw new Error('no startxref');
  return Number(match[1]);
}

/**
 * Appends an incremental update (or, for an empty `base` header, the first
 * revision): the objects, an xref section for them (and `frees`), a trailer
 * with /Prev when the base already has a startxref.
 */
export function appendRevision(base: Buffer, objects: Record<number, Body>, options: BuildOptions & { frees?: number[]; prev?: number | null } = {}): Buffer {
  const eol = options.eol ?? '\n';
  const parts: Buffer[] = [base];
  let length = base.length;
  const push = (part: Body) => {
    const b = bytes(part);
    parts.push(b);
    length += b.length;
  };
  const offsets = new Map<number, number>();
  const nums = Object.keys(objects).map(Number);
  for (const num of nums) {
    if (!options.unlisted?.includes(num)) offsets.set(num, length);
    push(bytes(`${num} 0 obj${eol}`, objects[num]!, `${eol}endobj${eol}`));
  }
  const prev = options.prev !== undefined ? options.prev : base.includes('startxref') ? lastStartxref(base) : null;
  const size = Math.max(0, ...nums, ...(options.frees ?? []), ...Object.keys(options.compressed ?? {}).map(Number)) + 1;
  const trailerDict = `/Size ${size} /Root 1 0 R${prev !== null ? ` /Prev ${prev}` : ''}${options.trailer ? ` ${options.trailer}` : ''}`;
  const kind = options.xref ?? 'table';
  const xrefAt = length;
  const shift = options.shift ?? 0;
  if (kind === 'table') {
    const entryEol = options.entryEol ?? ' \n';
    const entries: Array<[number, string]> = [];
    if (prev === null) entries.push([0, `0000000000 65535 f${entryEol}`]);
    for (const [num, offset] of offsets) entries.push([num, `${String(offset + shift).padStart(10, '0')} 00000 n${entryEol}`]);
    for (const num of options.frees ?? []) entries.push([num, `0000000000 00001 f${entryEol}`]);
    entries.sort((a, b) => a[0] - b[0]);
    push(`xref${eol}`);
    // one subsection per run of consecutive numbers
    for (let i = 0; i < entries.length; ) {
      let j = i;
      while (j + 1 < entries.length && entries[j + 1]![0] === entries[j]![0] + 1) j++;
      push(`${entries[i]![0]} ${j - i + 1}${eol}`);
      for (let k = i; k <= j; k++) push(entries[k]![1]);
      i = j + 1;
    }
    push(`trailer${eol}<< ${trailerDict} >>${eol}`);
  } else if (kind === 'stream') {
    // 100 and up are free in these tests' files
    const streamNum = options.xrefNum ?? Math.max(size, 100);
    const entries: Array<[number, number, number, number]> = [...offsets].map(([num, offset]) => [num, 1, offset + shift, 0]);
    entries.push([streamNum, 1, xrefAt, 0]);
    if (prev === null) entries.push([0, 0, 0, 65535]);
    for (const num of options.frees ?? []) entries.push([num, 0, 0, 1]);
    for (const [num, [within, index]] of Object.entries(options.compressed ?? {})) entries.push([Number(num), 2, within, index]);
    const body = xrefStream(entries, trailerDict.replace(`/Size ${size}`, `/Size ${Math.max(size, streamNum + 1)}`));
    push(bytes(`${streamNum} 0 obj${eol}`, body, `${eol}endobj${eol}`));
  }
  if (kind !== 'none') push(`startxref${eol}${xrefAt + (options.startxrefShift ?? 0)}${eol}`);
  push(`%%EOF${eol}`);
  if (options.suffix !== undefined) push(options.suffix);
  return Buffer.concat(parts);
}

/** catalog, page tree with one page, and text fields given as name → value (objects 1..3, fields from 10) */
export function formObjects(fields: Record<string, string>): Record<number, Body> {
  const objects: Record<number, Body> = {};
  const refs: string[] = [];
  Object.entries(fields).forEach(([name, value], i) => {
    const num = 10 + i;
    refs.push(`${num} 0 R`);
    objects[num] = `<< /FT /Tx /T (${name}) /V ${value} /Type /Annot /Subtype /Widget /Rect [10 ${10 + 30 * i} 100 ${30 + 30 * i}] /P 3 0 R >>`;
  });
  objects[1] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${refs.join(' ')}] >> >>`;
  objects[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
  objects[3] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [${refs.join(' ')}] >>`;
  return objects;
}

/** an object stream holding the given objects (number → body without `obj`) */
export function objectStream(objects: Record<number, string>, extra = ''): Buffer {
  let header = '';
  let body = '';
  for (const [num, text] of Object.entries(objects)) {
    header += `${num} ${body.length} `;
    body += `${text}\n`;
  }
  return stream(`/Type /ObjStm /N ${Object.keys(objects).length} /First ${header.length} ${extra}`, header + body);
}
