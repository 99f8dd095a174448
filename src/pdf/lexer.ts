// Tokens and objects of the PDF syntax (ISO 32000-2 §7.2, §7.3). One parser
// for file bytes and for the decoded data of object streams. Nesting is
// bounded by limits.maxDepth, so recursion stays shallow on hostile input.

import { PdfReadError, type PdfLimits } from './errors.js';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './objects.js';
import { decodeNameBytes } from './text-string.js';

const WHITESPACE = 1;
const DELIMITER = 2;
const CHAR_CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CHAR_CLASS[c] = WHITESPACE;
for (const c of '()<>[]{}/%') CHAR_CLASS[c.charCodeAt(0)] = DELIMITER;

export function isWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && CHAR_CLASS[byte] === WHITESPACE;
}

/** whitespace, a delimiter, or the end of the data: what may follow a token */
export function isBoundary(byte: number | undefined): boolean {
  return byte === undefined || CHAR_CLASS[byte] !== 0;
}

export function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** A bare word of the syntax (obj, endobj, stream, R, xref, trailer …); never handed to callers. */
export class Keyword {
  constructor(readonly word: string) {}
}

export interface ParserContext {
  limits: PdfLimits;
  /** the value of an indirect /Length, or undefined when it cannot be known (the parser then searches `endstream`) */
  length?: (value: PdfValue) => number | undefined;
  /** builds a stream whose decode() knows the file's limits and filters */
  stream?: (dict: PdfDict, raw: Uint8Array) => PdfStream;
  /** the first `endstream` at or after an offset, or -1; shared so that many broken lengths cost one search */
  findEndstream?: (from: number) => number;
}

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** offset just after `endobj` (or after the value when `endobj` is missing) */
  end: number;
}

