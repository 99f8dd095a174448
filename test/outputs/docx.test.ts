// The agreement as DOCX, read back from its XML: Word's own structure (Title,
// numbered Heading 1–3, bullet lists, a table with a repeating header row,
// signature blocks kept together), page furniture (A4, margins, footer with
// PAGE and NUMPAGES), language and hyphenation, all the content of the model,
// and the same bytes for the same agreement.

import { describe, expect, it } from 'vitest';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement, Partner } from '../../src/model/types.js';
import { buildDocument } from '../../src/render/build-document.js';
import type { DocumentModel, Section } from '../../src/render/document.js';
import { agreement as renderDocx } from '../../src/outputs/docx/render.js';
import { outputKind } from '../../src/outputs/registry.js';
import { example } from '../review/helpers.js';
import { abstractNumOf, expectWellFormed, headingNumbers, openDocx, paragraphs, styleXml, textOf, type DocxPackage } from './docx-package.js';

const render = async (doc: Agreement) => {
  const model = buildDocument(doc);
  const bytes = (await renderDocx!(model, {})) as Uint8Array;
  return { model, bytes, pkg: openDocx(bytes) };
};

const allSections = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...allSections(s.subsections)]);
const body = (pkg: DocxPackage) => pkg.parts['word/document.xml']!;
const footerXml = (pkg: DocxPackage) => Object.entries(pkg.parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1];
/** all text of the body, paragraph by paragraph, white space as one space */
const bodyText = (pkg: DocxPackage) => paragraphs(body(pkg)).map((p) => p.text.replace(/\s+/g, ' ')).join('\n');

