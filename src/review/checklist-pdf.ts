// The review checklist as a fillable PDF/A-2b: real radio buttons and text
// fields (with appearance streams, printable), so it can be filled in on screen
// or printed and filled in by hand. Same base as the agreement PDF
// (render/pdf: setup.ts for A4, PDF/A, XMP, reproducible bytes; fonts.ts for
// DejaVu Sans; fields.ts for the form fields; page-layout.ts for placing
// lines, page breaks, table headers, footer and page numbers), tagged (H1–H3,
// P, Table/TR/TH/TD, L/LI, Form) with decorations and footers as artifacts.
//
// Form field names (fully qualified, dots are levels of the field tree) — the
// reader of filled-in checklists depends on them, so they are stable:
//   agree.checklist           read-only text: encodeIdentity() of the agreement (identity.ts)
//   review.date, review.participants                                  text
//   task.<id>.status          radio group: fulfilled | partial | notFulfilled | notApplicable
//   task.<id>.note                                                    text
//   meeting.<id>.held, meeting.<id>.note                              text
//   question.<key>.answer     radio group: yes | no | unclear;  question.<key>.note  text
//   indicator.<goal>.<n>.value, indicator.<goal>.<n>.note             text
//   decision.choice           radio group: keep | amend | terminate;  decision.amendments  text
//   nextReview.date, nextReview.owner                                 text
//   sign.<partner>.place, sign.<partner>.date text; sign.<partner>.signature  unsigned /Sig
// A radio group's value is the chosen state, or Off while nothing is chosen.
//
// Page breaks keep what belongs together: a heading never ends a page, nor a
// table header row — each stays with what follows it up to the first row of
// its table.
//
// Load this module lazily (pdfkit, fontkit).

import type { ChecklistModel } from './checklist.js';
import { encodeIdentity } from './identity.js';
import { addRadioGroup, addSignatureField, addTextField } from '../render/pdf/fields.js';
import { BOLD, REGULAR } from '../render/pdf/fonts.js';
import {
  EPS,
  HAIRLINE,
  INK,
  MUTED,
  PageLayout,
  style,
  textArea,
  type Doc,
  type Elem,
  type Line,
  type Style,
} from '../render/pdf/page-layout.js';
import { createPdfDocument, MM } from '../render/pdf/setup.js';

const MARGINS = { top: 20 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM };
const AREA = textArea(MARGINS);
const { left: LEFT, top: TOP, bottom: BOTTOM, width: WIDTH, right: RIGHT } = AREA;

const FIELD_BORDER = '#9a9a9a';
const HEAD_FILL = '#f1f1f1';

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
};

const PAD_X = 4;
const PAD_Y = 3.5;
const BOX = 10;
const FIELD_H = 14;
const STATUS_COL = 54;
const NOTE_LABEL = 52;
const LABEL_WIDTH = 128;
/** the identity field: small, it is for software more than for people */
const ID_SIZE = 7;
const ID_H = 11;
/** a heading's space above (dropped at the top of a page) and below */
const HEADING_GAP = { 2: { before: 12, after: 5 }, 3: { before: 7, after: 3 } } as const;

interface Column {
  x: number;
  w: number;
  label: string;
  center?: boolean;
}

/** a radio group of a task or question row: one button per option column */
interface OptionGroup {
  name: string;
  tooltip: string;
  options: Array<{ state: string; tooltip: string }>;
}

interface KeyValueField {
  name: string;
  tooltip: string;
  height: number;
  multiline?: boolean;
  caption?: string;
  /** a fixed value people cannot change: drawn without the frame of a field to fill in */
  readOnly?: { value: string; fontSize: number };
}

const lineHeight = (lines: Line[]) => lines.reduce((h, l) => h + l.style.leading, 0);

/** columns of the given fractions of the text width; `centered`: indexes of centred columns */
function columnsOf(fractions: number[], labels: string[], centered: number[] = []): Column[] {
  const widths = fractions.map((f) => f * WIDTH);
  const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return labels.map((label, i) => ({ x: xs[i]!, w: widths[i]!, label, center: centered.includes(i) }));
}

