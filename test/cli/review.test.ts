// `agree review` through the real CLI: the checklist in md, pdf and yaml for
// the examples, the evaluation of filled-in results (md, json, trend), due
// dates with their edges and the calendar file, and every way to get it wrong.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';
import { loadPdf } from '../pdf/helpers.js';
import { checkCalendar, prop, unescapeText } from '../review/ics-check.js';

const EXAMPLES = ['examples/dithmarschen-2006.yaml', 'examples/dithmarschen.yaml', 'examples/nordfriesland.yaml', 'examples/luebeck.yaml', 'examples/districts/kiel.yaml', 'examples/districts/flensburg.yaml', 'examples/districts/pinneberg.yaml'];
const IDS = ['dithmarschen-2006', 'dithmarschen', 'nordfriesland', 'luebeck', 'kiel', 'flensburg', 'pinneberg'];
const FIXTURE = join(root, 'test/review/fixtures/dithmarschen-review-2027.yaml');
const abs = (f: string) => join(root, f);

describe('agree review: checklist', () => {
  it('writes <id>-review-<YYYY>.md for every example (YYYY from --today)', async () => {
    const dir = workspace();
    const r = await run(['review', ...EXAMPLES.map(abs), '--out', dir, '--today', '2026-11-26'], { cwd: dir });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(IDS.map((id) => `${id}-review-2026.md`).sort());
    const md = readFileSync(join(dir, 'dithmarschen-2006-review-2026.md'), 'utf8');
    expect(md).toContain('# Überprüfung der Kooperationsvereinbarung');
    expect(md).toContain('Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch');
    expect(md).toContain('| Fällig | 6. Juli 2007 – seit 7083 Tagen überfällig |');
    expect(r.stderr).toContain('wrote dithmarschen-review-2026.md');
  });

  it('writes fillable PDFs for every example', async () => {
    const dir = workspace();
    const r = await run(['review', ...EXAMPLES.map(abs), '--format', 'pdf', '--out', dir, '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(IDS.map((id) => `${id}-review-2026.pdf`).sort());
    const pdf = await loadPdf(readFileSync(join(dir, 'kiel-review-2026.pdf')));
    expect(pdf.fields['task.fehlzeiten-melden.status']!.filter((f) => f.type === 'radiobutton')).toHaveLength(4);
    expect(pdf.fields['task.fehlzeiten-melden.note']![0]!.type).toBe('text');
    expect(pdf.fields['meeting.fachtreffen.held']![0]!.type).toBe('text');
    expect(pdf.text).toContain('Erstberatung und Klärung des Unterstützungsbedarfs');
  });

  it('--out - writes one document to stdout; several inputs with --out - are a usage error', async () => {
    const one = await run(['review', 'examples/luebeck.yaml', '--out', '-', '--today', '2026-11-26']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^# Überprüfung des Kooperationsprofils\n/);
    expect(one.stdout).not.toContain('## Unterschriften');
    const two = await run(['review', 'examples/luebeck.yaml', 'examples/dithmarschen.yaml', '--out', '-']);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr).toContain('--out - writes one document');
  });

  it('reads the agreement from stdin', async () => {
    const r = await run(['review', '-', '--out', '-', '--today', '2026-11-26'], { input: minimalAgreement });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vermittlung in Sprachkurse');
  });

  it('does not process an agreement with errors: findings on stderr, exit 1; the others still go out', async () => {
    const dir = workspace({ 'ok.yaml': minimalAgreement, 'bad.yaml': minimalAgreement.replace('id: test-kreis', 'id: test-bad').replace('by: jc', 'by: jcc') });
    const r = await run(['review', 'bad.yaml', 'ok.yaml', '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml\n\s+28:9\s+error\s+.*unknown-reference/);
    expect(r.stderr).toContain('bad.yaml: no review output (the agreement has errors');
    expect(readdirSync(dir).sort()).toEqual(['bad.yaml', 'ok.yaml', 'test-kreis-review-2026.md']);
  });

  it('rejects a second document with the same id in one run', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'b.yaml': minimalAgreement });
    const r = await run(['review', 'a.yaml', 'b.yaml', '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('id "test-kreis" is already used by a.yaml');
  });
});

describe('agree review --format yaml: the results skeleton', () => {
  it('lists every task id, points editors to the schema, and is not overwritten without --force', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    const r = await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(0);
    const path = join(dir, 'test-kreis-review-2026.yaml');
    const text = readFileSync(path, 'utf8');
    const schemaLine = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)!;
    expect(existsSync(join(dir, schemaLine[1]!))).toBe(true);
    expect(Object.keys(parse(text).tasks)).toEqual(['erstberatung', 'vermittlung-in-sprachkurse', 'berufswegeplanung']);
    expect(text).toContain('# Auswerten: agree review a.yaml --results test-kreis-review-2026.yaml');

    writeFileSync(path, text.replace('  erstberatung:\n    status:', '  erstberatung:\n    status: fulfilled'));
    const again = await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect(readFileSync(path, 'utf8')).toContain('status: fulfilled');
    const forced = await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('round-trips: filled in by hand, it evaluates to the formula', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    const path = join(dir, 'test-kreis-review-2026.yaml');
    const filled = readFileSync(path, 'utf8')
      .replace('  erstberatung:\n    status:', '  erstberatung:\n    status: fulfilled')
      .replace('  vermittlung-in-sprachkurse:\n    status:', '  vermittlung-in-sprachkurse:\n    status: partial')
      .replace('  berufswegeplanung:\n    status:', '  berufswegeplanung:\n    status: notFulfilled')
      .replace(/answer:$/gm, 'answer: yes')
      .replace(/^decision:/m, 'decision: keep');
    writeFileSync(path, filled);
    const r = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ tasks: 3, fulfilled: 1, partial: 1, notFulfilled: 1, notApplicable: 0, unanswered: 0, numerator: 1.5, denominator: 3, rate: 0.5 });
  });
});

