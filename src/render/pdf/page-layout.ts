// What the agreement PDF (render-pdf.ts) and the review checklist PDF
// (review/checklist-pdf.ts) lay out the same way: the text area of an A4 page,
// the current position on it, styles and the fill colour, line breaking,
// lines drawn as tagged content, page breaks, rules as artifacts, table
// header rows, and the running footer with page numbers.
//
// Coordinates are points from the top left corner, as in pdfkit. Text is
// placed line by line (never through pdfkit's own line breaking), so both
// documents decide their page breaks themselves.
//
// Load this module lazily (it is only used with pdfkit).

import { withNoBreakSpaces } from '../text/typography.js';
import { visualRuns } from './bidi.js';
import { coveredText, REGULAR, rightToLeftFont } from './fonts.js';
import { MM, PAGE_HEIGHT, PAGE_WIDTH } from './setup.js';
import { cleanText, ellipsizeKeepingLast, wrapBalanced, wrapText, type Hyphenate } from './text.js';

export type Doc = PDFKit.PDFDocument;
export type Elem = PDFKit.PDFStructureElement;

/** tolerance of position comparisons, in points */
export const EPS = 0.01;
/** DejaVu Sans ascender − descender, in em */
const GLYPH_BOX = 1.164;
/** footer rule, 14 mm above the bottom edge */
const FOOTER_Y = PAGE_HEIGHT - 14 * MM;

export const INK = '#111111';
export const MUTED = '#555555';
export const HAIRLINE = '#c8c8c8';

export interface Style {
  font: string;
  size: number;
  leading: number;
  color: string;
}

export const style = (font: string, size: number, leading: number, color = INK): Style => ({ font, size, leading, color });

const FOOTER = style(REGULAR, 7.5, 9, MUTED);

export type Align = 'left' | 'center' | 'right';

export interface Line {
  text: string;
  style: Style;
  align: Align;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** where text goes on an A4 page */
export interface TextArea {
  left: number;
  top: number;
  bottom: number;
  width: number;
  right: number;
}

export function textArea(margins: Margins): TextArea {
  const width = PAGE_WIDTH - margins.left - margins.right;
  return { left: margins.left, top: margins.top, bottom: PAGE_HEIGHT - margins.bottom, width, right: margins.left + width };
}

/** A table header cell drawn again, as an artifact, on the pages a table continues on. */
export interface RepeatedCell {
  x: number;
  width: number;
  lines: Line[];
  align?: Align;
}

export class PageLayout {
  /** top of what comes next */
  y: number;
  /** the fill colour set last, so that it is set again only when it changes */
  private fill = '';
  /** hyphenation points for words wider than their line, in the document's language */
  protected hyphenate?: Hyphenate;

  constructor(
    protected readonly doc: Doc,
    protected readonly area: TextArea,
  ) {
    this.y = area.top;
  }

  protected atTop(): boolean {
    return this.y <= this.area.top + EPS;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.area.top;
    this.fill = '';
  }

  /** vertical space, dropped at the top of a page */
  space(height: number): void {
    if (!this.atTop()) this.y += height;
  }

  /** starts a new page unless `height` fits below the current position; true if it did */
  ensure(height: number): boolean {
    if (this.y + height > this.area.bottom + EPS && !this.atTop()) {
      this.newPage();
      return true;
    }
    return false;
  }

  /** after drawing that sets the fill colour without us (form fields, shading) */
  protected forgetFill(): void {
    this.fill = '';
  }

  protected useFont(s: Style): void {
    this.doc.font(s.font).fontSize(s.size);
  }

  private useColor(color: string): void {
    if (color !== this.fill) {
      this.doc.fillColor(color);
      this.fill = color;
    }
  }

  /** characters DejaVu Sans has no glyph for become U+FFFD: an empty box is not allowed in PDF/A */
  private drawable(font: string, text: string): string {
    return coveredText(font, text);
  }

  /** user text as lines() lays it out: cleaned, with no-break spaces, characters the font lacks replaced */
  protected prepare(text: string, font: string): string {
    return this.drawable(font, withNoBreakSpaces(cleanText(text)));
  }

