// Reads a .docx back for the DOCX tests: the ZIP entries (fflate), their
// dates, and the paragraphs of a WordprocessingML part as Word would see them
// (style, list, text), plus the numbers Word gives the numbered headings.

import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { assertWellFormedXml } from '../pdf/helpers.js';

export interface DocxPackage {
  /** entry names in ZIP order */
  names: string[];
  /** every entry as text (all parts of agree's DOCX are XML) */
  parts: Record<string, string>;
  /** DOS date and time of each entry, from the central directory */
  dates: Array<{ name: string; date: string; time: string }>;
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  return { names: Object.keys(files), parts, dates: centralDates(bytes) };
}

function centralDates(bytes: Uint8Array): DocxPackage['dates'] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  expect(eocd, 'end of central directory').toBeGreaterThanOrEqual(0);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: DocxPackage['dates'] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const pad = (n: number) => String(n).padStart(2, '0');
    out.push({
      name,
      date: `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)}`,
      time: `${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** every XML part parses as XML */
export function expectWellFormed(pkg: DocxPackage): void {
  for (const [name, xml] of Object.entries(pkg.parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    expect(() => assertWellFormedXml(xml), name).not.toThrow();
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );

export interface DocxParagraph {
  style: string;
  /** the list the paragraph is in (w:numPr), '' for none, '0' where it is taken off its style's list */
  numId: string;
  ilvl: string;
  text: string;
  xml: string;
}

/** the paragraphs of a part (body, footer), in order, cells included */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>(.*?)<\/w:p>)/gs)].map((m) => {
    const p = m[1] ?? '';
    const ppr = /<w:pPr>(.*?)<\/w:pPr>/s.exec(p)?.[1] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]*)"/.exec(ppr)?.[1] ?? '',
      numId: /<w:numId w:val="([^"]*)"/.exec(ppr)?.[1] ?? '',
      ilvl: /<w:ilvl w:val="([^"]*)"/.exec(ppr)?.[1] ?? '',
      text: textOf(p.replace(/<w:pPr>.*?<\/w:pPr>/s, '')),
      xml: p,
    };
  });
}

/** the text a part shows: w:t, tabs and breaks; field instructions are not text */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\/>/g)) out += m[1] !== undefined ? unescapeXml(m[1]) : m[2] === 'tab' ? '\t' : '\n';
  return out;
}

/** the lists a style or a w:num refers to: numId → its abstractNum's XML */
export function abstractNumOf(numbering: string, numId: string): string {
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
  expect(abstractId, `w:num ${numId}`).toBeDefined();
  return new RegExp(`<w:abstractNum\\b[^>]*w:abstractNumId="${abstractId}"[^>]*>(.*?)</w:abstractNum>`, 's').exec(numbering)![1]!;
}

/** a style's XML from styles.xml */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 's').exec(styles);
  expect(m, `style ${id}`).not.toBeNull();
  return m![1]!;
}

/**
 * The number Word shows before each heading (Heading1–3 on the heading list):
 * counters per level, a level reset by the one above, formatted by the
 * level's w:lvlText. Unnumbered headings (numId 0) get ''.
 */
export function headingNumbers(pkg: DocxPackage): Array<{ text: string; level: number; number: string }> {
  const styles = pkg.parts['word/styles.xml']!;
  const numbering = pkg.parts['word/numbering.xml']!;
  const counters = [0, 0, 0];
  const out: Array<{ text: string; level: number; number: string }> = [];
  for (const p of paragraphs(pkg.parts['word/document.xml']!)) {
    const level = ['Heading1', 'Heading2', 'Heading3'].indexOf(p.style);
    if (level < 0) continue;
    const style = styleXml(styles, p.style);
    const numId = p.numId || /<w:numId w:val="([^"]*)"/.exec(style)?.[1] || '0';
    if (numId === '0') {
      out.push({ text: p.text, level, number: '' });
      continue;
    }
    const ilvl = Number(p.ilvl || /<w:ilvl w:val="([^"]*)"/.exec(style)?.[1] || '0');
    counters[ilvl]!++;
    for (let l = ilvl + 1; l < counters.length; l++) counters[l] = 0;
    const lvl = new RegExp(`<w:lvl w:ilvl="${ilvl}"[^>]*>(.*?)</w:lvl>`, 's').exec(abstractNumOf(numbering, numId))![1]!;
    const template = /<w:lvlText w:val="([^"]*)"/.exec(lvl)![1]!;
    out.push({ text: p.text, level, number: template.replace(/%(\d)/g, (_, d: string) => String(counters[Number(d) - 1])) });
  }
  return out;
}
