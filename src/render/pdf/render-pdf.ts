// Lays out a DocumentModel as a signable PDF/A-2b: title block with the
// parties, numbered sections (paragraphs, bullet lists, tables), "Stand" line,
// one signature block per partner with real form fields, running footer and
// page numbers. Tagged (structure tree with H1–H6, P, L/LI/Lbl/LBody, Table/
// THead/TBody/TR/TH/TD, Form), decorations and footers marked as artifacts.
//
// Layout is our own: lines are broken by text.ts (hyphenating words wider than
// their line, breaking addresses after "@", ".", "/", never at the no-break
// spaces of typography.ts), set right to left where bidi.ts says so, and
// placed one by one, so we control page breaks: a heading, a table header or a
// list's lead-in never ends a page; paragraphs, list items and table rows keep
// at least two lines on either side of a break; table headers repeat; "Stand"
// and all signature blocks stay together on one page when they fit, and take
// the last lines of the text (a short last section whole) with them. Table
// columns are as wide as their content asks (table-widths.ts).
//
// Load this module lazily (it pulls in pdfkit and fontkit, ~130 ms).

import type { Block, DocumentModel, PartyBlock, Section, SignatureBlock } from '../document.js';
import { addSignatureField, addTextField } from './fields.js';
import type { Lang } from '../../model/types.js';
import { BOLD, REGULAR } from './fonts.js';
import { hyphenatorFor } from './hyphenate.js';
import { EPS, HAIRLINE, INK, MUTED, PageLayout, style, textArea, type Doc, type Elem, type Line, type Style } from './page-layout.js';
import { createPdfDocument, MM, type PdfAttachment } from './setup.js';
import { columnWidths, type MeasuredCell, type MeasuredColumn } from './table-widths.js';
import { breakChunks, cleanText, ellipsize, isAddress } from './text.js';

// ---------------------------------------------------------------------------
// page geometry and typography

const MARGINS = { top: 25 * MM, bottom: 25 * MM, left: 25 * MM, right: 25 * MM };
const AREA = textArea(MARGINS);
const { left: LEFT, top: TOP, bottom: BOTTOM, width: WIDTH } = AREA;

const RULE = '#8a8a8a';

const S = {
  title: style(BOLD, 19, 25),
  connector: style(REGULAR, 10, 16, MUTED),
  partyName: style(BOLD, 11, 15.5),
  partyLine: style(REGULAR, 10, 14),
  subtitle: style(REGULAR, 10, 14.5, MUTED),
  /** H2, H3, H4 … */
  headings: [style(BOLD, 12.5, 17), style(BOLD, 10.5, 15), style(BOLD, 10, 14.5)],
  body: style(REGULAR, 10, 14.5),
  cell: style(REGULAR, 8.75, 12),
  cellHead: style(BOLD, 8.75, 12),
  stand: style(BOLD, 10, 14.5),
  sigName: style(BOLD, 10.5, 15),
  sigLine: style(REGULAR, 10, 14),
  caption: style(REGULAR, 8, 10.5, MUTED),
};

const PARA_GAP = 7;
const LIST_INDENT = 15;
const BULLET = '•';
const ITEM_GAP = 3;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;
const SIG_FIELD_HEIGHT = 40;
const PLACE_FIELD_HEIGHT = 16;
const SIG_LEFT_WIDTH = WIDTH * 0.42;
const SIG_GAP = WIDTH * 0.08;
const SIG_RIGHT_WIDTH = WIDTH - SIG_LEFT_WIDTH - SIG_GAP;
/** the seed's single line "Datum, Unterschrift (DWD)": from the left margin, as wide as the signature line */
const SIG_COMBINED_WIDTH = SIG_LEFT_WIDTH + SIG_GAP;
/** on the single line, the date field takes its start and the signature field the rest */
const SIG_COMBINED_DATE_WIDTH = SIG_COMBINED_WIDTH * 0.3;

const linesHeight = (lines: Line[]) => lines.reduce((h, l) => h + l.style.leading, 0);
/** the least flow() puts at the foot of a page: all of up to three lines, else two */
const firstChunk = (lines: Line[]) => linesHeight(lines.slice(0, lines.length <= 3 ? 3 : 2));

/**
 * What the layout put where, in the order it was placed: for tests that check
 * page breaks against the PDF (test/pdf/layout.test.ts).
 */
