// The review checklist as a fillable PDF/A-2b: real check boxes and text
// fields (with appearance streams, printable), so it can be filled in on screen
// or printed and filled in by hand. Same base as the agreement PDF
// (render/pdf: setup.ts for A4, PDF/A, XMP, reproducible bytes; fonts.ts for
// DejaVu Sans; fields.ts for the form fields; text.ts for line breaking),
// same footer and page numbers, tagged (H1–H3, P, Table/TR/TH/TD, L/LI, Form)
// with decorations and footers as artifacts.
//
// Form field names (fully qualified, dots are levels of the field tree):
//   review.date, review.participants
//   task.<id>.fulfilled | .partial | .notFulfilled | .notApplicable   check boxes
//   task.<id>.note                                                    text
//   meeting.<id>.held, meeting.<id>.note                              text
//   question.<key>.yes | .no | .unclear  check boxes; question.<key>.note text
//   indicator.<goal>.<n>.value, indicator.<goal>.<n>.note             text
//   decision.keep | .amend | .terminate  check boxes; decision.amendments text
//   nextReview.date, nextReview.owner                                 text
//   sign.<partner>.place, sign.<partner>.date text; sign.<partner>.signature  unsigned /Sig
// The four statuses of a task are four check boxes, not a radio group: the
// field helpers have no radio buttons (yet); the evaluation does not read the
// PDF, so exclusivity is a matter for the people filling it in.
//
// Load this module lazily (pdfkit, fontkit).

import type { ChecklistModel } from './checklist.js';
import { addCheckBox, addSignatureField, addTextField } from '../render/pdf/fields.js';
import { BOLD, REGULAR } from '../render/pdf/fonts.js';
import { createPdfDocument, MM, PAGE_HEIGHT, PAGE_WIDTH } from '../render/pdf/setup.js';
import { cleanText, ellipsize, wrapText } from '../render/pdf/text.js';

type Doc = PDFKit.PDFDocument;
type Elem = PDFKit.PDFStructureElement;

const MARGINS = { top: 20 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM };
const LEFT = MARGINS.left;
const TOP = MARGINS.top;
const BOTTOM = PAGE_HEIGHT - MARGINS.bottom;
const WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right;
const RIGHT = LEFT + WIDTH;
/** footer rule, 14 mm above the bottom edge (as in the agreement) */
const FOOTER_Y = PAGE_HEIGHT - 14 * MM;
const EPS = 0.01;
/** DejaVu Sans ascender − descender, in em */
const GLYPH_BOX = 1.164;

const INK = '#111111';
const MUTED = '#555555';
const HAIRLINE = '#c8c8c8';
const FIELD_BORDER = '#9a9a9a';
const HEAD_FILL = '#f1f1f1';

interface Style {
  font: string;
  size: number;
  leading: number;
  color: string;
}
const style = (font: string, size: number, leading: number, color = INK): Style => ({ font, size, leading, color });
const S = {
  title: style(BOLD, 16, 21),
  subtitle: style(BOLD, 11, 15),
  h2: style(BOLD, 12.5, 17),
  h3: style(BOLD, 10, 14),
  body: style(REGULAR, 9.5, 13.5),
  cell: style(REGULAR, 9, 12),
  cellBold: style(BOLD, 9, 12),
  head: style(BOLD, 7.5, 9.5),
  small: style(REGULAR, 7.5, 9.5, MUTED),
  footer: style(REGULAR, 7.5, 9, MUTED),
};

const PAD_X = 4;
const PAD_Y = 3.5;
const BOX = 10;
const FIELD_H = 14;
const STATUS_COL = 54;
const NOTE_LABEL = 52;

interface Line {
  text: string;
  style: Style;
}

class ChecklistLayout {
  y = TOP;
  private fill = '';

  constructor(private readonly doc: Doc) {}

  private atTop(): boolean {
    return this.y <= TOP + EPS;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
    this.fill = '';
  }

  space(h: number): void {
    if (!this.atTop()) this.y += h;
  }

  /** a new page unless `h` fits below the current position */
  ensure(h: number): boolean {
    if (this.y + h > BOTTOM + EPS && !this.atTop()) {
      this.newPage();
      return true;
    }
    return false;
  }

  private use(s: Style): void {
    this.doc.font(s.font).fontSize(s.size);
    if (s.color !== this.fill) {
      this.doc.fillColor(s.color);
      this.fill = s.color;
    }
  }

