// Stream filters (ISO 32000-2 §7.4): FlateDecode and LZWDecode with PNG/TIFF
// predictors, ASCIIHexDecode, ASCII85Decode, RunLengthDecode. Image codecs
// (DCT, JPX, JBIG2, CCITT) are refused as 'unsupported': agree never needs
// their pixels. Every decoder stops at `limit` output bytes, so a small
// stream cannot blow up into gigabytes.

import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { DecodeBudget, PdfReadError } from './errors.js';
import { isWhitespace } from './lexer.js';
import { PdfDict, PdfName, type PdfStream, type PdfValue } from './objects.js';

const ABBREVIATIONS: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  RL: 'RunLengthDecode',
};

const IMAGE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

function tooLarge(limit: number): PdfReadError {
  return new PdfReadError('too-large', `a stream decodes to more than ${limit} bytes`);
}

/** Undoes the stream's /Filter chain; `resolve` follows indirect /Filter and /DecodeParms. */
export function decodeStream(stream: PdfStream, resolve: (value: PdfValue | undefined) => PdfValue, budget: DecodeBudget): Uint8Array {
  const dict = stream.dict;
  if (dict.has('F')) throw new PdfReadError('unsupported', 'stream data in an external file (/F)');
  const filterValue = resolve(dict.get('Filter'));
  const parmsValue = resolve(dict.get('DecodeParms'));
  const filters = filterValue === null ? [] : Array.isArray(filterValue) ? filterValue.map((f) => resolve(f)) : [filterValue];
  const parms = Array.isArray(parmsValue) ? parmsValue.map((p) => resolve(p)) : [parmsValue];
  if (filters.length === 0) {
    // no copy is made, but callers turn the bytes into text: they count like decoded bytes
    if (stream.raw.length > budget.limits.maxStreamBytes) throw tooLarge(budget.limits.maxStreamBytes);
    budget.spend(stream.raw.length);
    return stream.raw;
  }
  if (filters.length > budget.limits.maxDepth) throw new PdfReadError('too-large', `a stream has ${filters.length} filters`);
  let data = stream.raw;
  filters.forEach((filter, i) => {
    if (!(filter instanceof PdfName)) throw new PdfReadError('damaged', 'a stream filter is not a name');
    const p = parms[i];
    data = applyFilter(filter.name, data, p instanceof PdfDict ? p : undefined, budget.available(), resolve);
  });
  budget.spend(data.length);
  return data;
}

export function applyFilter(name: string, data: Uint8Array, parms: PdfDict | undefined, limit: number, resolve: (value: PdfValue | undefined) => PdfValue = (v) => v ?? null): Uint8Array {
  const filter = ABBREVIATIONS[name] ?? name;
  switch (filter) {
    case 'FlateDecode':
      return predict(inflate(data, limit), parms, resolve);
    case 'LZWDecode': {
      const early = resolve(parms?.get('EarlyChange'));
      return predict(lzwDecode(data, limit, early === 0 ? 0 : 1), parms, resolve);
    }
    case 'ASCIIHexDecode':
      return asciiHexDecode(data);
    case 'ASCII85Decode':
      return ascii85Decode(data, limit);
    case 'RunLengthDecode':
      return runLengthDecode(data, limit);
    case 'Crypt':
      throw new PdfReadError('unsupported', 'the Crypt filter (encrypted stream)');
    default:
      if (IMAGE_CODECS.has(filter)) throw new PdfReadError('unsupported', `the image filter ${filter}`);
      throw new PdfReadError('unsupported', `the filter ${filter}`);
  }
}

