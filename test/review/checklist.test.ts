// The checklist for every example, as Markdown and as fillable PDF: every task
// text is there; the PDF has a real check box per status per task and real
// text fields (read back with pdf.js), passes qpdf --check, and is tagged.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist, expectedMeetings, type ChecklistModel } from '../../src/review/checklist.js';
import { renderChecklistMarkdown } from '../../src/review/markdown.js';
import { renderChecklistPdf } from '../../src/review/checklist-pdf.js';
import { listTasks } from '../../src/model/tasks.js';
import { unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import type { Agreement } from '../../src/model/types.js';
import { hasTool, loadPdf, type LoadedPdf } from '../pdf/helpers.js';
import { EXAMPLES, example, minimal } from './helpers.js';

const TODAY = '2026-11-26';
const STATUSES = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'agree-review-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expected meetings', () => {
  it('follow the frequency, scaled by the review interval', () => {
    expect(expectedMeetings('monthly', 12)).toBe(12);
    expect(expectedMeetings('quarterly', 12)).toBe(4);
    expect(expectedMeetings('semiannual', 12)).toBe(2);
    expect(expectedMeetings('annual', 12)).toBe(1);
    expect(expectedMeetings('quarterly', 6)).toBe(2);
    expect(expectedMeetings('annual', 18)).toBe(1.5);
    expect(expectedMeetings('once', 24)).toBe(1);
    expect(expectedMeetings('asNeeded', 12)).toBeNull();
  });
});

describe.each(EXAMPLES)('checklist of %s', (file) => {
  let doc: Agreement;
  let model: ChecklistModel;
  let md: string;
  let pdf: LoadedPdf;
  let bytes: Buffer;

  beforeAll(async () => {
    doc = await example(file, TODAY);
    model = buildChecklist(doc, TODAY);
    md = renderChecklistMarkdown(model);
    bytes = await renderChecklistPdf(model);
    pdf = await loadPdf(bytes);
  });

  it('has one row per task, grouped by party, in the model', () => {
    const ids = listTasks(doc).map((t) => t.id);
    expect(model.groups.flatMap((g) => g.tasks.map((t) => t.id))).toEqual(ids);
    expect(model.year).toBe('2026');
    expect(model.header.map((h) => h.value).join(' ')).toContain(doc.id);
  });

  it('Markdown: every task text, the questions, decision and the header', () => {
    const text = norm(unescapeMarkdown(md));
    for (const t of listTasks(doc)) expect(text).toContain(norm(t.text));
    for (const q of model.questions) expect(text).toContain(q.text);
    for (const d of model.decisions) expect(text).toContain(d.label);
    for (const g of model.goals) for (const i of g.indicators) expect(text).toContain(norm(i));
    expect(md.startsWith(`# ${model.title}\n`)).toBe(true);
    // a ☐ per status per task, per answer per question, per decision
    const boxes = (md.match(/☐/g) ?? []).length;
    expect(boxes).toBe(listTasks(doc).length * 4 + 4 * 3 + 3);
    expect(md).not.toMatch(/\{\{|\}\}/);
  });

  it('PDF: the task texts are on the pages', () => {
    const text = norm(pdf.text.replace(/- /g, '-'));
    for (const t of listTasks(doc)) {
      // the first words of each task (lines may break anywhere after them)
      expect(text).toContain(norm(t.text).split(' ').slice(0, 3).join(' '));
    }
    expect(pdf.pages[0]!.body[0]).toBe(model.title);
  });

  it('PDF: a real check box per status per task and a note field per task', () => {
    for (const t of listTasks(doc)) {
      for (const s of STATUSES) {
        const f = pdf.fields[`task.${t.id}.${s}`];
        expect(f, `task.${t.id}.${s}`).toHaveLength(1);
        expect(f![0]).toMatchObject({ type: 'checkbox', value: 'Off' });
      }
      expect(pdf.fields[`task.${t.id}.note`]![0]).toMatchObject({ type: 'text', value: '' });
    }
    for (const q of model.questions) for (const a of ['yes', 'no', 'unclear']) expect(pdf.fields[`question.${q.key}.${a}`]![0]!.type).toBe('checkbox');
    for (const d of ['keep', 'amend', 'terminate']) expect(pdf.fields[`decision.${d}`]![0]!.type).toBe('checkbox');
    expect(pdf.fields['decision.amendments']![0]).toMatchObject({ type: 'text', multiline: true });
    for (const m of model.meetings) expect(pdf.fields[`meeting.${m.id}.held`]![0]!.type).toBe('text');
    for (const g of model.goals) g.indicators.forEach((_, n) => expect(pdf.fields[`indicator.${g.index}.${n}.value`]![0]!.type).toBe('text'));
    for (const f of ['review.date', 'review.participants', 'nextReview.date', 'nextReview.owner']) expect(pdf.fields[f]![0]!.type).toBe('text');
  });

  it('PDF: every widget has an appearance and an accessible name', () => {
    const widgets = pdf.pages.flatMap((p) => p.annotations).filter((a) => a.subtype === 'Widget');
    expect(widgets.length).toBeGreaterThan(listTasks(doc).length * 5);
    for (const w of widgets as Array<{ hasAppearance?: boolean; alternativeText?: string; fieldType?: string }>) {
      if (w.fieldType !== 'Sig') expect(w.hasAppearance).toBe(true);
      expect(w.alternativeText).toBeTruthy();
    }
  });

  it('PDF: signature lines per partner for an agreement, none for a profile', () => {
    const signatures = Object.entries(pdf.fields).filter(([, v]) => v[0]?.type === 'signature').map(([k]) => k);
    if (doc.kind === 'informal') expect(signatures).toEqual([]);
    else expect(signatures.sort()).toEqual(doc.partners.map((p) => `sign.${p.id}.signature`).sort());
  });

  it('PDF: tagged, with footer and page numbers on every page, and reproducible', async () => {
    const roles = new Set(pdf.pages.flatMap((p) => [...p.roles]));
    for (const r of ['H1', 'H2', 'Table', 'TR', 'TH', 'TD', 'Form']) expect(roles.has(r), r).toBe(true);
    pdf.pages.forEach((p, i) => expect(p.footer.join(' ')).toContain(model.lang === 'de' ? `Seite ${i + 1} von ${pdf.numPages}` : `Page ${i + 1} of ${pdf.numPages}`));
    expect(String(pdf.info.Title)).toContain(model.title);
    expect(pdf.info.Language).toBe(model.lang);
    const again = await renderChecklistPdf(buildChecklist(doc, TODAY));
    expect(again.equals(bytes)).toBe(true);
  });

  it.runIf(hasTool('qpdf'))('PDF: qpdf --check finds no errors', () => {
    const path = join(dir, `${doc.id}.pdf`);
    writeFileSync(path, bytes);
    const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('No syntax or stream encoding errors');
    expect(r.status).toBe(0);
  });
});

