// Review results as filled checklist PDFs in the results folder: matched to
// their agreement by the checklist's `agree.checklist` field, evaluated like a
// results YAML; a PDF that is no checklist is named as not evaluated.

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview, type Overview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { reviewChecklist } from '../../src/review/index.js';
import { fillWithMupdf } from '../pdf-read/helpers.js';
import { render } from '../../src/index.js';
import { byId, checked, examplesWorkspace, parsePage, words } from './helpers.js';

type Widget = Parameters<Parameters<typeof fillWithMupdf>[1]>[0] & { getObject(): { get(...keys: string[]): { forEach(f: (v: unknown, k: unknown) => void): void } } };

function stateOf(w: Widget): string | undefined {
  const states: string[] = [];
  w.getObject().get('AP', 'N').forEach((_, key) => states.push(String(key)));
  return states.find((s) => s !== 'Off');
}

const TODAY = '2026-11-26';
let dir: string;
let overview: Overview;

beforeAll(async () => {
  ({ dir } = await examplesWorkspace());
  const pinneberg = await checked('examples/districts/pinneberg.yaml', dir);
  const { data } = await reviewChecklist(pinneberg, { format: 'pdf', today: TODAY });
  // every task fulfilled but one partly, all questions yes, keep — as a viewer saves it
  let first = true;
  const filled = await fillWithMupdf(data as Buffer, (w) => {
    const name = w.getName();
    if (name === 'review.date') return w.setTextValue('14.09.2026'), true;
    if (/^task\..*\.status$/.test(name)) {
      const want = first && stateOf(w as Widget) === 'partial' ? 'partial' : 'fulfilled';
      if (stateOf(w as Widget) !== want) return false;
      if (want === 'partial') first = false;
      return w.toggle(), true;
    }
    if (/^question\..*\.answer$/.test(name)) return stateOf(w as Widget) === 'yes' ? (w.toggle(), true) : false;
    if (name === 'decision.choice') return stateOf(w as Widget) === 'keep' ? (w.toggle(), true) : false;
    return false;
  });
  writeFileSync(join(dir, 'results/pinneberg-2026.pdf'), filled);
  // a PDF that is not a checklist: the agreement itself
  writeFileSync(join(dir, 'results/not-a-checklist.pdf'), await render(pinneberg, 'pdf'));
  overview = await buildOverview({ cwd: dir, files: ['examples/districts/pinneberg.yaml'], results: ['results'], lang: 'de', today: TODAY });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filled checklist PDFs as results', () => {
  it('are matched to their agreement and evaluated', () => {
    const doc = overview.data.documents.find((d) => d.id === 'pinneberg')!;
    expect(doc.results.map((r) => r.file)).toEqual(['results/pinneberg-2026.pdf']);
    expect(doc.results[0]!.ok).toBe(true);
    expect(doc.review).toMatchObject({ reviewDate: '2026-09-14', decision: 'keep' });
    // one partial task among the others fulfilled
    const s = doc.review!.summary;
    expect(s.partial).toBe(1);
    expect(s.fulfilled).toBe(s.tasks - 1);
    expect(doc.review!.rate).toBeCloseTo((s.tasks - 0.5) / s.tasks, 10);
    const row = words(byId(parsePage(overview.text), 'doc-pinneberg'));
    expect(row).toContain(overviewWords.de.percent(doc.review!.rate!));
    expect(row).toContain(overviewWords.de.reviewOf('14.9.2026'));
  });

  it('name a PDF that is no checklist, and the results of agreements not in the run', () => {
    const reasons = Object.fromEntries(overview.data.unmatchedResults.map((u) => [u.file, u.reason]));
    expect(reasons['results/not-a-checklist.pdf']).toBe('unreadable');
    expect(reasons['results/kiel-2025.yaml']).toBe('unknown-agreement');
    const section = words(byId(parsePage(overview.text), 'unmatched'));
    expect(section).toContain('results/not-a-checklist.pdf');
    expect(section).toContain('agree.checklist');
  });
});
