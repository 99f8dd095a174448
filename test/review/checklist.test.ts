// The checklist for every example, as Markdown and as fillable PDF: every task
// text is there; the PDF has a radio group per task and question and for the
// decision, real text fields and its identity (read back with pdf.js), passes
// qpdf --check, is tagged, and never ends a page with a heading or a table
// header.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist, expectedMeetings, type ChecklistModel } from '../../src/review/checklist.js';
import { renderChecklistMarkdown } from '../../src/review/markdown.js';
import { renderChecklistPdf } from '../../src/review/checklist-pdf.js';
import { listTasks } from '../../src/model/tasks.js';
import { checklistIdentity, decodeIdentity } from '../../src/review/identity.js';
import { unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import type { Agreement } from '../../src/model/types.js';
import { hasTool, loadPdf, type LoadedPdf } from '../pdf/helpers.js';
import { EXAMPLES, example, minimal } from './helpers.js';

const TODAY = '2026-11-26';
const STATUSES = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable'];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * Per page, the lowest line of tagged text (footers and repeated table
 * headers are artifacts): its strings and, for each, the structure roles it
 * lies in (e.g. Document > Sect > H3, or … > Table > THead > TR > TH).
 */
async function lastLines(bytes: Buffer): Promise<Array<Array<{ str: string; roles: string[] }>>> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const roles = new Map<string, string[]>();
    const walk = (node: StructNode | null, chain: string[]) => {
      if (!node) return;
      if (node.type === 'content' && node.id) roles.set(node.id, chain);
      for (const child of node.children ?? []) walk(child, node.role ? [...chain, node.role] : chain);
    };
    walk((await page.getStructTree()) as StructNode | null, []);
    const items: Array<{ str: string; y: number; roles: string[] }> = [];
    const open: Array<string | null> = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as Array<Record<string, unknown>>) {
      if (item['type'] === 'beginMarkedContentProps' || item['type'] === 'beginMarkedContent') open.push((item['id'] as string | null) ?? null);
      else if (item['type'] === 'endMarkedContent') open.pop();
      else if (typeof item['str'] === 'string' && item['str'].trim()) {
        const id = open[open.length - 1];
        if (id) items.push({ str: item['str'], y: (item['transform'] as number[])[5]!, roles: roles.get(id) ?? [] });
      }
    }
    const bottom = Math.min(...items.map((i) => i.y));
    pages.push(items.filter((i) => i.y < bottom + 1).map(({ str, roles }) => ({ str, roles })));
  }
  await doc.destroy();
  return pages;
}

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

  it('PDF: a radio group per task (one button per status), per question and for the decision; a note field per task', () => {
    /** the buttons of a radio group (pdf.js lists the group field itself first) */
    const buttons = (name: string) =>
      (pdf.fields[name] ?? []).filter((f) => f.type === 'radiobutton') as unknown as Array<{ value: string; exportValues: string; page: number }>;
    const expectGroup = (name: string, states: string[]) => {
      const b = buttons(name);
      expect(b.map((x) => x.exportValues), name).toEqual(states);
      for (const x of b) expect(x.value, name).toBe('Off');
      // all on one page: one row, one list
      expect(new Set(b.map((x) => x.page)).size, name).toBe(1);
    };
    for (const t of listTasks(doc)) {
      expectGroup(`task.${t.id}.status`, STATUSES);
      for (const s of STATUSES) expect(pdf.fields[`task.${t.id}.${s}`], `no check box task.${t.id}.${s}`).toBeUndefined();
      expect(pdf.fields[`task.${t.id}.note`]![0]).toMatchObject({ type: 'text', value: '' });
    }
    for (const q of model.questions) {
      expectGroup(`question.${q.key}.answer`, ['yes', 'no', 'unclear']);
      expect(pdf.fields[`question.${q.key}.note`]![0]!.type).toBe('text');
    }
    expectGroup('decision.choice', ['keep', 'amend', 'terminate']);
    expect(pdf.fields['decision.amendments']![0]).toMatchObject({ type: 'text', multiline: true });
    for (const m of model.meetings) expect(pdf.fields[`meeting.${m.id}.held`]![0]!.type).toBe('text');
    for (const g of model.goals) g.indicators.forEach((_, n) => expect(pdf.fields[`indicator.${g.index}.${n}.value`]![0]!.type).toBe('text'));
    for (const f of ['review.date', 'review.participants', 'nextReview.date', 'nextReview.owner']) expect(pdf.fields[f]![0]!.type).toBe('text');
  });

  it('PDF: names the agreement, version and tasks in the read-only field agree.checklist, on page 1', () => {
    const [field] = pdf.fields['agree.checklist'] as unknown as Array<{ type: string; value: string; editable: boolean; page: number }>;
    expect(field).toMatchObject({ type: 'text', editable: false, page: 0 });
    expect(decodeIdentity(field!.value)).toEqual(checklistIdentity(doc));
    expect(pdf.pages[0]!.body).toContain(model.lang === 'de' ? 'Prüfkennung' : 'Checklist id');
  });

  it('PDF: no page ends with a heading, or with a table header without its first row', async () => {
    const pages = await lastLines(bytes);
    expect(pages).toHaveLength(pdf.numPages);
    pages.forEach((line, i) => {
      expect(line.length, `page ${i + 1}`).toBeGreaterThan(0);
      for (const item of line) {
        expect(item.roles.filter((r) => /^(H\d|THead)$/.test(r)), `page ${i + 1} ends with "${item.str}" (${item.roles.join(' > ')})`).toEqual([]);
      }
    });
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

  it.runIf(hasTool('pdfsig'))('PDF: pdfsig lists the unsigned signature fields', () => {
    const path = join(dir, `${doc.id}-sig.pdf`);
    writeFileSync(path, bytes);
    const r = spawnSync('pdfsig', [path], { encoding: 'utf8' });
    const names = [...(r.stdout + r.stderr).matchAll(/Signature Field Name: (\S+)/g)].map((m) => m[1]);
    expect(names).toEqual(doc.kind === 'informal' ? [] : doc.partners.map((p) => `sign.${p.id}.signature`));
    if (names.length) expect(r.stdout).toContain('The signature form field is not signed.');
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

  it('PDF: keeps headings and table headers with a first row wherever the page ends', async () => {
    // filler tasks push the later group headings and goal headings down the pages step by step;
    // their first rows are tall, so a header that fits alone does not mean its first row does
    const long = (what: string) => `${what}: ${'Beratung und Begleitung von Zugewanderten im Alltag, '.repeat(5)}Ende`;
    for (let filler = 0; filler < 16; filler += 1) {
      const doc = minimal((d) => {
        d.responsibilities![0]!.tasks = Array.from({ length: filler }, (_, i) => (i % 3 === 0 ? long(`Aufgabe ${i}`) : `Aufgabe ${i}`));
        d.responsibilities![1]!.tasks = [long('Vermittlung in Sprachkurse'), 'Beratung zu Leistungen'];
        d.goals = Array.from({ length: 4 }, (_, g) => ({ text: `Ziel ${g}`, indicators: [long(`Indikator ${g}`)] }));
      });
      const bytes = await renderChecklistPdf(buildChecklist(doc, '2026-06-01'));
      for (const [i, line] of (await lastLines(bytes)).entries()) {
        for (const item of line) {
          expect(item.roles.filter((r) => /^(H\d|THead)$/.test(r)), `${filler} filler tasks: page ${i + 1} ends with "${item.str}"`).toEqual([]);
        }
      }
    }
  });

  it('lists the questions with what the agreement says about them', () => {
    const m = buildChecklist(minimal(), '2026-06-01');
    const q = Object.fromEntries(m.questions.map((x) => [x.key, x.context.join(' ')]));
    expect(q.contactsCurrent).toContain('DW 10. Januar 2026');
    expect(q.dataFlowsAsAgreed).toContain('keine Weitergabe');
  });
});
