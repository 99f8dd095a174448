// Lays out a DocumentModel as a signable PDF/A-2b: title block with the
// parties, numbered sections (paragraphs, bullet lists, tables), "Stand" line,
// one signature block per partner with real form fields, running footer and
// page numbers. Tagged (structure tree with H1–H6, P, L/LI/Lbl/LBody, Table/
// THead/TBody/TR/TH/TD, Form), decorations and footers marked as artifacts.
//
// Layout is our own: lines are broken by text.ts (with breaking of over-long
// words) and placed one by one, so we control page breaks: headings stay with
// what follows, paragraphs keep at least two lines together at a page end and
// never carry a single line over, table headers repeat, signature blocks are
// never split.
//
// Load this module lazily (it pulls in pdfkit and fontkit, ~130 ms).

import type { Block, DocumentModel, PartyBlock, Section, SignatureBlock } from '../document.js';
import { addSignatureField, addTextField } from './fields.js';
import { BOLD, REGULAR } from './fonts.js';
import { EPS, HAIRLINE, INK, MUTED, PageLayout, style, textArea, type Doc, type Elem, type Line, type Style } from './page-layout.js';
import { createPdfDocument, MM, type PdfAttachment } from './setup.js';
import { breakChunks, cleanText, ellipsize } from './text.js';

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

const linesHeight = (lines: Line[]) => lines.reduce((h, l) => h + l.style.leading, 0);
/** the least flow() puts at the foot of a page: all of up to three lines, else two */
const firstChunk = (lines: Line[]) => linesHeight(lines.slice(0, lines.length <= 3 ? 3 : 2));

// ---------------------------------------------------------------------------

class Layout extends PageLayout {
  constructor(doc: Doc) {
    super(doc, AREA);
  }

