// What the agreement and the checklist DOCX share: A4 page, fonts, styles,
// the heading and bullet numbering, the footer with page fields, text runs
// made safe for XML, and packing into reproducible bytes.
//
// Fonts: Arial throughout. It is on every Windows and Mac office PC, it is what
// most German administrations write their letters in, and LibreOffice replaces
// it with the metrically identical Liberation Sans where Arial is missing, so
// line and page breaks stay the same. DejaVu Sans (the PDF's font, embedded
// there) is on few office PCs; Word would fall back to some other font.
//
// Imported only through render.ts, the lazily loaded chunk of the `docx`
// output kind: `agree check` never loads the `docx` library.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
  type IPropertiesOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { DocxWords } from './words.js';

// ---------------------------------------------------------------------------
// units and page

/** twentieths of a point, Word's unit of length */
export const pt = (points: number) => Math.round(points * 20);
export const mm = (millimetres: number) => Math.round((millimetres * 72 * 20) / 25.4);
/** half points, Word's unit of font size */
const size = (points: number) => Math.round(points * 2);

export const PAGE = { width: 11906, height: 16838 } as const;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** the width between the margins, in twips */
export const textWidth = (m: Margins) => PAGE.width - m.left - m.right;

export const FONT = 'Arial';
export const INK = '111111';
export const MUTED = '555555';
export const HAIRLINE = 'C8C8C8';

/** border widths in eighths of a point */
export const LINE = { heavy: 6, medium: 4, hair: 2 } as const;

// ---------------------------------------------------------------------------
// text

// Characters XML 1.0 does not allow (C0 controls but tab and line feed, lone
// surrogates, U+FFFE/U+FFFF) and C1 controls: Word refuses a document with
// the former, and neither draws anything.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** user text as Word shows it: no characters XML forbids, tabs as spaces, lines trimmed */
export function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(NOT_TEXT, '')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * Text runs of `text`: line feeds become line breaks. The text goes into
 * w:t as character data (the library escapes it), so nothing in it can become
 * markup or a field.
 */
export function runs(text: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

type ParagraphOptions = Omit<Exclude<ConstructorParameters<typeof Paragraph>[0], string>, 'children' | 'style' | 'text'>;

/** a paragraph of text in `style` (empty when the text is); `run`: formatting of the text beyond the style's */
export function para(text: string, style: string, extra: ParagraphOptions = {}, run: Parameters<typeof runs>[1] = {}): Paragraph {
  return new Paragraph({ ...extra, style, children: runs(text, run) });
}

// ---------------------------------------------------------------------------
// styles and numbering

/** ids of agree's styles (Word's built-in ids where Word has one) */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  headings: ['Heading1', 'Heading2', 'Heading3'],
  list: 'ListParagraph',
  footer: 'Footer',
  connector: 'AgreeConnector',
  party: 'AgreeParty',
  partyDetail: 'AgreePartyDetail',
  stand: 'AgreeStand',
  signatureParty: 'AgreeSignatureParty',
  signatory: 'AgreeSignatory',
  signatureCaption: 'AgreeSignatureCaption',
  tableText: 'AgreeTableText',
  tableHeading: 'AgreeTableHeading',
  note: 'AgreeNote',
} as const;

export const HEADING_NUMBERING = 'agree-headings';
export const BULLETS = 'agree-bullets';

export interface Look {
  /** body text size and line distance */
  body: { size: number; leading: number; after: number };
  title: { size: number; align: 'center' | 'left' };
  /** Heading 1–3: size, space before and after */
  headings: Array<{ size: number; before: number; after: number }>;
  /** table text; the header row in `headSize` */
  table: { size: number; leading: number; headSize: number };
  /** space between list items */
  itemGap: number;
  /** the indent of a bullet list's text */
  listIndent: number;
}

/** the space Arial takes per line at 1.0 line distance, as a fraction of its size */
const ARIAL_LINE = 1.15;
/** a line distance of `leading` points for `fontSize` points, in Word's 240ths of a line */
const lineRule = (fontSize: number, leading: number) => Math.round((leading / (fontSize * ARIAL_LINE)) * 240);

