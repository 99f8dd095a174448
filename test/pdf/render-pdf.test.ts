import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentModel } from '../../src/render/document.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import {
  ARGE_TASKS,
  CONTACT_NAMES,
  dithmarschen,
  HEADINGS,
  MSB_JMD_TASKS,
  SHARED_TASKS,
  withManyTasks,
} from './fixture.js';
import {
  assertWellFormedXml,
  extractXmp,
  hasTool,
  loadPdf,
  MARGIN,
  PAGE_WIDTH,
  type LoadedPdf,
} from './helpers.js';

let buf: Buffer;
let pdf: LoadedPdf;
let dir: string;

beforeAll(async () => {
  buf = await renderPdf(dithmarschen());
  pdf = await loadPdf(buf);
  dir = mkdtempSync(join(tmpdir(), 'agree-pdf-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** page index (0-based) of the first body line containing `text` */
function pageOf(doc: LoadedPdf, text: string): number {
  return doc.pages.findIndex((p) => p.body.some((line) => line.includes(text)));
}

describe('renderPdf: content', () => {
  it('is a PDF 1.7 of a few A4 pages', () => {
    expect(buf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    expect(pdf.numPages).toBeLessThanOrEqual(4);
    expect(buf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('has the title block', () => {
    const first = pdf.pages[0]!.body;
    expect(first[0]).toBe('Kooperationsvereinbarung');
    expect(first).toContain('zwischen');
    expect(first).toContain('und');
    expect(first).toContain('Migrationssozialberatung (MSB) und Jugendmigrationsdienst (JMD)');
    expect(first).toContain('Rungholtstraße 1');
  });

  it('has every heading, numbered where the model numbers it', () => {
    for (const heading of HEADINGS) expect(pdf.text).toContain(heading);
  });

  it('has every task', () => {
    for (const task of [...MSB_JMD_TASKS, ...ARGE_TASKS, ...SHARED_TASKS]) expect(pdf.text).toContain(task);
  });

  it('extracts umlauts, Turkish, Cyrillic and Arabic-script names exactly', () => {
    const items = pdf.pages.flatMap((p) => p.items.map((i) => i.str));
    for (const name of CONTACT_NAMES) expect(pdf.text).toContain(name);
    expect(items.some((s) => s.includes('Ольга Петрова'))).toBe(true);
    expect(pdf.text).toContain('Ayşe Yılmaz Çağlar');
    expect(pdf.text).toContain('Kostenübernahme');
    expect(pdf.text).toContain('Änderungen und Überprüfung');
    const arabic = pdf.pages.flatMap((p) => p.items).find((i) => i.str === 'محمد');
    expect(arabic?.dir).toBe('rtl');
  });

  it('has "Stand" and the page label with the page count on every page', () => {
    expect(pdf.text).toContain('Stand 6. Juli 2006');
    pdf.pages.forEach((page, i) => {
      expect(page.footer).toContain(`Seite ${i + 1} von ${pdf.numPages}`);
      expect(page.footer).toContain('Kooperationsvereinbarung Kreis Dithmarschen · Stand 6. Juli 2006');
    });
  });

  it('has signature captions after the last section', () => {
    expect(pdf.text).toContain('Unterschrift (DWD)');
    expect(pdf.text).toContain('Unterschrift (ARGE)');
    expect(pdf.text.indexOf('Stand 6. Juli 2006')).toBeLessThan(pdf.text.indexOf('Unterschrift (DWD)'));
    expect(pdf.text.indexOf('Unterschrift (DWD)')).toBeLessThan(pdf.text.indexOf('Unterschrift (ARGE)'));
  });
});

describe('renderPdf: form fields', () => {
  it('has place, date and an unsigned signature field per partner', () => {
    for (const id of ['dwd', 'arge']) {
      expect(pdf.fields[`${id}.place`]?.[0]?.type).toBe('text');
      expect(pdf.fields[`${id}.date`]?.[0]?.type).toBe('text');
      expect(pdf.fields[`${id}.place`]?.[0]?.value).toBe('');
      const sig = pdf.fields[`${id}.signature`];
      expect(sig).toHaveLength(1);
      expect(sig?.[0]?.type).toBe('signature');
    }
    const widgets = pdf.pages.flatMap((p) => p.annotations).filter((a) => a.subtype === 'Widget');
    expect(widgets.filter((a) => a.fieldType === 'Sig').map((a) => a.fieldName)).toEqual([
      'dwd.signature',
      'arge.signature',
    ]);
    expect(widgets.filter((a) => a.fieldType === 'Tx')).toHaveLength(4);
    for (const w of widgets) expect(w.hasAppearance).toBe(true);
  });

  it('writes /FT /Sig widgets with print flag, page and appearance; no NeedAppearances, no JavaScript', () => {
    const raw = buf.toString('latin1');
    const sigs = raw.match(/<<[^]*?\/FT \/Sig[^]*?>>\nendobj/g) ?? [];
    expect(sigs).toHaveLength(2);
    for (const dict of sigs) {
      expect(dict).toMatch(/\/Subtype \/Widget/);
      expect(dict).toMatch(/\/F 4/);
      expect(dict).toMatch(/\/P \d+ 0 R/);
      expect(dict).toMatch(/\/AP <<\n\/N \d+ 0 R/);
      expect(dict).toMatch(/\/Rect \[/);
    }
    expect(raw).toMatch(/\/AcroForm \d+ 0 R/);
    expect(raw).not.toContain('/NeedAppearances');
    expect(raw).not.toContain('/SigFlags');
    expect(raw).not.toContain('/JavaScript');
    expect(raw).not.toMatch(/\/JS\b/);
  });

  it('names fields by fieldId when a partner has several signatories, and never twice', async () => {
    const base = dithmarschen();
    const [dwd, arge] = base.signatures as [DocumentModel['signatures'][0], DocumentModel['signatures'][0]];
    const model = dithmarschen({
      signatures: [
        { ...dwd, fieldId: 'dwd-1', signatoryName: 'Sabine Kühl' },
        { ...dwd, fieldId: 'dwd-2', signatoryName: 'Ольга Петрова' },
        arge,
        { ...arge, partnerId: 'arge' },
        { ...arge, partnerId: 'a.b c' },
      ],
    });
    const doc = await loadPdf(await renderPdf(model));
    const sigs = Object.entries(doc.fields)
      .filter(([, v]) => v[0]?.type === 'signature')
      .map(([k]) => k);
    expect(sigs).toEqual(['dwd-1.signature', 'dwd-2.signature', 'arge.signature', 'arge-2.signature', 'a-b-c.signature']);
    expect(doc.fields['dwd-2.date']?.[0]?.type).toBe('text');
  });

  it('pdfsig lists the unsigned signature fields', { skip: !hasTool('pdfsig') }, () => {
    const file = join(dir, 'sig.pdf');
    writeFileSync(file, buf);
    const out = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    expect(out.stdout).toContain('Signature Field Name: dwd.signature');
    expect(out.stdout).toContain('Signature Field Name: arge.signature');
    expect(out.stdout).toContain('not signed');
  });
});

describe('renderPdf: PDF/A, tagging, metadata', () => {
  it('declares PDF/A-2b with sRGB output intent, language and display title', () => {
    const raw = buf.toString('latin1');
    const xmp = extractXmp(buf);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/S /GTS_PDFA1');
    expect(raw).toContain('/Lang (de)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/StructTreeRoot');
  });

  it('has document metadata in the Info dictionary and the XMP', () => {
    expect(pdf.info['Title']).toBe('Kooperationsvereinbarung Kreis Dithmarschen');
    expect(pdf.info['Subject']).toContain('Kooperationsvereinbarung zwischen');
    expect(pdf.info['Keywords']).toContain('Jugendmigrationsdienst');
    expect(pdf.metadata?.get('dc:title')).toBe('Kooperationsvereinbarung Kreis Dithmarschen');
    const xmp = extractXmp(buf);
    assertWellFormedXml(xmp);
    expect(xmp).toContain('<xmp:CreateDate>2006-07-06T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2006-07-06T00:00:00Z</xmp:ModifyDate>');
    expect(pdf.info['CreationDate']).toBe('D:20060706000000Z');
    expect(pdf.info['ModDate']).toBe('D:20060706000000Z');
  });

  it('tags headings, paragraphs, lists, tables and form fields', () => {
    const roles = new Set(pdf.pages.flatMap((p) => [...p.roles]));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Form']) {
      expect(roles, role).toContain(role);
    }
  });

  it('escapes hostile metadata in the XMP (well-formed, round-trips)', async () => {
    const hostile = 'A & B <C> "D"';
    const model = dithmarschen({
      meta: { ...dithmarschen().meta, title: hostile, author: "O'Brien & <Söhne>", subject: '</rdf:li>]]>', keywords: 'a&b, <x>' },
    });
    const out = await renderPdf(model);
    const xmp = extractXmp(out);
    assertWellFormedXml(xmp);
    expect(xmp).toContain('A &amp; B &lt;C&gt; &quot;D&quot;');
    const loaded = await loadPdf(out);
    expect(loaded.info['Title']).toBe(hostile);
    expect(loaded.metadata?.get('dc:title')).toBe(hostile);
    expect(loaded.metadata?.get('dc:creator')).toEqual(["O'Brien & <Söhne>"]);
  });

  it('the XML check rejects what pdfkit alone would write', () => {
    expect(() => assertWellFormedXml('<x:a><dc:title>A & B <C> "D"</dc:title></x:a>')).toThrow();
    expect(() => assertWellFormedXml('<a><b></a></b>')).toThrow();
    expect(() => assertWellFormedXml('<a x="1" x="2"/>')).toThrow();
  });

  it('passes qpdf --check', { skip: !hasTool('qpdf') }, () => {
    const file = join(dir, 'check.pdf');
    writeFileSync(file, buf);
    const out = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toContain('No syntax or stream encoding errors found');
    expect(out.stderr).toBe('');
  });
});

describe('renderPdf: reproducibility', () => {
  it('renders identical bytes for identical input', async () => {
    const other = await renderPdf(withManyTasks(30)); // something else in between
    expect(other.equals(buf)).toBe(false);
    const again = await renderPdf(dithmarschen());
    expect(again.equals(buf)).toBe(true);
  });

  it('renders the same bytes in a fresh module instance (first render of a process)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/render/pdf/render-pdf.js');
    expect((await fresh.renderPdf(dithmarschen())).equals(buf)).toBe(true);
  });

  it('derives the file ID from the content', async () => {
    const id = (b: Buffer) => /\/ID \[(<[0-9a-f]+>) \1\]/.exec(b.toString('latin1'))?.[1];
    expect(id(buf)).toMatch(/^<[0-9a-f]{32}>$/);
    const changed = await renderPdf(dithmarschen({ stand: 'Stand 7. Juli 2006' }));
    expect(id(changed)).not.toBe(id(buf));
  });
});

describe('renderPdf: layout', () => {
  it('never splits a signature block', async () => {
    const pagesSeen = new Set<string>();
    for (let n = 12; n <= 51; n += 3) {
      const doc = await loadPdf(await renderPdf(withManyTasks(n)));
      const places: number[] = [];
      for (const [id, name, caption] of [
        ['dwd', 'Diakonisches Werk Dithmarschen', 'Unterschrift (DWD)'],
        ['arge', 'Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen', 'Unterschrift (ARGE)'],
      ] as const) {
        const namePage = doc.pages.findIndex((p) => p.body.includes(name));
        const captionPage = pageOf(doc, caption);
        const fieldPage = doc.fields[`${id}.signature`]?.[0]?.page;
        const placePage = doc.fields[`${id}.place`]?.[0]?.page;
        expect(namePage, `n=${n} ${id}`).toBeGreaterThanOrEqual(0);
        expect(captionPage, `n=${n} ${id}`).toBe(namePage);
        expect(fieldPage, `n=${n} ${id}`).toBe(namePage);
        expect(placePage, `n=${n} ${id}`).toBe(namePage);
        places.push(namePage);
      }
      pagesSeen.add(places.join('/'));
    }
    // the sweep moved the blocks across page boundaries; two blocks fit on a
    // page, so they always stay together
    expect(pagesSeen.size).toBeGreaterThan(2);
    expect([...pagesSeen].every((p) => p.split('/')[0] === p.split('/')[1])).toBe(true);
  });

  it('breaks words and URLs wider than the line', async () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(3);
    const url = `https://www.example.org/${'sehr-langer-pfad/'.repeat(12)}vereinbarung.pdf`;
    const model = dithmarschen();
    model.sections[0]!.blocks.push(
      { type: 'paragraph', text: `Vorher ${word} nachher.` },
      { type: 'paragraph', text: `Siehe ${url}` },
      { type: 'list', items: [word] },
      { type: 'table', columns: ['Kurz', 'Lang'], rows: [['x', word]] },
    );
    const doc = await loadPdf(await renderPdf(model));
    const joined = doc.pages
      .flatMap((p) => p.body)
      .join('')
      .replace(/\s+/g, '');
    // the compound is hyphenated (a hyphen added at each break), the URL breaks after "/" and "." only
    expect(joined.replace(/-/g, '')).toContain(word);
    expect(joined).toContain(url);
    const right = PAGE_WIDTH - MARGIN + 0.5;
    for (const page of doc.pages) {
      for (const item of page.items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(MARGIN - 0.5);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(right);
      }
    }
  });

  it('repeats table headers on continuation pages and splits rows taller than a page', async () => {
    const model = dithmarschen();
    const rows = Array.from({ length: 70 }, (_, i) => [`Person ${i + 1}`, 'DWD', `Aufgabe ${i + 1}`, `p${i + 1}@example.org`]);
    rows.splice(35, 0, ['Riesig', 'DWD', Array.from({ length: 400 }, (_, i) => `Wort${i}`).join(' '), 'x@example.org']);
    model.sections[2]!.blocks = [{ type: 'table', columns: ['Name', 'Partner', 'Aufgabe', 'E-Mail'], rows }];
    const doc = await loadPdf(await renderPdf(model));
    const tablePages = doc.pages.filter((p) => p.body.some((l) => /^Person \d+$/.test(l) || /Wort\d+/.test(l)));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const page of tablePages) expect(page.body).toContain('E-Mail');
    for (let i = 1; i <= 70; i++) expect(doc.text).toContain(`Person ${i} `);
    for (const w of ['Wort0', 'Wort199', 'Wort399']) expect(doc.text).toContain(w);
    for (const page of doc.pages) {
      for (const item of page.items) {
        if (item.y > 50) expect(item.y, item.str).toBeGreaterThan(MARGIN - 1);
      }
    }
  });

  it('draws U+FFFD for characters DejaVu Sans lacks, never .notdef', async () => {
    const model = dithmarschen();
    model.sections[0]!.blocks.push({ type: 'paragraph', text: 'Kontakt: 张伟 und Ayşe' });
    model.signatures[0]!.partyName = 'Träger 李 e.V.';
    const doc = await loadPdf(await renderPdf(model));
    expect(doc.text).toContain('Kontakt: \uFFFD\uFFFD und Ayşe');
    expect(doc.text).toContain('Träger \uFFFD e.V.');
    expect(doc.text).not.toContain('\u0000');
  });

  it('renders an informal profile and hostile strings without crashing', async () => {
    const model: DocumentModel = {
      ...dithmarschen(),
      kind: 'informal',
      between: '',
      and: '',
      subtitle: 'Hansestadt Lübeck',
      signatures: [],
      footer: 'x'.repeat(500),
      title: 'Kooperationsprofil \u0000\u0007 (Lübeck) \\ <script>',
      sections: [
        {
          number: '1',
          heading: '',
          blocks: [
            { type: 'paragraph', text: '' },
            { type: 'list', items: [] },
            { type: 'table', columns: [], rows: [] },
            { type: 'table', columns: ['A'], rows: [['1', '2', '3'], []] },
            { type: 'paragraph', text: 'Zeile 1\nZeile 2\r\n\tZeile 3' },
          ],
          subsections: [],
        },
      ],
    };
    const doc = await loadPdf(await renderPdf(model));
    expect(doc.fields['dwd.signature']).toBeUndefined();
    expect(doc.text).toContain('Hansestadt Lübeck');
    expect(doc.text).toContain('Kooperationsprofil (Lübeck) \\ <script>');
    expect(doc.pages[0]!.body).toContain('Zeile 2');
    expect(doc.pages[0]!.footer.join(' ')).toContain('…');
  });
});
