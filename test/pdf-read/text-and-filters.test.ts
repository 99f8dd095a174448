// PDF text strings (compared with pdf.js on the same file) and stream
// filters, each read back from a stream in a hand-made file.

import { deflateRawSync, deflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { PdfReadError, PdfStream, openPdf, readInfo, type PdfLimits } from '../../src/pdf/index.js';
import { buildPdf, bytes, stream, type Body } from './helpers.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';

function hex(data: Buffer): string {
  return `<${data.toString('hex')}>`;
}

function infoTitle(title: string): Buffer {
  return buildPdf({ 1: CATALOG, 2: PAGES, 3: `<< /Title ${title} >>` }, { trailer: '/Info 3 0 R' });
}

async function pdfjsTitle(file: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(file), verbosity: 0 }).promise;
  try {
    return ((await doc.getMetadata()).info as { Title: string }).Title;
  } finally {
    await doc.destroy();
  }
}

describe('text strings', () => {
  it('decodes PDFDocEncoding as pdf.js does, over every defined byte', async () => {
    const codes: number[] = [];
    // pdf.js reads 0x1B as the start of a language mark, which the standard allows only in UTF-16 (checked below)
    for (let b = 0x18; b <= 0xff; b++) if (b !== 0x1b && b !== 0x7f && b !== 0x9f && b !== 0xad) codes.push(b);
    const file = infoTitle(hex(Buffer.from(codes)));
    const ours = readInfo(openPdf(file)).Title!;
    expect(ours).toBe(await pdfjsTitle(file));
    expect(ours).toContain('•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž€');
    expect(ours.startsWith('˘ˇˆ˝˛˚˜ !"#')).toBe(true);
    expect(ours).toContain('ÄÅÆÇ');
    expect(ours.endsWith('ßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ')).toBe(true);
  });

  it('decodes UTF-16BE and UTF-8 after their byte order marks, surrogate pairs included', async () => {
    const text = 'Gülşen Yılmaz, Ольга, محمد, 12 € 😀';
    const utf16 = infoTitle(hex(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])));
    expect(readInfo(openPdf(utf16)).Title).toBe(text);
    expect(await pdfjsTitle(utf16)).toBe(text);
    const utf8 = infoTitle(hex(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])));
    expect(readInfo(openPdf(utf8)).Title).toBe(text);
  });

  it('leaves out UTF-16 language marks but keeps other control characters', () => {
    const marked = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('\u001bde\u001bHallo', 'utf16le').swap16()]);
    expect(readInfo(openPdf(infoTitle(hex(marked)))).Title).toBe('Hallo');
    expect(readInfo(openPdf(infoTitle('(a\\001b\\tc\\033d)'))).Title).toBe('a\u0001b\tc\u02d9d');
  });
});

function decoded(dict: string, data: Body, limits: Partial<PdfLimits> = {}): Buffer {
  const pdf = openPdf(buildPdf({ 1: CATALOG, 2: PAGES, 5: stream(dict, data) }), limits);
  return Buffer.from((pdf.object(5) as PdfStream).decode());
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PdfReadError) return error.code;
    throw error;
  }
  return 'no error';
}

/** PNG filtering of rows with a given filter type per row, 3 bytes per pixel */
function pngEncode(rows: Buffer[], types: number[], bpp: number): Buffer {
  const out: Buffer[] = [];
  let prev: Buffer = Buffer.alloc(rows[0]!.length);
  rows.forEach((row, r) => {
    const type = types[r % types.length]!;
    const enc = Buffer.alloc(row.length + 1);
    enc[0] = type;
    for (let i = 0; i < row.length; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = prev[i]!;
      const ul = i >= bpp ? prev[i - bpp]! : 0;
      const p = left + up - ul;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - ul);
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : ul;
      const predicted = [0, left, up, (left + up) >> 1, paeth][type]!;
      enc[i + 1] = (row[i]! - predicted) & 0xff;
    }
    out.push(enc);
    prev = row;
  });
  return Buffer.concat(out);
}