describe('checklist details', () => {
  it('header: last review, interval, due date, overdue days', () => {
    const doc = minimal((d) => {
      d.review = { intervalMonths: 12, owner: 'dw', lastReview: '2025-01-15' };
    });
    const m = buildChecklist(doc, '2026-11-26');
    const header = Object.fromEntries(m.header.map((h) => [h.label, h.value]));
    expect(header['Letzte Überprüfung']).toBe('15. Januar 2025');
    expect(header['Fällig']).toBe('15. Januar 2026 – seit 315 Tagen überfällig');
    expect(header['Einladung']).toBe('Diakonisches Werk Test');
    expect(m.nextReview).toMatchObject({ suggested: '2027-11-26', ownerId: 'dw' });
  });

  it('says "noch keine" without a last review and counts from the version', () => {
    const m = buildChecklist(minimal((d) => delete d.review!.lastReview), '2026-06-01');
    expect(m.header.find((h) => h.label === 'Letzte Überprüfung')!.value).toBe('noch keine');
    expect(m.due.basis).toBe('version');
  });

  it('is in the document language', () => {
    const m = buildChecklist(minimal((d) => (d.language = 'en')), '2026-06-01');
    expect(m.title).toBe('Review of the Cooperation Agreement');
    expect(renderChecklistMarkdown(m)).toContain('| Task | fulfilled | partly | not fulfilled | not applicable | Note |');
  });

  it('escapes user text in Markdown', () => {
    const m = buildChecklist(
      minimal((d) => {
        d.responsibilities![0]!.tasks = ['<script>alert(1)</script> | *fett* [Link](http://x) `code`'];
      }),
      '2026-06-01',
    );
    const md = renderChecklistMarkdown(m);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| \\*fett\\* \\[Link\\]');
  });

  it('lists the questions with what the agreement says about them', () => {
    const m = buildChecklist(minimal(), '2026-06-01');
    const q = Object.fromEntries(m.questions.map((x) => [x.key, x.context.join(' ')]));
    expect(q.contactsCurrent).toContain('DW 10. Januar 2026');
    expect(q.dataFlowsAsAgreed).toContain('keine Weitergabe');
  });
});
