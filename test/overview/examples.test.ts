// The overview of examples/ (copied, with review results over three years and
// a rendered PDF beside one agreement), read back with an HTML parser: the
// page says what `agree check` and `agree review` say about each document.

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/engine.js';
import { buildOverview, type Overview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { reviewDue } from '../../src/review/due.js';
import { evaluateReview, checkResultsFile } from '../../src/review/index.js';
import { render } from '../../src/index.js';
import { all, attr, byId, checked, documentRows, examplesWorkspace, hasClass, parsePage, tag, text, words, type Element } from './helpers.js';

const TODAY = '2026-11-26';
const EXAMPLES = [
  'examples/dithmarschen-2006.yaml',
  'examples/dithmarschen.yaml',
  'examples/nordfriesland.yaml',
  'examples/luebeck.yaml',
  'examples/districts/flensburg.yaml',
  'examples/districts/kiel.yaml',
  'examples/districts/pinneberg.yaml',
];
let dir: string;
let results: string;
let de: Overview;
let page: Element;

beforeAll(async () => {
  ({ dir, results } = await examplesWorkspace());
  writeFileSync(join(dir, 'examples/districts/kiel.pdf'), await render(await checked('examples/districts/kiel.yaml', dir), 'pdf'));
  de = await buildOverview({ cwd: dir, files: EXAMPLES, results: ['results'], lang: 'de', today: TODAY, pageDir: join(dir, 'out') });
  page = parsePage(de.text);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const w = overviewWords.de;
const rowOf = (id: string) => byId(page, `doc-${id}`);
const cells = (row: Element) => all(row, (e) => e.tagName === 'td' || e.tagName === 'th').filter((c) => c.parentNode === row);

describe('the overview of examples/', () => {
  it('is a German page that names itself and loads nothing', () => {
    expect(attr(page, 'lang')).toBe('de');
    expect(words(all(page, tag('title'))[0]!)).toContain(w.title);
    const csp = all(page, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0];
    expect(attr(csp!, 'content')).toMatch(/^default-src 'none';/);
    // nothing that fetches: no external scripts, styles, images, frames, fonts
    expect(all(page, (e) => ['img', 'iframe', 'object', 'embed', 'link', 'audio', 'video', 'source'].includes(e.tagName))).toEqual([]);
    expect(all(page, (e) => e.tagName === 'script' && attr(e, 'src') !== undefined)).toEqual([]);
    expect(de.text).not.toMatch(/url\(|@import|@font-face/);
    for (const a of all(page, tag('a'))) expect(attr(a, 'href') ?? '').not.toMatch(/^(https?|ftp|javascript|data):/i);
  });

  it('has a row for every document, with a row header, and column headers with scope', () => {
    const rows = documentRows(page);
    expect(rows).toHaveLength(EXAMPLES.length);
    for (const r of rows) expect(attr(r.header, 'scope')).toBe('row');
    const head = all(all(byId(page, 'documents-table'), tag('thead'))[0]!, tag('th'));
    expect(head.map((h) => attr(h, 'scope'))).toEqual(head.map(() => 'col'));
    expect(head.map(words)).toEqual(Object.values(w.table.columns));
    expect(all(byId(page, 'documents-table'), tag('caption'))).toHaveLength(1);
  });

  it('shows kind, Stand, last and next review with its status in words, as agree review --due does', async () => {
    for (const file of EXAMPLES) {
      const agreement = await checked(file, dir, TODAY);
      const due = reviewDue(agreement, TODAY);
      const row = rowOf(agreement.id);
      const c = cells(row).map(words);
      expect(c[0], file).toContain(agreement.district);
      expect(c[0]).toContain(file);
      expect(c[1]).toBe(w.kind[agreement.kind]);
      for (const p of agreement.partners) expect(c[2]).toContain(p.name);
      expect(c[3]).toBe(w.date(agreement.version));
      expect(c[5]).toContain(w.date(due.due));
      expect(c[5]).toContain(w.status(due.status, due.daysLeft));
      expect(attr(row, 'data-status')).toBe(due.status);
      const badge = all(row, hasClass('badge'))[0]!;
      expect(attr(badge, 'class')).toContain(`status-${due.status}`);
    }
    // the faithful 2006 agreement has never been reviewed: overdue since 2007
    expect(words(cells(rowOf('dithmarschen-2006'))[5]!)).toMatch(/überfällig seit [\d.]+ Tagen/);
    expect(words(cells(rowOf('luebeck'))[1]!)).toBe('Kooperationsprofil');
  });

  it('counts each document’s findings as agree check finds them, and lists them', async () => {
    for (const file of EXAMPLES) {
      const c = await checkFile(file, { cwd: dir, lang: 'de', today: TODAY });
      const row = rowOf(c.agreement!.id);
      const cell = words(cells(row)[6]!);
      const n = (s: string) => c.diagnostics.filter((d) => d.severity === s).length;
      if (n('error') + n('warning') + n('info') === 0) expect(cell).toBe(w.noFindings);
      if (n('warning') > 0) expect(cell).toContain(w.warnings(n('warning')));
      if (n('info') > 0) expect(cell).toContain(w.infos(n('info')));
      for (const d of c.diagnostics) expect(cell).toContain(d.message);
    }
  });

  it('shows the fulfilment rate of the newest review, as agree review evaluates it', async () => {
    const agreement = await checked('examples/dithmarschen.yaml', dir, TODAY);
    const files = ['results/dithmarschen-2025.yaml', 'results/dithmarschen-2026.yaml', 'results/dithmarschen-2027.yaml'];
    const good = [];
    for (const f of files) {
      const r = await checkResultsFile(f, { cwd: dir, lang: 'de', agreement, agreementFile: 'examples/dithmarschen.yaml', today: TODAY });
      good.push({ file: r.file, results: r.results! });
    }
    const { report } = evaluateReview(agreement, good);
    const cell = words(cells(rowOf('dithmarschen'))[7]!);
    expect(cell).toContain(w.percent(report.summary.rate!));
    expect(cell).toContain(w.reviewOf(w.date('2027-03-04')));
    // one task of the 2027 fixture is unanswered
    expect(cell).toContain(w.incomplete);
    // the trend per year: 2025, 2026, 2027, in the chart and in its table
    const heat = byId(page, 'chart-heatmap-1');
    expect(all(heat, hasClass('heat-row')).map((g) => words(all(g, tag('text'))[0]!))).toEqual(expect.arrayContaining(['Kreis Dithmarschen (dithmarschen)', 'Landeshauptstadt Kiel']));
    for (const t of report.trend) expect(words(heat)).toContain(w.percent(t.summary.rate!));
    expect(de.data.years).toEqual([2025, 2026, 2027]);
    expect(words(cells(rowOf('luebeck'))[7]!)).toBe(w.noReview);
  });

  it('links the PDF beside an agreement, relative to where the page is written', () => {
    const link = all(cells(rowOf('kiel'))[8]!, tag('a'))[0]!;
    const target = resolve(join(dir, 'out'), decodeURIComponent(attr(link, 'href')!));
    expect(target).toBe(join(dir, 'examples/districts/kiel.pdf'));
    expect(attr(link, 'aria-label')).toContain('Landeshauptstadt Kiel');
    expect(words(cells(rowOf('pinneberg'))[8]!)).toBe(w.noPdf);
  });

  it('lists the reviews of the next 12 months by month, and those overdue', () => {
    const section = byId(page, 'timeline');
    const buckets = de.data.timeline.buckets;
    expect(buckets[0]!.key).toBe('overdue');
    expect(buckets[0]!.documents.map((d) => d.id)).toEqual(['dithmarschen-2006']);
    expect(buckets[1]!.key).toBe('2026-11');
    expect(buckets.at(-1)!.key).toBe('2027-11');
    // Kiel is due on 26 January 2027
    const january = buckets.find((b) => b.key === '2027-01')!;
    expect(january.documents.map((d) => d.id)).toEqual(['kiel']);
    const chart = byId(page, 'chart-timeline');
    expect(attr(chart, 'role')).toBe('img');
    expect(words(all(chart, tag('desc'))[0]!)).toBe(w.timeline.chartDescription(6, 1));
    const items = all(section, (e) => e.tagName === 'li' && all(e, tag('time')).length === 1).map(words);
    expect(items).toContain(`${w.date('2027-01-26')} Landeshauptstadt Kiel ${w.statusName.ok}`);
    // two documents of one district are told apart by their ids
    expect(items).toContain(`${w.date('2007-07-06')} Kreis Dithmarschen (dithmarschen-2006) ${w.statusName.overdue}`);
  });

  it('shows which kinds of partner pass which data to whom, on which basis and form', async () => {
    const section = byId(page, 'data-flows');
    const matrix = all(section, hasClass('matrix'))[0]!;
    const cols = all(all(matrix, tag('thead'))[0]!, tag('th')).map(words);
    expect(cols).toEqual(expect.arrayContaining([w.flows.role.mbe, w.flows.role.jmd]));
    // every form and statute of every example is named
    for (const file of EXAMPLES) {
      const agreement = await checked(file, dir, TODAY);
      for (const f of agreement.dataFlows ?? []) {
        expect(words(section)).toContain(f.legalBasis === 'consent' ? f.consentForm! : f.statute!);
        for (const d of f.data ?? []) expect(words(section)).toContain(d);
      }
    }
    // Flensburg's KDG form: one document, linked to its row
    const kdg = de.data.dataFlows.find((g) => g.basisText === 'Anlage 1: Einwilligungserklärung (KDG)' && g.to === 'mbe')!;
    expect(kdg.documents.map((d) => d.id)).toEqual(['flensburg']);
    expect(kdg.from).toBe('jobcenter');
  });

  it('groups the findings by rule with counts, each linked to its rule page', async () => {
    const expected = new Map<string, number>();
    for (const file of EXAMPLES) {
      for (const d of (await checkFile(file, { cwd: dir, lang: 'de', today: TODAY })).diagnostics) expected.set(d.ruleId, (expected.get(d.ruleId) ?? 0) + 1);
    }
    const table = all(byId(page, 'findings'), hasClass('rules'))[0]!;
    const rows = all(all(table, tag('tbody'))[0]!, tag('tr'));
    const shownIds = rows.map((r) => words(all(r, tag('code'))[0]!));
    for (const [rule, count] of expected) {
      const row = rows[shownIds.indexOf(rule)];
      expect(row, rule).toBeDefined();
      const countCell = all(row!, tag('td'))[2]!;
      expect(attr(countCell, 'data-sort')).toBe(String(count));
      expect(words(countCell).startsWith(w.number(count))).toBe(true);
      const href = attr(all(all(row!, tag('th'))[0]!, tag('a'))[0]!, 'href')!;
      expect(existsSync(resolve(join(dir, 'out'), decodeURIComponent(href))), href).toBe(true);
      expect(href.endsWith(`docs/rules/${rule}.md`)).toBe(true);
    }
    // the results file's warning (one unanswered task) is counted too
    expect(shownIds).toContain('review-incomplete');
  });

  it('is in English with --lang en, and the same for the same inputs', async () => {
    const en = await buildOverview({ cwd: dir, files: EXAMPLES, results: ['results'], lang: 'en', today: TODAY, pageDir: join(dir, 'out') });
    const p = parsePage(en.text);
    expect(attr(p, 'lang')).toBe('en');
    expect(words(all(p, tag('h1'))[0]!)).toBe(overviewWords.en.title);
    expect(words(byId(p, 'doc-luebeck'))).toContain('cooperation profile');
    const again = await buildOverview({ cwd: dir, files: EXAMPLES, results: ['results'], lang: 'de', today: TODAY, pageDir: join(dir, 'out') });
    expect(again.text === de.text).toBe(true);
    const later = await buildOverview({ cwd: dir, files: EXAMPLES, results: ['results'], lang: 'de', today: '2027-02-01', pageDir: join(dir, 'out') });
    expect(later.data.timeline.buckets[0]!.documents.map((d) => d.id)).toEqual(['dithmarschen-2006', 'kiel']);
  });

  it('gives the same data as JSON', async () => {
    const json = await buildOverview({ cwd: dir, files: EXAMPLES, results: ['results'], lang: 'de', today: TODAY, format: 'json', pageDir: join(dir, 'out') });
    const data = JSON.parse(json.text);
    expect(data.version).toBe(1);
    expect(data.today).toBe(TODAY);
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(documentRows(page).map((r) => attr(r.row, 'id')!.slice(4)));
    expect(data).toEqual(JSON.parse(JSON.stringify(de.data)));
    expect(text(byId(page, 'documents'))).toContain(w.table.shown(w.number(data.documents.length), data.documents.length));
    expect(dirname(data.documents[0].file)).toBe('examples');
  });
});