  width(text: string, s: Style): number {
    this.useFont(s);
    return this.doc.widthOfString(text);
  }

  /**
   * `text` broken into lines of at most `width` (centred text into lines of
   * similar length), with no-break spaces where typography.ts wants them
   */
  lines(text: string, s: Style, width: number, align: Align = 'left'): Line[] {
    // the layout asks for the same lines more than once (to keep things together, then to draw them)
    const key = `${s.font}\u0000${s.size}\u0000${width}\u0000${align}\u0000${text}`;
    const known = this.wrapped.get(key);
    if (known && known[0]?.style === s) return known.slice();
    const clean = this.prepare(text, s.font);
    if (!clean) return [];
    this.useFont(s);
    const wrap = align === 'center' ? wrapBalanced : wrapText;
    const lines = wrap(clean, width, (t) => this.doc.widthOfString(t), { hyphenate: this.hyphenate }).map((t) => ({
      text: t,
      style: s,
      align,
    }));
    if (this.wrapped.size >= 2000) this.wrapped.clear();
    this.wrapped.set(key, lines);
    return lines.slice();
  }

  /** lines() by font, size, width, alignment and text, for this document */
  private readonly wrapped = new Map<string, Line[]>();

  /**
   * One line in the box from `x` to `x + width` with its top at `y`. No-break
   * spaces are drawn as spaces, so that copied text has the spaces the author
   * typed. A line with right-to-left text is drawn run by run (see bidi.ts).
   */
  protected drawLine(line: Line, x: number, y: number, width = 0, align = line.align): void {
    if (!line.text) return;
    this.useFont(line.style);
    this.useColor(line.style.color);
    const text = line.text.replace(/\u00A0/g, ' ');
    const runs = visualRuns(text);
    const runWidths = runs?.map((r) => this.doc.widthOfString(r.text));
    const w = runWidths ? runWidths.reduce((a, b) => a + b, 0) : this.doc.widthOfString(text);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    const left = x + Math.max(0, dx);
    const ty = y + (line.style.leading - line.style.size * GLYPH_BOX) / 2;
    if (!runs || !runWidths) {
      this.doc.text(text, left, ty, { lineBreak: false });
      return;
    }
    const xs: number[] = [];
    let rx = left;
    for (const i of runs.map((_, i) => i).sort((a, b) => runs[a]!.visual - runs[b]!.visual)) {
      xs[i] = rx;
      rx += runWidths[i]!;
    }
    const space = this.doc.widthOfString(' ');
    runs.forEach((run, i) => {
      if (!run.rtl) {
        this.useFont(line.style);
        this.doc.text(run.text, xs[i]!, ty, { lineBreak: false });
        return;
      }
      // word by word from the right, in a font object of their own (see
      // rightToLeftFont); fontkit shapes each word and puts its glyphs in visual order
      this.doc.font(rightToLeftFont(this.doc, line.style.font)).fontSize(line.style.size);
      let wx = xs[i]! + runWidths[i]!;
      run.text.split(' ').forEach((word, k) => {
        if (k > 0) wx -= space;
        if (!word) return;
        wx -= this.doc.widthOfString(word);
        this.doc.text(word, wx, ty, { lineBreak: false });
      });
    });
    this.useFont(line.style);
  }

  /** what `draw` puts on the page, as marked content `tag` of `elem` */
  protected marked(elem: Elem, tag: string, draw: () => void): void {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    elem.add(content);
  }

  /** `lines` at (x, y) as content of `elem`, without page breaks; returns their height */
  put(lines: Line[], elem: Elem, tag: string, x: number, y: number, width = 0, align?: Align): number {
    if (!lines.length) return 0;
    let h = 0;
    this.marked(elem, tag, () => {
      for (const line of lines) {
        this.drawLine(line, x, y + h, width, align);
        h += line.style.leading;
      }
    });
    return h;
  }