  lines(text: string, s: Style, width: number): Line[] {
    const clean = cleanText(text);
    if (!clean) return [];
    this.doc.font(s.font).fontSize(s.size);
    return wrapText(clean, width, (t) => this.doc.widthOfString(t)).map((t) => ({ text: t, style: s }));
  }

  /**
   * At most what fits on an empty page below a table header (`reserve` points
   * are needed besides the lines): a row is never split, so an absurdly long
   * text is cut with "…" rather than run off the page.
   */
  clamp(lines: Line[], reserve: number): Line[] {
    const room = BOTTOM - TOP - 40 - reserve;
    let h = 0;
    let n = 0;
    while (n < lines.length && h + lines[n]!.style.leading <= room) h += lines[n++]!.style.leading;
    if (n >= lines.length) return lines;
    const last = lines[Math.max(0, n - 1)]!;
    const clipped = { ...last, text: `${last.text.replace(/\s*\S{0,3}$/, '')} …` };
    return [...lines.slice(0, Math.max(0, n - 1)), clipped];
  }

  private drawLine(line: Line, x: number, y: number, width = 0, align: 'left' | 'center' = 'left'): void {
    if (!line.text) return;
    this.use(line.style);
    const dx = align === 'center' ? Math.max(0, (width - this.doc.widthOfString(line.text)) / 2) : 0;
    this.doc.text(line.text, x + dx, y + (line.style.leading - line.style.size * GLYPH_BOX) / 2, { lineBreak: false });
  }

  /** lines at (x, y) as marked content of `elem`; returns their height */
  put(lines: Line[], elem: Elem, tag: string, x: number, y: number, width = 0, align: 'left' | 'center' = 'left'): number {
    if (!lines.length) return 0;
    const content = this.doc.markStructureContent(tag);
    let h = 0;
    for (const line of lines) {
      this.drawLine(line, x, y + h, width, align);
      h += line.style.leading;
    }
    this.doc.endMarkedContent();
    elem.add(content);
    return h;
  }

  /** a block element (P, H1 …) flowing over pages line by line */
  block(type: string, parent: Elem, lines: Line[], x = LEFT): void {
    if (!lines.length) return;
    const elem = this.doc.struct(type);
    parent.add(elem);
    let i = 0;
    while (i < lines.length) {
      let n = 0;
      let h = 0;
      while (i + n < lines.length && this.y + h + lines[i + n]!.style.leading <= BOTTOM + EPS) h += lines[i + n++]!.style.leading;
      if (n === 0) {
        if (this.atTop()) n = 1;
        else {
          this.newPage();
          continue;
        }
      }
      this.y += this.put(lines.slice(i, i + n), elem, type, x, this.y);
      i += n;
      if (i < lines.length) this.newPage();
    }
    elem.end();
  }

  para(parent: Elem, text: string, s: Style = S.body, gap = 6): void {
    this.block('P', parent, this.lines(text, s, WIDTH));
    this.y += gap;
  }

