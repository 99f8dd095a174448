// An incremental update (ISO 32000-2 §7.5.6): objects appended after the last
// %%EOF, with their own cross-reference section whose /Prev points to the one
// before, so that every byte of the file as it was stays where it was — which
// is what keeps earlier signatures valid. Values are those of the reader
// (src/pdf/objects.ts), written back in PDF syntax; new streams are written
// from their data.
//
// The cross-reference section is of the same kind as the one before it: a
// table after a table, a stream after a stream (a reader that knows only
// tables never sees a stream; one that needs streams finds one).

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfFile, type PdfValue } from '../pdf/index.js';

/** A stream agree writes: its dictionary (without /Length) and its data, compressed on writing unless `raw`. */
export class NewStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
    /** the data is already encoded as /Filter says (e.g. a deflated font program) */
    readonly raw = false,
  ) {}
}

/** A new indirect object that is not a stream (a font dictionary …); numbered when first referred to. */
export class NewObject {
  constructor(readonly value: PdfDict) {}
}

/** what a dictionary built for an update may hold besides the reader's values: objects written with it */
export type WritableValue = PdfValue | NewStream | NewObject;

/** sets a value that is a new object (the reader's PdfDict is typed for values it read) */
export function setNew(d: PdfDict, key: string, value: NewStream | NewObject): void {
  d.set(key, value as unknown as PdfValue);
}

export function dict(entries: Record<string, PdfValue | undefined>): PdfDict {
  const d = new PdfDict();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined && value !== null) d.set(key, value);
  return d;
}

/** A copy of `source` with `changes` applied (undefined removes a key). */
export function withChanges(source: PdfDict, changes: Record<string, PdfValue | undefined>): PdfDict {
  const d = new PdfDict();
  for (const [key, value] of source) if (!(key in changes)) d.set(key, value);
  for (const [key, value] of Object.entries(changes)) if (value !== undefined && value !== null) d.set(key, value);
  return d;
}

export const name = (n: string): PdfName => new PdfName(n);

/** A PDF text string: PDFDocEncoding-compatible ASCII as it is, anything else as UTF-16BE with a byte order mark. */
export function textString(text: string): PdfString {
  if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(Buffer.from(text, 'latin1'));
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]), true);
}

/** A byte string written as given (IDs, dates, /Contents) */
export const byteString = (bytes: Uint8Array, hex = false): PdfString => new PdfString(bytes, hex);

// ---------------------------------------------------------------------------
// syntax

const REGULAR_NAME_CHAR = (c: number) => c > 0x20 && c < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(c));

function writeName(n: string): string {
  let out = '/';
  for (const byte of Buffer.from(n, 'utf8')) out += REGULAR_NAME_CHAR(byte) ? String.fromCharCode(byte) : `#${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

function writeNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} as a PDF number`);
  if (Number.isInteger(n)) return String(n);
  // no exponents in PDF; six decimals are finer than any coordinate needs
  return n.toFixed(6).replace(/\.?0+$/, '') || '0';
}