describe('filters', () => {
  const sample = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + (i >> 5)) & 0xff));

  it('inflates FlateDecode, also without a zlib header and when cut short', () => {
    expect(decoded('/Filter /FlateDecode', deflateSync(sample))).toEqual(sample);
    expect(decoded('/Filter /FlateDecode', deflateRawSync(sample))).toEqual(sample);
    const cut = deflateSync(sample).subarray(0, 2000);
    const partial = decoded('/Filter /FlateDecode', cut);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial).toEqual(sample.subarray(0, partial.length));
  });

  it('undoes PNG predictors of every row type', () => {
    const columns = 10;
    const rows = Array.from({ length: 40 }, (_, r) => sample.subarray(r * columns * 3, (r + 1) * columns * 3));
    const encoded = deflateSync(pngEncode(rows, [0, 1, 2, 3, 4], 3));
    const out = decoded(`/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns ${columns} >>`, encoded);
    expect(out).toEqual(Buffer.concat(rows));
  });

  it('undoes the TIFF predictor', () => {
    const raw = Buffer.from([10, 20, 30, 40, 50, 60, 1, 2, 3, 4, 5, 6]);
    const enc = Buffer.from(raw);
    for (let row = 0; row < 2; row++) for (let i = 5; i >= 2; i--) enc[row * 6 + i] = (raw[row * 6 + i]! - raw[row * 6 + i - 2]!) & 0xff;
    expect(decoded('/Filter /FlateDecode /DecodeParms << /Predictor 2 /Colors 2 /Columns 3 >>', deflateSync(enc))).toEqual(raw);
  });

  it('decodes the LZW example of the standard', () => {
    // ISO 32000-2 §7.4.4.2: "-----A---B" encodes to 80 0B 60 50 22 0C 0C 85 01
    const example = Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(decoded('/Filter /LZWDecode', example).toString('latin1')).toBe('-----A---B');
  });

  it('decodes ASCIIHex, ASCII85 (with z) and RunLength', () => {
    expect(decoded('/Filter /ASCIIHexDecode', '48 65\n6c6c 6F2>').toString('latin1')).toBe('Hello ');
    expect(decoded('/Filter /ASCII85Decode', '<~9jqo^BlbD-BleB1DJ+*+F(f,q~>').toString('latin1')).toBe('Man is distinguished');
    expect([...decoded('/Filter /ASCII85Decode', 'z!!~>')]).toEqual([0, 0, 0, 0, 0]);
    expect(decoded('/Filter /RunLengthDecode', Buffer.from([2, 0x61, 0x62, 0x63, 0xfd, 0x7a, 128])).toString('latin1')).toBe('abczzzz');
  });

  it('applies a chain of filters in order', () => {
    const data = deflateSync(Buffer.from('chained'));
    expect(decoded('/Filter [/ASCIIHexDecode /FlateDecode]', `${data.toString('hex')}>`).toString()).toBe('chained');
  });

  it('refuses image codecs and unknown filters as unsupported', () => {
    expect(code(() => decoded('/Filter /DCTDecode', 'jpeg'))).toBe('unsupported');
    expect(code(() => decoded('/Filter /JBIG2Decode', 'x'))).toBe('unsupported');
    expect(code(() => decoded('/Filter /MadeUpDecode', 'x'))).toBe('unsupported');
  });

  it('refuses data that is not what the filter expects as damage', () => {
    expect(code(() => decoded('/Filter /ASCIIHexDecode', 'xyz'))).toBe('damaged');
    expect(code(() => decoded('/Filter /FlateDecode', 'not zlib at all'))).toBe('damaged');
    expect(code(() => decoded('/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 0 >>', deflateSync(sample)))).toBe('damaged');
  });

  it('stops a stream at maxStreamBytes and all streams at maxTotalDecodedBytes', () => {
    const big = deflateSync(Buffer.alloc(100_000));
    expect(code(() => decoded('/Filter /FlateDecode', big, { maxStreamBytes: 50_000 }))).toBe('too-large');
    expect(decoded('/Filter /FlateDecode', big, { maxStreamBytes: 100_000 }).length).toBe(100_000);
    const lzwBomb = Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(code(() => decoded('/Filter /LZWDecode', lzwBomb, { maxStreamBytes: 5 }))).toBe('too-large');
    expect(code(() => decoded('/Filter /RunLengthDecode', Buffer.from([0x81, 0x7a, 0x81, 0x7a]), { maxStreamBytes: 200 }))).toBe('too-large');
    const twice = buildPdf({ 1: CATALOG, 2: PAGES, 5: stream('/Filter /FlateDecode', big), 6: stream('/Filter /FlateDecode', big) });
    const pdf = openPdf(twice, { maxTotalDecodedBytes: 150_000 });
    (pdf.object(5) as PdfStream).decode();
    expect(code(() => (pdf.object(6) as PdfStream).decode())).toBe('too-large');
  });

  it('decodes data a stream with no filter holds as it is', () => {
    expect(decoded('', bytes('raw ', Buffer.from([0, 1, 2])))).toEqual(Buffer.from([0x72, 0x61, 0x77, 0x20, 0, 1, 2]));
  });
});