function styles(words: DocxWords, look: Look): IParagraphStyleOptions[] {
  const lang = { value: words.locale };
  const body = { font: FONT, size: size(look.body.size), language: lang };
  const s = words.styles;
  const custom = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    ...options,
  });
  const cellSpacing = { before: 0, after: 0, line: lineRule(look.table.size, look.table.leading) };
  return [
    {
      id: STYLE.normal,
      name: 'Normal',
      quickFormat: true,
      run: { ...body, color: INK },
      paragraph: { spacing: { before: 0, after: pt(look.body.after), line: lineRule(look.body.size, look.body.leading) } },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { font: FONT, size: size(look.title.size), bold: true, color: INK, language: lang },
      paragraph: {
        alignment: look.title.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: pt(12), line: 240 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
      },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { ...body, color: MUTED },
      paragraph: { alignment: look.title.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: pt(10), after: pt(16) }, keepNext: true },
    },
    ...look.headings.map((h, level) => ({
      id: STYLE.headings[level]!,
      name: `heading ${level + 1}`,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { font: FONT, size: size(h.size), bold: true, color: INK, language: lang },
      paragraph: {
        spacing: { before: pt(h.before), after: pt(h.after), line: 240 },
        keepNext: true,
        keepLines: true,
        outlineLevel: level,
        numbering: { reference: HEADING_NUMBERING, level },
      },
    })),
    {
      id: STYLE.list,
      name: 'List Paragraph',
      basedOn: STYLE.normal,
      quickFormat: true,
      paragraph: { spacing: { after: pt(look.itemGap) }, indent: { left: pt(look.listIndent), hanging: pt(look.listIndent) } },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      run: { font: FONT, size: size(7.5), color: MUTED, language: lang },
      paragraph: {
        spacing: { before: 0, after: 0, line: 240 },
        border: { top: { style: BorderStyle.SINGLE, size: LINE.hair, color: HAIRLINE, space: 4 } },
      },
    },
    custom(STYLE.connector, s.connector, {
      run: { color: MUTED },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: pt(4), after: pt(4) }, keepNext: true },
    }),
    custom(STYLE.party, s.party, {
      next: STYLE.partyDetail,
      run: { bold: true, size: size(11) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: pt(6), after: 0 }, keepNext: true, keepLines: true },
    }),
    custom(STYLE.partyDetail, s.partyDetail, {
      basedOn: STYLE.party,
      next: STYLE.partyDetail,
      run: { bold: false, size: size(10) },
      paragraph: { spacing: { before: 0, after: 0 } },
    }),
    custom(STYLE.stand, s.stand, { run: { bold: true }, paragraph: { spacing: { before: pt(14), after: 0 } } }),
    custom(STYLE.signatureParty, s.signatureParty, {
      run: { bold: true, size: size(10.5) },
      paragraph: { spacing: { before: 0, after: 0 }, keepNext: true, keepLines: true },
    }),
    custom(STYLE.signatory, s.signatory, {
      basedOn: STYLE.signatureParty,
      next: STYLE.signatory,
      run: { bold: false, size: size(10) },
    }),
    custom(STYLE.signatureCaption, s.signatureCaption, {
      run: { size: size(8), color: MUTED },
      paragraph: { spacing: { before: pt(3), after: 0, line: 240 }, keepLines: true },
    }),
    custom(STYLE.tableText, s.tableText, { run: { size: size(look.table.size) }, paragraph: { spacing: cellSpacing } }),
    custom(STYLE.tableHeading, s.tableHeading, {
      basedOn: STYLE.tableText,
      next: STYLE.tableText,
      run: { bold: true, size: size(look.table.headSize) },
      paragraph: { keepNext: true },
    }),
    custom(STYLE.note, s.note, { run: { size: size(8), color: MUTED }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } }),
  ];
}

/**
 * The multilevel list of the headings (1., 1.1, 1.1.1, each level linked to
 * its heading style, as Word's own "1 Heading 1" list does) and the bullet
 * list.
 */