  /** a heading kept on one page with the first `keep` points of what follows */
  heading(parent: Elem, level: 2 | 3, text: string, keep = 60): void {
    const s = level === 2 ? S.h2 : S.h3;
    const lines = this.lines(text, s, WIDTH);
    this.space(level === 2 ? 12 : 7);
    this.ensure(lines.length * s.leading + (level === 2 ? 5 : 3) + keep);
    this.block(`H${level}`, parent, lines);
    this.y += level === 2 ? 5 : 3;
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  rule(x1: number, x2: number, y: number, width: number, color: string): void {
    this.artifact(() => this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke());
  }

  /** the visible frame of a text field, for print */
  frame(x: number, y: number, w: number, h: number): void {
    this.artifact(() => this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(FIELD_BORDER).stroke());
  }

  shade(x: number, y: number, w: number, h: number): void {
    this.artifact(() => this.doc.rect(x, y, w, h).fillColor(HEAD_FILL).fill());
    this.fill = '';
  }

  textField(name: string, x: number, y: number, w: number, h: number, tooltip: string, parent: Elem, multiline = false): void {
    this.frame(x, y, w, h);
    addTextField(this.doc, { name, x, y, width: w, height: h, tooltip, structParent: parent, multiline, fontSize: multiline ? 9 : 8.5 });
    this.fill = '';
  }

  checkBox(name: string, x: number, y: number, tooltip: string, parent: Elem): void {
    addCheckBox(this.doc, { name, x, y, size: BOX, tooltip, structParent: parent });
    this.fill = '';
  }

  // -------------------------------------------------------------------------
  // tables

  /**
   * A table header row of `columns` (x, width, label). Tagged once (THead);
   * repeated on later pages as an artifact.
   */
  headRow(table: Elem | null, columns: Array<{ x: number; w: number; label: string; center?: boolean }>): void {
    const cells = columns.map((c) => this.lines(c.label, S.head, c.w - 2 * PAD_X));
    const h = Math.max(1, ...cells.map((l) => l.length)) * S.head.leading + 2 * PAD_Y;
    // the header stays with (at least) a first row
    if (table) this.ensure(h + 36);
    this.shade(LEFT, this.y, WIDTH, h);
    if (table) {
      const thead = this.doc.struct('THead');
      table.add(thead);
      const tr = this.doc.struct('TR');
      thead.add(tr);
      columns.forEach((c, i) => {
        const th = this.doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions);
        tr.add(th);
        this.put(cells[i]!, th, 'TH', c.x + PAD_X, this.y + PAD_Y, c.w - 2 * PAD_X, c.center ? 'center' : 'left');
        th.end();
      });
      tr.end();
      thead.end();
    } else {
      this.doc.markContent('Artifact', { type: 'Pagination' });
      columns.forEach((c, i) =>
        cells[i]!.forEach((line, k) => this.drawLine(line, c.x + PAD_X, this.y + PAD_Y + k * S.head.leading, c.w - 2 * PAD_X, c.center ? 'center' : 'left')),
      );
      this.doc.endMarkedContent();
    }
    this.y += h;
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
  }

  /**
   * A row for a task or a question: its text on the left, one check box per
   * option in the columns to the right, and a note field across the row below.
   */
  optionRow(
    tbody: Elem,
    columns: Array<{ x: number; w: number; label: string; center?: boolean }>,
    textLines: Line[],
    options: Array<{ name: string; tooltip: string }>,
    note: { name: string; label: string; tooltip: string },
    repeatHead: () => void,
  ): void {
    textLines = this.clamp(textLines, 2 * PAD_Y + 3 + FIELD_H + 1);
    const textHeight = textLines.reduce((h, l) => h + l.style.leading, 0);
    const height = PAD_Y + textHeight + 3 + FIELD_H + PAD_Y + 1;
    if (this.y + height > BOTTOM + EPS) {
      this.newPage();
      repeatHead();
    }
    const top = this.y;
    const tr = this.doc.struct('TR');
    tbody.add(tr);
    const first = this.doc.struct('TD');
    tr.add(first);
    this.put(textLines, first, 'TD', columns[0]!.x + PAD_X, top + PAD_Y);
    options.forEach((o, i) => {
      const col = columns[i + 1]!;
      const td = this.doc.struct('TD');
      tr.add(td);
      const lead = textLines[0]?.style.leading ?? S.cell.leading;
      this.checkBox(o.name, col.x + (col.w - BOX) / 2, top + PAD_Y + (lead - BOX) / 2, o.tooltip, td);
      td.end();
    });
    const fieldY = top + PAD_Y + textHeight + 3;
    const noteLabel = this.lines(note.label, S.small, NOTE_LABEL - PAD_X);
    this.put(noteLabel.slice(0, 1), first, 'TD', LEFT + PAD_X, fieldY + (FIELD_H - S.small.leading) / 2);
    this.textField(note.name, LEFT + NOTE_LABEL, fieldY, RIGHT - PAD_X - (LEFT + NOTE_LABEL), FIELD_H, note.tooltip, first);
    first.end();
    tr.end();
    this.y = top + height;
    this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
  }