export interface TraceEntry {
  /** 0-based page */
  page: number;
  /** structure tag: H1 … H6, P, Lbl, LBody, TH, TD, THead (a header row, also when repeated), Signature */
  tag: string;
  /** the lines placed here (for THead: the header cells) */
  lines: string[];
  /** the block's lines start here / end here (false for the parts of a block split over pages) */
  first: boolean;
  last: boolean;
  /** top and bottom of what was placed, in points from the top of the page */
  top: number;
  bottom: number;
  /** paragraph that leads into a list or table ("… folgende Aufgaben:") */
  leadIn?: boolean;
}

// ---------------------------------------------------------------------------

class Layout extends PageLayout {
  readonly trace: TraceEntry[] = [];
  /**
   * Height that must follow the last lines of the next block flowed on the
   * same page: "Stand" and the signature blocks keep the end of the text with
   * them (a page never holds "Stand" or signatures alone).
   */
  private tail = 0;
  /** the next paragraph flowed is a lead-in */
  private leadIn = false;

  constructor(doc: Doc, lang: Lang) {
    super(doc, AREA);
    this.hyphenate = hyphenatorFor(lang);
  }

  page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  record(entry: Omit<TraceEntry, 'page'>): void {
    this.trace.push({ page: this.page(), ...entry });
  }

  /**
   * Places `lines` as content of `elem`, page by page: at least two lines at
   * the foot of a page, never a single line carried over; with a tail (see
   * above) the last lines go to the next page when the tail would not fit
   * after them.
   */
  protected override flow(lines: Line[], elem: Elem, tag: string, x: number, width: number): void {
    const tail = this.tail;
    this.tail = 0;
    const leadIn = this.leadIn;
    this.leadIn = false;
    let i = 0;
    while (i < lines.length) {
      let fit = this.fitting(lines, i);
      const left = lines.length - i;
      const rest = linesHeight(lines.slice(i));
      if (fit === left && tail > 0 && this.y + rest + tail > BOTTOM + EPS) {
        // the tail does not fit after the block: two lines (or the whole block) go with it
        if (left >= 4 && tail + linesHeight(lines.slice(-2)) <= BOTTOM - TOP) fit = left - 2;
        else if (left < 4 && !this.atTop() && tail + rest <= BOTTOM - TOP) {
          this.newPage();
          continue;
        }
      }
      if (fit < left) {
        if (fit < Math.min(2, left) && !this.atTop()) {
          this.newPage();
          continue;
        }
        if (left - fit === 1) {
          // a single line would be carried over: take one more with it, or
          // move the whole block if that would leave only one behind
          if (fit > 2) fit--;
          else if (!this.atTop()) {
            this.newPage();
            continue;
          }
        }
        if (fit === 0) fit = 1; // a line taller than the page
      }
      const chunk = lines.slice(i, i + fit);
      const top = this.y;
      // y advances line by line (put() draws at y + the height so far, which
      // can differ in the last bit): the positions stay exactly as they were
      this.marked(elem, tag, () => {
        for (const line of chunk) {
          this.drawLine(line, x, this.y, width);
          this.y += line.style.leading;
        }
      });
      this.record({
        tag,
        lines: chunk.map((l) => l.text),
        first: i === 0,
        last: i + fit === lines.length,
        top,
        bottom: this.y,
        ...(leadIn ? { leadIn } : {}),
      });
      i += fit;
      if (i < lines.length) this.newPage();
    }
  }

  // -------------------------------------------------------------------------
  // document parts

  titleBlock(model: DocumentModel, root: Elem): void {
    this.block('H1', root, this.lines(model.title, S.title, WIDTH, 'center'));
    this.y += 12;
    const between = this.lines(model.between, S.connector, WIDTH, 'center');
    if (between.length) {
      this.block('P', root, between);
      this.y += 4;
    }
    model.parties.forEach((party, i) => {
      const last = i === model.parties.length - 1;
      if (i > 0) {
        this.y += 4;
        if (last && model.between) {
          this.block('P', root, this.lines(model.and, S.connector, WIDTH, 'center'));
          this.y += 4;
        } else {
          this.y += 6;
        }
      }
      this.block('P', root, this.partyLines(party));
    });
    if (model.subtitle) {
      this.y += 10;
      this.block('P', root, this.lines(model.subtitle, S.subtitle, WIDTH, 'center'));
    }
    this.y += 16;
    this.rule(LEFT + WIDTH * 0.3, LEFT + WIDTH * 0.7, this.y, 0.5, RULE);
    this.y += 18;
  }

