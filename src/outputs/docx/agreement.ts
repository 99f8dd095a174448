// The agreement (or cooperation profile) as a Word document, laid out from the
// same DocumentModel as the PDF and the Markdown, in Word's own terms: the
// title in the Title style; sections as Heading 1–3, numbered by a multilevel
// list (the model's "2.1" is never typed into the text); task lists as bullet
// lists; tables with a header row that repeats on every page; the party
// blocks; "Stand" after the last section, as in the PDF; the signature blocks
// as a borderless table with lines to sign on, all kept on one page with
// "Stand" and the end of the text when they fit (as the PDF does).

import { Paragraph, type Table } from 'docx';
import type { Block, DocumentModel, Section, SignatureBlock } from '../../render/document.js';
import { BULLETS, CELL_MARGIN, clean, dataTable, mm, pack, para, pt, runs, signatureTable, STYLE, sumOf, textWidth, type Look, type Margins } from './common.js';
import type { DocxWords } from './words.js';

/** as the PDF: 25 mm all round */
const MARGINS: Margins = { top: mm(25), bottom: mm(25), left: mm(25), right: mm(25) };
const WIDTH = textWidth(MARGINS);

/** the PDF's sizes and distances, in points */
const LOOK: Look = {
  body: { size: 10, leading: 14.5, after: 7 },
  title: { size: 19, align: 'center' },
  headings: [
    { size: 12.5, before: 16, after: 6 },
    { size: 10.5, before: 10, after: 4 },
    { size: 10, before: 10, after: 4 },
  ],
  table: { size: 8.5, leading: 11.5, headSize: 8.5 },
  itemGap: 3,
  listIndent: 15,
};

export async function agreementDocx(model: DocumentModel, words: DocxWords): Promise<Uint8Array> {
  // the text's end goes with "Stand" and the signatures, as in the PDF: a page never holds them alone
  const closing = model.signatures.length ? closingBlocks(model.sections) : new Map<Block, Closing>();
  const children: Array<Paragraph | Table> = [...titleBlock(model), ...sections(model.sections, 0, closing)];
  const stand = clean(model.stand);
  // "Stand" stays with the signatures, as in the PDF
  if (stand) children.push(para(stand, STYLE.stand, model.signatures.length ? { keepNext: true } : {}));
  children.push(...signatures(model.signatures));
  return pack({
    words,
    look: LOOK,
    margins: MARGINS,
    meta: model.meta,
    footer: { text: model.footer, label: model.pageLabel },
    children,
  });
}

function titleBlock(model: DocumentModel): Paragraph[] {
  type Line = { text: string; style: string; keepNext?: boolean; before?: number; after?: number };
  const lines: Line[] = [{ text: model.title, style: STYLE.title }];
  const between = clean(model.between);
  if (between) lines.push({ text: between, style: STYLE.connector });
  model.parties.forEach((party, i) => {
    const last = i === model.parties.length - 1;
    const connector = i > 0 && last && !!between;
    if (connector) lines.push({ text: model.and, style: STYLE.connector });
    party.lines
      .map(clean)
      .filter(Boolean)
      // a party block stays together, and with what follows it
      .forEach((text, j) => lines.push({ text, style: j === 0 ? STYLE.party : STYLE.partyDetail, keepNext: true, before: j === 0 && i > 0 && !connector ? 14 : undefined }));
  });
  if (model.subtitle && clean(model.subtitle)) lines.push({ text: model.subtitle, style: STYLE.subtitle });
  const shown = lines.filter((l) => clean(l.text));
  // the space under the title block, where the PDF draws a short rule
  if (shown.length) shown[shown.length - 1]!.after = 34;
  return shown.map((l) =>
    para(l.text, l.style, {
      keepNext: l.keepNext,
      ...(l.before !== undefined || l.after !== undefined ? { spacing: { before: l.before && pt(l.before), after: l.after && pt(l.after) } } : {}),
    }),
  );
}

/** how a block keeps with "Stand" and the signatures: whole, or with its last paragraph */
type Closing = 'whole' | 'end';

/** paragraphs (list items count one each) of a last section short enough to go whole, as "Anlagen" in the PDF */
const SHORT_SECTION = 5;

/** the blocks of the document's last section that keep with "Stand": all of a short one, else the last */
function closingBlocks(list: Section[]): Map<Block, Closing> {
  const last = list.at(-1);
  if (!last) return new Map();
  if (last.subsections.length) return closingBlocks(last.subsections);
  const size = last.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : b.type === 'table' ? SHORT_SECTION + 1 : 1), 0);
  if (size <= SHORT_SECTION) return new Map(last.blocks.map((b) => [b, 'whole']));
  const end = last.blocks.at(-1);
  return new Map(end ? [[end, 'end']] : []);
}

function sections(list: Section[], depth: number, closing: Map<Block, Closing>): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const level = Math.min(depth, 2);
  for (const section of list) {
    if (clean(section.heading)) {
      out.push(
        new Paragraph({
          style: STYLE.headings[level],
          // a sub-heading without a number: the heading style, but off the list
          ...(clean(section.number) ? {} : { numbering: false as const }),
          children: runs(section.heading.replace(/\n/g, ' ')),
        }),
      );
    }
    section.blocks.forEach((block, i) => out.push(...content(block, section.blocks[i + 1], closing.get(block))));
    out.push(...sections(section.subsections, depth + 1, closing));
  }
  return out;
}