  /** a label/value row of a key-value table; `field` puts a text field in the value cell */
  keyValueRow(
    tbody: Elem,
    label: string,
    value: string,
    labelWidth: number,
    field?: { name: string; tooltip: string; height: number; multiline?: boolean; caption?: string },
  ): void {
    const valueWidth = WIDTH - labelWidth - 2 * PAD_X;
    const labelLines = this.clamp(this.lines(label, S.cellBold, labelWidth - 2 * PAD_X), 2 * PAD_Y);
    const valueLines = this.clamp(this.lines(value, S.cell, valueWidth), 2 * PAD_Y);
    const captionLines = field?.caption ? this.lines(field.caption, S.small, valueWidth) : [];
    const fieldHeight = field ? field.height + (captionLines.length ? 2 : 0) : 0;
    const valueHeight = field ? fieldHeight + captionLines.length * S.small.leading : valueLines.length * S.cell.leading;
    const h = Math.max(labelLines.length * S.cell.leading, valueHeight) + 2 * PAD_Y;
    this.ensure(h);
    const top = this.y;
    const tr = this.doc.struct('TR');
    tbody.add(tr);
    const th = this.doc.struct('TH', { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions);
    tr.add(th);
    this.put(labelLines, th, 'TH', LEFT + PAD_X, top + PAD_Y);
    th.end();
    const td = this.doc.struct('TD');
    tr.add(td);
    const x = LEFT + labelWidth + PAD_X;
    if (field) {
      this.textField(field.name, x, top + PAD_Y, valueWidth, field.height, field.tooltip, td, field.multiline);
      this.put(captionLines, td, 'TD', x, top + PAD_Y + field.height + 2);
    } else {
      this.put(valueLines, td, 'TD', x, top + PAD_Y);
    }
    td.end();
    tr.end();
    this.y = top + h;
    this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
  }

  // -------------------------------------------------------------------------
  // parts of the checklist

  titleBlock(m: ChecklistModel, root: Elem): void {
    this.block('H1', root, this.lines(m.title, S.title, WIDTH));
    this.y += 2;
    this.block('P', root, this.lines(m.agreementTitle, S.subtitle, WIDTH));
    this.y += 8;
  }

  header(m: ChecklistModel, root: Elem): void {
    const table = this.doc.struct('Table');
    root.add(table);
    const tbody = this.doc.struct('TBody');
    table.add(tbody);
    const labelWidth = 128;
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
    for (const row of m.header) this.keyValueRow(tbody, row.label, row.value, labelWidth);
    this.keyValueRow(tbody, m.fill.reviewDate, '', labelWidth, { name: 'review.date', tooltip: m.w.tip.reviewDate, height: FIELD_H });
    this.keyValueRow(tbody, m.fill.participants, '', labelWidth, { name: 'review.participants', tooltip: m.w.tip.participants, height: 40, multiline: true });
    tbody.end();
    table.end();
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
    this.y += 8;
    this.para(root, m.w.fillIn, S.body, 4);
  }

  tasks(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `1. ${m.w.sections.tasks}`, 140);
    this.para(sect, m.w.tasksLead);
    const textWidth = WIDTH - 4 * STATUS_COL;
    const columns = [
      { x: LEFT, w: textWidth, label: m.w.task },
      ...m.statusLabels.map((s, i) => ({ x: LEFT + textWidth + i * STATUS_COL, w: STATUS_COL, label: s.label, center: true })),
    ];
    for (const group of m.groups) {
      this.heading(sect, 3, group.heading, 80);
      const table = this.doc.struct('Table');
      sect.add(table);
      this.headRow(table, columns);
      const tbody = this.doc.struct('TBody');
      table.add(tbody);
      for (const task of group.tasks) {
        const text = this.lines(task.label, S.cell, textWidth - 2 * PAD_X);
        this.optionRow(
          tbody,
          columns,
          text,
          m.statusLabels.map((s) => ({ name: `task.${task.id}.${s.key}`, tooltip: m.w.tip.status(s.label, task.text) })),
          { name: `task.${task.id}.note`, label: m.w.note, tooltip: m.w.tip.note(task.text) },
          () => this.headRow(null, columns),
        );
      }
      tbody.end();
      table.end();
      this.y += 4;
    }
    sect.end();
  }