  private partyLines(party: PartyBlock): Line[] {
    return party.lines.flatMap((text, i) =>
      this.lines(text, i === 0 ? S.partyName : S.partyLine, WIDTH, 'center'),
    );
  }

  sections(sections: Section[], parent: Elem, depth: number): void {
    for (const section of sections) {
      const sect = this.child(parent, 'Sect');
      const level = Math.min(depth + 2, 6);
      const lines = this.headingLines(section, depth);
      if (lines.length) {
        this.space(depth === 0 ? 16 : 10);
        // the document's last section, when short ("Anlagen"), goes whole with "Stand" and the signatures
        if (section === this.lastSection && !section.subsections.length) {
          const whole = linesHeight(lines) + (depth === 0 ? 6 : 4) + section.blocks.reduce((h, b) => h + this.blockHeight(b), 0);
          if (whole <= (BOTTOM - TOP) / 3 && whole + this.closing <= BOTTOM - TOP) this.ensure(whole + this.closing);
        }
        // keep the heading with the start of what follows
        this.ensure(linesHeight(lines) + (depth === 0 ? 6 : 4) + this.contentStart(section, depth));
        this.block(`H${level}`, sect, lines);
        this.y += depth === 0 ? 6 : 4;
      }
      section.blocks.forEach((_, i) => this.contentBlock(section.blocks, i, sect));
      this.sections(section.subsections, sect, depth + 1);
      sect.end();
    }
  }

  private headingLines(section: Section, depth: number): Line[] {
    const hs = S.headings[Math.min(depth, S.headings.length - 1)]!;
    const label = section.number ? `${formatNumber(section.number)} ${section.heading}` : section.heading;
    return this.lines(label, hs, WIDTH);
  }

  /** the least height of what follows the heading of `section` at the foot of a page */
  private contentStart(section: Section, depth: number): number {
    if (section.blocks.length) return this.startHeight(section.blocks, 0);
    const sub = section.subsections[0];
    if (!sub) return 0;
    const lines = this.headingLines(sub, depth + 1);
    return (lines.length ? 10 + linesHeight(lines) + 4 : 0) + this.contentStart(sub, depth + 1);
  }

  /** the height of a block laid out whole */
  private blockHeight(block: Block): number {
    switch (block.type) {
      case 'paragraph': {
        const lines = this.lines(block.text, S.body, WIDTH);
        return lines.length ? linesHeight(lines) + PARA_GAP : 0;
      }
      case 'list': {
        const entries = this.listEntries(block.items);
        return entries.reduce((h, e) => h + linesHeight(e) + ITEM_GAP, 0) + (entries.length ? PARA_GAP - ITEM_GAP : 0);
      }
      case 'table': {
        const t = this.prepareTable(block);
        return t ? t.headHeight + t.rowLineCount.reduce((h, n) => h + n * t.leading + 2 * CELL_PAD_Y, 0) + PARA_GAP + 4 : 0;
      }
    }
  }

  /** a short paragraph ending in ":" followed by a list or table */
  private isLeadIn(blocks: Block[], i: number, lines: Line[]): boolean {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    return block.type === 'paragraph' && !!next && next.type !== 'paragraph' && lines.length <= 4 && /:\s*$/.test(block.text);
  }

  /** the least height blocks[i] (with a lead-in: and what it leads into) needs at the foot of a page */
  private startHeight(blocks: Block[], i: number): number {
    const block = blocks[i]!;
    switch (block.type) {
      case 'paragraph': {
        const lines = this.lines(block.text, S.body, WIDTH);
        if (this.isLeadIn(blocks, i, lines)) return linesHeight(lines) + PARA_GAP + this.startHeight(blocks, i + 1);
        return lines.length ? firstChunk(lines) : blocks[i + 1] ? this.startHeight(blocks, i + 1) : 0;
      }
      case 'list': {
        const first = this.listEntries(block.items)[0];
        return first ? firstChunk(first) : 0;
      }
      case 'table':
        return this.prepareTable(block)?.start ?? 0;
    }
  }

  /** the last block of the document, which keeps the lines it ends with together with "Stand" and the signatures */
  private lastBlock?: Block;
  private lastSection?: Section;

