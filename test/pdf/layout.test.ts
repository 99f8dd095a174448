// Page breaks of real agreements: the three-partner agreement with long,
// multi-script names (fixtures/scripts.yaml) with 1 to 40 tasks, and every
// example. The layout's trace says where each line went; a sample of the PDFs
// is read back with pdf.js to show that the trace is what the PDF holds.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/engine.js';
import type { Agreement } from '../../src/model/types.js';
import { buildDocument } from '../../src/render/build-document.js';
import { renderPdfTraced, type TraceEntry } from '../../src/render/pdf/render-pdf.js';
import { loadPdf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

async function agreementOf(file: string): Promise<Agreement> {
  const checked = await checkFile(join(root, file), { cwd: root, lang: 'de', today: '2026-09-01' });
  expect(checked.ok, checked.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  return checked.agreement!;
}

const PAGE_BODY = 841.89 - 2 * ((25 * 72) / 25.4);
const isHeading = (e: TraceEntry) => /^H[1-6]$/.test(e.tag);
/** the entry's text as a reader sees it (no-break spaces are drawn as spaces) */
const text = (e: TraceEntry) => e.lines.join(' ').replace(/\u00A0/g, ' ');

/** what a reader must never see at a page break; returns the problems found */
function pageBreakProblems(trace: TraceEntry[], stand: string): string[] {
  const problems: string[] = [];
  const pages = Math.max(...trace.map((e) => e.page)) + 1;
  for (let p = 0; p < pages; p++) {
    const on = trace.filter((e) => e.page === p);
    const last = on[on.length - 1];
    if (!last) {
      problems.push(`page ${p + 1} is empty`);
      continue;
    }
    if (p < pages - 1) {
      if (isHeading(last)) problems.push(`page ${p + 1} ends with heading "${last.lines.join(' ')}"`);
      if (last.tag === 'THead') problems.push(`page ${p + 1} ends with a table header`);
      if (last.tag === 'Lbl') problems.push(`page ${p + 1} ends with a bullet`);
      if (last.leadIn) problems.push(`page ${p + 1} ends with the lead-in "${last.lines.join(' ')}"`);
    }
    const textLines = on.filter((e) => e.tag !== 'Lbl' && e.tag !== 'THead' && e.tag !== 'Signature').flatMap((e) => e.lines);
    if (pages > 1 && textLines.length < 2) problems.push(`page ${p + 1} holds only ${JSON.stringify(textLines)}`);
    if (p === pages - 1 && pages > 1 && on.every((e) => e.tag === 'Signature' || text(e) === stand)) {
      problems.push(`the last page holds only "Stand" and signatures`);
    }
  }
  for (const e of trace) {
    // a block split over pages: at least two lines at the foot of the one and at the top of the next
    if (['P', 'LBody'].includes(e.tag) && !(e.first && e.last) && e.lines.length < 2) {
      problems.push(`page ${e.page + 1}: a lone line "${e.lines[0]}"`);
    }
  }
  return problems;
}

function withTasks(a: Agreement, n: number): Agreement {
  const copy = structuredClone(a) as Agreement & { responsibilities: Array<{ tasks: unknown[] }> };
  const words = ['Beratung', 'Begleitung', 'Unterstützung', 'Vermittlung', 'Klärung'];
  copy.responsibilities[0]!.tasks = Array.from({ length: n }, (_, i) =>
    i % 4 === 3
      ? `${words[i % 5]} von Familien aus Łódź, Київ und حلب bei Anträgen (z. B. Bürgergeld nach § 19 SGB II), Wohnungssuche, Kita-Anmeldung und Schulanmeldung, mit Dolmetschung in Türkçe, Polski, Русский und العربية – Aufgabe ${i + 1}`
      : `${words[i % 5]} in Einzelfällen, Aufgabe ${i + 1}`,
  );
  return copy;
}

describe('page breaks', () => {
  it('three partners with long multi-script names, 1 to 40 tasks: no heading, table header, lead-in or lone line ends a page; the signatures stay together', async () => {
    const base = await agreementOf('test/pdf/fixtures/scripts.yaml');
    const pageCounts = new Set<number>();
    const checked: number[] = [];
    for (let n = 1; n <= 40; n++) {
      const model = buildDocument(withTasks(base, n));
      const { pdf, trace } = await renderPdfTraced(model);
      const problems = pageBreakProblems(trace, model.stand);
      expect(problems, `${n} tasks`).toEqual([]);
      const signatures = trace.filter((e) => e.tag === 'Signature');
      expect(signatures.map((e) => e.lines[0]), `${n} tasks`).toHaveLength(3);
      const height = signatures.reduce((h, e) => h + e.bottom - e.top, 0) + 2 * 28;
      if (height <= PAGE_BODY) expect(new Set(signatures.map((e) => e.page)).size, `${n} tasks`).toBe(1);
      // "Stand" stands before the signatures, on their page
      const stand = trace.find((e) => text(e) === model.stand)!;
      expect(stand.page, `${n} tasks`).toBe(signatures[0]!.page);
      expect(stand.bottom, `${n} tasks`).toBeLessThan(signatures[0]!.top);
      pageCounts.add(Math.max(...trace.map((e) => e.page)) + 1);
      if (n % 8 === 1) {
        // the trace is what the PDF holds: every traced line is on its page
        const doc = await loadPdf(pdf);
        for (const e of trace.filter((t) => t.tag !== 'Signature' && t.tag !== 'THead' && t.tag !== 'Lbl')) {
          const page = doc.pages[e.page]!.body.join(' ').replace(/\s+/g, ' ');
          for (const line of e.lines) {
            const latin = line.replace(/\u00A0/g, ' ').replace(/[^\p{Script=Latin}\d ]+/gu, ' ').trim().split(/\s+/)[0] ?? '';
            if (latin) expect(page, `${n} tasks, page ${e.page + 1}: ${line}`).toContain(latin);
          }
        }
        checked.push(n);
      }
    }
    // the sweep moved the breaks over several page counts
    expect(pageCounts.size).toBeGreaterThanOrEqual(2);
    expect(checked.length).toBe(5);
  }, 120_000);

  it.each([
    'examples/dithmarschen.yaml',
    'examples/dithmarschen-2006.yaml',
    'examples/nordfriesland.yaml',
    'examples/luebeck.yaml',
    'examples/districts/flensburg.yaml',
    'examples/districts/kiel.yaml',
    'examples/districts/pinneberg.yaml',
  ])('%s: no heading, table header, lead-in or lone line ends a page; no page holds only "Stand"', async (file) => {
    const checked = await checkFile(join(root, file), { cwd: root, lang: 'de', today: '2026-09-01' });
    const model = buildDocument(checked.agreement!);
    const { trace } = await renderPdfTraced(model);
    expect(pageBreakProblems(trace, model.stand)).toEqual([]);
    const last = Math.max(...trace.map((e) => e.page));
    expect(trace.filter((e) => e.page === last && e.tag !== 'Signature').length).toBeGreaterThan(1);
    // a short last section ("Anlagen": two lines) goes whole with "Stand"
    const headings = trace.filter((e) => e.tag === 'H2');
    const lastHeading = headings[headings.length - 1]!;
    const stand = trace.find((e) => text(e) === model.stand)!;
    if (/Anlagen/.test(text(lastHeading))) expect(lastHeading.page).toBe(stand.page);
  });
});