function numbering(look: Look): IPropertiesOptions['numbering'] {
  const numberIndent = [pt(22), pt(30), pt(38)];
  return {
    config: [
      {
        reference: HEADING_NUMBERING,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          // "1.", "2.1", "2.1.3": the German and English convention, as in the PDF
          text: level === 0 ? '%1.' : Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          isLegalNumberingStyle: true,
          style: {
            style: STYLE.headings[level],
            paragraph: { indent: { left: numberIndent[level]!, hanging: numberIndent[level]! } },
          },
        })),
      },
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.TAB,
            style: {
              run: { font: FONT },
              paragraph: { indent: { left: pt(look.listIndent), hanging: pt(look.listIndent) } },
            },
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------
// footer

/**
 * The footer of the PDF: the running title on the left, "Seite X von Y" on
 * the right, with Word's PAGE and NUMPAGES fields for the numbers. `label`
 * is the model's page label with {page} and {pages}.
 */
export function footer(running: string, label: string, margins: Margins): Footer {
  const children: ParagraphChild[] = [...runs(running.replace(/\n/g, ' '))];
  const parts = clean(label).replace(/\n/g, ' ').split(/(\{pages?\})/);
  if (parts.some((p) => p)) children.push(new TextRun({ children: [new Tab()] }));
  for (const part of parts) {
    if (part === '{page}') children.push(new TextRun({ children: [PageNumber.CURRENT] }));
    else if (part === '{pages}') children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
    else if (part) children.push(new TextRun({ text: part }));
  }
  return new Footer({
    children: [new Paragraph({ style: STYLE.footer, tabStops: [{ type: TabStopType.RIGHT, position: textWidth(margins) }], children })],
  });
}

// ---------------------------------------------------------------------------
// the document

export interface DocumentParts {
  words: DocxWords;
  look: Look;
  margins: Margins;
  meta: { title: string; subject: string; author: string; keywords: string; date: string };
  footer: { text: string; label: string };
  children: ConstructorParameters<typeof Document>[0]['sections'][number]['children'];
}

/** Packs the document into .docx bytes: the same parts give the same bytes. */
export async function pack(parts: DocumentParts): Promise<Uint8Array> {
  const { words, look, margins, meta } = parts;
  const oneLine = (t: string) => clean(t).replace(/\n+/g, ' ');
  const doc = new Document({
    title: oneLine(meta.title),
    subject: oneLine(meta.subject),
    creator: oneLine(meta.author),
    keywords: oneLine(meta.keywords),
    lastModifiedBy: oneLine(meta.author),
    revision: 1,
    styles: {
      // the language and font also where no style says otherwise (comments, text pasted in)
      default: { document: { run: { font: FONT, size: size(look.body.size), language: { value: words.locale } } } },
      paragraphStyles: styles(words, look),
    },
    numbering: numbering(look),
    hyphenation: { autoHyphenation: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...margins, header: mm(12), footer: mm(9) },
          },
        },
        footers: { default: footer(parts.footer.text, parts.footer.label, margins) },
        children: parts.children,
      },
    ],
  });
  return finish(await Packer.toBuffer(doc), meta.date);
}

/**
 * What the library cannot be told, done on its package: list and hyphenation
 * settings in numbering.xml and styles.xml (see below), and fixed dates —
 * docProps/core.xml says the model's date (the agreement's version, the
 * checklist's review day) instead of the time of rendering, and every ZIP
 * entry carries that date too. The other parts stay as they are, in order.
 */