  contentBlock(blocks: Block[], i: number, parent: Elem): void {
    const block = blocks[i]!;
    const tail = block === this.lastBlock ? this.closing : 0;
    switch (block.type) {
      case 'paragraph': {
        const lines = this.lines(block.text, S.body, WIDTH);
        if (!lines.length) return;
        // a short lead-in ("… folgende Aufgaben:") stays with its list or table
        if (this.isLeadIn(blocks, i, lines)) {
          this.ensure(this.startHeight(blocks, i));
          this.leadIn = true;
        }
        this.tail = tail;
        this.block('P', parent, lines);
        this.y += PARA_GAP;
        return;
      }
      case 'list':
        this.list(block.items, parent, tail);
        return;
      case 'table':
        this.table(block, parent, tail);
        return;
    }
  }

  private listEntries(items: string[]): Line[][] {
    return items.map((item) => this.lines(item, S.body, WIDTH - LIST_INDENT)).filter((l) => l.length);
  }

  list(items: string[], parent: Elem, tail = 0): void {
    const entries = this.listEntries(items);
    if (!entries.length) return;
    const list = this.child(parent, 'L');
    entries.forEach((lines, k) => {
      const last = k === entries.length - 1;
      // the last item of the document: a short one moves whole with "Stand" and the signatures
      const keep = last && tail > 0 && lines.length <= 3 && linesHeight(lines) + tail <= BOTTOM - TOP ? tail : 0;
      this.ensure(firstChunk(lines) + keep);
      const li = this.child(list, 'LI');
      this.block('Lbl', li, [{ text: BULLET, style: S.body, align: 'left' }], LEFT + 3, LIST_INDENT);
      this.y -= S.body.leading; // the label sits on the first line of the body
      if (last) this.tail = tail;
      this.block('LBody', li, lines, LEFT + LIST_INDENT, WIDTH - LIST_INDENT);
      li.end();
      this.y += ITEM_GAP;
    });
    list.end();
    this.y += PARA_GAP - ITEM_GAP;
  }

  private tables = new Map<Block, PreparedTable | undefined>();

  /** column widths, lines of every cell, heights: measured once, for the table and for what keeps with it */
  private prepareTable(block: Extract<Block, { type: 'table' }>): PreparedTable | undefined {
    if (this.tables.has(block)) return this.tables.get(block);
    const { columns, rows } = block;
    const n = Math.max(columns.length, ...rows.map((r) => r.length));
    let prepared: PreparedTable | undefined;
    if (n > 0) {
      const head = Array.from({ length: n }, (_, c) => columns[c] ?? '');
      const body = rows.map((r) => Array.from({ length: n }, (_, c) => r[c] ?? ''));
      const { cell, cellHead } = tableStyles(n);
      this.useFont(cell);
      const space = this.doc.widthOfString(' ');
      const widths = columnWidths(this.measureColumns(head, body, cell, cellHead), body.length + 1, WIDTH, space, 2 * CELL_PAD_X);
      const headLines = head.map((t, c) => this.lines(t, cellHead, widths[c]! - 2 * CELL_PAD_X));
      const bodyLines = body.map((r) => r.map((t, c) => this.lines(t, cell, widths[c]! - 2 * CELL_PAD_X)));
      const leading = cell.leading;
      const hasHead = head.some((t) => cleanText(t));
      const headHeight = hasHead ? Math.max(1, ...headLines.map((l) => l.length)) * leading + 2 * CELL_PAD_Y : 0;
      const rowLineCount = bodyLines.map((r) => Math.max(1, ...r.map((l) => l.length)));
      // rows that fit on a page are never split (see table()), so the first row goes whole with the header
      const whole = rowLineCount.length ? rowLineCount[0]! * leading + 2 * CELL_PAD_Y : 0;
      const firstRow = whole <= BOTTOM - TOP - headHeight ? whole : firstRowLines(rowLineCount[0]!) * leading + 2 * CELL_PAD_Y;
      prepared = { n, head, widths, headLines, bodyLines, leading, hasHead, headHeight, rowLineCount, start: headHeight + firstRow };
    }
    this.tables.set(block, prepared);
    return prepared;
  }