function writeString(s: PdfString): string {
  const bytes = s.bytes;
  if (s.hex) return `<${Buffer.from(bytes).toString('hex')}>`;
  let out = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/** The value in PDF syntax (Latin-1 text: every character one byte). */
export function serialize(value: WritableValue, refOf: (object: NewStream | NewObject) => PdfRef, depth = 0): string {
  if (depth > 64) throw new RangeError('value nested too deeply to write');
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return writeNumber(value);
  if (value instanceof PdfName) return writeName(value.name);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString) return writeString(value);
  if (value instanceof NewStream || value instanceof NewObject) return serialize(refOf(value), refOf);
  if (value instanceof PdfStream) throw new TypeError('an existing stream cannot be written inline; refer to it');
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v, refOf, depth + 1)).join(' ')}]`;
  const parts: string[] = [];
  for (const [key, v] of value as PdfDict) parts.push(`${writeName(key)} ${serialize(v, refOf, depth + 1)}`);
  return `<<${parts.join(' ')}>>`;
}

// ---------------------------------------------------------------------------
// the update

export interface UpdateObject {
  ref: PdfRef;
  value: WritableValue;
}

/** Object numbers for new objects, after every number the file has used. */
export class Numbers {
  private next: number;
  constructor(pdf: PdfFile) {
    let size = 0;
    for (const revision of pdf.revisions) {
      const s = revision.trailer.get('Size');
      if (typeof s === 'number' && Number.isSafeInteger(s)) size = Math.max(size, s);
      for (const n of revision.defines) size = Math.max(size, n + 1);
    }
    this.next = Math.max(1, size);
  }
  take(): PdfRef {
    return new PdfRef(this.next++, 0);
  }
  get size(): number {
    return this.next;
  }
}

export interface Update {
  /** the bytes to append to the file (they start with an end of line) */
  bytes: Buffer;
  /** offset in the whole file (original + update) of each object, by number */
  offsets: Map<number, number>;
}

/**
 * Writes `objects` (existing numbers replace those objects; new ones come
 * from `numbers`) as an update to `pdf`. New streams referred to from the
 * objects get numbers of their own and are written too.
 */
export function writeUpdate(pdf: PdfFile, objects: UpdateObject[], numbers: Numbers, extraTrailer: Record<string, PdfValue> = {}): Update {
  const base = pdf.bytes.length;
  const refs = new Map<NewStream | NewObject, PdfRef>();
  const pending: Array<{ ref: PdfRef; object: NewStream | NewObject }> = [];
  const refOf = (object: NewStream | NewObject): PdfRef => {
    let ref = refs.get(object);
    if (!ref) {
      ref = numbers.take();
      refs.set(object, ref);
      pending.push({ ref, object });
    }
    return ref;
  };

  const chunks: Buffer[] = [];
  let length = 0;
  const push = (chunk: Buffer | string) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(b);
    length += b.length;
  };
  const offsets = new Map<number, number>();
  const begin = (ref: PdfRef) => {
    offsets.set(ref.num, base + length);
    push(`${ref.num} ${ref.gen} obj\n`);
  };

  // a binary comment would be needed only at the file's start; the update starts on a fresh line
  push('\n');
  for (const { ref, value } of objects) {
    if (value instanceof NewStream || value instanceof NewObject) {
      refs.set(value, ref);
      pending.push({ ref, object: value });
      continue;
    }
    begin(ref);
    push(`${serialize(value, refOf)}\nendobj\n`);
  }
  // new objects may refer to further new objects (a font to its descriptor, that to its program …)
  for (let i = 0; i < pending.length; i++) {
    const { ref, object } = pending[i]!;
    if (object instanceof NewObject) {
      begin(ref);
      push(`${serialize(object.value, refOf)}\nendobj\n`);
      continue;
    }
    const stream = object;
    const data = stream.raw ? Buffer.from(stream.data) : deflateSync(stream.data);
    const d = withChanges(stream.dict, { Length: data.length, ...(stream.raw ? {} : { Filter: name('FlateDecode') }) });
    begin(ref);
    push(`${serialize(d, refOf)}\nstream\n`);
    push(data);
    push('\nendstream\nendobj\n');
  }

  const last = pdf.revisions[pdf.revisions.length - 1]!;
  const trailer = new PdfDict();
  for (const key of ['Root', 'Info']) {
    const v = pdf.trailer.get(key);
    if (v !== undefined) trailer.set(key, v);
  }
  trailer.set('Size', numbers.size);
  trailer.set('Prev', last.startxref);
  const idFirst = firstId(pdf);
  const idSecond = createHash('md5').update(Buffer.concat(chunks)).digest();
  trailer.set('ID', [byteString(idFirst, true), byteString(idSecond, true)]);
  for (const [key, value] of Object.entries(extraTrailer)) trailer.set(key, value);

  const entries = [...offsets].sort((a, b) => a[0] - b[0]);
  const xrefAt = base + length;
  if (last.xrefKind === 'stream') {
    const xrefRef = numbers.take();
    offsets.set(xrefRef.num, xrefAt);
    entries.push([xrefRef.num, xrefAt]);
    entries.sort((a, b) => a[0] - b[0]);
    const width = Math.max(1, Math.ceil(Math.log2(xrefAt + 1) / 8));
    const rows = Buffer.alloc(entries.length * (2 + width));
    const index: number[] = [];
    entries.forEach(([num, offset], i) => {
      const at = i * (2 + width);
      rows[at] = 1;
      rows.writeUIntBE(offset, at + 1, width);
      rows[at + 1 + width] = 0;
      const prev = entries[i - 1];
      if (prev && prev[0] === num - 1) index[index.length - 1]!++;
      else index.push(num, 1);
    });
    const xrefDict = withChanges(trailer, { Type: name('XRef'), Size: numbers.size, W: [1, width, 1], Index: index, Length: rows.length });
    push(`${xrefRef.num} 0 obj\n${serialize(xrefDict, refOf)}\nstream\n`);
    push(rows);
    push('\nendstream\nendobj\n');
  } else {
    let table = 'xref\n';
    for (let i = 0; i < entries.length; ) {
      let j = i;
      while (j + 1 < entries.length && entries[j + 1]![0] === entries[j]![0] + 1) j++;
      table += `${entries[i]![0]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) table += `${String(entries[k]![1]).padStart(10, '0')} 00000 n\r\n`;
      i = j + 1;
    }
    push(`${table}trailer\n${serialize(trailer, refOf)}\n`);
  }
  push(`startxref\n${xrefAt}\n%%EOF\n`);
  return { bytes: Buffer.concat(chunks, length), offsets };
}

/** the first part of the file identifier, kept by every update (§14.4); made up when the file has none */
function firstId(pdf: PdfFile): Uint8Array {
  const id = pdf.resolve(pdf.trailer.get('ID'));
  if (Array.isArray(id) && id[0] instanceof PdfString && id[0].bytes.length > 0) return id[0].bytes;
  return createHash('md5').update(pdf.bytes).digest();
}
