// What partners about to sign read, in all three outputs: the PDF read back
// with pdf.js, the Markdown, and the DOCX read from its XML. Nothing the YAML
// does not say (no term section without `term`), the date asked once per
// signature block, the seed's single line "Datum, Unterschrift (DWD)" where the
// document asks for it, and "Stand" in the same place — before the signatures.

import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/model/types.js';
import { buildDocument } from '../../src/render/build-document.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { agreement as renderDocx } from '../../src/outputs/docx/render.js';
import { loadPdf, type LoadedPdf } from '../pdf/helpers.js';
import { openDocx, paragraphs, textOf } from '../outputs/docx-package.js';
import { example, minimal } from '../review/helpers.js';

interface Rendered {
  doc: Agreement;
  pdf: LoadedPdf;
  md: string;
  /** the DOCX body's paragraphs, white space as one space */
  docx: string;
  /** the DOCX signature table's XML */
  docxSignatures: string;
}

async function renderAll(doc: Agreement): Promise<Rendered> {
  const model = buildDocument(doc);
  const pdf = await loadPdf(await renderPdf(model));
  const md = renderMarkdown(model);
  const xml = openDocx((await renderDocx!(model, {})) as Uint8Array).parts['word/document.xml']!;
  const docx = paragraphs(xml)
    .map((p) => p.text.replace(/\s+/g, ' '))
    .join('\n');
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
  return { doc, pdf, md, docx, docxSignatures: tables.at(-1) ?? '' };
}

/** the text after "Stand …": where the signature blocks are */
const after = (text: string, stand: string) => {
  const at = text.lastIndexOf(stand);
  expect(at, `"${stand}" in the text`).toBeGreaterThanOrEqual(0);
  return text.slice(at + stand.length);
};

const count = (text: string, word: string) => text.split(word).length - 1;

const TERM_WORDS = /Laufzeit|Kündigung|gekündigt|unbefristet/;

describe('the 2006 Dithmarschen agreement, as signed', async () => {
  const r = await renderAll(await example('examples/dithmarschen-2006.yaml'));
  const stand = 'Stand 6. Juli 2006';

  it('has no term section: the original has none', () => {
    expect(r.doc.term).toBeUndefined();
    expect(r.pdf.text).not.toMatch(TERM_WORDS);
    expect(r.md).not.toMatch(TERM_WORDS);
    expect(r.docx).not.toMatch(TERM_WORDS);
    // the clauses it does have are there
    for (const text of [r.pdf.text, r.md, r.docx]) {
      expect(text).toContain('Der Änderungswunsch ist schriftlich und konkret anzumelden.');
      expect(text).toContain('Diese Vereinbarung wird einmal jährlich von beiden Kooperationspartnern');
    }
  });

  it('has the seed\'s single line "Datum, Unterschrift (…)" per partner in PDF, Markdown and DOCX', () => {
    for (const [name, text] of [
      ['pdf', after(r.pdf.text, stand)],
      ['md', after(r.md, stand)],
      ['docx', after(r.docx, stand)],
    ] as const) {
      expect(count(text, 'Datum, Unterschrift (DWD)'), name).toBe(1);
      expect(count(text, 'Datum, Unterschrift (Arge)'), name).toBe(1);
      expect(count(text, 'Datum'), name).toBe(2);
      expect(text, name).not.toContain('Ort');
    }
  });

  it('has a date field and a signature field per partner in the PDF, no place field', () => {
    for (const id of ['dwd', 'arge']) {
      expect(r.pdf.fields[`${id}.signature`]?.[0]?.type).toBe('signature');
      expect(r.pdf.fields[`${id}.date`]?.[0]?.type).toBe('text');
      expect(r.pdf.fields[`${id}.place`]).toBeUndefined();
    }
    // both on the line's page, the signature field to the right of the date field
    const widgets = r.pdf.pages.flatMap((p) => p.annotations).filter((a) => a.subtype === 'Widget');
    const rect = (name: string) => widgets.find((a) => a.fieldName === name)!.rect;
    expect(rect('dwd.date')[2]).toBeLessThanOrEqual(rect('dwd.signature')[0]!);
  });

  it('draws one line per block in the DOCX', () => {
    expect(count(r.docxSignatures, '<w:bottom w:val="single"')).toBe(2);
  });
});

