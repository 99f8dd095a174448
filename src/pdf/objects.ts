// The values of a PDF file (ISO 32000-2 §7.3). Values returned by the reader
// are shared with its cache: treat them as read-only.

import { decodeTextString } from './text-string.js';

export class PdfName {
  /** the name without its slash, #xx escapes decoded (UTF-8 when valid, else Latin-1) */
  constructor(readonly name: string) {}
  toString(): string {
    return `/${this.name}`;
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  toString(): string {
    return `${this.num} ${this.gen} R`;
  }
}

export class PdfString {
  private decoded: string | undefined;

  constructor(
    readonly bytes: Uint8Array,
    /** written as <hex> rather than (literal) */
    readonly hex = false,
  ) {}
  /** the bytes read as a PDF text string (PDFDocEncoding, UTF-16BE or UTF-8 with BOM) */
  text(): string {
    // kept: one huge value inherited by thousands of fields is decoded once
    this.decoded ??= decodeTextString(this.bytes);
    return this.decoded;
  }
  /** the bytes as Latin-1, for byte strings such as IDs and dates */
  latin1(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('latin1');
  }
}

export class PdfDict {
  private readonly map = new Map<string, PdfValue>();

  get(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  /** used by the parser; a repeated key keeps its first value (as viewers do) */
  set(key: string, value: PdfValue): void {
    if (!this.map.has(key)) this.map.set(key, value);
  }
  get size(): number {
    return this.map.size;
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  entries(): IterableIterator<[string, PdfValue]> {
    return this.map.entries();
  }
  [Symbol.iterator](): IterableIterator<[string, PdfValue]> {
    return this.map.entries();
  }
}

export type PdfArray = PdfValue[];

export class PdfStream {
  private decoded: Uint8Array | undefined;

  constructor(
    readonly dict: PdfDict,
    /** the bytes between `stream` and `endstream`, still encoded */
    readonly raw: Uint8Array,
    private readonly decoder: (stream: PdfStream) => Uint8Array,
  ) {}

  /** the data with its /Filter chain undone; bounded by the file's limits */
  decode(): Uint8Array {
    this.decoded ??= this.decoder(this);
    return this.decoded;
  }
}

export type PdfValue = PdfName | PdfRef | PdfString | PdfDict | PdfArray | PdfStream | number | boolean | null;

export function isName(value: unknown, name?: string): value is PdfName {
  return value instanceof PdfName && (name === undefined || value.name === name);
}

export function isDict(value: unknown): value is PdfDict {
  return value instanceof PdfDict;
}

/** the dictionary of a dict or a stream */
export function dictOf(value: unknown): PdfDict | undefined {
  if (value instanceof PdfDict) return value;
  if (value instanceof PdfStream) return value.dict;
  return undefined;
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