describe('agree review --results', () => {
  it('evaluates the hand-filled Dithmarschen review as Markdown', async () => {
    const r = await run(['review', 'examples/dithmarschen.yaml', '--results', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Auswertung der Überprüfung');
    expect(r.stdout).toContain('**Erfüllungsgrad: 76 %**');
    expect(r.stdout).toContain('= (12 + 0,5 × 5) / (20 − 1) = 14,5 / 19 = 76 %');
    expect(r.stdout).toContain('| Regelmäßiges Zusammentreffen der Integrationsfachkräfte des Jobcenters mit den Beratungsfachkräften von MBE und JMD `fachtreffen` | vierteljährlich | 4 | 3 | 1 zu wenig |');
    expect(r.stdout).toContain('3 Antworten verlangen Handlungsbedarf.');
  });

  it('as JSON: the documented, stable format', async () => {
    const r = await run(['review', 'examples/dithmarschen.yaml', '--results', FIXTURE, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary.rate).toBeCloseTo(14.5 / 19, 12);
    expect(report.open.notFulfilled).toEqual(['traegerverpflichtung']);
    expect(report.actionNeeded).toEqual(['contactsCurrent', 'consentFormsCurrent', 'legalOrFundingChanges']);
    expect(report.decision).toBe('amend');
  });

  it('rejects results of another agreement with file:line, exit 1 and no report', async () => {
    const r = await run(['review', 'examples/nordfriesland.yaml', '--results', 'test/review/fixtures/dithmarschen-review-2027.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/test\/review\/fixtures\/dithmarschen-review-2027\.yaml\n\s+8:12\s+error\s+These results belong to agreement "dithmarschen", but "nordfriesland".*review-agreement/);
  });

  it('rejects a task id the agreement lacks, with file:line, in German too', async () => {
    const dir = workspace({ 'r.yaml': readFileSync(FIXTURE, 'utf8').replace('  kursbegleitung:\n', '  kursbegleitnug:\n') });
    const r = await run(['review', abs('examples/dithmarschen.yaml'), '--results', 'r.yaml', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/r\.yaml\n[^]*?\s(\d+):3\s+Fehler\s+Die Vereinbarung hat keine Aufgabe `kursbegleitnug`\. Meinten Sie `kursbegleitung`\?/);
    const line = readFileSync(join(dir, 'r.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('  kursbegleitnug:')) + 1;
    expect(r.stderr).toContain(` ${line}:3 `);
    expect(r.stderr).toContain('r.yaml: Ergebnisse nicht ausgewertet');
  });

  it('shows the trend over several results files', async () => {
    const older = readFileSync(FIXTURE, 'utf8')
      .replace('reviewDate: 2027-03-04', 'reviewDate: 2026-03-10')
      .replace(/status: partial/g, 'status: notFulfilled');
    const dir = workspace({ '2026.yaml': older, '2027.yaml': readFileSync(FIXTURE, 'utf8') });
    const r = await run(['review', abs('examples/dithmarschen.yaml'), '--results', '2027.yaml', '2026.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.results.file).toBe('2027.yaml');
    expect(report.trend.map((t: { year: number; summary: { partial: number } }) => [t.year, t.summary.partial])).toEqual([[2026, 0], [2027, 5]]);
    const md = await run(['review', abs('examples/dithmarschen.yaml'), '--results', '2026.yaml', '2027.yaml'], { cwd: dir });
    expect(md.stdout).toContain('## 7. Verlauf');
    expect(md.stdout).toMatch(/\| 2026 \| 10\. März 2026 \| 63 % \|/);
  });

  it('usage errors: two agreements, a missing results file, a bad format, --out', async () => {
    expect((await run(['review', 'examples/luebeck.yaml', 'examples/dithmarschen.yaml', '--results', FIXTURE])).code).toBe(2);
    const missing = await run(['review', 'examples/dithmarschen.yaml', '--results', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Results file not found: nope.yaml');
    expect((await run(['review', 'examples/dithmarschen.yaml', '--results', FIXTURE, '--format', 'pdf'])).code).toBe(2);
    expect((await run(['review', 'examples/dithmarschen.yaml', '--results', FIXTURE, '--out', 'x'])).code).toBe(2);
  });
});

describe('agree review --due', () => {
  const at = (lastReview: string | null, id: string) =>
    minimalAgreement.replace('id: test-kreis', `id: ${id}`).replace('review: { intervalMonths: 12, owner: dw, lastReview: 2026-01-15 }', lastReview ? `review: { intervalMonths: 12, owner: dw, lastReview: ${lastReview} }` : 'review: { intervalMonths: 12, owner: dw }');

  it('lists status at the edges, sorted by date', async () => {
    // today 2026-11-26: due 2027-01-25 is exactly 60 days ahead, 2027-01-26 61
    const dir = workspace({
      'sixty.yaml': at('2026-01-25', 'sixty'),
      'sixty-one.yaml': at('2026-01-26', 'sixty-one'),
      'late.yaml': at('2025-11-25', 'late'),
      'today.yaml': at('2025-11-26', 'today'),
      'none.yaml': at(null, 'none'),
    });
    const r = await run(['review', 'sixty-one.yaml', 'sixty.yaml', 'late.yaml', 'today.yaml', 'none.yaml', '--due', '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^due\s+status\s+agreement\s+counted from\s+owner\s+file$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['2026-11-25', 'overdue by 1 day', 'late'],
      ['2026-11-26', 'due today', 'today'],
      ['2027-01-15', 'due in 50 days', 'none'],
      ['2027-01-25', 'due in 60 days', 'sixty'],
      ['2027-01-26', 'ok (in 61 days)', 'sixty-one'],
    ]);
    expect(r.stdout).toContain('version 2026-01-15 (no review yet)');
    expect(r.stderr).toContain('5 agreements: 1 overdue, 3 due within 60 days, 1 ok.');

    const json = JSON.parse((await run(['review', 'none.yaml', 'late.yaml', '--due', '--today', '2026-11-26', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.agreements.map((a: { id: string; status: string; daysLeft: number; basis: string }) => [a.id, a.status, a.daysLeft, a.basis])).toEqual([
      ['late', 'overdue', -1, 'lastReview'],
      ['none', 'due', 50, 'version'],
    ]);
  });

  it('lists the examples and writes a calendar that parses, with stable UIDs', async () => {
    const dir = workspace();
    const args = ['review', ...EXAMPLES.map(abs), '--due', '--today', '2026-11-26', '--ics', 'reviews.ics'];
    const r = await run(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^2007-07-06\s+overdue by 7083 days\s+dithmarschen-2006/);
    const text = readFileSync(join(dir, 'reviews.ics'), 'utf8');
    const events = checkCalendar(text);
    expect(events.map((e) => prop(e, 'UID').value)).toEqual(['dithmarschen-2006', 'kiel', 'nordfriesland', 'dithmarschen', 'luebeck', 'flensburg', 'pinneberg'].map((id) => `${id}-review@agree`));
    expect(prop(events[1]!, 'DTSTART').value).toBe('20270126');
    expect(unescapeText(prop(events[1]!, 'SUMMARY').value)).toBe('Überprüfung: Kooperationsvereinbarung Landeshauptstadt Kiel');
    // the same run gives the same file
    await run([...args.slice(0, -1), 'again.ics'], { cwd: dir });
    expect(readFileSync(join(dir, 'again.ics'), 'utf8')).toBe(text);
    // to stdout: the calendar only
    const out = await run(['review', abs('examples/dithmarschen.yaml'), '--due', '--today', '2026-11-26', '--ics', '-'], { cwd: dir });
    expect(checkCalendar(out.stdout)).toHaveLength(1);
  });

  it('speaks German with --lang de', async () => {
    const r = await run(['review', 'examples/dithmarschen-2006.yaml', '--due', '--today', '2026-11-26', '--lang', 'de']);
    expect(r.stdout).toMatch(/6\.7\.2007\s+seit 7083 Tagen überfällig\s+dithmarschen-2006\s+Stand 6\.7\.2006 \(noch keine Überprüfung\)/);
  });

  it('usage errors: --ics without --due, --due with --results or --out', async () => {
    expect((await run(['review', 'examples/luebeck.yaml', '--ics', 'x.ics'])).code).toBe(2);
    expect((await run(['review', 'examples/luebeck.yaml', '--due', '--results', FIXTURE])).code).toBe(2);
    expect((await run(['review', 'examples/luebeck.yaml', '--due', '--out', 'x'])).code).toBe(2);
    const bad = await run(['review', 'examples/luebeck.yaml', '--due', '--today', '26.11.2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid date for --today');
  });
});