function inflate(data: Uint8Array, limit: number): Uint8Array {
  // Z_SYNC_FLUSH returns what a truncated stream holds instead of failing, as viewers do
  const options = { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH };
  let out: Buffer;
  try {
    out = inflateSync(data, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    try {
      // some writers leave out the zlib header
      out = inflateRawSync(data, options);
    } catch (rawError) {
      if ((rawError as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
      throw new PdfReadError('damaged', `FlateDecode: ${(error as Error).message}`);
    }
  }
  if (out.length > limit) throw tooLarge(limit);
  return out;
}

function intParam(parms: PdfDict | undefined, key: string, fallback: number, resolve: (value: PdfValue | undefined) => PdfValue): number {
  const value = resolve(parms?.get(key));
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback;
}

/** PNG (§7.4.4.4) and TIFF predictor 2 undone; the output is never longer than the input */
function predict(data: Uint8Array, parms: PdfDict | undefined, resolve: (value: PdfValue | undefined) => PdfValue): Uint8Array {
  const predictor = intParam(parms, 'Predictor', 1, resolve);
  if (predictor <= 1) return data;
  const colors = intParam(parms, 'Colors', 1, resolve);
  const bits = intParam(parms, 'BitsPerComponent', 8, resolve);
  const columns = intParam(parms, 'Columns', 1, resolve);
  if (colors < 1 || colors > 32 || ![1, 2, 4, 8, 16].includes(bits) || columns < 1 || columns > 1 << 24) {
    throw new PdfReadError('damaged', `predictor parameters out of range (/Colors ${colors} /BitsPerComponent ${bits} /Columns ${columns})`);
  }
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8));
  if (predictor === 2) return tiffPredictor(data, rowLength, colors, bits);
  if (predictor < 10) throw new PdfReadError('unsupported', `predictor ${predictor}`);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row++) {
    const type = data[row * (rowLength + 1)]!;
    const src = row * (rowLength + 1) + 1;
    const dst = row * rowLength;
    const up = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= pixelBytes ? out[dst + i - pixelBytes]! : 0;
      const above = row > 0 ? out[up + i]! : 0;
      const aboveLeft = row > 0 && i >= pixelBytes ? out[up + i - pixelBytes]! : 0;
      let value: number;
      switch (type) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + above;
          break;
        case 3:
          value = raw + ((left + above) >> 1);
          break;
        case 4: {
          const p = left + above - aboveLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - above);
          const pc = Math.abs(p - aboveLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? above : aboveLeft);
          break;
        }
        default:
          throw new PdfReadError('damaged', `PNG predictor row type ${type}`);
      }
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}

function tiffPredictor(data: Uint8Array, rowLength: number, colors: number, bits: number): Uint8Array {
  if (bits !== 8 && bits !== 16) throw new PdfReadError('unsupported', `TIFF predictor with ${bits} bits per component`);
  const out = Uint8Array.from(data);
  const step = colors * (bits / 8);
  for (let row = 0; row + rowLength <= out.length; row += rowLength) {
    if (bits === 8) {
      for (let i = step; i < rowLength; i++) out[row + i] = (out[row + i]! + out[row + i - step]!) & 0xff;
    } else {
      for (let i = step; i + 1 < rowLength; i += 2) {
        const sum = ((out[row + i]! << 8) | out[row + i + 1]!) + ((out[row + i - step]! << 8) | out[row + i - step + 1]!);
        out[row + i] = (sum >> 8) & 0xff;
        out[row + i + 1] = sum & 0xff;
      }
    }
  }
  return out;
}

