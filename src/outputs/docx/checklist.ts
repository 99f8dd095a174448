// The review checklist as a Word document, for minutes kept in Word: the same
// ChecklistModel and order as the PDF (header, tasks, meetings, questions,
// goals, decision, next review, signatures).
//
// Status choices are Word check boxes (w14:checkbox content controls), one per
// option column of a table: clicked in Word they tick, printed they are boxes
// to tick by hand, and LibreOffice shows them as ☐/☒. A table of boxes rather
// than a drop-down list, because the printed form must show every choice, and
// because a row of columns reads like the PDF and the Markdown checklist.
// Word does not make the boxes of a row exclusive (the PDF's radio buttons
// do): `agree review --results` reads the PDF or the YAML, not the DOCX.
//
// With answers (a results file), the boxes are ticked and the notes filled in.

import { AlignmentType, CheckBox, Paragraph, TextRun, type Table } from 'docx';
import type { ChecklistModel } from '../../review/checklist.js';
import { encodeIdentity } from '../../review/identity.js';
import type { ReviewResults } from '../../review/results.js';
import { formatDate } from '../../render/text/format.js';
import { clean, dataTable, mm, pack, para, pt, runs, signatureTable, STYLE, textWidth, type Cell, type Look, type Margins } from './common.js';
import type { DocxWords } from './words.js';

/** as the checklist PDF */
const MARGINS: Margins = { top: mm(20), bottom: mm(22), left: mm(20), right: mm(20) };
const WIDTH = textWidth(MARGINS);

const LOOK: Look = {
  body: { size: 9.5, leading: 13.5, after: 6 },
  title: { size: 16, align: 'left' },
  headings: [
    { size: 12.5, before: 12, after: 5 },
    { size: 10, before: 7, after: 3 },
    { size: 10, before: 7, after: 3 },
  ],
  table: { size: 9, leading: 12, headSize: 7.5 },
  itemGap: 3,
  listIndent: 15,
};

/** an option column (status, answer): room for "nicht erfüllt" */
const OPTION = pt(56);
const LABEL = pt(128);

export async function checklistDocx(m: ChecklistModel, words: DocxWords, results?: ReviewResults): Promise<Uint8Array> {
  const r = results;
  const date = (d: string | null | undefined) => (d ? formatDate(d, m.lang) || d : '');
  const children: Array<Paragraph | Table> = [
    para(m.title, STYLE.title, { spacing: { after: pt(2) } }),
    para(m.agreementTitle, STYLE.subtitle, { spacing: { before: 0, after: pt(8) } }),
    ...keyValues([
      ...m.header.map((h) => ({ label: h.label, value: [para(h.value, STYLE.tableText)] })),
      { label: m.w.header.checklistId, value: [para(encodeIdentity(m.identity), STYLE.note)] },
      { label: m.fill.reviewDate, value: [para(date(r?.reviewDate), STYLE.tableText)], height: pt(20) },
      { label: m.fill.participants, value: [para((r?.participants ?? []).join('\n'), STYLE.tableText)], height: pt(44) },
    ]),
    para(m.w.fillIn, STYLE.normal, { spacing: { before: pt(8) } }),
    ...tasks(m, r),
    ...meetings(m, r),
    ...questions(m, r),
    ...goals(m, r),
    ...decision(m, r),
    ...nextReview(m, r, date),
    ...signatures(m),
  ];
  return pack({ words, look: LOOK, margins: MARGINS, meta: m.meta, footer: { text: m.footer, label: m.pageLabel }, children });
}

const heading = (text: string, level: 0 | 1, numbered = level === 0) =>
  new Paragraph({ style: STYLE.headings[level], ...(numbered ? {} : { numbering: false as const }), children: runs(text.replace(/\n/g, ' ')) });

/** a Word check box; `alias`, its name in Word (and for screen readers), at most 200 characters, whole ones */
const checkBox = (checked: boolean, alias: string) => new CheckBox({ checked, alias: Array.from(clean(alias).replace(/\n/g, ' ')).slice(0, 200).join('') });

/** a check box in a cell of its own, centred */
const box = (checked: boolean, alias: string): Cell => [new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: [checkBox(checked, alias)] })];

