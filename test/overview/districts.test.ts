// 400 districts on one shared base, with review results over three years: the
// overview builds in seconds, shows every district (the broken ones as rows
// with their errors), the trend of each district per year, and adds up.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview, type Overview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { all, attr, byId, documentRows, hasClass, parsePage, tag, text, words, districtSet, type DistrictSet, type Element } from './helpers.js';

const N = 400;
const TODAY = '2026-11-26';
const w = overviewWords.de;
let set: DistrictSet;
let overview: Overview;
let page: Element;
let seconds: number;

beforeAll(async () => {
  set = await districtSet(N);
  const started = performance.now();
  overview = await buildOverview({
    cwd: set.dir,
    files: Array.from({ length: N }, (_, i) => `agreements/kreis-${String(i).padStart(3, '0')}.yaml`),
    results: ['results'],
    lang: 'de',
    today: TODAY,
  });
  seconds = (performance.now() - started) / 1000;
  page = parsePage(overview.text);
}, 240_000);

afterAll(() => rmSync(set.dir, { recursive: true, force: true }));

describe(`the overview of ${N} districts`, () => {
  it('builds in seconds', () => {
    console.log(`${N} districts, ${[...set.results.values()].flat().length} results files: ${seconds.toFixed(1)} s, page ${(overview.text.length / 1024 / 1024).toFixed(1)} MB`);
    // generous for a shared two-core machine; the figure is printed above
    expect(seconds).toBeLessThan(60);
  });

  it('has one row per district, in the order of their names, the broken ones as rows with their errors', () => {
    const rows = documentRows(page);
    expect(rows).toHaveLength(N);
    const names = rows.map((r) => words(all(r.header, hasClass('district'))[0] ?? r.header));
    // "Kreis Nummer 2" before "Kreis Nummer 10": numeric collation
    expect(names.indexOf('Kreis Nummer 2')).toBeLessThan(names.indexOf('Kreis Nummer 10'));
    expect(set.broken.length).toBeGreaterThanOrEqual(4);
    for (const id of set.broken) {
      const row = rows.find((r) => words(r.header).includes(`agreements/${id}.yaml`));
      expect(row, id).toBeDefined();
      expect(attr(row!.row, 'data-status')).toBe('errors');
      const cellText = row!.cells.map(words).join(' | ');
      expect(cellText).toContain(w.failure.errors);
      // the error itself, with its place
      expect(cellText).toMatch(/Zeile \d+, Spalte \d+/);
    }
    expect(overview.data.summary.withErrors).toBe(set.broken.length);
  });

  it('counts kinds and statuses as the rows show them', () => {
    const rows = documentRows(page);
    const status = (s: string) => rows.filter((r) => attr(r.row, 'data-status') === s).length;
    const s = overview.data.summary;
    expect(status('overdue')).toBe(s.overdue);
    expect(status('due')).toBe(s.due);
    expect(status('ok')).toBe(s.ok);
    expect(s.overdue + s.due + s.ok + s.withErrors).toBe(N);
    expect(s.overdue).toBeGreaterThan(50);
    expect(s.ok).toBeGreaterThan(50);
    const informal = rows.filter((r) => attr(r.row, 'data-kind') === 'informal' && attr(r.row, 'data-status') !== 'errors');
    expect(informal).toHaveLength(set.informal.length);
    expect(s.profiles).toBe(set.informal.length);
    // the tiles say the same
    const tiles = all(page, hasClass('tile')).map((t) => ({ label: words(all(t, tag('dt'))[0]!), value: words(all(t, tag('dd'))[0]!) }));
    expect(tiles.find((t) => t.label === w.summary.overdue)?.value).toBe(w.number(s.overdue));
    expect(tiles.find((t) => t.label === w.summary.documents)?.value).toBe(w.number(N));
  });

  it('shows fulfilment per district and year over the three years', () => {
    expect(overview.data.years).toEqual([2024, 2025, 2026]);
    // long heat maps come as images of 50 rows each, set side by side
    const heats = all(page, (e) => e.tagName === 'svg' && (attr(e, 'id') ?? '').startsWith('chart-heatmap-'));
    const reviewed = overview.data.documents.filter((d) => d.trend.length > 0);
    expect(heats).toHaveLength(Math.ceil(reviewed.length / 50));
    expect(heats.flatMap((h) => all(h, hasClass('heat-row')))).toHaveLength(reviewed.length);
    expect(words(all(heats[1]!, tag('title'))[0]!)).toContain('Zeilen 51 bis 100');
    expect(reviewed.length).toBeGreaterThan(300);
    // a district with all three years: its rates, as the table under the chart gives them
    const table = all(byId(page, 'trend'), tag('table'))[0]!;
    const body = all(table, tag('tbody'))[0]!;
    const row = all(body, tag('tr')).find((r) => words(all(r, tag('th'))[0]!) === 'Kreis Nummer 1')!;
    const cells = all(row, tag('td')).map(words);
    const doc = overview.data.documents.find((d) => d.id === 'kreis-001')!;
    expect(doc.trend.map((t) => t.year)).toEqual([2024, 2025, 2026]);
    expect(cells).toEqual(doc.trend.map((t) => w.percent(t.rate!)));
    // the median per year is drawn and labelled
    const median = byId(page, 'chart-median');
    for (const y of overview.data.yearly) expect(words(median)).toContain(w.percent(y.median!));
  });

  it('rejects results with errors in their row, and evaluates the others', () => {
    expect(set.rejected.length).toBeGreaterThan(0);
    for (const id of set.rejected) {
      const doc = overview.data.documents.find((d) => d.id === id)!;
      expect(doc.results.filter((r) => !r.ok)).toHaveLength(1);
      // the newest evaluated review is then one of an earlier year
      const earlier = set.results.get(id)!.filter((f) => !f.includes('2026')).map((f) => /(\d{4})\.yaml$/.exec(f)![1]);
      expect(doc.review?.reviewDate?.slice(0, 4)).toBe(earlier.at(-1));
      const row = byId(page, `doc-${id}`);
      expect(words(row)).toContain(w.resultsRejected(1));
      expect(words(row)).toContain('erstberatungx');
    }
  });

  it('groups the data flows of all districts by kind of partner', () => {
    const groups = overview.data.dataFlows;
    const kdg = groups.find((g) => g.from === 'jobcenter' && g.to === 'mbe' && g.basisText === 'Anlage 1: Einwilligungserklärung (KDG)')!;
    const statute = groups.find((g) => g.legalBasis === 'statute')!;
    expect(kdg.documents.length).toBeGreaterThan(100);
    expect(statute).toMatchObject({ from: 'mbe', to: 'jobcenter', basisText: '§ 61 SGB II' });
    const matrix = all(byId(page, 'data-flows'), hasClass('matrix'))[0]!;
    const rowHeads = all(matrix, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row').map(words);
    expect(rowHeads).toEqual(expect.arrayContaining([w.flows.role.jobcenter, w.flows.role.mbe]));
    expect(words(matrix)).toContain(w.flows.inDocuments(kdg.documents.length));
  });

  it('counts the findings by rule', () => {
    const rules = all(byId(page, 'findings'), hasClass('rules'))[0]!;
    const rows = all(all(rules, tag('tbody'))[0]!, tag('tr'));
    for (const g of overview.data.findings) {
      const row = rows.find((r) => attr(r, 'id') === `rule-${g.ruleId}`)!;
      const count = g.counts.errors + g.counts.warnings + g.counts.infos;
      expect(text(all(row, tag('td'))[2]!)).toContain(w.number(count));
    }
    expect(overview.data.findings.map((g) => g.ruleId)).toEqual(expect.arrayContaining(['yaml-syntax', 'schema', 'review-overdue', 'review-unknown-task']));
  });

  it('is the same page when built again', async () => {
    const again = await buildOverview({
      cwd: set.dir,
      files: Array.from({ length: N }, (_, i) => `agreements/kreis-${String(i).padStart(3, '0')}.yaml`),
      results: [join(set.dir, 'results')],
      lang: 'de',
      today: TODAY,
    });
    expect(again.text === overview.text).toBe(true);
  }, 120_000);
});