const ENDSTREAM = Buffer.from('endstream', 'latin1');

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** `word` at `pos`; false where the data ends first (Buffer.compare would throw) */
export function bytesAt(buf: Uint8Array, pos: number, word: Uint8Array): boolean {
  if (pos < 0 || pos + word.length > buf.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[pos + i] !== word[i]) return false;
  return true;
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class Parser {
  readonly buf: Buffer;
  pos: number;

  constructor(
    bytes: Uint8Array,
    pos: number,
    private readonly context: ParserContext,
    /** what the data is, for error details ("object 12 0", "object stream 7") */
    private readonly where = 'file',
  ) {
    this.buf = asBuffer(bytes);
    this.pos = pos;
  }

  damaged(what: string, at = this.pos): PdfReadError {
    return new PdfReadError('damaged', `${what} at ${this.where === 'file' ? 'offset' : `${this.where}, offset`} ${at}`);
  }

  /** skips whitespace and comments */
  skipWhitespace(): void {
    const buf = this.buf;
    let pos = this.pos;
    for (;;) {
      const c = buf[pos];
      if (c === undefined) break;
      if (CHAR_CLASS[c] === WHITESPACE) pos++;
      else if (c === 0x25 /* % */) {
        while (pos < buf.length && buf[pos] !== 0x0a && buf[pos] !== 0x0d) pos++;
      } else break;
    }
    this.pos = pos;
  }

  atEnd(): boolean {
    this.skipWhitespace();
    return this.pos >= this.buf.length;
  }

  /** a non-negative integer token at the current position, else null (position unchanged) */
  readUnsigned(): number | null {
    this.skipWhitespace();
    const buf = this.buf;
    let pos = this.pos;
    let value = 0;
    const start = pos;
    while (isDigit(buf[pos])) {
      value = value * 10 + (buf[pos]! - 0x30);
      pos++;
    }
    if (pos === start || pos - start > 15 || !isBoundary(buf[pos])) return null;
    this.pos = pos;
    return value;
  }

  /** the keyword at the current position if it is `word` (position moves past it), else false */
  readKeyword(word: string): boolean {
    this.skipWhitespace();
    const buf = this.buf;
    for (let i = 0; i < word.length; i++) if (buf[this.pos + i] !== word.charCodeAt(i)) return false;
    if (!isBoundary(buf[this.pos + word.length])) return false;
    this.pos += word.length;
    return true;
  }

  /** a value; keywords other than true/false/null are damage here */
  readValue(depth = 0): PdfValue {
    const token = this.readToken(depth);
    if (token instanceof Keyword) throw this.damaged(`unexpected "${token.word}"`);
    return token;
  }

  readToken(depth: number): PdfValue | Keyword {
    this.skipWhitespace();
    const buf = this.buf;
    const c = buf[this.pos];
    if (c === undefined) throw this.damaged('unexpected end of data');
    switch (c) {
      case 0x2f: // /
        return this.readName();
      case 0x28: // (
        return this.readLiteralString();
      case 0x3c: // <
        return buf[this.pos + 1] === 0x3c ? this.readDict(depth + 1) : this.readHexString();
      case 0x5b: // [
        return this.readArray(depth + 1);
      default:
        break;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.readNumberOrRef();
    if (CHAR_CLASS[c] === DELIMITER) throw this.damaged(`unexpected "${String.fromCharCode(c)}"`);
    const start = this.pos;
    while (!isBoundary(buf[this.pos])) this.pos++;
    const word = buf.toString('latin1', start, Math.min(this.pos, start + 64));
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Keyword(word);
  }

  private checkDepth(depth: number): void {
    if (depth > this.context.limits.maxDepth) {
      throw new PdfReadError('too-large', `arrays and dictionaries nested deeper than ${this.context.limits.maxDepth} levels at ${this.where === 'file' ? 'offset' : `${this.where}, offset`} ${this.pos}`);
    }
  }

  private readArray(depth: number): PdfValue[] {
    this.checkDepth(depth);
    const start = this.pos;
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhitespace();
      const c = this.buf[this.pos];
      if (c === undefined) throw this.damaged('array not closed', start);
      if (c === 0x5d) {
        this.pos++;
        return items;
      }
      items.push(this.readValue(depth));
    }
  }

  private readDict(depth: number): PdfDict {
    this.checkDepth(depth);
    const start = this.pos;
    this.pos += 2;
    const dict = new PdfDict();
    const buf = this.buf;
    for (;;) {
      this.skipWhitespace();
      const c = buf[this.pos];
      if (c === undefined) throw this.damaged('dictionary not closed', start);
      if (c === 0x3e && buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      if (c !== 0x2f) throw this.damaged('dictionary key is not a name');
      const key = this.readName().name;
      this.skipWhitespace();
      // a key without a value before >> is read as null, as viewers do
      if (buf[this.pos] === 0x3e && buf[this.pos + 1] === 0x3e) continue;
      const value = this.readValue(depth);
      // a null value is the same as a missing key (§7.3.7)
      if (value !== null) dict.set(key, value);
    }
  }

  private readName(): PdfName {
    const buf = this.buf;
    let pos = this.pos + 1;
    const start = pos;
    let escaped = false;
    while (!isBoundary(buf[pos])) {
      if (buf[pos] === 0x23) escaped = true;
      pos++;
    }
    this.pos = pos;
    if (!escaped) return new PdfName(decodeNameBytes(buf.subarray(start, pos)));
    const out = new Uint8Array(pos - start);
    let n = 0;
    for (let i = start; i < pos; i++) {
      const b = buf[i]!;
      if (b === 0x23 && i + 2 < pos) {
        const hi = hexValue(buf[i + 1]!);
        const lo = hexValue(buf[i + 2]!);
        if (hi >= 0 && lo >= 0) {
          out[n++] = hi * 16 + lo;
          i += 2;
          continue;
        }
      }
      out[n++] = b; // a # without two hex digits stays as it is
    }
    return new PdfName(decodeNameBytes(out.subarray(0, n)));
  }

  private readNumberOrRef(): number | PdfRef {
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    let negative = false;
    // several signs ("--5") are read as one, as viewers do
    while (buf[pos] === 0x2b || buf[pos] === 0x2d) {
      if (buf[pos] === 0x2d) negative = true;
      pos++;
    }
    const digitsStart = pos;
    let dot = false;
    while (isDigit(buf[pos]) || (buf[pos] === 0x2e && !dot)) {
      if (buf[pos] === 0x2e) dot = true;
      pos++;
    }
    if (!isBoundary(buf[pos])) throw this.damaged('malformed number', start);
    this.pos = pos;
    const text = buf.toString('latin1', digitsStart, pos);
    const magnitude = text === '' || text === '.' ? 0 : Number(text);
    const value = negative ? -magnitude : magnitude;
    if (dot || negative || digitsStart !== start || !Number.isSafeInteger(value)) return value;
    // an integer may start a reference "num gen R"
    const save = this.pos;
    const gen = this.readUnsigned();
    if (gen !== null && this.readKeyword('R')) return new PdfRef(value, gen);
    this.pos = save;
    return value;
  }

  private readLiteralString(): PdfString {
    const buf = this.buf;
    const start = this.pos;
    let pos = start + 1;
    let out = new Uint8Array(64);
    let n = 0;
    const push = (b: number) => {
      if (n === out.length) {
        const bigger = new Uint8Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      out[n++] = b;
    };
    let nesting = 1;
    for (;;) {
      const c = buf[pos];
      if (c === undefined) throw this.damaged('string not closed', start);
      pos++;
      if (c === 0x5c /* \ */) {
        const e = buf[pos];
        if (e === undefined) throw this.damaged('string not closed', start);
        pos++;
        switch (e) {
          case 0x6e: push(0x0a); break; // n
          case 0x72: push(0x0d); break; // r
          case 0x74: push(0x09); break; // t
          case 0x62: push(0x08); break; // b
          case 0x66: push(0x0c); break; // f
          case 0x0d: // line continuation
            if (buf[pos] === 0x0a) pos++;
            break;
          case 0x0a:
            break;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let value = e - 0x30;
              for (let k = 0; k < 2 && buf[pos]! >= 0x30 && buf[pos]! <= 0x37; k++) value = value * 8 + (buf[pos++]! - 0x30);
              push(value & 0xff);
            } else push(e); // \( \) \\ and unknown escapes: the character itself
        }
      } else if (c === 0x28) {
        nesting++;
        push(c);
      } else if (c === 0x29) {
        if (--nesting === 0) break;
        push(c);
      } else if (c === 0x0d) {
        // an end of line inside a string is read as \n (§7.3.4.2)
        if (buf[pos] === 0x0a) pos++;
        push(0x0a);
      } else push(c);
    }
    this.pos = pos;
    return new PdfString(out.slice(0, n));
  }

  private readHexString(): PdfString {
    const buf = this.buf;
    const start = this.pos;
    const end = buf.indexOf(0x3e, start + 1);
    if (end < 0) throw this.damaged('hex string not closed', start);
    const out = new Uint8Array(Math.ceil((end - start) / 2));
    let n = 0;
    let high = -1;
    for (let i = start + 1; i < end; i++) {
      const c = buf[i]!;
      if (CHAR_CLASS[c] === WHITESPACE) continue;
      const v = hexValue(c);
      if (v < 0) throw this.damaged('invalid character in hex string', i);
      if (high < 0) high = v;
      else {
        out[n++] = high * 16 + v;
        high = -1;
      }
    }
    // an odd number of digits: the last one is followed by 0 (§7.3.4.3)
    if (high >= 0) out[n++] = high * 16;
    this.pos = end + 1;
    return new PdfString(out.slice(0, n), true);
  }

  /**
   * `num gen obj value endobj` at the current position, with a stream when the
   * value is a dictionary followed by `stream`.
   */
  readIndirectObject(): IndirectObject {
    const start = this.pos;
    const num = this.readUnsigned();
    const gen = num === null ? null : this.readUnsigned();
    if (num === null || gen === null || !this.readKeyword('obj')) throw this.damaged('no object header ("N G obj")', start);
    const token = this.readToken(0);
    if (token instanceof Keyword) {
      // "N G obj endobj": an empty object, read as null
      if (token.word !== 'endobj') throw this.damaged(`unexpected "${token.word}" in object ${num} ${gen}`);
      return { num, gen, value: null, end: this.pos };
    }
    let value: PdfValue = token;
    if (value instanceof PdfDict && this.readKeyword('stream')) value = this.readStreamData(value, num, gen);
    this.readKeyword('endobj');
    return { num, gen, value, end: this.pos };
  }

  private readStreamData(dict: PdfDict, num: number, gen: number): PdfStream {
    const buf = this.buf;
    // `stream` is followed by CR LF or LF; a lone CR is tolerated
    if (buf[this.pos] === 0x0d && buf[this.pos + 1] === 0x0a) this.pos += 2;
    else if (buf[this.pos] === 0x0a || buf[this.pos] === 0x0d) this.pos++;
    const start = this.pos;
    let end = -1;
    const declared = dict.get('Length');
    const length = typeof declared === 'number' ? declared : declared === undefined ? undefined : this.context.length?.(declared);
    if (length !== undefined && Number.isSafeInteger(length) && length >= 0 && start + length <= buf.length && this.endstreamAt(start + length)) {
      end = start + length;
    } else {
      // the length is wrong, indirect and unknown, or missing: the data ends before `endstream`
      const found = this.context.findEndstream ? this.context.findEndstream(start) : buf.indexOf(ENDSTREAM, start);
      if (found < 0) throw this.damaged(`stream of object ${num} ${gen} has no "endstream"`, start);
      end = found;
      if (end > start && buf[end - 1] === 0x0a) end--;
      if (end > start && buf[end - 1] === 0x0d) end--;
    }
    this.pos = end;
    this.skipWhitespace();
    this.pos += ENDSTREAM.length;
    const raw = buf.subarray(start, end);
    const make = this.context.stream;
    if (!make) throw this.damaged(`stream inside ${this.where}`, start);
    return make(dict, raw);
  }

  private endstreamAt(pos: number): boolean {
    const buf = this.buf;
    let p = pos;
    // only end-of-line and spaces may sit between the data and `endstream`
    for (let k = 0; k < 4 && (buf[p] === 0x0d || buf[p] === 0x0a || buf[p] === 0x20); k++) p++;
    return bytesAt(buf, p, ENDSTREAM);
  }
}

/** `num gen obj` exactly at `pos` (whitespace before it allowed); the numbers, or null */
export function objectHeaderAt(bytes: Uint8Array, pos: number): { num: number; gen: number } | null {
  if (pos < 0 || pos >= bytes.length) return null;
  let p = pos;
  while (isWhitespace(bytes[p]) && p - pos < 4) p++;
  if (p > 0 && !isBoundary(bytes[p - 1])) return null;
  let num = 0;
  const numStart = p;
  while (isDigit(bytes[p])) num = num * 10 + (bytes[p++]! - 0x30);
  if (p === numStart || p - numStart > 10 || !isWhitespace(bytes[p])) return null;
  while (isWhitespace(bytes[p])) p++;
  let gen = 0;
  const genStart = p;
  while (isDigit(bytes[p])) gen = gen * 10 + (bytes[p++]! - 0x30);
  if (p === genStart || p - genStart > 5) return null;
  while (isWhitespace(bytes[p])) p++;
  if (bytes[p] !== 0x6f || bytes[p + 1] !== 0x62 || bytes[p + 2] !== 0x6a || !isBoundary(bytes[p + 3])) return null;
  return { num, gen };
}
