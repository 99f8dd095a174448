// The review says honestly what was and was not answered; bodies that meet
// regularly are counted like shared tasks with a frequency; a cooperation
// profile's review speaks of the profile; the calendar updates on re-import
// and puts an overdue review where people look.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';
import { checkCalendar, prop, unescapeText } from './ics-check.js';
import { buildChecklist } from '../../src/review/checklist.js';
import { renderChecklistMarkdown } from '../../src/review/markdown.js';
import { example, minimal } from './helpers.js';

describe('an unanswered or partly answered review', () => {
  it('says first what is missing, with complete: false, and fails --max-warnings 0', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    const md = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--lang', 'de'], { cwd: dir });
    expect(md.code).toBe(0);
    const lines = md.stdout.split('\n').filter((l) => l.trim() !== '');
    // title, agreement, then the verdict on completeness before any figure
    expect(lines[2]).toBe('> **3 von 3 Aufgaben, 4 von 4 Prüffragen und die Entscheidung sind nicht beantwortet – die Auswertung ist unvollständig.**');
    expect(md.stdout).not.toContain('erfüllt oder entfallen');
    expect(md.stdout).toContain('Keine Aufgabe ist beantwortet: Über die Erfüllung lässt sich nichts sagen.');
    expect(md.stderr).toContain('review-incomplete');

    const json = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout);
    expect(report.complete).toBe(false);
    expect(report.missing).toEqual({ tasks: 3, questions: 4, decision: true });

    const strict = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--format', 'json', '--max-warnings', '0', '--lang', 'en'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Too many warnings (1); at most 0 allowed (--max-warnings).');
  });

  it('a partly answered review names the open part and does not claim the answered tasks are everything', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    const path = join(dir, 'test-kreis-review-2026.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('  erstberatung:\n    status:', '  erstberatung:\n    status: fulfilled')
        .replace(/answer:$/gm, 'answer: yes')
        .replace(/^decision:/m, 'decision: keep'),
    );
    const r = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--lang', 'en'], { cwd: dir });
    // the report is in the agreement's language
    expect(r.stdout).toContain('> **2 von 3 Aufgaben sind nicht beantwortet – die Auswertung ist unvollständig.**');
    expect(r.stdout).toContain('Keine der beantworteten Aufgaben ist offen; 2 Aufgaben sind aber nicht beantwortet (siehe unten).');
    // the warning, in the UI language
    expect(r.stderr).toContain('2 of 3 tasks are not answered — the evaluation is incomplete.');
  });

  it('reports every invalid value at its own line', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement.replace('    lead: jc\n', '    lead: jc\n  - { text: Fachtreffen, lead: jc, frequency: quarterly }\n  - { text: Netzwerktreffen, lead: dw, frequency: monthly }\n  - { text: Jahrestagung, lead: dw, frequency: annual }\n') });
    await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    const path = join(dir, 'test-kreis-review-2026.yaml');
    let n = 0;
    const bad = ['viele', '-1', '2.5'];
    writeFileSync(path, readFileSync(path, 'utf8').replace(/held:$/gm, () => `held: ${bad[n++]}`));
    expect(n).toBe(3);
    const r = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--format', 'json', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(1);
    const held = r.stderr.split('\n').filter((l) => l.includes('`held`'));
    expect(held).toHaveLength(3);
    expect(held[0]).toMatch(/muss eine ganze Zahl oder leer \(null\) sein, nicht „viele“/);
    expect(held[1]).toMatch(/-1 ist für `held` von Treffen zu `[a-z-]+` zu klein; erlaubt ist mindestens 0/);
    expect(held[2]).toMatch(/nicht 2\.5/);
    expect(new Set(held.map((l) => l.trim().split(/\s/)[0])).size).toBe(3);
  });
});