/** `closing`: a block at the document's end, kept (whole, or its end) with "Stand" and the signatures */
function content(block: Block, next: Block | undefined, closing?: Closing): Array<Paragraph | Table> {
  switch (block.type) {
    case 'paragraph': {
      const text = clean(block.text);
      if (!text) return [];
      // a lead-in ("… folgende Aufgaben:") stays with its list or table
      const leadIn = !!next && next.type !== 'paragraph' && /:$/.test(text);
      return [para(text, STYLE.normal, leadIn || closing ? { keepNext: true } : {})];
    }
    case 'list': {
      const items = block.items.map(clean).filter(Boolean);
      return items.map(
        (item, i) =>
          new Paragraph({
            style: STYLE.list,
            numbering: { reference: BULLETS, level: 0 },
            // the list ends with the space of a paragraph
            ...(i === items.length - 1 ? { spacing: { after: pt(LOOK.body.after) } } : {}),
            ...(closing === 'whole' || (closing === 'end' && i === items.length - 1) ? { keepNext: true } : {}),
            children: runs(item),
          }),
      );
    }
    case 'table':
      return table(block.columns, block.rows);
  }
}

/** a table of the model: a header row repeated on every page, rules as in the PDF, no vertical lines */
function table(columns: string[], rows: string[][]): Array<Paragraph | Table> {
  const n = Math.max(columns.length, ...rows.map((r) => r.length));
  if (n === 0 || rows.length === 0) return [];
  const head = Array.from({ length: n }, (_, c) => clean(columns[c] ?? ''));
  const body = rows.map((r) => Array.from({ length: n }, (_, c) => clean(r[c] ?? '')));
  const widths = columnWidths(head, body, WIDTH);
  return dataTable({
    widths,
    head: head.some(Boolean) ? head.map((t) => [para(t, STYLE.tableHeading)]) : null,
    rows: body.map((r) => r.map((t) => [para(t, STYLE.tableText)])),
  });
}

/**
 * Column widths over the text width, as the PDF's automatic widths: each
 * column wants its longest cell on one line; columns that want less than a
 * fair share of the width get it, the others share the rest in proportion to
 * how much more they want, none narrower than its longest word (at most 40 %
 * of the width; Word breaks words only at spaces and hyphens). Where not even
 * the longest words fit, the widest columns are narrowed first.
 */
export function columnWidths(head: string[], body: string[][], width: number): number[] {
  const n = head.length;
  // the cell's margins, and room for a word processor that measures a little wider
  const pad = 2 * CELL_MARGIN.x + pt(3);
  // the header row is bold: about a tenth wider
  const cells = (c: number) => [{ text: head[c] ?? '', scale: 1.12 }, ...body.map((r) => ({ text: r[c] ?? '', scale: 1.03 }))];
  const widest = (c: number, split: RegExp) => Math.max(0, ...cells(c).flatMap(({ text, scale }) => text.split(split).map((p) => scale * tableTextWidth(p))));
  const natural = Array.from({ length: n }, (_, c) => widest(c, /\n/) + pad);
  const minimum = Array.from({ length: n }, (_, c) => Math.max(pt(30), Math.min(width * 0.4, widest(c, /\s+/) + pad)));
  let widths: number[];
  if (sumOf(natural) <= width) widths = natural;
  else if (sumOf(minimum) >= width) widths = waterLevel((t) => minimum.map((w) => Math.min(w, t)), Math.max(...minimum), width);
  else {
    let open = natural.map((_, c) => c);
    let remaining = width;
    for (let changed = true; changed && open.length; ) {
      changed = false;
      for (const c of [...open].sort((a, b) => natural[a]! - natural[b]!)) {
        const others = sumOf(open.filter((o) => o !== c).map((o) => minimum[o]!));
        if (natural[c]! <= remaining / open.length && remaining - natural[c]! >= others) {
          remaining -= natural[c]!;
          open = open.filter((o) => o !== c);
          changed = true;
        }
      }
    }
    widths = natural.slice();
    const minOpen = sumOf(open.map((c) => minimum[c]!));
    const slack = sumOf(open.map((c) => natural[c]! - minimum[c]!));
    for (const c of open) {
      const extra = remaining - minOpen;
      widths[c] = minimum[c]! + (slack > 0 ? (extra * (natural[c]! - minimum[c]!)) / slack : extra / open.length);
    }
  }
  // whole twips over the full width
  const scaled = widths.map((w) => Math.floor((w * width) / sumOf(widths)));
  scaled[scaled.length - 1]! += width - sumOf(scaled);
  return scaled;
}

/** the column widths `at(t)` for the largest cap t in [0, max] that fit the width */
function waterLevel(at: (t: number) => number[], max: number, width: number): number[] {
  let lo = 0;
  let hi = max;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sumOf(at(mid)) > width) hi = mid;
    else lo = mid;
  }
  return at(lo);
}

/**
 * Arial's advance widths (the same as Helvetica's: Arial was drawn to its
 * metrics), in thousandths of an em, for ASCII 32–126; letters with accents
 * count as their base letter, other characters as an average letter.
 */
const ARIAL = '278,278,355,556,556,889,667,222,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,222,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584'
  .split(',')
  .map(Number);

/** the width of `text` in table text (Arial, LOOK.table.size), in twips */
export function tableTextWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    const base = ch === 'ß' ? ch : ch.normalize('NFD')[0]!;
    const code = base.codePointAt(0)!;
    em += code >= 32 && code <= 126 ? ARIAL[code - 32]! : base === 'ß' ? 611 : 556;
  }
  return (em / 1000) * pt(LOOK.table.size);
}

function signatures(list: SignatureBlock[]): Array<Paragraph | Table> {
  return signatureTable(
    list.map((sig) => ({
      party: sig.partyName,
      who: [sig.signatoryName, sig.role],
      left: sig.placeDateCaption,
      right: sig.signatureCaption,
    })),
    WIDTH,
    // the PDF's 30 points between "Stand" and the signatures
    pt(16),
  );
}