/** "Anmerkung: …" under a task or question: the label, then what was noted (or room to type) */
const noteLine = (label: string, note: string | null | undefined): Paragraph =>
  new Paragraph({ style: STYLE.note, spacing: { before: pt(3) }, children: [...runs(`${clean(label)}:`), new TextRun({ text: ' ' }), ...runs(note ?? '', { color: '111111', size: 18 })] });

/** header cells; those of the option columns (after the first `left`) centred over their boxes */
const headCells = (labels: string[], left = 1): Cell[] =>
  labels.map((l, i) => [para(l, STYLE.tableHeading, i >= left ? { alignment: AlignmentType.CENTER } : {})]);

function optionWidths(options: number, rest: number[] = []): number[] {
  const text = WIDTH - options * OPTION - rest.reduce((a, b) => a + b, 0);
  return [text, ...Array.from({ length: options }, () => OPTION), ...rest];
}

function tasks(m: ChecklistModel, r: ReviewResults | undefined): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading(m.w.sections.tasks, 0), para(m.groups.length ? m.w.tasksLead : m.w.noTasks, STYLE.normal, { keepNext: true })];
  const options = m.statusLabels.length;
  for (const group of m.groups) {
    out.push(heading(group.heading, 1, false));
    out.push(
      ...dataTable({
        wholeRows: true,
        shadeHead: true,
        widths: optionWidths(options),
        head: headCells([m.w.task, ...m.statusLabels.map((s) => s.label)]),
        rows: group.tasks.map((task) => {
          const answer = r?.tasks?.[task.id];
          return [
            [para(task.label, STYLE.tableText), idLine(task.id), noteLine(m.w.note, answer?.note)],
            ...m.statusLabels.map((s) => box(answer?.status === s.key, m.w.tip.status(s.label, task.text))),
          ];
        }),
      }),
    );
  }
  return out;
}

/** the task's id, small: what the results file calls it */
const idLine = (id: string) => para(id, STYLE.note);

function meetings(m: ChecklistModel, r: ReviewResults | undefined): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading(m.w.sections.meetings, 0)];
  if (!m.meetings.length) return [...out, para(m.w.noMeetings, STYLE.normal)];
  const c = m.w.meetingColumns;
  const fractions = [0.33, 0.17, 0.1, 0.16, 0.24];
  const widths = fractions.map((f) => Math.round(f * WIDTH));
  widths[widths.length - 1]! += WIDTH - widths.reduce((a, b) => a + b, 0);
  out.push(para(m.w.meetingsLead, STYLE.normal, { keepNext: true }));
  out.push(
    ...dataTable({
      wholeRows: true,
      shadeHead: true,
      widths,
      head: [...headCells([c.task, c.frequency], 2), ...headCells([c.expected, c.held], 0), ...headCells([m.w.note])],
      rows: m.meetings.map((meeting) => {
        const answer = r?.meetings?.[meeting.id];
        return [
          [para(meeting.text, STYLE.tableText), idLine(meeting.id)],
          [para(meeting.frequencyLabel, STYLE.tableText)],
          [para(meeting.expectedLabel, STYLE.tableText, { alignment: AlignmentType.CENTER })],
          [para(answer?.held === undefined || answer?.held === null ? '' : String(answer.held), STYLE.tableText, { alignment: AlignmentType.CENTER })],
          [para(answer?.note ?? '', STYLE.tableText)],
        ];
      }),
    }),
  );
  return out;
}

function questions(m: ChecklistModel, r: ReviewResults | undefined): Array<Paragraph | Table> {
  return [
    heading(m.w.sections.questions, 0),
    para(m.w.questionsLead, STYLE.normal, { keepNext: true }),
    ...dataTable({
      wholeRows: true,
      shadeHead: true,
      widths: optionWidths(m.answerLabels.length),
      head: headCells([m.w.question, ...m.answerLabels.map((a) => a.label)]),
      rows: m.questions.map((q) => {
        const answer = r?.questions?.[q.key];
        return [
          [para(q.text, STYLE.tableText, {}, { bold: true }), ...q.context.map((t) => para(t, STYLE.note)), noteLine(m.w.note, answer?.note)],
          ...m.answerLabels.map((a) => box(answer?.answer === a.key, m.w.tip.answer(a.label, q.text))),
        ];
      }),
    }),
  ];
}