/** grows like an array but refuses to pass `limit` bytes */
class Output {
  data: Uint8Array;
  length = 0;
  constructor(
    sizeHint: number,
    private readonly limit: number,
  ) {
    this.data = new Uint8Array(Math.max(16, Math.min(sizeHint, limit)));
  }
  ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed > this.limit) throw tooLarge(this.limit);
    if (needed <= this.data.length) return;
    const bigger = new Uint8Array(Math.min(this.limit, Math.max(needed, this.data.length * 2)));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  push(byte: number): void {
    this.ensure(1);
    this.data[this.length++] = byte;
  }
  result(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

function lzwDecode(data: Uint8Array, limit: number, earlyChange: 0 | 1): Uint8Array {
  const prefix = new Int16Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    lengths[i] = 1;
  }
  const out = new Output(data.length * 3, limit);
  let codeLength = 9;
  let nextCode = 258;
  let previous = -1;
  let bitBuffer = 0;
  let bitCount = 0;
  let pos = 0;
  const firstByte = (code: number) => {
    while (prefix[code]! >= 0) code = prefix[code]!;
    return suffix[code]!;
  };
  const write = (code: number) => {
    const length = lengths[code]!;
    out.ensure(length);
    let at = out.length + length - 1;
    for (let c = code; c >= 0; c = prefix[c]!) out.data[at--] = suffix[c]!;
    out.length += length;
  };
  for (;;) {
    while (bitCount < codeLength && pos < data.length) {
      bitBuffer = ((bitBuffer << 8) | data[pos++]!) & 0xffffff;
      bitCount += 8;
    }
    if (bitCount < codeLength) break;
    const code = (bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1);
    bitCount -= codeLength;
    if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    if (previous < 0) {
      if (code > 255) throw new PdfReadError('damaged', 'LZWDecode: first code is not a byte');
      write(code);
      previous = code;
      continue;
    }
    let first: number;
    if (code < nextCode) first = firstByte(code);
    else if (code === nextCode) first = firstByte(previous);
    else throw new PdfReadError('damaged', `LZWDecode: code ${code} before it was defined`);
    if (nextCode < 4096) {
      prefix[nextCode] = previous;
      suffix[nextCode] = first;
      lengths[nextCode] = lengths[previous]! + 1;
      nextCode++;
    }
    write(code);
    previous = code;
    if (nextCode + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
  }
  return out.result();
}

function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x3e) break; // > ends the data
    if (isWhitespace(c)) continue;
    const v = hexDigit(c);
    if (v < 0) throw new PdfReadError('damaged', `ASCIIHexDecode: invalid character 0x${c.toString(16)}`);
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.slice(0, n);
}

function ascii85Decode(data: Uint8Array, limit: number): Uint8Array {
  const out = new Output(data.length, limit);
  const group: number[] = [];
  const flush = (digits: number[], bytes: number) => {
    let value = 0;
    for (const d of digits) value = value * 85 + d;
    if (value > 0xffffffff) throw new PdfReadError('damaged', 'ASCII85Decode: group out of range');
    out.ensure(bytes);
    for (let k = 0; k < bytes; k++) out.data[out.length++] = (value >>> (24 - 8 * k)) & 0xff;
  };
  let i = data[0] === 0x3c && data[1] === 0x7e ? 2 : 0; // optional <~
  for (; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x7e) break; // ~> ends the data
    if (isWhitespace(c)) continue;
    if (c === 0x7a && group.length === 0) {
      flush([0], 4); // z: four zero bytes
      continue;
    }
    if (c < 0x21 || c > 0x75) throw new PdfReadError('damaged', `ASCII85Decode: invalid character 0x${c.toString(16)}`);
    group.push(c - 0x21);
    if (group.length === 5) {
      flush(group, 4);
      group.length = 0;
    }
  }
  if (group.length === 1) throw new PdfReadError('damaged', 'ASCII85Decode: a final group of one character');
  if (group.length > 1) {
    const count = group.length - 1;
    while (group.length < 5) group.push(84);
    flush(group, count);
  }
  return out.result();
}

function runLengthDecode(data: Uint8Array, limit: number): Uint8Array {
  const out = new Output(data.length * 2, limit);
  let i = 0;
  while (i < data.length) {
    const length = data[i++]!;
    if (length === 128) break;
    if (length < 128) {
      const count = Math.min(length + 1, data.length - i);
      out.ensure(count);
      out.data.set(data.subarray(i, i + count), out.length);
      out.length += count;
      i += count;
    } else {
      if (i >= data.length) break;
      const count = 257 - length;
      out.ensure(count);
      out.data.fill(data[i++]!, out.length, out.length + count);
      out.length += count;
    }
  }
  return out.result();
}
