// The object syntax, read through openPdf from hand-made files: strings,
// names, numbers, references, dictionaries, streams with right, wrong and
// indirect /Length, nesting bounds.

import { describe, expect, it } from 'vitest';
import { PdfDict, PdfName, PdfReadError, PdfRef, PdfStream, PdfString, openPdf, type PdfFile, type PdfValue } from '../../src/pdf/index.js';
import { buildPdf, bytes, stream, type Body } from './helpers.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';

function open(objects: Record<number, Body>, options = {}): PdfFile {
  return openPdf(buildPdf({ 1: CATALOG, 2: PAGES, ...objects }, options));
}

function value(body: Body): PdfValue | undefined {
  return open({ 5: body }).object(5);
}

function latin1(v: PdfValue | undefined): string {
  if (!(v instanceof PdfString)) throw new Error(`not a string: ${String(v)}`);
  return Buffer.from(v.bytes).toString('latin1');
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

describe('literal and hex strings', () => {
  it('reads escapes, octal codes, balanced parentheses and line continuations', () => {
    expect(latin1(value('(a\\(b\\)c\\\\ \\n\\r\\t\\b\\f \\101\\0\\053x)'))).toBe('a(b)c\\ \n\r\t\b\f A\x00+x');
    expect(latin1(value('(outer (inner) end)'))).toBe('outer (inner) end');
    expect(latin1(value('(ab\\\ncd\\\r\nef)'))).toBe('abcdef');
    // an unknown escape is the character itself
    expect(latin1(value('(\\q)'))).toBe('q');
  });

  it('reads a bare end of line inside a string as \\n', () => {
    expect(latin1(value('(one\r\ntwo\rthree\nfour)'))).toBe('one\ntwo\nthree\nfour');
  });

  it('reads hex strings with whitespace and an odd number of digits', () => {
    expect(latin1(value('<48 65 6c\n6C 6f>'))).toBe('Hello');
    expect(latin1(value('<414>'))).toBe('A@');
    expect((value('<>') as PdfString).bytes.length).toBe(0);
  });

  it('reports a string that is never closed as damage', () => {
    const pdf = open({ 5: '(open' });
    expect(code(() => pdf.object(5))).toBe('damaged');
  });
});

describe('names, numbers, references', () => {
  it('decodes #xx escapes in names, as UTF-8 when valid', () => {
    const v = value('[/A#20B /Ja#C3#A4 /Caf#E9 /50#25 /a#2 /#]') as PdfName[];
    expect(v.map((n) => n.name)).toEqual(['A B', 'Jaä', 'Café', '50%', 'a#2', '#']);
  });

  it('reads integers, reals and the signs writers produce', () => {
    expect(value('[-12 +5 .5 -.5 3. 0 --4 1234567890]')).toEqual([-12, 5, 0.5, -0.5, 3, 0, -4, 1234567890]);
  });

  it('tells references from pairs of numbers', () => {
    const v = value('[1 0 R 2 3 4 5 R]') as PdfValue[];
    expect(v).toHaveLength(4);
    expect(v[0]).toBeInstanceOf(PdfRef);
    expect(v.slice(1, 3)).toEqual([2, 3]);
    expect(String(v[3])).toBe('4 5 R');
  });

  it('reads true, false, null and skips comments', () => {
    expect(value('[true false null % a comment ] inside\n 7]')).toEqual([true, false, null, 7]);
  });
});

describe('dictionaries', () => {
  it('maps names to values, drops null values and keeps the first of a repeated key', () => {
    const dict = value('<< /A 1 /B (x) /C null /D << /E [1 2] >> /A 2 >>') as PdfDict;
    expect(dict).toBeInstanceOf(PdfDict);
    expect(dict.get('A')).toBe(1);
    expect(dict.has('C')).toBe(false);
    expect((dict.get('D') as PdfDict).get('E')).toEqual([1, 2]);
    expect([...dict.keys()]).toEqual(['A', 'B', 'D']);
  });

  it('reads a key without a value at the end as missing', () => {
    expect([...(value('<< /A 1 /B >>') as PdfDict).keys()]).toEqual(['A']);
  });

  it('refuses a key that is not a name', () => {
    const pdf = open({ 5: '<< (key) 1 >>' });
    expect(code(() => pdf.object(5))).toBe('damaged');
  });

  it('reads 64 levels of nesting and refuses 65 as too large', () => {
    expect(value(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeInstanceOf(Array);
    const pdf = open({ 5: `${'['.repeat(65)}${']'.repeat(65)}` });
    expect(code(() => pdf.object(5))).toBe('too-large');
    const dicts = open({ 5: `${'<< /A '.repeat(65)}1${' >>'.repeat(65)}` });
    expect(code(() => dicts.object(5))).toBe('too-large');
  });
});

describe('streams', () => {
  const data = 'BT /F1 12 Tf (endstream inside a string) Tj ET';

  it('uses a correct /Length', () => {
    const s = value(stream('', data)) as PdfStream;
    expect(Buffer.from(s.raw).toString('latin1')).toBe(data);
    expect(Buffer.from(s.decode()).toString('latin1')).toBe(data);
  });

  it('searches endstream when /Length is too short, too long or absurd', () => {
    for (const length of [3, data.length + 40, 999_999_999]) {
      const s = value(bytes(`<< /Length ${length} >>\nstream\n`, 'plain data', '\nendstream')) as PdfStream;
      expect(Buffer.from(s.raw).toString('latin1')).toBe('plain data');
    }
  });

  it('follows an indirect /Length, also to an object written after the stream', () => {
    const pdf = open({ 5: bytes(`<< /Length 6 0 R >>\nstream\n`, data, '\nendstream'), 6: String(data.length) });
    expect(Buffer.from((pdf.object(5) as PdfStream).raw).toString('latin1')).toBe(data);
  });

  it('searches endstream when an indirect /Length points nowhere or to itself', () => {
    const nowhere = open({ 5: bytes(`<< /Length 99 0 R >>\nstream\n`, 'abc', '\r\nendstream') });
    expect(Buffer.from((nowhere.object(5) as PdfStream).raw).toString('latin1')).toBe('abc');
    const itself = open({ 5: bytes(`<< /Length 5 0 R >>\nstream\n`, 'abc', '\nendstream') });
    expect(Buffer.from((itself.object(5) as PdfStream).raw).toString('latin1')).toBe('abc');
  });

  it('accepts CR LF after the stream keyword and keeps binary data intact', () => {
    const binary = Buffer.from([0, 13, 10, 255, 37, 37, 69, 79, 70, 10]);
    const s = value(bytes(`<< /Length ${binary.length} >>\r\nstream\r\n`, binary, '\r\nendstream')) as PdfStream;
    expect(Buffer.from(s.raw)).toEqual(binary);
  });

  it('reports a stream without endstream as damage', () => {
    const pdf = open({ 5: `<< /Length 999999999 >>\nstream\nno end` });
    expect(code(() => pdf.object(5))).toBe('damaged');
  });
});

describe('objects', () => {
  it('returns undefined for objects that are not there, or asked for with another generation', () => {
    const pdf = open({ 5: '42' });
    expect(pdf.object(5)).toBe(42);
    expect(pdf.object(5, 0)).toBe(42);
    expect(pdf.object(5, 1)).toBeUndefined();
    expect(pdf.object(77)).toBeUndefined();
    expect(pdf.resolve(new PdfRef(77, 0))).toBeNull();
  });

  it('follows chains of references and refuses a cycle', () => {
    const pdf = open({ 5: '6 0 R', 6: '7 0 R', 7: '(end)', 8: '9 0 R', 9: '8 0 R' });
    expect(latin1(pdf.resolve(new PdfRef(5, 0)))).toBe('end');
    expect(code(() => pdf.resolve(new PdfRef(8, 0)))).toBe('damaged');
  });

  it('reads an empty object as null', () => {
    expect(open({ 5: '' }).object(5)).toBeNull();
  });
});