  /**
   * Places `lines` as content of `elem`, page by page: at least two lines at
   * the foot of a page, never a single line carried over.
   */
  protected override flow(lines: Line[], elem: Elem, tag: string, x: number, width: number): void {
    let i = 0;
    while (i < lines.length) {
      let fit = this.fitting(lines, i);
      const left = lines.length - i;
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
      // y advances line by line (put() draws at y + the height so far, which
      // can differ in the last bit): the positions stay exactly as they were
      this.marked(elem, tag, () => {
        for (const line of chunk) {
          this.drawLine(line, x, this.y, width);
          this.y += line.style.leading;
        }
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
      const hs = S.headings[Math.min(depth, S.headings.length - 1)]!;
      const label = section.number ? `${formatNumber(section.number)} ${section.heading}` : section.heading;
      const lines = this.lines(label, hs, WIDTH);
      if (lines.length) {
        this.space(depth === 0 ? 16 : 10);
        // keep the heading with the start of what follows
        const start = section.blocks.length
          ? this.startHeight(section.blocks, 0)
          : section.subsections.length
            ? startHeight('heading')
            : 0;
        this.ensure(linesHeight(lines) + (depth === 0 ? 6 : 4) + start);
        this.block(`H${level}`, sect, lines);
        this.y += depth === 0 ? 6 : 4;
      }
      section.blocks.forEach((_, i) => this.contentBlock(section.blocks, i, sect));
      this.sections(section.subsections, sect, depth + 1);
      sect.end();
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
    if (block.type === 'paragraph') {
      const lines = this.lines(block.text, S.body, WIDTH);
      if (this.isLeadIn(blocks, i, lines)) return linesHeight(lines) + PARA_GAP + startHeight(blocks[i + 1]);
      return firstChunk(lines);
    }
    return startHeight(block);
  }

  contentBlock(blocks: Block[], i: number, parent: Elem): void {
    const block = blocks[i]!;
    switch (block.type) {
      case 'paragraph': {
        const lines = this.lines(block.text, S.body, WIDTH);
        if (!lines.length) return;
        // a short lead-in ("… folgende Aufgaben:") stays with its list or table
        if (this.isLeadIn(blocks, i, lines)) this.ensure(this.startHeight(blocks, i));
        this.block('P', parent, lines);
        this.y += PARA_GAP;
        return;
      }
      case 'list':
        this.list(block.items, parent);
        return;
      case 'table':
        this.table(block.columns, block.rows, parent);
        return;
    }
  }

  list(items: string[], parent: Elem): void {
    const entries = items.map((item) => this.lines(item, S.body, WIDTH - LIST_INDENT)).filter((l) => l.length);
    if (!entries.length) return;
    const list = this.child(parent, 'L');
    for (const lines of entries) {
      this.ensure(firstChunk(lines));
      const li = this.child(list, 'LI');
      this.block('Lbl', li, [{ text: BULLET, style: S.body, align: 'left' }], LEFT + 3, LIST_INDENT);
      this.y -= S.body.leading; // the label sits on the first line of the body
      this.block('LBody', li, lines, LEFT + LIST_INDENT, WIDTH - LIST_INDENT);
      li.end();
      this.y += ITEM_GAP;
    }
    list.end();
    this.y += PARA_GAP - ITEM_GAP;
  }

  table(columns: string[], rows: string[][], parent: Elem): void {
    const n = Math.max(columns.length, ...rows.map((r) => r.length));
    if (n === 0) return;
    const head = Array.from({ length: n }, (_, c) => columns[c] ?? '');
    const body = rows.map((r) => Array.from({ length: n }, (_, c) => r[c] ?? ''));
    const { cell, cellHead } = tableStyles(n);
    const widths = this.columnWidths(head, body, cell, cellHead);
    const xs = widths.map((_, c) => LEFT + widths.slice(0, c).reduce((a, b) => a + b, 0));
    const headLines = head.map((t, c) => this.lines(t, cellHead, widths[c]! - 2 * CELL_PAD_X));
    const bodyLines = body.map((r) => r.map((t, c) => this.lines(t, cell, widths[c]! - 2 * CELL_PAD_X)));
    const leading = cell.leading;
    const hasHead = head.some((t) => cleanText(t));
    const headHeight = hasHead ? Math.max(1, ...headLines.map((l) => l.length)) * leading + 2 * CELL_PAD_Y : 0;
    const rowLineCount = bodyLines.map((r) => Math.max(1, ...r.map((l) => l.length)));

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
      this.rule(LEFT, LEFT + WIDTH, this.y, 0.5, INK);
    };

    const firstRow = rowLineCount.length ? Math.min(2, rowLineCount[0]!) * leading + 2 * CELL_PAD_Y : 0;
    this.ensure(headHeight + firstRow);
    drawHead(true);
    const tbody = this.child(table, 'TBody');
    const continueTable = () => {
      this.rule(LEFT, LEFT + WIDTH, this.y, 0.8, INK);
      this.newPage();
      drawHead(false);
    };
    bodyLines.forEach((cells, r) => {
      const tr = this.child(tbody, 'TR');
      const tds = cells.map(() => this.child(tr, 'TD'));
      const total = rowLineCount[r]!;
      const rowHeight = total * leading + 2 * CELL_PAD_Y;
      if (this.y + rowHeight > BOTTOM + EPS && rowHeight <= BOTTOM - TOP - headHeight) continueTable();
      let done = 0;
      while (done < total) {
        const avail = Math.floor((BOTTOM - this.y - 2 * CELL_PAD_Y + EPS) / leading);
        if (avail < 1) {
          continueTable();
          continue;
        }
        const count = Math.min(avail, total - done);
        const top = this.y + CELL_PAD_Y;
        cells.forEach((cellLines, c) => {
          const chunk = cellLines.slice(done, done + count);
          if (!chunk.length) return;
          this.y = top;
          this.flow(chunk, tds[c]!, 'TD', xs[c]! + CELL_PAD_X, widths[c]! - 2 * CELL_PAD_X);
        });
        done += count;
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

  /** HTML-like automatic column widths over the full text width */
  private columnWidths(head: string[], body: string[][], cell: Style, cellHead: Style): number[] {
    const pad = 2 * CELL_PAD_X;
    // the longest piece that should not be broken: words, but of words wider
    // than a quarter of the line (long addresses, URLs, compounds) only the
    // parts between natural break points
    const piece = (word: string, s: Style) => {
      const w = this.width(word, s);
      return w <= WIDTH / 4 ? w : Math.max(...breakChunks(word).map((p) => this.width(p, s)));
    };
    const longestWord = (t: string, s: Style) => Math.max(0, ...cleanText(t).split(/\s+/).map((w) => piece(w, s)));
    const natural = head.map((h, c) =>
      Math.max(this.width(cleanText(h), cellHead), ...body.map((r) => this.width(cleanText(r[c]!).replace(/\n/g, ' '), cell))) + pad,
    );
    const minimum = head.map((h, c) =>
      Math.max(30, Math.min(WIDTH * 0.4, Math.max(longestWord(h, cellHead), ...body.map((r) => longestWord(r[c]!, cell))) + pad)),
    );
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    if (sum(natural) <= WIDTH) return natural.map((w) => (w * WIDTH) / sum(natural));
    if (sum(minimum) >= WIDTH) {
      // not even the longest words fit: narrow the columns with the longest
      // ones (e-mail addresses, URLs — they break well), keep the others whole
      return waterLevel((t) => minimum.map((w) => Math.min(w, t)), Math.max(...minimum));
    }
    // Columns that want less than a fair share of the width still free get
    // their natural width (names, phone numbers, ids stay on one line), as
    // long as the others keep their minimum; the remaining columns share the
    // rest: minimum plus a part in proportion to how much more they want.
    let open = natural.map((_, c) => c);
    let remaining = WIDTH;
    for (let changed = true; changed && open.length; ) {
      changed = false;
      for (const c of [...open].sort((a, b) => natural[a]! - natural[b]!)) {
        const others = sum(open.filter((o) => o !== c).map((o) => minimum[o]!));
        if (natural[c]! <= remaining / open.length && remaining - natural[c]! >= others) {
          remaining -= natural[c]!;
          open = open.filter((o) => o !== c);
          changed = true;
        }
      }
    }
    const widths = natural.slice();
    const minOpen = sum(open.map((c) => minimum[c]!));
    const slack = sum(open.map((c) => natural[c]! - minimum[c]!));
    for (const c of open) {
      const extra = remaining - minOpen;
      widths[c] = minimum[c]! + (slack > 0 ? (extra * (natural[c]! - minimum[c]!)) / slack : extra / open.length);
    }
    return widths;
  }

  stand(text: string, root: Elem): void {
    const lines = this.lines(text, S.stand, WIDTH);
    if (!lines.length) return;
    this.space(14);
    this.ensure(linesHeight(lines));
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

  /** one partner's block; measured first and moved to a new page as a whole */
  signatureBlock(sig: SignatureBlock, id: string, parent: Elem): void {
    const name = this.lines(sig.partyName, S.sigName, WIDTH);
    const who = [
      ...this.lines(sig.signatoryName, S.sigLine, WIDTH),
      ...this.lines(sig.role, S.sigLine, WIDTH),
    ];
    const leftCaption = this.clip(this.lines(sig.placeDateCaption, S.caption, SIG_LEFT_WIDTH), SIG_LEFT_WIDTH);
    const rightCaption = this.clip(this.lines(sig.signatureCaption, S.caption, SIG_RIGHT_WIDTH), SIG_RIGHT_WIDTH);
    const captionHeight = Math.max(linesHeight(leftCaption), linesHeight(rightCaption));
    const height = linesHeight(name) + linesHeight(who) + 8 + SIG_FIELD_HEIGHT + 3 + captionHeight;
    this.ensure(height);

    const div = this.child(parent, 'Div');
    this.block('P', div, name);
    this.block('P', div, who);
    // a block taller than a page (names of thousands of characters) has flowed
    // over pages above; the fields and their captions still stay together on
    // one page, inside the margins (a no-op when the whole block fitted)
    this.ensure(8 + SIG_FIELD_HEIGHT + 3 + captionHeight);
    const fieldsTop = this.y + 8;
    const lineY = fieldsTop + SIG_FIELD_HEIGHT;
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

    this.y = lineY + 3 + captionHeight;
    div.end();
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

/**
 * Column widths `at(t)` for the largest cap t in [0, max] whose sum does not
 * exceed the line width, scaled to fill the line exactly.
 */
function waterLevel(at: (t: number) => number[], max: number): number[] {
  const total = (t: number) => at(t).reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = max;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) > WIDTH) hi = mid;
    else lo = mid;
  }
  const widths = at(lo);
  const sum = widths.reduce((a, b) => a + b, 0);
  return sum > 0 ? widths.map((w) => (w * WIDTH) / sum) : widths.map(() => WIDTH / widths.length);
}

/** cell text gets smaller as tables get wider */
function tableStyles(columns: number): { cell: Style; cellHead: Style } {
  const [size, leading] = columns <= 4 ? [S.cell.size, S.cell.leading] : columns === 5 ? [8.25, 11.25] : [7.75, 10.5];
  return { cell: { ...S.cell, size, leading }, cellHead: { ...S.cellHead, size, leading } };
}

/** roughly the least height a block needs at the foot of a page */
function startHeight(block: Block | 'heading' | undefined): number {
  if (block === undefined) return 0;
  if (block === 'heading') return 15 + 4 + 2 * S.body.leading;
  if (block.type === 'table') return 0.8 + 2 * S.cell.leading + 4 * CELL_PAD_Y + S.cell.leading;
  return 2 * S.body.leading;
}

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
  const { doc, finish } = createPdfDocument({
    meta: { ...model.meta, lang: model.meta.lang || model.lang },
    margins: MARGINS,
    idSeed: JSON.stringify(model),
    attachments: options.attachments,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const layout = new Layout(doc);
  layout.titleBlock(model, root);
  layout.sections(model.sections, root, 0);
  layout.stand(model.stand, root);
  layout.signatures(model.signatures, root);
  root.end();
  layout.writeFooters(model.footer, model.pageLabel);
  return finish();
}