function finish(bytes: Uint8Array, isoDate: string): Uint8Array {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && isoDate >= '1980-01-01' && isoDate < '2100-01-01' ? isoDate : '1980-01-01';
  const stamp = `${date}T00:00:00Z`;
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = encode(tableTextUnhyphenated(decode(styles)));
  const numbering = files['word/numbering.xml'];
  if (numbering) files['word/numbering.xml'] = encode(listsInUse(decode(numbering)));
  if (core) {
    files['docProps/core.xml'] = encode(decode(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  }
  // ZIP keeps local time without a zone: a Date made of the same local
  // fields gives the same bytes in every time zone (noon: no DST gap)
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  // [Content_Types].xml first, as Word writes it: some tools recognise a package by its first entry
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const names = [...first.filter((n) => n in files), ...Object.keys(files).filter((n) => !first.includes(n))];
  return zipSync(Object.fromEntries(names.map((name) => [name, [files[name]!, { mtime }]])), { level: 6 });
}

/**
 * Table text and notes are not hyphenated (w:suppressAutoHyphens, which the
 * library does not write): names, ids, e-mail addresses and phone numbers in
 * narrow columns would be, and a column is never narrower than its longest
 * word.
 */
function tableTextUnhyphenated(xml: string): string {
  // before w:spacing, its place in the order of paragraph properties (these styles have no others)
  return [STYLE.tableText, STYLE.note].reduce(
    (out, id) => out.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*?)(<w:spacing\\b)`, 's'), '$1<w:suppressAutoHyphens/>$2'),
    xml,
  );
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const encode = (s: string) => new TextEncoder().encode(s);

/**
 * The library writes every list as "hybridMultilevel" (a list of its own per
 * level, as bullet lists are), each level marked tentative (unused). The
 * headings' list is one outline, as Word's own heading numbering:
 * "multilevel", all levels in use; of the bullet list, the first level is.
 */
function listsInUse(xml: string): string {
  return xml.replace(/<w:abstractNum\b[^>]*>(?:(?!<\/w:abstractNum>).)*?<\/w:abstractNum>/gs, (abstract) =>
    abstract.includes(`<w:pStyle w:val="${STYLE.headings[0]}"/>`)
      ? abstract.replace('<w:multiLevelType w:val="hybridMultilevel"/>', '<w:multiLevelType w:val="multilevel"/>').replace(/ w:tentative="1"/g, '')
      : abstract.replace('<w:lvl w:ilvl="0" w:tentative="1">', '<w:lvl w:ilvl="0">'),
  );
}


// ---------------------------------------------------------------------------
// tables

export const CELL_MARGIN = { x: pt(4), y: pt(3.5) };
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

export interface DataTable {
  /** column widths in twips, adding up to the text width */
  widths: number[];
  /** the header row's cells, repeated on every page (w:tblHeader); null for none */
  head: Cell[] | null;
  rows: Cell[][];
  /** the least height of each body row, in twips: room to write in */
  minHeights?: Array<number | undefined>;
  /** rows never split over two pages (as the checklist PDF's) */
  wholeRows?: boolean;
  /** the header row on grey, as the checklist PDF's */
  shadeHead?: boolean;
}

/** what a cell holds: its paragraphs (and content controls in them) */
export type Cell = Paragraph[];

/**
 * A table like the PDF's: a heavy rule above and below, a medium one under
 * the header row, hairlines between rows, no vertical lines. The header row
 * repeats on every page and never splits; an empty paragraph follows, so that
 * two tables never run into one.
 */
export function dataTable(t: DataTable): Array<Paragraph | Table> {
  const width = sumOf(t.widths);
  const cell = (children: Cell, c: number, head: boolean) =>
    new TableCell({
      width: { size: t.widths[c]!, type: WidthType.DXA },
      ...(head ? { borders: { bottom: { style: BorderStyle.SINGLE, size: LINE.medium, color: INK } } } : {}),
      ...(head && t.shadeHead ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F1F1' } } : {}),
      children: children.length ? children : [new Paragraph({ style: STYLE.tableText, children: [] })],
    });
  const rows = [
    ...(t.head ? [new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((c, i) => cell(c, i, true)) })] : []),
    ...t.rows.map((r, i) => {
      const height = t.minHeights?.[i];
      return new TableRow({
        ...(height ? { height: { value: height, rule: HeightRule.ATLEAST } } : {}),
        ...(t.wholeRows ? { cantSplit: true } : {}),
        children: r.map((c, j) => cell(c, j, false)),
      });
    }),
  ];
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: t.widths,
      layout: TableLayoutType.FIXED,
      margins: { top: CELL_MARGIN.y, bottom: CELL_MARGIN.y, left: CELL_MARGIN.x, right: CELL_MARGIN.x },
      borders: {
        top: { style: BorderStyle.SINGLE, size: LINE.heavy, color: INK },
        bottom: { style: BorderStyle.SINGLE, size: LINE.heavy, color: INK },
        left: NO_BORDER,
        right: NO_BORDER,
        insideVertical: NO_BORDER,
        insideHorizontal: { style: BorderStyle.SINGLE, size: LINE.hair, color: HAIRLINE },
      },
      rows,
    }),
    new Paragraph({ style: STYLE.normal, spacing: { after: 0, line: 240 }, children: [] }),
  ];
}

export const sumOf = (a: number[]) => a.reduce((x, y) => x + y, 0);

export interface SignatureEntry {
  party: string;
  /** signatory name, role: lines under the party's name (empty ones left out) */
  who: string[];
  /** caption under the left line ("Ort, Datum"); empty: one line only, from the left margin, captioned `right` */
  left: string;
  /** caption under the right line ("Unterschrift (DWD)"), or under the single line ("Datum, Unterschrift (DWD)") */
  right: string;
}

/**
 * One borderless table for all signature blocks: per block the party's name
 * and who signs, then a row of room to sign in with a line under "Ort, Datum"
 * on the left and under the signature caption on the right (the PDF's 42 % /
 * 8 % / 50 %). Every row but the very last keeps with the next and no row
 * splits: all blocks move to the next page together when they fit on one, as
 * in the PDF (Word and LibreOffice both honour it); where they do not fit,
 * the break falls between rows, and cantSplit keeps each row whole.
 */
export function signatureTable(entries: SignatureEntry[], width: number, spaceBefore: number): Array<Paragraph | Table> {
  if (!entries.length) return [];
  const left = Math.round(width * 0.42);
  const gap = Math.round(width * 0.08);
  const widths = [left, gap, width - left - gap];
  const line = { style: BorderStyle.SINGLE, size: LINE.medium, color: INK };
  const none = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  const empty = () => [new Paragraph({ style: STYLE.signatureCaption, keepNext: true, children: [] })];
  const rows: TableRow[] = [];
  entries.forEach((e, i) => {
    const who = e.who.map(clean).filter(Boolean);
    // the captions keep with the next block, so that all blocks stay on one page when they fit
    const last = i === entries.length - 1;
    if (i > 0) {
      rows.push(
        new TableRow({
          cantSplit: true,
          height: { value: pt(28), rule: HeightRule.EXACT },
          children: [new TableCell({ columnSpan: 3, borders: none, children: [new Paragraph({ style: STYLE.signatureCaption, keepNext: true, children: [] })] })],
        }),
      );
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          new TableCell({
            columnSpan: 3,
            borders: none,
            children: [para(e.party, STYLE.signatureParty), ...who.map((t) => para(t, STYLE.signatory))],
          }),
        ],
      }),
    );
    // the seed's single line "Datum, Unterschrift (DWD)": over the left column and the gap, as the PDF draws it
    const single = !clean(e.left);
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        height: { value: pt(40), rule: HeightRule.ATLEAST },
        children: single
          ? [
              new TableCell({ columnSpan: 2, width: { size: widths[0]! + widths[1]!, type: WidthType.DXA }, borders: { ...none, bottom: line }, children: empty() }),
              new TableCell({ width: { size: widths[2]!, type: WidthType.DXA }, borders: none, children: empty() }),
            ]
          : widths.map((w, c) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: { ...none, bottom: c === 1 ? NO_BORDER : line }, children: empty() })),
      }),
    );
    rows.push(
      new TableRow({
        cantSplit: true,
        children: single
          ? [
              new TableCell({ columnSpan: 2, width: { size: widths[0]! + widths[1]!, type: WidthType.DXA }, borders: none, children: [para(e.right, STYLE.signatureCaption, { keepNext: last ? undefined : true })] }),
              new TableCell({ width: { size: widths[2]!, type: WidthType.DXA }, borders: none, children: [new Paragraph({ style: STYLE.signatureCaption, keepNext: last ? undefined : true, children: [] })] }),
            ]
          : [
              new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, borders: none, children: [para(e.left, STYLE.signatureCaption, { keepNext: last ? undefined : true })] }),
              new TableCell({ width: { size: widths[1]!, type: WidthType.DXA }, borders: none, children: [new Paragraph({ style: STYLE.signatureCaption, keepNext: last ? undefined : true, children: [] })] }),
              new TableCell({ width: { size: widths[2]!, type: WidthType.DXA }, borders: none, children: [para(e.right, STYLE.signatureCaption, { keepNext: last ? undefined : true })] }),
            ],
      }),
    );
  });
  return [
    new Paragraph({ style: STYLE.normal, spacing: { before: 0, after: spaceBefore, line: 240 }, keepNext: true, children: [] }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows,
    }),
  ];
}