function goals(m: ChecklistModel, r: ReviewResults | undefined): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading(m.w.sections.goals, 0)];
  if (!m.goals.length) return [...out, para(m.w.noGoals, STYLE.normal)];
  out.push(para(m.w.goalsLead, STYLE.normal, { keepNext: true }));
  const widths = [0.46, 0.18].map((f) => Math.round(f * WIDTH));
  widths.push(WIDTH - widths[0]! - widths[1]!);
  for (const goal of m.goals) {
    out.push(heading(`${goal.label}: ${goal.text}`, 1, false));
    if (!goal.indicators.length) {
      out.push(para(m.w.noIndicators, STYLE.normal));
      continue;
    }
    out.push(
      ...dataTable({
        wholeRows: true,
        shadeHead: true,
        widths,
        head: headCells([m.w.indicator, m.w.value, m.w.note], 3),
        rows: goal.indicators.map((indicator) => {
          const answer = r?.indicators?.find((i) => i.goal === goal.index && i.indicator === indicator);
          const value = answer?.value === undefined || answer?.value === null ? '' : String(answer.value);
          return [[para(indicator, STYLE.tableText)], [para(value, STYLE.tableText)], [para(answer?.note ?? '', STYLE.tableText)]];
        }),
      }),
    );
  }
  return out;
}

function decision(m: ChecklistModel, r: ReviewResults | undefined): Array<Paragraph | Table> {
  const amendments = (r?.amendments ?? []).map(clean).filter(Boolean);
  return [
    heading(m.w.sections.decision, 0),
    para(m.w.decisionLead, STYLE.normal, { keepNext: true, spacing: { after: pt(3) } }),
    // one line per choice, a box before it; the choices stay together
    ...m.decisions.map(
      (d, i) =>
        new Paragraph({
          style: STYLE.normal,
          keepNext: i < m.decisions.length - 1,
          spacing: { after: pt(4) },
          children: [checkBox(r?.decision === d.key, m.w.tip.decision(d.label)), new TextRun({ text: ' ' }), ...runs(d.label)],
        }),
    ),
    para(`${clean(m.w.amendments)}:`, STYLE.normal, { keepNext: true, spacing: { before: pt(6), after: pt(3) } }, { bold: true }),
    // a box to write in (the PDF's text field), or the amendments asked for
    ...dataTable({
      wholeRows: true,
      shadeHead: true,
      widths: [WIDTH],
      head: null,
      rows: [[amendments.length ? amendments.map((a) => para(a, STYLE.tableText)) : [para('', STYLE.tableText)]]],
      minHeights: [pt(72)],
    }),
  ];
}

function nextReview(m: ChecklistModel, r: ReviewResults | undefined, date: (d: string | null | undefined) => string): Array<Paragraph | Table> {
  const owner = m.nextReview.owner ? `${m.w.header.owner}: ${m.nextReview.owner}` : '';
  return [
    heading(m.w.sections.nextReview, 0),
    ...keyValues(
      [
        {
          label: m.w.nextReviewDate,
          value: [para(date(r?.nextReview?.date), STYLE.tableText), para(m.nextReview.suggestedLabel, STYLE.note)],
          height: pt(30),
        },
        { label: m.w.nextReviewOwner, value: [para(r?.nextReview?.owner ?? '', STYLE.tableText), ...(owner ? [para(owner, STYLE.note)] : [])], height: pt(30) },
      ],
      pt(170),
    ),
  ];
}

function signatures(m: ChecklistModel): Array<Paragraph | Table> {
  if (!m.signatures.length) return [];
  return [
    heading(m.w.sections.signatures, 0, false),
    para(m.w.signaturesLead, STYLE.normal, { keepNext: true }),
    ...signatureTable(
      m.signatures.map((s) => ({ party: s.partyName, who: [], left: m.w.placeDate, right: s.caption })),
      WIDTH,
      pt(8),
    ),
  ];
}

/** a table of label/value rows, the label in bold; `height`: room to write in */
function keyValues(rows: Array<{ label: string; value: Cell; height?: number }>, labelWidth = LABEL): Array<Paragraph | Table> {
  return dataTable({
    wholeRows: true,
    widths: [labelWidth, WIDTH - labelWidth],
    head: null,
    rows: rows.map((row) => [[para(row.label, STYLE.tableText, {}, { bold: true })], row.value]),
    minHeights: rows.map((row) => row.height),
  });
}