describe('the DOCX of the Dithmarschen agreement', async () => {
  const doc = await example('examples/dithmarschen.yaml');
  const { model, bytes, pkg } = await render(doc);
  const paras = paragraphs(body(pkg));

  it('is a registered output kind for agreements and checklists, not rendered by default', () => {
    const kind = outputKind('docx')!;
    expect(kind.extension).toBe('docx');
    expect(kind.documents).toEqual(['agreement', 'checklist']);
    expect(kind.byDefault).toBe(false);
  });

  it('is a well-formed package with the parts Word needs, [Content_Types].xml first', () => {
    expect(pkg.names[0]).toBe('[Content_Types].xml');
    for (const part of ['_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'docProps/core.xml']) {
      expect(pkg.names).toContain(part);
    }
    expectWellFormed(pkg);
  });

  it('sets the title in the Title style', () => {
    expect(paras[0]).toMatchObject({ style: 'Title', text: model.title });
    expect(paras.filter((p) => p.style === 'Title')).toHaveLength(1);
  });

  it('gives every section a heading style whose list numbers it as the model does, with no number typed', () => {
    const sections = allSections(model.sections);
    const headings = headingNumbers(pkg);
    expect(headings.map((h) => h.text)).toEqual(sections.map((s) => s.heading));
    expect(headings.map((h) => h.number)).toEqual(sections.map((s) => (/^\d+$/.test(s.number) ? `${s.number}.` : s.number)));
    expect(headings.map((h) => h.level)).toEqual(sections.map((s) => s.number.split('.').length - 1));
    for (const h of headings) expect(h.text).not.toMatch(/^\d/);
    // both levels occur: 1. and 2.1
    expect(new Set(headings.map((h) => h.level))).toEqual(new Set([0, 1]));
  });

  it('numbers the headings by one multilevel list linked to Heading 1–3 (1., 2.1, 2.1.1)', () => {
    const styles = pkg.parts['word/styles.xml']!;
    const numIds = ['Heading1', 'Heading2', 'Heading3'].map((id) => /<w:numId w:val="(\d+)"/.exec(styleXml(styles, id))![1]!);
    expect(new Set(numIds).size).toBe(1);
    const list = abstractNumOf(pkg.parts['word/numbering.xml']!, numIds[0]!);
    expect(list).toContain('<w:multiLevelType w:val="multilevel"/>');
    expect(list).not.toContain('w:tentative');
    const levels = [...list.matchAll(/<w:lvl w:ilvl="(\d)"[^>]*>(.*?)<\/w:lvl>/gs)].map((m) => ({
      style: /<w:pStyle w:val="([^"]*)"/.exec(m[2]!)?.[1],
      format: /<w:numFmt w:val="([^"]*)"/.exec(m[2]!)?.[1],
      text: /<w:lvlText w:val="([^"]*)"/.exec(m[2]!)?.[1],
    }));
    expect(levels).toEqual([
      { style: 'Heading1', format: 'decimal', text: '%1.' },
      { style: 'Heading2', format: 'decimal', text: '%1.%2' },
      { style: 'Heading3', format: 'decimal', text: '%1.%2.%3' },
    ]);
    for (const [i, id] of ['Heading1', 'Heading2', 'Heading3'].entries()) {
      const style = styleXml(styles, id);
      expect(style, id).toContain(`<w:ilvl w:val="${i}"/>`);
      expect(style, id).toContain(`<w:outlineLvl w:val="${i}"/>`);
      expect(style, id).toContain('<w:keepNext/>');
    }
  });

  it('lays out every list of the model as a bullet list, item by item', () => {
    const items = allSections(model.sections).flatMap((s) => s.blocks.flatMap((b) => (b.type === 'list' ? b.items : [])));
    expect(items.length).toBeGreaterThan(20);
    const listed = paras.filter((p) => p.numId && p.numId !== '0' && p.style === 'ListParagraph');
    expect(listed.map((p) => p.text)).toEqual(items);
    const bullets = abstractNumOf(pkg.parts['word/numbering.xml']!, listed[0]!.numId);
    expect(bullets).toMatch(/<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="bullet"\/>.*?<w:lvlText w:val="•"\/>/s);
    expect(new Set(listed.map((p) => p.numId)).size).toBe(1);
  });

  it('has the contact table with a header row Word repeats on every page', () => {
    const table = allSections(model.sections).flatMap((s) => s.blocks).find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('the example has a contact table');
    const tables = [...body(pkg).matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
    const contacts = tables.find((t) => textOf(t).includes(table.columns[0]!))!;
    const rows = [...contacts.matchAll(/<w:tr\b[^>]*>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[0]).toMatch(/<w:trPr>.*<w:tblHeader\/>.*<\/w:trPr>/s);
    expect(rows.slice(1).some((r) => r.includes('w:tblHeader'))).toBe(false);
    const cells = (row: string) => [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => paragraphs(m[1]!).map((p) => p.text).join('\n'));
    expect(cells(rows[0]!)).toEqual(table.columns);
    expect(rows.slice(1).map(cells)).toEqual(table.rows);
    // the grid fills the text width: 210 mm less 2 × 25 mm
    const grid = [...contacts.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1417);
  });

  it('contains every task text and every partner name', () => {
    const text = bodyText(pkg);
    const tasks = listTasks(doc);
    expect(tasks.length).toBeGreaterThan(10);
    for (const t of tasks) expect(text).toContain(t.text.replace(/\s+/g, ' ').trim());
    for (const p of doc.partners as Partner[]) expect(text).toContain(p.name);
  });

  it('has the party blocks, "Stand" after the last section and a signature block per signatory', () => {
    const text = bodyText(pkg);
    for (const party of model.parties) for (const line of party.lines) expect(text).toContain(line);
    const stand = paras.findIndex((p) => p.text === model.stand);
    const lastHeading = paras.map((p) => p.style).lastIndexOf('Heading1');
    expect(stand).toBeGreaterThan(lastHeading);
    expect(paras[stand]!.style).toBe('AgreeStand');
    // the signature table comes after "Stand": captions and names are in its cells
    const afterStand = body(pkg).slice(body(pkg).indexOf(`>${model.stand}<`));
    const signatures = /<w:tbl>(.*?)<\/w:tbl>/s.exec(afterStand)![1]!;
    for (const sig of model.signatures) {
      expect(textOf(signatures)).toContain(sig.partyName);
      expect(textOf(signatures)).toContain(sig.signatureCaption);
    }
    expect(textOf(signatures).split(model.signatures[0]!.placeDateCaption)).toHaveLength(model.signatures.length + 1);
  });

  it('makes the signature blocks a borderless table with lines, all blocks kept on one page', () => {
    const afterStand = body(pkg).slice(body(pkg).indexOf(`>${model.stand}<`));
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(afterStand)![1]!;
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(table)![1]!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(borders).toMatch(new RegExp(`<w:${side} w:val="none"`));
    const rows = [...table.matchAll(/<w:tr\b[^>]*>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
    // per block: name and signatory, room to sign with two lines, captions; a spacer between blocks
    expect(rows).toHaveLength(model.signatures.length * 4 - 1);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // every row keeps with the next but the very last: the blocks move to a new page together, as in the PDF
    rows.forEach((row, i) => {
      const cellParagraphs = paragraphs(row);
      if (i === rows.length - 1) expect(cellParagraphs.some((p) => p.xml.includes('<w:keepNext/>'))).toBe(false);
      else expect(cellParagraphs.every((p) => p.xml.includes('<w:keepNext/>')), `row ${i}`).toBe(true);
      if (i % 4 === 1) expect([...row.matchAll(/<w:bottom w:val="single"/g)]).toHaveLength(2);
    });
    // "Stand" keeps with them, and the short last section ("Anlagen") with "Stand" (headings keep with the next by their style)
    const stand = paras.findIndex((p) => p.text === model.stand);
    expect(paras[stand]!.xml).toContain('<w:keepNext/>');
    const lastHeading = paras.map((p) => p.style).lastIndexOf('Heading1');
    expect(paras[lastHeading]!.text).toBe(model.sections.at(-1)!.heading);
    for (const p of paras.slice(lastHeading + 1, stand)) expect(p.xml, p.text).toContain('<w:keepNext/>');
  });

  it('is A4 with the PDF\'s 25 mm margins', () => {
    const sect = /<w:sectPr\b[^>]*>(.*?)<\/w:sectPr>/s.exec(body(pkg))![1]!;
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sect)![1]!;
    for (const side of ['top', 'right', 'bottom', 'left']) expect(margin).toContain(`w:${side}="1417"`);
  });

  it('has the footer of the PDF: running title and "Seite X von Y" with PAGE and NUMPAGES fields', () => {
    const footer = footerXml(pkg);
    expect(body(pkg)).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    const instructions = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!.trim());
    expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
    const text = textOf(footer);
    expect(text).toBe(`${model.footer}\tSeite  von `);
    // the page number sits between "Seite" and "von", the page count after "von"
    expect(footer.indexOf('PAGE<')).toBeGreaterThan(footer.indexOf('>Seite <'));
    expect(footer.indexOf('NUMPAGES<')).toBeGreaterThan(footer.indexOf('> von <'));
  });

  it('is German (de-DE) in the defaults and every style, with automatic hyphenation', () => {
    const styles = pkg.parts['word/styles.xml']!;
    expect(/<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(styles)![1]).toContain('<w:lang w:val="de-DE"/>');
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Footer']) expect(styleXml(styles, id), id).toContain('<w:lang w:val="de-DE"/>');
    expect(styles).not.toMatch(/<w:lang w:val="(?!de-DE)/);
    expect(pkg.parts['word/settings.xml']).toMatch(/<w:autoHyphenation(\/>| w:val="(true|1|on)"\/>)/);
  });

  it('names its fonts: Arial in the defaults and styles, which LibreOffice replaces by the metric-compatible Liberation Sans', () => {
    const styles = pkg.parts['word/styles.xml']!;
    expect(/<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(styles)![1]).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
    expect(styleXml(styles, 'Normal')).toContain('w:ascii="Arial"');
    expect(styles).not.toMatch(/DejaVu/);
  });

  it('carries the metadata of the PDF, dated by the agreement\'s version, and fixed ZIP dates', () => {
    const core = pkg.parts['docProps/core.xml']!;
    expect(core).toContain(`<dc:title>${model.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    expect(core).toMatch(new RegExp(`<dcterms:created [^>]*>${model.meta.date}T00:00:00Z</dcterms:created>`));
    expect(core).toMatch(new RegExp(`<dcterms:modified [^>]*>${model.meta.date}T00:00:00Z</dcterms:modified>`));
    expect(pkg.dates.length).toBe(pkg.names.length);
    for (const d of pkg.dates) expect(d, d.name).toMatchObject({ date: model.meta.date, time: '12:00:00' });
  });

  it('gives the same bytes on a second render', async () => {
    const again = await render(doc);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the DOCX in English', async () => {
  const doc = await example('examples/dithmarschen.yaml');
  const { model, pkg } = await render({ ...doc, language: 'en' } as Agreement);

  it('is British English (en-GB), with the English words of the model', () => {
    const styles = pkg.parts['word/styles.xml']!;
    expect(/<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(styles)![1]).toContain('<w:lang w:val="en-GB"/>');
    expect(styleXml(styles, 'Heading1')).toContain('<w:lang w:val="en-GB"/>');
    expect(styles).not.toContain('de-DE');
    expect(textOf(footerXml(pkg))).toMatch(/\tPage {2}of $/);
    expect(headingNumbers(pkg).map((h) => h.text)).toEqual(allSections(model.sections).map((s) => s.heading));
    // agree's own styles are named in the document's language
    expect(styleXml(styles, 'AgreeParty')).toContain('<w:name w:val="Party"/>');
  });
});

describe('a cooperation profile as DOCX', async () => {
  const doc = await example('examples/luebeck.yaml');
  const { model, pkg } = await render(doc);

  it('has no signature table and numbers its sections like the model', () => {
    expect(model.kind).toBe('informal');
    expect(model.signatures).toHaveLength(0);
    expect(headingNumbers(pkg).map((h) => h.number)).toEqual(allSections(model.sections).map((s) => (/^\d+$/.test(s.number) ? `${s.number}.` : s.number)));
    if (model.subtitle) expect(paragraphs(body(pkg)).find((p) => p.style === 'Subtitle')?.text).toBe(model.subtitle);
  });
});

describe('a model with unnumbered sub-headings and a third level', () => {
  it('takes the unnumbered headings off the list and numbers the third level 1.1.1', async () => {
    const model: DocumentModel = {
      ...buildDocument((await example('examples/luebeck.yaml')) as Agreement),
      sections: [
        {
          number: '1',
          heading: 'Eins',
          blocks: [{ type: 'paragraph', text: 'Text' }],
          subsections: [
            { number: '', heading: 'Ohne Nummer', blocks: [], subsections: [] },
            { number: '1.1', heading: 'Eins eins', blocks: [], subsections: [{ number: '1.1.1', heading: 'Drei', blocks: [], subsections: [] }] },
          ],
        },
        { number: '2', heading: 'Zwei', blocks: [], subsections: [] },
      ],
    };
    const pkg = openDocx((await renderDocx!(model, {})) as Uint8Array);
    expect(headingNumbers(pkg).map((h) => [h.number, h.text])).toEqual([
      ['1.', 'Eins'],
      ['', 'Ohne Nummer'],
      ['1.1', 'Eins eins'],
      ['1.1.1', 'Drei'],
      ['2.', 'Zwei'],
    ]);
    const unnumbered = paragraphs(body(pkg)).find((p) => p.text === 'Ohne Nummer')!;
    expect(unnumbered).toMatchObject({ style: 'Heading2', numId: '0' });
  });
});

describe('text that XML cannot carry', () => {
  it('leaves out control characters, lone surrogates and non-characters, and keeps the rest', async () => {
    const bad = 'A\u0001B\u0008C\u000bD\u001fE\u007fF\ud800G\udc00H\ufffeI\uffffJ 😀';
    const base = buildDocument((await example('examples/dithmarschen.yaml')) as Agreement);
    const model: DocumentModel = {
      ...base,
      title: bad,
      sections: [{ number: '1', heading: bad, blocks: [{ type: 'paragraph', text: bad }, { type: 'list', items: [bad] }, { type: 'table', columns: [bad], rows: [[bad]] }], subsections: [] }],
      footer: bad,
      signatures: base.signatures.map((s) => ({ ...s, partyName: bad })),
      meta: { ...base.meta, title: bad, author: bad },
    };
    const pkg = openDocx((await renderDocx!(model, {})) as Uint8Array);
    expectWellFormed(pkg);
    const texts = paragraphs(body(pkg)).map((p) => p.text).filter((t) => t.startsWith('AB'));
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const t of texts) expect(t).toBe('ABCDEFGHIJ 😀');
    expect(pkg.parts['docProps/core.xml']).toContain('<dc:title>ABCDEFGHIJ 😀</dc:title>');
  });
});