/** a text column, then one narrow centred column per option (status, answer) */
function optionColumns(label: string, options: Array<{ label: string }>): Column[] {
  const textWidth = WIDTH - options.length * STATUS_COL;
  return [
    { x: LEFT, w: textWidth, label },
    ...options.map((o, i) => ({ x: LEFT + textWidth + i * STATUS_COL, w: STATUS_COL, label: o.label, center: true })),
  ];
}

class ChecklistLayout extends PageLayout {
  constructor(doc: Doc) {
    // no replacing of glyphs DejaVu Sans lacks: the checklist never did, and
    // its bytes stay as they were
    super(doc, AREA);
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

  para(parent: Elem, text: string, s: Style = S.body, gap = 6): void {
    this.block('P', parent, this.lines(text, s, WIDTH));
    this.y += gap;
  }

  /** the height para() takes */
  paraHeight(text: string, s: Style = S.body, gap = 6): number {
    return lineHeight(this.lines(text, s, WIDTH)) + gap;
  }

  /** the height heading() takes, with the space above it */
  headingHeight(level: 2 | 3, text: string): number {
    const gap = HEADING_GAP[level];
    return gap.before + lineHeight(this.lines(text, level === 2 ? S.h2 : S.h3, WIDTH)) + gap.after;
  }

  /**
   * A heading kept on one page with the `keep` points that follow it (up to
   * and with the first row of a table that follows), so that it never ends a
   * page alone or with just a table header.
   */
  heading(parent: Elem, level: 2 | 3, text: string, keep: number): void {
    const s = level === 2 ? S.h2 : S.h3;
    const gap = HEADING_GAP[level];
    const lines = this.lines(text, s, WIDTH);
    this.space(gap.before);
    this.ensure(lineHeight(lines) + gap.after + keep);
    this.block(`H${level}`, parent, lines);
    this.y += gap.after;
  }

  /** a section of the checklist under `root`: its heading, then what `fill` puts in */
  section(root: Elem, heading: string, keep: number, fill: (sect: Elem) => void): void {
    const sect = this.child(root, 'Sect');
    this.heading(sect, 2, heading, keep);
    fill(sect);
    sect.end();
  }

  /** the visible frame of a text field, for print */
  frame(x: number, y: number, w: number, h: number): void {
    this.artifact(() => this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(FIELD_BORDER).stroke());
  }

  shade(x: number, y: number, w: number, h: number): void {
    this.artifact(() => this.doc.rect(x, y, w, h).fillColor(HEAD_FILL).fill());
    this.forgetFill();
  }

  textField(name: string, x: number, y: number, w: number, h: number, tooltip: string, parent: Elem, multiline = false): void {
    this.frame(x, y, w, h);
    addTextField(this.doc, { name, x, y, width: w, height: h, tooltip, structParent: parent, multiline, fontSize: multiline ? 9 : 8.5 });
    this.forgetFill();
  }


  // -------------------------------------------------------------------------
  // tables

  headCells(columns: Column[]): Line[][] {
    return columns.map((c) => this.lines(c.label, S.head, c.w - 2 * PAD_X));
  }

  /** the height of the header row of `columns` */
  headHeight(columns: Column[]): number {
    return Math.max(1, ...this.headCells(columns).map((l) => l.length)) * S.head.leading + 2 * PAD_Y;
  }

  /**
   * A table header row of `columns`. Tagged once (THead, `table` given), on
   * the page of the table's first row (`firstRow`: its height); repeated on
   * later pages as an artifact (`table` null).
   */
  headRow(table: Elem | null, columns: Column[], firstRow = 0): void {
    const cells = this.headCells(columns);
    const h = this.headHeight(columns);
    if (table) this.ensure(h + firstRow);
    this.shade(LEFT, this.y, WIDTH, h);
    if (table) {
      this.tableHead(table, columns.length, (th, i) => {
        const c = columns[i]!;
        this.put(cells[i]!, th, 'TH', c.x + PAD_X, this.y + PAD_Y, c.w - 2 * PAD_X, c.center ? 'center' : 'left');
      });
    } else {
      this.repeatedHead(
        columns.map((c, i) => ({ x: c.x + PAD_X, width: c.w - 2 * PAD_X, lines: cells[i]!, align: c.center ? 'center' : 'left' })),
        this.y + PAD_Y,
      );
    }
    this.y += h;
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
  }

  /**
   * A table with a header row of `columns` under `parent`; `rows` adds the
   * rows to its TBody, the first of them `firstRow` points high.
   */
  table(parent: Elem, columns: Column[], firstRow: number, rows: (tbody: Elem) => void): void {
    const table = this.child(parent, 'Table');
    this.headRow(table, columns, firstRow);
    const tbody = this.child(table, 'TBody');
    rows(tbody);
    tbody.end();
    table.end();
    this.y += 4;
  }

  /** the lines of an option row's text, cut to what fits a page */
  optionLines(textLines: Line[]): Line[] {
    return this.clamp(textLines, 2 * PAD_Y + 3 + FIELD_H + 1);
  }

  /** the height of an option row with these (optionLines) lines */
  optionRowHeight(textLines: Line[]): number {
    return PAD_Y + lineHeight(textLines) + 3 + FIELD_H + PAD_Y + 1;
  }

  /**
   * A row for a task or a question: its text on the left, one radio button
   * per option in the columns to the right (one group: one choice per row),
   * and a note field across the row below. `textLines` from optionLines().
   */
  optionRow(
    tbody: Elem,
    columns: Column[],
    textLines: Line[],
    group: OptionGroup,
    note: { name: string; label: string; tooltip: string },
  ): void {
    const textHeight = lineHeight(textLines);
    const height = this.optionRowHeight(textLines);
    if (this.y + height > BOTTOM + EPS) {
      this.newPage();
      this.headRow(null, columns);
    }
    const top = this.y;
    const tr = this.child(tbody, 'TR');
    const first = this.child(tr, 'TD');
    this.put(textLines, first, 'TD', columns[0]!.x + PAD_X, top + PAD_Y);
    const radio = addRadioGroup(this.doc, { name: group.name, tooltip: group.tooltip, states: group.options.map((o) => o.state) });
    const lead = textLines[0]?.style.leading ?? S.cell.leading;
    group.options.forEach((o, i) => {
      const col = columns[i + 1]!;
      const td = this.child(tr, 'TD');
      radio.button(o.state, { x: col.x + (col.w - BOX) / 2, y: top + PAD_Y + (lead - BOX) / 2, size: BOX, tooltip: o.tooltip, structParent: td });
      td.end();
    });
    this.forgetFill();
    const fieldY = top + PAD_Y + textHeight + 3;
    const noteLabel = this.lines(note.label, S.small, NOTE_LABEL - PAD_X);
    this.put(noteLabel.slice(0, 1), first, 'TD', LEFT + PAD_X, fieldY + (FIELD_H - S.small.leading) / 2);
    this.textField(note.name, LEFT + NOTE_LABEL, fieldY, RIGHT - PAD_X - (LEFT + NOTE_LABEL), FIELD_H, note.tooltip, first);
    first.end();
    tr.end();
    this.y = top + height;
    this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
  }

  /** the height of a field row with these text cells */
  fieldRowHeight(cells: Line[][]): number {
    return Math.max(FIELD_H, ...cells.map(lineHeight)) + 2 * PAD_Y;
  }

  /** a row of text `cells` in the first columns, then one text field per remaining column */
  fieldRow(tbody: Elem, columns: Column[], cells: Line[][], fields: Array<{ name: string; tooltip: string }>): void {
    const h = this.fieldRowHeight(cells);
    if (this.ensure(h)) this.headRow(null, columns);
    const top = this.y;
    const tr = this.child(tbody, 'TR');
    cells.forEach((lines, i) => {
      const col = columns[i]!;
      const td = this.child(tr, 'TD');
      this.put(lines, td, 'TD', col.x + PAD_X, top + PAD_Y, col.w - 2 * PAD_X, col.center ? 'center' : 'left');
      td.end();
    });
    fields.forEach((field, i) => {
      const col = columns[cells.length + i]!;
      const td = this.child(tr, 'TD');
      this.textField(field.name, col.x + PAD_X, top + PAD_Y, col.w - 2 * PAD_X, FIELD_H, field.tooltip, td);
      td.end();
    });
    tr.end();
    this.y = top + h;
    this.rule(LEFT, RIGHT, this.y, 0.3, HAIRLINE);
  }

  /** a table of label/value rows between two rules; `rows` adds them with keyValueRow */
  keyValueTable(parent: Elem, rows: (tbody: Elem) => void): void {
    const table = this.child(parent, 'Table');
    const tbody = this.child(table, 'TBody');
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
    rows(tbody);
    tbody.end();
    table.end();
    this.rule(LEFT, RIGHT, this.y, 0.6, INK);
  }

  /** the lines and height of a key-value row */
  private keyValueLayout(label: string, value: string, labelWidth: number, field?: KeyValueField) {
    const valueWidth = WIDTH - labelWidth - 2 * PAD_X;
    const labelLines = this.clamp(this.lines(label, S.cellBold, labelWidth - 2 * PAD_X), 2 * PAD_Y);
    const valueLines = this.clamp(this.lines(value, S.cell, valueWidth), 2 * PAD_Y);
    const captionLines = field?.caption ? this.lines(field.caption, S.small, valueWidth) : [];
    const fieldHeight = field ? field.height + (captionLines.length ? 2 : 0) : 0;
    const valueHeight = field ? fieldHeight + lineHeight(captionLines) : lineHeight(valueLines);
    const height = Math.max(labelLines.length * S.cell.leading, valueHeight) + 2 * PAD_Y;
    return { valueWidth, labelLines, valueLines, captionLines, height };
  }

  keyValueRowHeight(label: string, value: string, labelWidth: number, field?: KeyValueField): number {
    return this.keyValueLayout(label, value, labelWidth, field).height;
  }

  /** a label/value row of a key-value table; `field` puts a text field in the value cell */
  keyValueRow(tbody: Elem, label: string, value: string, labelWidth: number, field?: KeyValueField): void {
    const { valueWidth, labelLines, valueLines, captionLines, height: h } = this.keyValueLayout(label, value, labelWidth, field);
    this.ensure(h);
    const top = this.y;
    const tr = this.child(tbody, 'TR');
    const th = this.child(tr, 'TH', { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions);
    this.put(labelLines, th, 'TH', LEFT + PAD_X, top + PAD_Y);
    th.end();
    const td = this.child(tr, 'TD');
    const x = LEFT + labelWidth + PAD_X;
    if (field?.readOnly) {
      // the field's own padding (2 pt) moved into the margin: its text lines up with the values above
      addTextField(this.doc, {
        name: field.name,
        x: x - 2,
        y: top + PAD_Y + (S.cell.leading - field.height) / 2,
        width: valueWidth + 2,
        height: field.height,
        tooltip: field.tooltip,
        structParent: td,
        value: field.readOnly.value,
        fontSize: field.readOnly.fontSize,
        readOnly: true,
      });
      this.forgetFill();
    } else if (field) {
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
    const identity = encodeIdentity(m.identity);
    const idWidth = this.width(identity, style(REGULAR, ID_SIZE, ID_SIZE));
    const room = WIDTH - LABEL_WIDTH - 2 * PAD_X - 4;
    const idSize = Math.floor(Math.min(ID_SIZE, (ID_SIZE * room) / idWidth) * 10) / 10;
    this.keyValueTable(root, (tbody) => {
      for (const row of m.header) this.keyValueRow(tbody, row.label, row.value, LABEL_WIDTH);
      this.keyValueRow(tbody, m.w.header.checklistId, '', LABEL_WIDTH, {
        name: 'agree.checklist',
        tooltip: m.w.header.checklistId,
        height: ID_H,
        readOnly: { value: identity, fontSize: idSize },
      });
      this.keyValueRow(tbody, m.fill.reviewDate, '', LABEL_WIDTH, { name: 'review.date', tooltip: m.w.tip.reviewDate, height: FIELD_H });
      this.keyValueRow(tbody, m.fill.participants, '', LABEL_WIDTH, { name: 'review.participants', tooltip: m.w.tip.participants, height: 40, multiline: true });
    });
    this.y += 8;
    this.para(root, m.w.fillIn, S.body, 4);
  }

  tasks(m: ChecklistModel, root: Elem): void {
    const columns = optionColumns(m.w.task, m.statusLabels);
    const groups = m.groups.map((group) => ({
      group,
      rows: group.tasks.map((task) => this.optionLines(this.lines(task.label, S.cell, columns[0]!.w - 2 * PAD_X))),
    }));
    // what a group heading keeps with it: the table header and the first row
    const groupKeep = (rows: Line[][]) => this.headHeight(columns) + (rows[0] ? this.optionRowHeight(rows[0]) : 0);
    const first = groups[0];
    // a profile may name no tasks: it says so instead of asking about none
    const lead = groups.length > 0 ? m.w.tasksLead : m.w.noTasks;
    const keep = this.paraHeight(lead) + (first ? this.headingHeight(3, first.group.heading) + groupKeep(first.rows) : 0);
    this.section(root, `1. ${m.w.sections.tasks}`, keep, (sect) => {
      this.para(sect, lead);
      for (const { group, rows } of groups) {
        this.heading(sect, 3, group.heading, groupKeep(rows));
        this.table(sect, columns, rows[0] ? this.optionRowHeight(rows[0]) : 0, (tbody) => {
          group.tasks.forEach((task, i) => {
            this.optionRow(
              tbody,
              columns,
              rows[i]!,
              {
                name: `task.${task.id}.status`,
                tooltip: task.text,
                options: m.statusLabels.map((s) => ({ state: s.key, tooltip: m.w.tip.status(s.label, task.text) })),
              },
              { name: `task.${task.id}.note`, label: m.w.note, tooltip: m.w.tip.note(task.text) },
            );
          });
        });
      }
    });
  }

  meetings(m: ChecklistModel, root: Elem): void {
    const c = m.w.meetingColumns;
    const columns = columnsOf([0.33, 0.17, 0.1, 0.16, 0.24], [c.task, c.frequency, c.expected, c.held, m.w.note], [2, 3]);
    const cellWidth = (i: number) => columns[i]!.w - 2 * PAD_X;
    const rows = m.meetings.map((meeting) => [
      this.clamp(this.lines(meeting.text, S.cell, cellWidth(0)), 2 * PAD_Y),
      this.lines(meeting.frequencyLabel, S.cell, cellWidth(1)),
      this.lines(meeting.expectedLabel, S.cell, cellWidth(2)),
    ]);
    const keep = rows[0]
      ? this.paraHeight(m.w.meetingsLead) + this.headHeight(columns) + this.fieldRowHeight(rows[0])
      : this.paraHeight(m.w.noMeetings);
    this.section(root, `2. ${m.w.sections.meetings}`, keep, (sect) => {
      if (m.meetings.length === 0) {
        this.para(sect, m.w.noMeetings);
        return;
      }
      this.para(sect, m.w.meetingsLead);
      this.table(sect, columns, this.fieldRowHeight(rows[0]!), (tbody) => {
        m.meetings.forEach((meeting, i) => {
          this.fieldRow(tbody, columns, rows[i]!, [
            { name: `meeting.${meeting.id}.held`, tooltip: m.w.tip.held(meeting.text) },
            { name: `meeting.${meeting.id}.note`, tooltip: m.w.tip.note(meeting.text) },
          ]);
        });
      });
    });
  }

  questions(m: ChecklistModel, root: Elem): void {
    const columns = optionColumns(m.w.question, m.answerLabels);
    const textWidth = columns[0]!.w - 2 * PAD_X;
    const rows = m.questions.map((q) =>
      this.optionLines([...this.lines(q.text, S.cellBold, textWidth), ...q.context.flatMap((c) => this.lines(c, S.small, textWidth))]),
    );
    const firstRow = rows[0] ? this.optionRowHeight(rows[0]) : 0;
    const keep = this.paraHeight(m.w.questionsLead) + this.headHeight(columns) + firstRow;
    this.section(root, `3. ${m.w.sections.questions}`, keep, (sect) => {
      this.para(sect, m.w.questionsLead);
      this.table(sect, columns, firstRow, (tbody) => {
        m.questions.forEach((q, i) => {
          this.optionRow(
            tbody,
            columns,
            rows[i]!,
            {
              name: `question.${q.key}.answer`,
              tooltip: q.text,
              options: m.answerLabels.map((a) => ({ state: a.key, tooltip: m.w.tip.answer(a.label, q.text) })),
            },
            { name: `question.${q.key}.note`, label: m.w.note, tooltip: m.w.tip.questionNote(q.text) },
          );
        });
      });
    });
  }

  goals(m: ChecklistModel, root: Elem): void {
    const columns = columnsOf([0.46, 0.18, 0.36], [m.w.indicator, m.w.value, m.w.note]);
    const goals = m.goals.map((goal) => ({
      goal,
      heading: `${goal.label}: ${goal.text}`,
      rows: goal.indicators.map((indicator) => [this.clamp(this.lines(indicator, S.cell, columns[0]!.w - 2 * PAD_X), 2 * PAD_Y)]),
    }));
    // what a goal's heading keeps with it: the table header and first row, or the note that there is none
    const goalKeep = (rows: Line[][][]) =>
      rows[0] ? this.headHeight(columns) + this.fieldRowHeight(rows[0]) : this.paraHeight(m.w.noIndicators);
    const first = goals[0];
    const keep = first
      ? this.paraHeight(m.w.goalsLead) + this.headingHeight(3, first.heading) + goalKeep(first.rows)
      : this.paraHeight(m.w.noGoals);
    this.section(root, `4. ${m.w.sections.goals}`, keep, (sect) => {
      if (m.goals.length === 0) {
        this.para(sect, m.w.noGoals);
        return;
      }
      this.para(sect, m.w.goalsLead);
      for (const { goal, heading, rows } of goals) {
        this.heading(sect, 3, heading, goalKeep(rows));
        if (goal.indicators.length === 0) {
          this.para(sect, m.w.noIndicators);
          continue;
        }
        this.table(sect, columns, this.fieldRowHeight(rows[0]!), (tbody) => {
          goal.indicators.forEach((indicator, n) => {
            this.fieldRow(tbody, columns, rows[n]!, [
              { name: `indicator.${goal.index}.${n}.value`, tooltip: m.w.tip.value(indicator) },
              { name: `indicator.${goal.index}.${n}.note`, tooltip: m.w.tip.indicatorNote(indicator) },
            ]);
          });
        });
      }
    });
  }

  decision(m: ChecklistModel, root: Elem): void {
    const items = m.decisions.map((d) => {
      const lines = this.lines(d.label, S.body, WIDTH - 20);
      return { d, lines, height: Math.max(BOX, lineHeight(lines)) + 4 };
    });
    // the choices stay together (and with the heading and its lead)
    const list = items.reduce((h, i) => h + i.height, 0);
    const lead = this.paraHeight(m.w.decisionLead, S.body, 3);
    this.section(root, `5. ${m.w.sections.decision}`, lead + list, (sect) => {
      this.para(sect, m.w.decisionLead, S.body, 3);
      this.ensure(list);
      const l = this.child(sect, 'L');
      const radio = addRadioGroup(this.doc, { name: 'decision.choice', tooltip: m.w.sections.decision, states: m.decisions.map((d) => d.key) });
      for (const { d, lines, height } of items) {
        this.ensure(height);
        const li = this.child(l, 'LI');
        const lbl = this.child(li, 'Lbl');
        radio.button(d.key, { x: LEFT + 2, y: this.y + (S.body.leading - BOX) / 2, size: BOX, tooltip: m.w.tip.decision(d.label), structParent: lbl });
        this.forgetFill();
        lbl.end();
        const body = this.child(li, 'LBody');
        this.put(lines, body, 'LBody', LEFT + 20, this.y);
        body.end();
        li.end();
        this.y += height;
      }
      l.end();
      this.y += 4;
      const label = this.lines(`${m.w.amendments}:`, S.cellBold, WIDTH);
      const fieldHeight = 72;
      this.ensure(lineHeight(label) + 3 + fieldHeight);
      const p = this.child(sect, 'P');
      this.y += this.put(label, p, 'P', LEFT, this.y) + 3;
      this.textField('decision.amendments', LEFT, this.y, WIDTH, fieldHeight, m.w.amendments, p, true);
      p.end();
      this.y += fieldHeight + 4;
    });
  }

  nextReview(m: ChecklistModel, root: Elem): void {
    const labelWidth = 170;
    const rows: Array<[string, KeyValueField]> = [
      [m.w.nextReviewDate, { name: 'nextReview.date', tooltip: m.w.nextReviewDate, height: FIELD_H, caption: m.nextReview.suggestedLabel }],
      [
        m.w.nextReviewOwner,
        {
          name: 'nextReview.owner',
          tooltip: m.w.nextReviewOwner,
          height: FIELD_H,
          caption: m.nextReview.owner ? `${m.w.header.owner}: ${m.nextReview.owner}` : undefined,
        },
      ],
    ];
    // the two rows stay with the heading
    const keep = rows.reduce((h, [label, field]) => h + this.keyValueRowHeight(label, '', labelWidth, field), 0);
    this.section(root, `6. ${m.w.sections.nextReview}`, keep, (sect) => {
      this.keyValueTable(sect, (tbody) => {
        for (const [label, field] of rows) this.keyValueRow(tbody, label, '', labelWidth, field);
      });
      this.y += 4;
    });
  }

  signatures(m: ChecklistModel, root: Elem): void {
    if (m.signatures.length === 0) return;
    const sect = this.child(root, 'Sect');
    const blockHeight = S.cellBold.leading + 8 + 36 + 3 + S.small.leading;
    // the signature blocks stay together with their heading when they fit on one page
    const all = 12 + S.h2.leading + 5 + S.body.leading + 4 + m.signatures.length * (blockHeight + 20);
    this.space(12);
    this.ensure(all <= BOTTOM - TOP ? all : S.h2.leading + 5 + S.body.leading + 4 + blockHeight + 20);
    this.heading(sect, 2, m.w.sections.signatures, S.body.leading + 4 + blockHeight + 20);
    this.para(sect, m.w.signaturesLead, S.body, 4);
    const leftWidth = WIDTH * 0.42;
    const gap = WIDTH * 0.08;
    const rightX = LEFT + leftWidth + gap;
    const rightWidth = WIDTH - leftWidth - gap;
    for (const sig of m.signatures) {
      this.space(20);
      this.ensure(blockHeight);
      const div = this.child(sect, 'Div');
      const name = this.child(div, 'P');
      this.y += this.put(this.lines(sig.partyName, S.cellBold, WIDTH), name, 'P', LEFT, this.y);
      name.end();
      const fieldsTop = this.y + 8;
      const lineY = fieldsTop + 36;
      const placeWidth = leftWidth * 0.58;
      addTextField(this.doc, { name: `sign.${sig.partnerId}.place`, x: LEFT, y: lineY - FIELD_H - 1, width: placeWidth - 4, height: FIELD_H, tooltip: `${m.w.placeDate} (${sig.partyName})`, structParent: div });
      addTextField(this.doc, { name: `sign.${sig.partnerId}.date`, x: LEFT + placeWidth, y: lineY - FIELD_H - 1, width: leftWidth - placeWidth, height: FIELD_H, tooltip: `${m.w.placeDate} (${sig.partyName})`, structParent: div });
      addSignatureField(this.doc, { name: `sign.${sig.partnerId}.signature`, x: rightX, y: fieldsTop, width: rightWidth, height: 35, tooltip: `${sig.caption} – ${sig.partyName}`, structParent: div });
      this.forgetFill();
      this.rule(LEFT, LEFT + leftWidth, lineY, 0.6, INK);
      this.rule(rightX, RIGHT, lineY, 0.6, INK);
      const captions = this.child(div, 'P');
      this.put(this.lines(m.w.placeDate, S.small, leftWidth), captions, 'P', LEFT, lineY + 3);
      this.put(this.lines(sig.caption, S.small, rightWidth), captions, 'P', rightX, lineY + 3);
      captions.end();
      div.end();
      this.y = lineY + 3 + S.small.leading;
    }
    sect.end();
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
  layout.writeFooters(model.footer, model.pageLabel);
  return finish();
}
