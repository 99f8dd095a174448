// The page in a real browser: Debian's headless Chromium (package
// `chromium`), driven by playwright-core — no browser download. Opened from a
// file:// URL it shows no console errors and makes no request but for itself;
// the table sorts by clicking and by keyboard and filters by typing. The
// screenshots are written to <tmp>/agree-overview-screenshots/ to look at.
// Skipped, with a note, where /usr/bin/chromium is missing.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildOverview, type Overview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { districtSet, examplesWorkspace } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/overview/browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const TODAY = '2026-11-26';
export const SHOTS = join(tmpdir(), 'agree-overview-screenshots');
const w = overviewWords.de;

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

let context: BrowserContext;
let profile: string;
const cleanup: string[] = [];

async function open(file: string, viewport = { width: 1366, height: 1000 }): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** the values of one column of the visible rows, as the page's sort keys */
const column = (page: Page, index: number) =>
  page.$$eval(
    '#documents-table tbody tr:not([hidden])',
    (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.getAttribute('data-sort') ?? ''),
    index,
  );

describe.skipIf(!hasChromium)('the overview in Chromium', () => {
  let examples: { file: string; overview: Overview };
  let districts: { file: string; overview: Overview };

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'agree-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const ws = await examplesWorkspace();
    cleanup.push(ws.dir);
    const overview = await buildOverview({ cwd: ws.dir, files: EXAMPLES, results: ['results'], lang: 'de', today: TODAY });
    writeFileSync(join(ws.dir, 'overview.html'), overview.text);
    examples = { file: join(ws.dir, 'overview.html'), overview };
    const set = await districtSet(400);
    cleanup.push(set.dir);
    const big = await buildOverview({
      cwd: set.dir,
      files: Array.from({ length: 400 }, (_, i) => `agreements/kreis-${String(i).padStart(3, '0')}.yaml`),
      results: ['results'],
      lang: 'de',
      today: TODAY,
    });
    writeFileSync(join(set.dir, 'overview.html'), big.text);
    districts = { file: join(set.dir, 'overview.html'), overview: big };
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    for (const d of [...cleanup, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('shows the examples without errors or requests, and looks as it should (screenshot)', async () => {
    const { page, errors, requests } = await open(examples.file);
    await page.screenshot({ path: join(SHOTS, 'examples.png'), fullPage: true });
    for (const section of ['documents', 'trend', 'timeline']) {
      await page.locator(`#${section}`).screenshot({ path: join(SHOTS, `examples-${section}.png`) });
    }
    console.log(`screenshots: ${join(SHOTS, 'examples.png')} and examples-{documents,trend,timeline}.png`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // the script ran: the controls are shown
    expect(await page.isVisible('#filter')).toBe(true);
    await page.close();
  });

  it('sorts the table by clicking a heading and by keyboard', async () => {
    const { page, errors } = await open(examples.file);
    const next = page.locator('#documents-table thead th[data-key="next"] button');
    await next.click();
    const ascending = await column(page, 5);
    expect(ascending).toEqual([...ascending].sort());
    expect(await page.getAttribute('#documents-table thead th[data-key="next"]', 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute('#documents-table thead th[data-key="district"]', 'aria-sort')).toBeNull();
    await next.click();
    const descending = await column(page, 5);
    expect(descending).toEqual([...ascending].reverse());
    expect(await page.getAttribute('#documents-table thead th[data-key="next"]', 'aria-sort')).toBe('descending');
    // by keyboard: focus the rate's heading and press Enter; documents without a rate go last
    await page.focus('#documents-table thead th[data-key="rate"] button');
    await page.keyboard.press('Enter');
    const rates = await column(page, 7);
    const given = rates.filter((r) => r !== '');
    expect(rates.slice(0, given.length)).toEqual(given);
    expect(given.map(Number)).toEqual([...given].map(Number).sort((a, b) => a - b));
    expect(given.length).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the table by typing and by choosing a status', async () => {
    const { page, errors } = await open(examples.file);
    await page.click('#filter');
    await page.keyboard.type('kiel');
    expect(await page.locator('#documents-table tbody tr:not([hidden]) th .district').allTextContents()).toEqual(['Landeshauptstadt Kiel']);
    expect(await page.textContent('#shown')).toBe(w.table.shown('1', 7));
    await page.fill('#filter', '');
    await page.selectOption('#status-filter', 'overdue');
    expect(await page.locator('#documents-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(['doc-dithmarschen-2006']);
    await page.selectOption('#status-filter', '');
    await page.selectOption('#kind-filter', 'informal');
    expect(await page.locator('#documents-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(['doc-luebeck']);
    // nothing matches: the page says so
    await page.fill('#filter', 'zzz-kein-kreis');
    expect(await page.isVisible('#none-shown')).toBe(true);
    expect(await page.textContent('#shown')).toBe(w.table.shown('0', 7));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints without the controls, the table as wide as the paper', async () => {
    // A4 at 96 dpi less 12 mm margins
    const { page } = await open(examples.file, { width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#table-controls')).toBe(false);
    expect(await page.isVisible('#chart-timeline')).toBe(true);
    const widths = await page.evaluate(() => ({ table: document.getElementById('documents-table')!.getBoundingClientRect().right, page: document.documentElement.clientWidth }));
    expect(widths.table).toBeLessThanOrEqual(widths.page);
    await page.close();
  });

  it('shows 400 districts without errors or requests, sorts and filters them (screenshots)', async () => {
    const { page, errors, requests } = await open(districts.file);
    await page.screenshot({ path: join(SHOTS, 'districts-400.png') });
    for (const section of ['trend', 'timeline', 'data-flows', 'findings']) {
      await page.locator(`#${section}`).screenshot({ path: join(SHOTS, `districts-400-${section}.png`) });
    }
    console.log(`screenshots: ${join(SHOTS, 'districts-400.png')} and districts-400-{trend,timeline,data-flows,findings}.png`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const started = Date.now();
    await page.click('#documents-table thead th[data-key="rate"] button');
    await page.click('#documents-table thead th[data-key="rate"] button');
    const rates = (await column(page, 7)).filter((r) => r !== '').map(Number);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    await page.click('#filter');
    await page.keyboard.type('Nummer 12');
    const expected = districts.overview.data.documents.filter((d) => (d.district ?? '').includes('Nummer 12')).length;
    expect(await page.locator('#documents-table tbody tr:not([hidden])').count()).toBe(expected);
    expect(expected).toBe(11);
    console.log(`sorting twice and filtering 400 rows: ${Date.now() - started} ms`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const EXAMPLES = [
  'examples/dithmarschen-2006.yaml',
  'examples/dithmarschen.yaml',
  'examples/nordfriesland.yaml',
  'examples/luebeck.yaml',
  'examples/districts/flensburg.yaml',
  'examples/districts/kiel.yaml',
  'examples/districts/pinneberg.yaml',
];