describe.each(['examples/dithmarschen.yaml', 'examples/nordfriesland.yaml', 'examples/districts/pinneberg.yaml'])('%s', async (file) => {
  const r = await renderAll(await example(file));
  const model = buildDocument(r.doc);

  it('asks the date once per signature block: "Ort, Datum" and "Unterschrift (…)"', () => {
    const blocks = model.signatures.length;
    expect(blocks).toBeGreaterThanOrEqual(2);
    for (const [name, text] of [
      ['pdf', after(r.pdf.text, model.stand)],
      ['md', after(r.md, model.stand)],
      ['docx', after(r.docx, model.stand)],
    ] as const) {
      expect(count(text, 'Ort, Datum'), name).toBe(blocks);
      expect(count(text, 'Datum'), name).toBe(blocks);
      for (const sig of model.signatures) expect(text, name).toContain(`Unterschrift (${sig.signatureCaption.match(/\((.*)\)$/)![1]})`);
    }
    // two lines per block in the DOCX: place/date and signature
    expect(count(r.docxSignatures, '<w:bottom w:val="single"')).toBe(2 * blocks);
  });

  it('has "Stand" after the last section and before the signatures in all three outputs', () => {
    const first = model.signatures[0]!.partyName;
    for (const [name, text] of [
      ['pdf', r.pdf.text],
      ['md', r.md],
      ['docx', r.docx],
    ] as const) {
      const stand = text.lastIndexOf(model.stand);
      expect(stand, name).toBeGreaterThan(text.lastIndexOf(model.sections.at(-1)!.heading));
      expect(stand, name).toBeLessThan(text.lastIndexOf(first));
    }
  });

  it('states the term it has, and only that', () => {
    const term = r.doc.term!;
    expect(term).toBeDefined();
    for (const text of [r.pdf.text, r.md, r.docx]) {
      expect(text).toMatch(/Laufzeit und Kündigung/);
      // "unbefristet" only where the term says so
      expect(/unbefristet/.test(text)).toBe(term.indefinite === true || term.until === null);
    }
  });
});

describe('an agreement without term, amendment or review interval', async () => {
  const r = await renderAll(
    minimal((d) => {
      d.review = { owner: 'dw' };
    }),
  );

  it('gets no term and no amendment section, and no invented interval', () => {
    for (const [name, text] of [
      ['pdf', r.pdf.text],
      ['md', r.md],
      ['docx', r.docx],
    ] as const) {
      expect(text, name).not.toMatch(TERM_WORDS);
      expect(text, name).not.toMatch(/Änderungen|geändert/);
      expect(text, name).not.toMatch(/jährlich/);
      expect(text, name).toContain('Diese Vereinbarung wird regelmäßig von beiden Kooperationspartnern');
    }
  });

  it('says "unbefristet" when the term says indefinite: true, in a section called "Laufzeit"', async () => {
    const open = await renderAll(minimal((d) => (d.term = { indefinite: true })));
    for (const text of [open.pdf.text, open.md, open.docx]) {
      expect(text).toContain('Laufzeit');
      expect(text).not.toContain('Kündigung');
      expect(text).toContain('Diese Vereinbarung ist unbefristet.');
    }
  });
});

describe('the single line with three partners and 1 to 40 tasks', async () => {
  const base = await example('examples/dithmarschen-2006.yaml');
  const withTasks = (n: number): Agreement => ({
    ...base,
    partners: [...base.partners, { id: 'vhs', name: 'Volkshochschule Meldorf', shortName: 'VHS', address: { street: 'Schulstraße 1', postalCode: '25704', city: 'Meldorf' } }],
    responsibilities: [
      ...(base.responsibilities ?? []),
      { by: 'vhs', tasks: Array.from({ length: n }, (_, i) => `Integrationskurs ${i + 1} mit sozialpädagogischer Begleitung und Abbruchprävention`) },
    ],
  });

  it('keeps all three blocks, with their date and signature fields, on one page', async () => {
    const pages = new Set<number>();
    for (let n = 1; n <= 40; n += 3) {
      const pdf = await loadPdf(await renderPdf(buildDocument(withTasks(n))));
      const last = pdf.numPages - 1;
      const text = pdf.pages[last]!.body.join(' ');
      for (const short of ['DWD', 'Arge', 'VHS']) expect(text, `n=${n}`).toContain(`Datum, Unterschrift (${short})`);
      expect(text, `n=${n}`).toContain('Stand 6. Juli 2006');
      for (const id of ['dwd', 'arge', 'vhs']) {
        expect(pdf.fields[`${id}.date`]?.[0]?.page, `n=${n} ${id}`).toBe(last);
        expect(pdf.fields[`${id}.signature`]?.[0]?.page, `n=${n} ${id}`).toBe(last);
      }
      // the page does not hold "Stand" and the signatures alone
      expect(text.indexOf('Stand 6. Juli 2006'), `n=${n}`).toBeGreaterThan(0);
      pages.add(pdf.numPages);
    }
    // the sweep moved the blocks over page breaks
    expect(pages.size).toBeGreaterThan(1);
  });
});
