// `agree overview` on the command line: where the page goes, what it prints,
// exit codes for broken inputs and wrong flags.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree, run, root, workspace } from '../helpers/cli.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { all, attr, byId, parsePage, tag, words } from './helpers.js';

const TODAY = '2026-11-26';
let dir: string;

beforeAll(() => {
  dir = workspace();
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(root, 'test/review/fixtures'), join(dir, 'results'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('agree overview', () => {
  it('writes overview.html into the current directory, atomically, and says what it found', async () => {
    const r = await run(['overview', 'examples', '--results', 'results', '--today', TODAY, '--lang', 'de'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(overviewWords.de.cli.wrote('overview.html'));
    expect(r.stderr).toContain('7 Dokumente: 0 mit Fehlern, 1 überfällig, 0 bald fällig, 1 mit ausgewerteter Überprüfung.');
    const page = parsePage(readFileSync(join(dir, 'overview.html'), 'utf8'));
    expect(all(byId(page, 'documents-table'), tag('tr'))).toHaveLength(8);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes to standard output with --out -, and JSON with --format json', async () => {
    const html = await run(['overview', 'examples/districts', '--today', TODAY, '--out', '-'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(attr(parsePage(html.stdout), 'lang')).toBe('en');
    const json = await run(['overview', 'examples/districts', '--today', TODAY, '--format', 'json', '--out', '-'], { cwd: dir });
    const data = JSON.parse(json.stdout);
    // by district: Kreis Pinneberg, Landeshauptstadt Kiel, Stadt Flensburg
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(['pinneberg', 'kiel', 'flensburg']);
    expect(json.stderr).toContain('3 documents: 0 with errors');
  });

  it('puts the page into a directory given as --out, and refuses a missing one before any work', async () => {
    mkdirSync(join(dir, 'site'), { recursive: true });
    const r = await run(['overview', 'examples/districts/kiel.yaml', '--today', TODAY, '--out', 'site', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'site/overview.json'))).toBe(true);
    const missing = await run(['overview', 'examples', '--today', TODAY, '--out', 'nowhere/overview.html'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('exits 1 when a document has errors, and still writes the page with it as a row', async () => {
    writeFileSync(join(dir, 'broken.yaml'), 'schemaVersion: 1\nid: kaputt\ndistrict: [unclosed\n');
    const r = await run(['overview', 'examples/districts/kiel.yaml', 'broken.yaml', '--today', TODAY, '--out', 'with-broken.html', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 Dokumente: 1 mit Fehlern');
    const page = parsePage(readFileSync(join(dir, 'with-broken.html'), 'utf8'));
    const row = all(byId(page, 'documents-table'), (e) => e.tagName === 'tr' && attr(e, 'data-status') === 'errors')[0]!;
    expect(words(row)).toContain('broken.yaml');
    expect(words(row)).toContain(overviewWords.de.failure.errors);
  });

  it('refuses wrong flags and missing results with exit 2', async () => {
    const format = await run(['overview', 'examples', '--format', 'pdf'], { cwd: dir });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Invalid value "pdf" for --format; allowed: html, json.');
    const results = await run(['overview', 'examples', '--results', 'no-such-dir'], { cwd: dir });
    expect(results.code).toBe(2);
    expect(results.stderr).toContain('Results file or directory not found: no-such-dir');
    const today = await run(['overview', 'examples', '--today', '2026-02-30'], { cwd: dir });
    expect(today.code).toBe(2);
    const none = await run(['overview'], { cwd: dir });
    expect(none.code).toBe(2);
  });

  it('takes results as a quoted glob', async () => {
    const r = await run(['overview', 'examples/dithmarschen.yaml', '--results', 'results/*-2027.yaml', '--today', TODAY, '--format', 'json', '--out', '-'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].results.map((x: { file: string }) => x.file)).toEqual(['results/dithmarschen-review-2027.yaml']);
    const none = await run(['overview', 'examples/dithmarschen.yaml', '--results', 'results/*-1999.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
  });

  it('takes --rule and --rule-docs', async () => {
    const r = await run(['overview', 'examples/dithmarschen-2006.yaml', '--today', TODAY, '--format', 'json', '--out', '-', '--rule', 'outdated-term=off', '--rule-docs', 'https://intranet.example/agree/docs/rules/'], { cwd: dir });
    const data = JSON.parse(r.stdout);
    const ids = data.findings.map((g: { ruleId: string }) => g.ruleId);
    expect(ids).not.toContain('outdated-term');
    const overdue = data.findings.find((g: { ruleId: string }) => g.ruleId === 'review-overdue');
    expect(overdue.page).toBe('https://intranet.example/agree/docs/rules/review-overdue.md');
  });

  it('explains itself in German', async () => {
    const r = await run(['overview', '--help', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(overviewWords.de.cli.description);
    expect(r.stdout).toContain('--results <Dateien...>');
  });

  it('runs from the bundled command line, which finds the page’s style and script', () => {
    const r = agree(['overview', join(dir, 'examples/districts'), '--today', TODAY, '--out', '-']);
    expect(r.code, r.stderr).toBe(0);
    const page = parsePage(r.stdout);
    expect(words(all(page, tag('script'))[0]!)).toContain('documents-table');
    expect(words(all(page, tag('style'))[0]!)).toContain('@media print');
  });
});