  table(block: Extract<Block, { type: 'table' }>, parent: Elem, tail = 0): void {
    const prepared = this.prepareTable(block);
    if (!prepared) return;
    const { n, head, widths, headLines, bodyLines, leading, hasHead, headHeight, rowLineCount, start } = prepared;
    const xs = widths.map((_, c) => LEFT + widths.slice(0, c).reduce((a, b) => a + b, 0));

    const table = this.child(parent, 'Table');

    const drawHead = (tagged: boolean) => {
      this.rule(LEFT, LEFT + WIDTH, this.y, 0.8, INK);
      if (!hasHead) return;
      const top = this.y + CELL_PAD_Y;
      if (tagged) {
        this.tableHead(table, n, (th, c) => {
          this.y = top;
          this.flow(headLines[c]!, th, 'TH', xs[c]! + CELL_PAD_X, widths[c]! - 2 * CELL_PAD_X);
        });
      } else {
        this.repeatedHead(
          headLines.map((lines, c) => ({ x: xs[c]! + CELL_PAD_X, width: widths[c]! - 2 * CELL_PAD_X, lines })),
          top,
        );
      }
      this.y = top - CELL_PAD_Y + headHeight;
      this.record({ tag: 'THead', lines: head, first: tagged, last: tagged, top: top - CELL_PAD_Y, bottom: this.y });
      this.rule(LEFT, LEFT + WIDTH, this.y, 0.5, INK);
    };

    this.ensure(start);
    drawHead(true);
    const tbody = this.child(table, 'TBody');
    let rowsOnPage = 0;
    const continueTable = () => {
      this.rule(LEFT, LEFT + WIDTH, this.y, 0.8, INK);
      this.newPage();
      drawHead(false);
      rowsOnPage = 0;
    };
    const room = BOTTOM - TOP - headHeight;
    bodyLines.forEach((cells, r) => {
      const tr = this.child(tbody, 'TR');
      const tds = cells.map(() => this.child(tr, 'TD'));
      const total = rowLineCount[r]!;
      const rowHeight = total * leading + 2 * CELL_PAD_Y;
      const lastRow = r === bodyLines.length - 1;
      if (this.y + rowHeight > BOTTOM + EPS && rowHeight <= room) continueTable();
      else if (lastRow && rowsOnPage > 0 && this.y + rowHeight + tail > BOTTOM + EPS && rowHeight + tail <= room) {
        // the last row of the document goes with "Stand" and the signatures
        continueTable();
      }
      let done = 0;
      while (done < total) {
        let avail = Math.floor((BOTTOM - this.y - 2 * CELL_PAD_Y + EPS) / leading);
        const left = total - done;
        // a row split over pages leaves at least two lines on each side
        if (avail < Math.min(2, left) || (avail < left && left >= 2 && avail < 2)) {
          if (rowsOnPage > 0 || done > 0 || avail < 1) {
            continueTable();
            continue;
          }
        }
        if (avail < left && left - avail === 1 && avail >= 3) avail--;
        const count = Math.max(1, Math.min(avail, left));
        const top = this.y + CELL_PAD_Y;
        cells.forEach((cellLines, c) => {
          const chunk = cellLines.slice(done, done + count);
          if (!chunk.length) return;
          this.y = top;
          this.flow(chunk, tds[c]!, 'TD', xs[c]! + CELL_PAD_X, widths[c]! - 2 * CELL_PAD_X);
        });
        done += count;
        rowsOnPage++;
        this.y = top + count * leading + CELL_PAD_Y;
        if (done < total) continueTable();
      }
      tds.forEach((td) => td.end());
      tr.end();
      if (r < bodyLines.length - 1) this.rule(LEFT, LEFT + WIDTH, this.y, 0.3, HAIRLINE);
    });
    tbody.end();
    table.end();
    this.rule(LEFT, LEFT + WIDTH, this.y, 0.8, INK);
    this.y += PARA_GAP + 4;
  }

  /** the words of each column's cells, measured, and the pieces of them that should not break (see table-widths.ts) */
  private measureColumns(head: string[], body: string[][], cell: Style, cellHead: Style): MeasuredColumn[] {
    const cap = WIDTH * 0.4;
    return head.map((h, c) => {
      const cells: MeasuredCell[] = [];
      let minimum = 0;
      const words: Array<[string, Style]> = [];
      const add = (text: string, row: number, s: Style) => {
        const paragraphs = this.prepare(text, s.font)
          .split('\n')
          .map((p) => p.split(' ').filter(Boolean));
        for (const word of paragraphs.flat()) {
          const whole = this.unbreakable(word, s);
          // a giant "word" (a pasted code, 80 characters of compound) must not take the table
          minimum = Math.max(minimum, whole > cap ? Math.min(this.leastPiece(word, s), cap) : whole);
          words.push([word, s]);
        }
        cells.push({
          row,
          paragraphs: paragraphs.map((ws) =>
            ws.map((w) => {
              const width = this.width(w, s);
              if (!isAddress(w)) return { width, piece: width };
              const parts = breakChunks(w).map((p) => this.width(p, s));
              return { width, piece: Math.max(...parts), parts };
            }),
          ),
        });
      };
      add(h, 0, cellHead);
      body.forEach((r, i) => add(r[c]!, i + 1, cell));
      // hyphenation patterns are loaded only when the minimums do not fit
      return { cells, minimum, fallback: () => Math.max(0, ...words.map(([w, s]) => this.leastPiece(w, s))) };
    });
  }