  meetings(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `2. ${m.w.sections.meetings}`, 90);
    if (m.meetings.length === 0) {
      this.para(sect, m.w.noMeetings);
      sect.end();
      return;
    }
    this.para(sect, m.w.meetingsLead);
    const c = m.w.meetingColumns;
    const widths = [0.33, 0.17, 0.1, 0.16, 0.24].map((f) => f * WIDTH);
    const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const columns = [c.task, c.frequency, c.expected, c.held, m.w.note].map((label, i) => ({ x: xs[i]!, w: widths[i]!, label, center: i === 2 || i === 3 }));
    const table = this.doc.struct('Table');
    sect.add(table);
    this.headRow(table, columns);
    const tbody = this.doc.struct('TBody');
    table.add(tbody);
    for (const meeting of m.meetings) {
      const cells = [
        this.clamp(this.lines(meeting.text, S.cell, widths[0]! - 2 * PAD_X), 2 * PAD_Y),
        this.lines(meeting.frequencyLabel, S.cell, widths[1]! - 2 * PAD_X),
        this.lines(meeting.expectedLabel, S.cell, widths[2]! - 2 * PAD_X),
      ];
      const h = Math.max(FIELD_H, ...cells.map((l) => l.length * S.cell.leading)) + 2 * PAD_Y;
      if (this.ensure(h)) this.headRow(null, columns);
      const top = this.y;
      const tr = this.doc.struct('TR');
      tbody.add(tr);
      cells.forEach((lines, i) => {
        const td = this.doc.struct('TD');
        tr.add(td);
        this.put(lines, td, 'TD', xs[i]! + PAD_X, top + PAD_Y, widths[i]! - 2 * PAD_X, i === 2 ? 'center' : 'left');
        td.end();
      });
      const held = this.doc.struct('TD');
      tr.add(held);
      this.textField(`meeting.${meeting.id}.held`, xs[3]! + PAD_X, top + PAD_Y, widths[3]! - 2 * PAD_X, FIELD_H, m.w.tip.held(meeting.text), held);
      held.end();
      const note = this.doc.struct('TD');
      tr.add(note);
      this.textField(`meeting.${meeting.id}.note`, xs[4]! + PAD_X, top + PAD_Y, widths[4]! - 2 * PAD_X, FIELD_H, m.w.tip.note(meeting.text), note);
      note.end();
      tr.end();
      this.y = top + h;
      this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
    }
    tbody.end();
    table.end();
    this.y += 4;
    sect.end();
  }

  questions(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `3. ${m.w.sections.questions}`, 110);
    this.para(sect, m.w.questionsLead);
    const textWidth = WIDTH - m.answerLabels.length * STATUS_COL;
    const columns = [
      { x: LEFT, w: textWidth, label: m.w.question },
      ...m.answerLabels.map((a, i) => ({ x: LEFT + textWidth + i * STATUS_COL, w: STATUS_COL, label: a.label, center: true })),
    ];
    const table = this.doc.struct('Table');
    sect.add(table);
    this.headRow(table, columns);
    const tbody = this.doc.struct('TBody');
    table.add(tbody);
    for (const q of m.questions) {
      const text = [
        ...this.lines(q.text, S.cellBold, textWidth - 2 * PAD_X),
        ...q.context.flatMap((c) => this.lines(c, S.small, textWidth - 2 * PAD_X)),
      ];
      this.optionRow(
        tbody,
        columns,
        text,
        m.answerLabels.map((a) => ({ name: `question.${q.key}.${a.key}`, tooltip: m.w.tip.answer(a.label, q.text) })),
        { name: `question.${q.key}.note`, label: m.w.note, tooltip: m.w.tip.questionNote(q.text) },
        () => this.headRow(null, columns),
      );
    }
    tbody.end();
    table.end();
    this.y += 4;
    sect.end();
  }

  goals(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `4. ${m.w.sections.goals}`, 100);
    if (m.goals.length === 0) {
      this.para(sect, m.w.noGoals);
      sect.end();
      return;
    }
    this.para(sect, m.w.goalsLead);
    const widths = [0.46, 0.18, 0.36].map((f) => f * WIDTH);
    const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const columns = [m.w.indicator, m.w.value, m.w.note].map((label, i) => ({ x: xs[i]!, w: widths[i]!, label }));
    for (const goal of m.goals) {
      this.heading(sect, 3, `${goal.label}: ${goal.text}`, 50);
      if (goal.indicators.length === 0) {
        this.para(sect, m.w.noIndicators);
        continue;
      }
      const table = this.doc.struct('Table');
      sect.add(table);
      this.headRow(table, columns);
      const tbody = this.doc.struct('TBody');
      table.add(tbody);
      goal.indicators.forEach((indicator, n) => {
        const lines = this.clamp(this.lines(indicator, S.cell, widths[0]! - 2 * PAD_X), 2 * PAD_Y);
        const h = Math.max(FIELD_H, lines.length * S.cell.leading) + 2 * PAD_Y;
        if (this.ensure(h)) this.headRow(null, columns);
        const top = this.y;
        const tr = this.doc.struct('TR');
        tbody.add(tr);
        const td = this.doc.struct('TD');
        tr.add(td);
        this.put(lines, td, 'TD', xs[0]! + PAD_X, top + PAD_Y);
        td.end();
        const value = this.doc.struct('TD');
        tr.add(value);
        this.textField(`indicator.${goal.index}.${n}.value`, xs[1]! + PAD_X, top + PAD_Y, widths[1]! - 2 * PAD_X, FIELD_H, m.w.tip.value(indicator), value);
        value.end();
        const note = this.doc.struct('TD');
        tr.add(note);
        this.textField(`indicator.${goal.index}.${n}.note`, xs[2]! + PAD_X, top + PAD_Y, widths[2]! - 2 * PAD_X, FIELD_H, m.w.tip.indicatorNote(indicator), note);
        note.end();
        tr.end();
        this.y = top + h;
        this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
      });
      tbody.end();
      table.end();
      this.y += 4;
    }
    sect.end();
  }

  decision(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `5. ${m.w.sections.decision}`, 80);
    this.para(sect, m.w.decisionLead, S.body, 3);
    const list = this.doc.struct('L');
    sect.add(list);
    for (const d of m.decisions) {
      const lines = this.lines(d.label, S.body, WIDTH - 20);
      const h = Math.max(BOX, lines.length * S.body.leading) + 4;
      this.ensure(h);
      const li = this.doc.struct('LI');
      list.add(li);
      const lbl = this.doc.struct('Lbl');
      li.add(lbl);
      this.checkBox(`decision.${d.key}`, LEFT + 2, this.y + (S.body.leading - BOX) / 2, m.w.tip.decision(d.label), lbl);
      lbl.end();
      const body = this.doc.struct('LBody');
      li.add(body);
      this.put(lines, body, 'LBody', LEFT + 20, this.y);
      body.end();
      li.end();
      this.y += h;
    }
    list.end();
    this.y += 4;
    const label = this.lines(`${m.w.amendments}:`, S.cellBold, WIDTH);
    const fieldHeight = 72;
    this.ensure(label.length * S.cellBold.leading + 3 + fieldHeight);
    const p = this.doc.struct('P');
    sect.add(p);
    this.y += this.put(label, p, 'P', LEFT, this.y) + 3;
    this.textField('decision.amendments', LEFT, this.y, WIDTH, fieldHeight, m.w.amendments, p, true);
    p.end();
    this.y += fieldHeight + 4;
    sect.end();
  }

  nextReview(m: ChecklistModel, root: Elem): void {
    const sect = this.doc.struct('Sect');
    root.add(sect);
    this.heading(sect, 2, `6. ${m.w.sections.nextReview}`, 70);
    const table = this.doc.struct('Table');
    sect.add(table);
    const tbody = this.doc.struct('TBody');
    table.add(tbody);
    const labelWidth = 170;
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
    this.keyValueRow(tbody, m.w.nextReviewDate, '', labelWidth, {
      name: 'nextReview.date',
      tooltip: m.w.nextReviewDate,
      height: FIELD_H,
      caption: m.nextReview.suggestedLabel,
    });
    this.keyValueRow(tbody, m.w.nextReviewOwner, '', labelWidth, {
      name: 'nextReview.owner',
      tooltip: m.w.nextReviewOwner,
      height: FIELD_H,
      caption: m.nextReview.owner ? `${m.w.header.owner}: ${m.nextReview.owner}` : undefined,
    });
    tbody.end();
    table.end();
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
    this.y += 4;
    sect.end();
  }

  signatures(m: ChecklistModel, root: Elem): void {
    if (m.signatures.length === 0) return;
    const sect = this.doc.struct('Sect');
    root.add(sect);
    const blockHeight = S.cellBold.leading + 8 + 36 + 3 + S.small.leading;
    // the signature blocks stay together with their heading when they fit on one page
    const all = 12 + S.h2.leading + 5 + S.body.leading + 4 + m.signatures.length * (blockHeight + 20);
    this.space(12);
    this.ensure(all <= BOTTOM - TOP ? all : S.h2.leading + 5 + S.body.leading + 4 + blockHeight + 20);
    this.heading(sect, 2, m.w.sections.signatures);
    this.para(sect, m.w.signaturesLead, S.body, 4);
    const leftWidth = WIDTH * 0.42;
    const gap = WIDTH * 0.08;
    const rightX = LEFT + leftWidth + gap;
    const rightWidth = WIDTH - leftWidth - gap;
    for (const sig of m.signatures) {
      this.space(20);
      this.ensure(blockHeight);
      const div = this.doc.struct('Div');
      sect.add(div);
      const name = this.doc.struct('P');
      div.add(name);
      this.y += this.put(this.lines(sig.partyName, S.cellBold, WIDTH), name, 'P', LEFT, this.y);
      name.end();
      const fieldsTop = this.y + 8;
      const lineY = fieldsTop + 36;
      const placeWidth = leftWidth * 0.58;
      addTextField(this.doc, { name: `sign.${sig.partnerId}.place`, x: LEFT, y: lineY - FIELD_H - 1, width: placeWidth - 4, height: FIELD_H, tooltip: `${m.w.placeDate} (${sig.partyName})`, structParent: div });
      addTextField(this.doc, { name: `sign.${sig.partnerId}.date`, x: LEFT + placeWidth, y: lineY - FIELD_H - 1, width: leftWidth - placeWidth, height: FIELD_H, tooltip: `${m.w.placeDate} (${sig.partyName})`, structParent: div });
      addSignatureField(this.doc, { name: `sign.${sig.partnerId}.signature`, x: rightX, y: fieldsTop, width: rightWidth, height: 35, tooltip: `${sig.caption} – ${sig.partyName}`, structParent: div });
      this.fill = '';
      this.rule(LEFT, LEFT + leftWidth, lineY, 0.6, INK);
      this.rule(rightX, RIGHT, lineY, 0.6, INK);
      const captions = this.doc.struct('P');
      div.add(captions);
      this.put(this.lines(m.w.placeDate, S.small, leftWidth), captions, 'P', LEFT, lineY + 3);
      this.put(this.lines(sig.caption, S.small, rightWidth), captions, 'P', rightX, lineY + 3);
      captions.end();
      div.end();
      this.y = lineY + 3 + S.small.leading;
    }
    sect.end();
  }

  /** running footer and page numbers on every page, as pagination artifacts */
  footers(footer: string, pageLabel: string): void {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      this.fill = '';
      const label = cleanText(pageLabel).replace(/\{page\}/g, String(i + 1)).replace(/\{pages\}/g, String(total));
      this.doc.font(S.footer.font).fontSize(S.footer.size);
      const labelWidth = this.doc.widthOfString(label);
      const text = ellipsize(cleanText(footer).replace(/\n/g, ' '), WIDTH - labelWidth - 18, (t) => this.doc.widthOfString(t));
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.save().moveTo(LEFT, FOOTER_Y).lineTo(RIGHT, FOOTER_Y).lineWidth(0.4).strokeColor(HAIRLINE).stroke().restore();
      if (text) this.drawLine({ text, style: S.footer }, LEFT, FOOTER_Y + 4);
      this.use(S.footer);
      this.doc.text(label, RIGHT - labelWidth, FOOTER_Y + 4 + (S.footer.leading - S.footer.size * GLYPH_BOX) / 2, { lineBreak: false });
      this.doc.endMarkedContent();
    }
  }
}

/** Renders the checklist as fillable PDF/A-2b bytes. Same model, same bytes. */
export async function renderChecklistPdf(model: ChecklistModel): Promise<Buffer> {
  const { doc, finish } = createPdfDocument({
    meta: model.meta,
    margins: MARGINS,
    idSeed: JSON.stringify({ kind: 'review-checklist', model: { ...model, w: undefined } }),
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const layout = new ChecklistLayout(doc);
  layout.titleBlock(model, root);
  layout.header(model, root);
  layout.tasks(model, root);
  layout.meetings(model, root);
  layout.questions(model, root);
  layout.goals(model, root);
  layout.decision(model, root);
  layout.nextReview(model, root);
  layout.signatures(model, root);
  root.end();
  layout.footers(model.footer, model.pageLabel);
  return finish();
}