describe('bodies that meet regularly', () => {
  const doc = minimal((d) => {
    d.bodies = [
      { name: 'AG Migration', convener: 'jc', members: ['dw', 'jc'], frequency: 'quarterly' },
      { name: 'Runder Tisch', frequency: 'asNeeded' },
      { name: 'Fallkonferenz', members: ['dw'] },
    ];
  });

  it('are in the checklist\'s meetings with an id from their name', () => {
    const model = buildChecklist(doc, '2026-11-26');
    expect(model.meetings.map((m) => [m.id, m.kind, m.expectedLabel])).toEqual([
      ['ag-migration', 'body', '4'],
      ['runder-tisch', 'body', '–'],
    ]);
    expect(renderChecklistMarkdown(model)).toContain('| AG Migration `ag-migration` | vierteljährlich | 4 | | |');
  });

  it('are counted in the evaluation', async () => {
    const dir = workspace({
      'a.yaml': minimalAgreement.replace('review:', 'bodies:\n  - { name: AG Migration, convener: jc, frequency: quarterly }\nreview:'),
    });
    await run(['review', 'a.yaml', '--format', 'yaml', '--today', '2026-11-26'], { cwd: dir });
    const path = join(dir, 'test-kreis-review-2026.yaml');
    const skeleton = readFileSync(path, 'utf8');
    expect(skeleton).toMatch(/# AG Migration\n.*\n  ag-migration:\n    held:/);
    writeFileSync(path, skeleton.replace('  ag-migration:\n    held:', '  ag-migration:\n    held: 3'));
    const r = await run(['review', 'a.yaml', '--results', 'test-kreis-review-2026.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).meetings).toEqual([
      expect.objectContaining({ task: 'ag-migration', kind: 'body', frequency: 'quarterly', expected: 4, held: 3, met: false }),
    ]);
  });
});

describe('the review of a cooperation profile', () => {
  it('speaks of the profile, never of "die Vereinbarung"', async () => {
    const doc = await example('examples/luebeck.yaml');
    const md = renderChecklistMarkdown(buildChecklist(doc, '2026-11-26'));
    expect(md).toContain('Überprüfung des Kooperationsprofils');
    expect(md).toContain('Das Kooperationsprofil wird von den Beteiligten auf seine Aktualität hin überprüft.');
    expect(md).toContain('Das Kooperationsprofil gilt unverändert weiter.');
    expect(md).not.toMatch(/Vereinbarung(?!en)/);
  });

  it('says that a profile without tasks names none', () => {
    const doc = minimal((d) => {
      d.kind = 'informal';
      delete d.responsibilities;
      delete d.sharedTasks;
    });
    const md = renderChecklistMarkdown(buildChecklist(doc, '2026-11-26'));
    expect(md).toContain('Das Kooperationsprofil nennt keine Aufgaben.');
    expect(md).not.toContain('Wurde die Aufgabe seit der letzten Überprüfung');
  });
});

describe('the calendar of due reviews', () => {
  it('carries SEQUENCE and LAST-MODIFIED that grow with the export date, so a re-import updates the event', async () => {
    const ics = async (today: string) => (await run(['review', 'examples/dithmarschen.yaml', '--due', '--today', today, '--ics', '-'])).stdout;
    const first = checkCalendar(await ics('2026-11-26'))[0]!;
    const later = checkCalendar(await ics('2026-12-01'))[0]!;
    expect(prop(first, 'LAST-MODIFIED').value).toBe('20261126T000000Z');
    expect(Number(prop(later, 'SEQUENCE').value)).toBe(Number(prop(first, 'SEQUENCE').value) + 5);
    expect(prop(first, 'UID').value).toBe(prop(later, 'UID').value);
  });

  it('puts an overdue review on the next working day, titled as overdue', async () => {
    // dithmarschen-2006 has never been reviewed: due 2007-07-06; 2026-11-28 is a Saturday
    const r = await run(['review', 'examples/dithmarschen-2006.yaml', '--due', '--today', '2026-11-28', '--ics', '-']);
    const event = checkCalendar(r.stdout)[0]!;
    expect(prop(event, 'DTSTART').value).toBe('20261130');
    expect(unescapeText(prop(event, 'SUMMARY').value)).toMatch(/^Überfällig seit 6\.7\.2007: Überprüfung Kooperationsvereinbarung/);
  });

  it('is named in the documents\' language', async () => {
    const de = await run(['review', 'examples/dithmarschen.yaml', '--due', '--today', '2026-11-26', '--ics', '-', '--lang', 'en']);
    expect(de.stdout).toContain('X-WR-CALNAME:Überprüfungen der Kooperationsvereinbarungen');
    const dir = workspace({ 'a.yaml': minimalAgreement.replace('kind: agreement', 'kind: agreement\nlanguage: en') });
    const en = await run(['review', 'a.yaml', '--due', '--today', '2026-11-26', '--ics', '-', '--lang', 'de'], { cwd: dir });
    expect(en.stdout).toContain('X-WR-CALNAME:Reviews of cooperation agreements');
  });
});