  /** the widest part of `word` that should stay on one line: the word, or of an address its longest part between "@", "." and "/" */
  private unbreakable(word: string, s: Style): number {
    return isAddress(word) ? Math.max(...breakChunks(word).map((p) => this.width(p, s))) : this.width(word, s);
  }

  /** the widest piece `word` cannot be broken into: at no-break spaces, "-", "/", hyphenation points (with the added hyphen) */
  private leastPiece(word: string, s: Style): number {
    if (word.includes('\u00A0')) return Math.max(...word.split('\u00A0').map((w) => this.leastPiece(w, s)));
    if (isAddress(word) || !this.hyphenate || word.length > 100) return this.unbreakable(word, s);
    const cuts = new Set<number>(this.hyphenate(word));
    let offset = 0;
    for (const chunk of breakChunks(word)) cuts.add((offset += chunk.length));
    const points = [...cuts].filter((p) => p > 0 && p < word.length).sort((a, b) => a - b);
    let start = 0;
    let widest = 0;
    for (const p of [...points, word.length]) {
      const piece = word.slice(start, p) + (p < word.length && !/[-/–—]$/.test(word.slice(start, p)) ? '-' : '');
      widest = Math.max(widest, this.width(piece, s));
      start = p;
    }
    return widest;
  }

  /** height of "Stand" and the signature blocks, as far as they must stay together (see prepareClosing) */
  private closing = 0;

  /**
   * Decides what keeps together at the end of the document: "Stand" and all
   * signature blocks when they fit on one page, else "Stand" and the first
   * block; and the document's last lines with them (lastBlock).
   */
  prepareClosing(model: DocumentModel): void {
    const stand = this.lines(model.stand, S.stand, WIDTH);
    const standHeight = stand.length ? 14 + linesHeight(stand) : 0;
    const blocks = model.signatures.map((sig) => this.signatureHeight(sig));
    const all = standHeight + (blocks.length ? 30 + blocks.reduce((a, b) => a + b, 0) + 28 * (blocks.length - 1) : 0);
    this.closing = all <= BOTTOM - TOP ? all : standHeight + (blocks.length ? 30 + blocks[0]! : 0);
    const order: Array<Block | 'heading'> = [];
    const walk = (sections: Section[]) =>
      sections.forEach((section) => {
        order.push('heading', ...section.blocks);
        walk(section.subsections);
      });
    walk(model.sections);
    const last = order[order.length - 1];
    this.lastBlock = last && last !== 'heading' ? last : undefined;
    this.lastSection = model.sections[model.sections.length - 1];
  }

  stand(text: string, root: Elem): void {
    const lines = this.lines(text, S.stand, WIDTH);
    if (lines.length) this.space(14);
    // "Stand" and the signatures (as far as they fit on a page) stay together
    this.ensure(Math.max(linesHeight(lines), this.closing - (lines.length ? 14 : 0)));
    if (!lines.length) return;
    this.block('P', root, lines);
  }

  signatures(signatures: SignatureBlock[], root: Elem): void {
    if (!signatures.length) return;
    const sect = this.child(root, 'Sect');
    this.space(30);
    const ids = fieldIds(signatures);
    signatures.forEach((sig, i) => {
      if (i > 0) this.space(28);
      this.signatureBlock(sig, ids[i]!, sect);
    });
    sect.end();
  }

  private signatureParts(sig: SignatureBlock) {
    const name = this.lines(sig.partyName, S.sigName, WIDTH);
    const who = [...this.lines(sig.signatoryName, S.sigLine, WIDTH), ...this.lines(sig.role, S.sigLine, WIDTH)];
    const combined = !cleanText(sig.placeDateCaption);
    const leftCaption = combined ? [] : this.clip(this.lines(sig.placeDateCaption, S.caption, SIG_LEFT_WIDTH), SIG_LEFT_WIDTH);
    const rightWidth = combined ? SIG_COMBINED_WIDTH : SIG_RIGHT_WIDTH;
    const rightCaption = this.clip(this.lines(sig.signatureCaption, S.caption, rightWidth), rightWidth);
    const captionHeight = Math.max(linesHeight(leftCaption), linesHeight(rightCaption));
    const height = linesHeight(name) + linesHeight(who) + 8 + SIG_FIELD_HEIGHT + 3 + captionHeight;
    return { name, who, combined, leftCaption, rightCaption, captionHeight, height };
  }