  /** how many of `lines`, from `from` on, fit below the current position */
  protected fitting(lines: Line[], from: number): number {
    let n = 0;
    let h = 0;
    while (from + n < lines.length && this.y + h + lines[from + n]!.style.leading <= this.area.bottom + EPS) {
      h += lines[from + n]!.style.leading;
      n++;
    }
    return n;
  }

  /** places `lines` as content of `elem`, as many as fit on each page */
  protected flow(lines: Line[], elem: Elem, tag: string, x: number, width: number): void {
    let i = 0;
    while (i < lines.length) {
      let n = this.fitting(lines, i);
      if (n === 0) {
        if (!this.atTop()) {
          this.newPage();
          continue;
        }
        n = 1; // a line taller than the page
      }
      this.y += this.put(lines.slice(i, i + n), elem, tag, x, this.y, width);
      i += n;
      if (i < lines.length) this.newPage();
    }
  }

  /** a struct element of `type` under `parent` holding `lines` */
  block(type: string, parent: Elem, lines: Line[], x = this.area.left, width = this.area.width): void {
    if (!lines.length) return;
    const elem = this.child(parent, type);
    this.flow(lines, elem, type, x, width);
    elem.end();
  }

  /** a new struct element of `type` under `parent`; the caller ends it */
  protected child(parent: Elem, type: string, options?: PDFKit.Mixins.StructureElementOptions): Elem {
    const elem = this.doc.struct(type, options);
    parent.add(elem);
    return elem;
  }

  /** drawing that is layout, not content (rules, frames, shading) */
  protected artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  private strokeLine(x1: number, x2: number, y: number, lineWidth: number, color: string): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(lineWidth).strokeColor(color).stroke();
  }

  /** a horizontal rule, as artifact */
  rule(x1: number, x2: number, y: number, lineWidth: number, color: string): void {
    this.artifact(() => this.strokeLine(x1, x2, y, lineWidth, color));
  }

  /** THead with one row of `count` column header cells; `fill` puts the content of each */
  protected tableHead(table: Elem, count: number, fill: (th: Elem, column: number) => void): void {
    const thead = this.child(table, 'THead');
    const tr = this.child(thead, 'TR');
    for (let c = 0; c < count; c++) {
      const th = this.child(tr, 'TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions);
      fill(th, c);
      th.end();
    }
    tr.end();
    thead.end();
  }

  /** the header cells again on a continuation page, lines from `top` on, as pagination artifact */
  protected repeatedHead(cells: RepeatedCell[], top: number): void {
    this.doc.markContent('Artifact', { type: 'Pagination' });
    for (const cell of cells) {
      cell.lines.forEach((line, k) => this.drawLine(line, cell.x, top + k * line.style.leading, cell.width, cell.align));
    }
    this.doc.endMarkedContent();
  }

  /**
   * Running footer and page numbers on every page, as pagination artifacts:
   * `pageLabel` with {page} and {pages} on the right, the footer text on the
   * left, shortened with "…" to the room the label leaves.
   */
  writeFooters(footer: string, pageLabel: string): void {
    const { left, width } = this.area;
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      this.fill = '';
      const label = this.drawable(FOOTER.font, cleanText(pageLabel))
        .replace(/\{page\}/g, String(i + 1))
        .replace(/\{pages\}/g, String(total));
      const labelWidth = this.width(label, FOOTER);
      // a long district name is shortened, the date ("· Stand …", the last part) stays
      const text = ellipsizeKeepingLast(
        this.drawable(FOOTER.font, cleanText(footer).replace(/\n/g, ' ')),
        width - labelWidth - 18,
        (t) => this.doc.widthOfString(t),
      );
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.save();
      this.strokeLine(left, left + width, FOOTER_Y, 0.4, HAIRLINE);
      this.doc.restore();
      const y = FOOTER_Y + 4;
      if (text) this.drawLine({ text, style: FOOTER, align: 'left' }, left, y, width);
      if (label) this.drawLine({ text: label, style: FOOTER, align: 'right' }, left, y, width);
      this.doc.endMarkedContent();
    }
  }
}
