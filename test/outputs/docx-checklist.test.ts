// The review checklist as DOCX: a Word check box (w14:checkbox content
// control) per status and answer, the tables of the PDF with repeating header
// rows, the checklist's identity, the footer fields — and, given answers, the
// boxes ticked and the notes written in.

import { describe, expect, it } from 'vitest';
import { listTasks } from '../../src/model/tasks.js';
import { encodeIdentity } from '../../src/review/identity.js';
import { reviewChecklist } from '../../src/review/index.js';
import type { ReviewResults } from '../../src/review/results.js';
import { example } from '../review/helpers.js';
import { expectWellFormed, headingNumbers, openDocx, paragraphs, textOf, unescapeXml } from './docx-package.js';

const TODAY = '2026-03-10';

interface Box {
  alias: string;
  checked: boolean;
}
const boxes = (xml: string): Box[] =>
  [...xml.matchAll(/<w:sdt>(.*?)<\/w:sdt>/gs)].map((m) => {
    const sdt = m[1]!;
    expect(sdt).toContain('<w14:checkbox>');
    return { alias: unescapeXml(/<w:alias w:val="([^"]*)"/.exec(sdt)?.[1] ?? ''), checked: /<w14:checked w14:val="(1|true)"\/>/.test(sdt) };
  });

describe('the review checklist of the Dithmarschen agreement as DOCX', async () => {
  const doc = await example('examples/dithmarschen.yaml');
  const { name, data, model } = await reviewChecklist(doc, { today: TODAY, format: 'docx' });
  const pkg = openDocx(data as Buffer);
  const body = pkg.parts['word/document.xml']!;
  const text = paragraphs(body).map((p) => p.text).join('\n');

  it('is named like the other checklists and well-formed', () => {
    expect(name).toBe(`dithmarschen-review-2026.docx`);
    expectWellFormed(pkg);
  });

  it('has a check box per task and status, per question and answer, and per decision, none ticked', () => {
    const tasks = model.groups.flatMap((g) => g.tasks);
    expect(tasks.length).toBe(listTasks(doc).length);
    const all = boxes(body);
    expect(all).toHaveLength(tasks.length * model.statusLabels.length + model.questions.length * model.answerLabels.length + model.decisions.length);
    expect(all.every((b) => !b.checked)).toBe(true);
    // each names what it ticks: the status and the task
    for (const task of tasks) for (const s of model.statusLabels) expect(all.map((b) => b.alias)).toContain(model.w.tip.status(s.label, task.text).slice(0, 200));
  });

  it('lists every task, meeting, question, goal and signatory, under numbered sections', () => {
    for (const g of model.groups) for (const t of g.tasks) expect(text).toContain(t.label);
    for (const m of model.meetings) expect(text).toContain(m.text);
    for (const q of model.questions) expect(text).toContain(q.text);
    for (const g of model.goals) for (const i of g.indicators) expect(text).toContain(i);
    for (const s of model.signatures) expect(text).toContain(s.partyName);
    expect(text).toContain(encodeIdentity(model.identity));
    const numbered = headingNumbers(pkg).filter((h) => h.number);
    expect(numbered.map((h) => [h.number, h.text])).toEqual(
      [model.w.sections.tasks, model.w.sections.meetings, model.w.sections.questions, model.w.sections.goals, model.w.sections.decision, model.w.sections.nextReview].map((s, i) => [`${i + 1}.`, s]),
    );
  });

  it('repeats the header rows of its tables and keeps rows whole', () => {
    const tables = [...body.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!);
    const withHead = tables.filter((t) => t.includes('<w:tblHeader/>'));
    // one per task group, meetings, questions, one per goal with indicators
    expect(withHead).toHaveLength(model.groups.length + (model.meetings.length ? 1 : 0) + 1 + model.goals.filter((g) => g.indicators.length).length);
    for (const t of withHead) {
      const rows = [...t.matchAll(/<w:tr\b[^>]*>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    }
  });

  it('has the footer with PAGE and NUMPAGES', () => {
    const footer = Object.entries(pkg.parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1];
    expect([...footer.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1]!.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toContain(model.footer);
  });

  it('gives the same bytes on a second render', async () => {
    const again = await reviewChecklist(doc, { today: TODAY, format: 'docx' });
    expect(Buffer.compare(again.data as Buffer, data as Buffer)).toBe(0);
  });

  it('with answers, ticks the chosen boxes and writes the notes in', async () => {
    const tasks = model.groups.flatMap((g) => g.tasks);
    const results: ReviewResults = {
      agreement: doc.id,
      reviewDate: '2026-03-09',
      participants: ['Frau Muster (DWD)', 'Herr Beispiel (Jobcenter)'],
      tasks: Object.fromEntries(tasks.map((t, i) => [t.id, { status: model.statusLabels[i % 4]!.key, note: i === 0 ? 'Notiz zur ersten Aufgabe' : null }])),
      meetings: { [model.meetings[0]!.id]: { held: 3, note: 'eines ausgefallen' } },
      questions: { contactsCurrent: { answer: 'no', note: 'Liste veraltet' } },
      indicators: [{ goal: model.goals[0]!.index, indicator: model.goals[0]!.indicators[0]!, value: 12, note: 'gezählt' }],
      decision: 'amend',
      amendments: ['Anlage 2 aktualisieren'],
      nextReview: { date: '2027-03-01', owner: 'jc' },
    };
    const filled = await reviewChecklist(doc, { today: TODAY, format: 'docx', results });
    const xml = openDocx(filled.data as Buffer).parts['word/document.xml']!;
    const ticked = boxes(xml).filter((b) => b.checked).map((b) => b.alias);
    expect(ticked).toEqual([
      ...tasks.map((t, i) => model.w.tip.status(model.statusLabels[i % 4]!.label, t.text).slice(0, 200)),
      model.w.tip.answer(model.answerLabels.find((a) => a.key === 'no')!.label, model.questions[0]!.text),
      model.w.tip.decision(model.decisions.find((d) => d.key === 'amend')!.label),
    ]);
    const filledText = paragraphs(xml).map((p) => p.text).join('\n');
    expect(filledText).toContain(`${model.w.note}: Notiz zur ersten Aufgabe`);
    for (const s of ['Notiz zur ersten Aufgabe', 'eines ausgefallen', 'Liste veraltet', 'gezählt', 'Anlage 2 aktualisieren', 'Frau Muster (DWD)', '9. März 2026', '1. März 2027']) {
      expect(filledText).toContain(s);
    }
    expect(filledText).toMatch(/^3$/m);
    expect(filledText).toMatch(/^12$/m);
  });
});

describe('the checklist of a cooperation profile as DOCX', async () => {
  const doc = await example('examples/luebeck.yaml');
  const { data, model } = await reviewChecklist(doc, { today: TODAY, format: 'docx' });
  const body = openDocx(data as Buffer).parts['word/document.xml']!;

  it('has no signatures (a profile is not signed) and a box per task and status', () => {
    expect(model.signatures).toHaveLength(0);
    expect(textOf(body)).not.toContain(model.w.sections.signatures);
    const tasks = model.groups.flatMap((g) => g.tasks).length;
    expect(boxes(body)).toHaveLength(tasks * model.statusLabels.length + model.questions.length * model.answerLabels.length + model.decisions.length);
  });
});