  private signatureHeight(sig: SignatureBlock): number {
    return this.signatureParts(sig).height;
  }

  /** one partner's block; measured first and moved to a new page as a whole */
  signatureBlock(sig: SignatureBlock, id: string, parent: Elem): void {
    const { name, who, combined, leftCaption, rightCaption, captionHeight, height } = this.signatureParts(sig);
    this.ensure(height);
    const top = this.y;
    const page = this.page();

    const div = this.child(parent, 'Div');
    this.block('P', div, name);
    this.block('P', div, who);
    // a block taller than a page (names of thousands of characters) has flowed
    // over pages above; the fields and their captions still stay together on
    // one page, inside the margins (a no-op when the whole block fitted)
    this.ensure(8 + SIG_FIELD_HEIGHT + 3 + captionHeight);
    const fieldsTop = this.y + 8;
    const lineY = fieldsTop + SIG_FIELD_HEIGHT;
    const party = cleanText(sig.partyName);
    if (combined) {
      this.combinedLine(sig, id, div, fieldsTop, lineY, rightCaption);
    } else {
      this.separateLines(sig, id, div, fieldsTop, lineY, leftCaption, rightCaption);
    }
    this.y = lineY + 3 + captionHeight;
    if (this.page() === page) {
      this.trace.push({ page, tag: 'Signature', lines: [party], first: true, last: true, top, bottom: this.y });
    }
    div.end();
  }

  /** "Ort, Datum" on the left (place and date fields), "Unterschrift (DWD)" on the right (signature field) */
  private separateLines(sig: SignatureBlock, id: string, div: Elem, fieldsTop: number, lineY: number, leftCaption: Line[], rightCaption: Line[]): void {
    const rightX = LEFT + SIG_LEFT_WIDTH + SIG_GAP;
    const [placeTip, dateTip] = splitCaption(cleanText(sig.placeDateCaption));
    const party = cleanText(sig.partyName);
    const placeWidth = SIG_LEFT_WIDTH * 0.58;

    addTextField(this.doc, {
      name: `${id}.place`,
      x: LEFT,
      y: lineY - PLACE_FIELD_HEIGHT - 1,
      width: placeWidth - 4,
      height: PLACE_FIELD_HEIGHT,
      tooltip: `${placeTip} (${party})`,
      structParent: div,
    });
    addTextField(this.doc, {
      name: `${id}.date`,
      x: LEFT + placeWidth,
      y: lineY - PLACE_FIELD_HEIGHT - 1,
      width: SIG_LEFT_WIDTH - placeWidth,
      height: PLACE_FIELD_HEIGHT,
      tooltip: `${dateTip} (${party})`,
      structParent: div,
    });
    this.rule(LEFT, LEFT + SIG_LEFT_WIDTH, lineY, 0.6, INK);
    this.y = lineY + 3;
    this.block('P', div, leftCaption, LEFT, SIG_LEFT_WIDTH);

    addSignatureField(this.doc, {
      name: `${id}.signature`,
      x: rightX,
      y: fieldsTop,
      width: SIG_RIGHT_WIDTH,
      height: SIG_FIELD_HEIGHT - 1,
      tooltip: `${cleanText(sig.signatureCaption)} – ${party}`,
      structParent: div,
    });
    this.rule(rightX, rightX + SIG_RIGHT_WIDTH, lineY, 0.6, INK);
    this.y = lineY + 3;
    this.block('P', div, rightCaption, rightX, SIG_RIGHT_WIDTH);
  }

  /**
   * The seed's single line "Datum, Unterschrift (DWD)" from the left margin:
   * a date field at its start and the signature field over the rest, so that
   * the date is still asked once and can be filled in on screen.
   */
  private combinedLine(sig: SignatureBlock, id: string, div: Elem, fieldsTop: number, lineY: number, caption: Line[]): void {
    const party = cleanText(sig.partyName);
    const [dateTip] = splitCaption(cleanText(sig.signatureCaption));
    addTextField(this.doc, {
      name: `${id}.date`,
      x: LEFT,
      y: lineY - PLACE_FIELD_HEIGHT - 1,
      width: SIG_COMBINED_DATE_WIDTH - 4,
      height: PLACE_FIELD_HEIGHT,
      tooltip: `${dateTip} (${party})`,
      structParent: div,
    });
    addSignatureField(this.doc, {
      name: `${id}.signature`,
      x: LEFT + SIG_COMBINED_DATE_WIDTH,
      y: fieldsTop,
      width: SIG_COMBINED_WIDTH - SIG_COMBINED_DATE_WIDTH,
      height: SIG_FIELD_HEIGHT - 1,
      tooltip: `${cleanText(sig.signatureCaption)} – ${party}`,
      structParent: div,
    });
    this.rule(LEFT, LEFT + SIG_COMBINED_WIDTH, lineY, 0.6, INK);
    this.y = lineY + 3;
    this.block('P', div, caption, LEFT, SIG_COMBINED_WIDTH);
  }

  /** at most `max` lines, the last one shortened with "…" when text was left out */
  private clip(lines: Line[], width: number, max = 3): Line[] {
    if (lines.length <= max) return lines;
    const last = lines[max - 1]!;
    this.useFont(last.style);
    const text = ellipsize(`${last.text} ${lines[max]!.text}`, width, (t) => this.doc.widthOfString(t));
    return [...lines.slice(0, max - 1), { ...last, text }];
  }
}

/** cell text gets smaller as tables get wider */
function tableStyles(columns: number): { cell: Style; cellHead: Style } {
  const [size, leading] = columns <= 4 ? [S.cell.size, S.cell.leading] : columns === 5 ? [8.25, 11.25] : [7.75, 10.5];
  return { cell: { ...S.cell, size, leading }, cellHead: { ...S.cellHead, size, leading } };
}

interface PreparedTable {
  n: number;
  head: string[];
  widths: number[];
  headLines: Line[][];
  bodyLines: Line[][][];
  leading: number;
  hasHead: boolean;
  headHeight: number;
  rowLineCount: number[];
  /** the header and the start of the first row: what must fit at the foot of a page */
  start: number;
}

/** lines of a row at the foot of a page before it may continue on the next: all of up to three, else two */
const firstRowLines = (lines: number) => (lines <= 3 ? lines : 2);

/** "1" → "1.", "2.1" → "2.1" (German and English convention) */
function formatNumber(number: string): string {
  const n = cleanText(number);
  return /^\d+$/.test(n) ? `${n}.` : n;
}

/**
 * Form field name prefix per signature block: `fieldId`, else `partnerId`;
 * made usable as one level of a field name (no ".") and unique ("-2", "-3" …).
 */
function fieldIds(signatures: SignatureBlock[]): string[] {
  const used = new Set<string>();
  return signatures.map((sig) => {
    const base = cleanText(sig.fieldId || sig.partnerId).replace(/[.\s]+/g, '-') || 'partner';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** "Ort, Datum" → ["Ort", "Datum"]; anything else → [caption, caption] */
function splitCaption(caption: string): [string, string] {
  const parts = caption.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : [caption, caption];
}

/** Renders the agreement (or informal profile) as PDF/A-2b bytes (PDF/A-3b with attachments). Same input, same bytes. */
export async function renderPdf(model: DocumentModel, options: { attachments?: readonly PdfAttachment[] } = {}): Promise<Buffer> {
  return (await renderPdfTraced(model, options)).pdf;
}

/** renderPdf(), and where the layout put each line: for tests of page breaks */
export async function renderPdfTraced(model: DocumentModel, options: { attachments?: readonly PdfAttachment[] } = {}): Promise<{ pdf: Buffer; trace: TraceEntry[] }> {
  const { doc, finish } = createPdfDocument({
    meta: { ...model.meta, lang: model.meta.lang || model.lang },
    margins: MARGINS,
    idSeed: JSON.stringify(model),
    attachments: options.attachments,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const layout = new Layout(doc, model.lang);
  layout.prepareClosing(model);
  layout.titleBlock(model, root);
  layout.sections(model.sections, root, 0);
  layout.stand(model.stand, root);
  layout.signatures(model.signatures, root);
  root.end();
  layout.writeFooters(model.footer, model.pageLabel);
  return { pdf: await finish(), trace: layout.trace };
}
