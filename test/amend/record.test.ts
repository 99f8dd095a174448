// `agree amend --record`: the amendment goes into the new version's
// `amendments` list — every other byte of the file stays, the file is still a
// valid agreement, the next amendment is numbered after it and names the
// agreement's date, and the consolidated agreement says "zuletzt geändert
// durch den 1. Nachtrag vom …".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run, workspace } from '../helpers/cli.js';
import { base, runPair } from './helpers.js';

const commented = `# Kreis Test – Kooperationsvereinbarung
# (Kommentare bleiben erhalten)
${base.replace('version: 2026-01-15', 'version: 2026-03-01   # Stand nach der Änderung').replace('      - Erstberatung\n', '      - Erstberatung\n      - Klärung des Unterstützungsbedarfs  # neu\n')}`;

describe('agree amend --record', () => {
  it('appends the entry at the end of a file that has none, keeping every other byte', async () => {
    const r = await runPair(base, commented, ['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(r.dir, 'new.yaml'), 'utf8');
    expect(text).toBe(`${commented}amendments:\n  - { number: 1, date: 2026-03-01, summary: "Änderungen: Aufgaben", agreementDate: 2026-01-15 }\n`);
    expect(r.stderr).toContain('new.yaml: 1. Nachtrag vom 2026-03-01 in amendments eingetragen.');
    // still an agreement without findings of its own
    const check = await run(['check', 'new.yaml', '--today', '2026-03-02', '--format', 'json'], { cwd: r.dir });
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
  });

  it('a second run changes nothing', async () => {
    const r = await runPair(base, commented, ['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md']);
    const once = readFileSync(join(r.dir, 'new.yaml'), 'utf8');
    const again = await run(['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md', '--lang', 'de'], { cwd: r.dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Der 1. Nachtrag ist in amendments schon eingetragen; nichts geändert.');
    expect(readFileSync(join(r.dir, 'new.yaml'), 'utf8')).toBe(once);
  });

  it('the next amendment is the second, of the same agreement, and names the last', async () => {
    const first = `${base}amendments:\n  # der erste Nachtrag\n  - number: 1\n    date: 2026-03-01\n    summary: Klärung des Unterstützungsbedarfs\n    agreementDate: 2025-06-30\n`;
    const second = first.replace('  - by: jc\n', '  - by: jc\n    intro: "Das Jobcenter übernimmt:"\n');
    const r = await runPair(first, second, ['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md', '--out', '-', '--date', '2026-09-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# 2\\. Nachtrag zur Kooperationsvereinbarung vom 30. Juni 2025\n');
    expect(r.stdout).toContain('Die Kooperationsvereinbarung vom 30. Juni 2025, zuletzt geändert durch den 1. Nachtrag vom 1. März 2026, wird wie folgt geändert:');
    const text = readFileSync(join(r.dir, 'new.yaml'), 'utf8');
    expect(text).toBe(`${second}  - { number: 2, date: 2026-09-01, summary: "Änderungen: Aufgaben", agreementDate: 2025-06-30 }\n`);
    // the consolidated agreement names its last amendment
    const md = await run(['render', 'new.yaml', '--format', 'md', '--out', '-'], { cwd: r.dir });
    expect(md.stdout).toContain('zuletzt geändert durch den 2. Nachtrag vom 1. September 2026');
  });

  it('a flow list takes the entry too', async () => {
    const r = await runPair(base, `${commented}amendments: []\n`, ['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.dir, 'new.yaml'), 'utf8')).toBe(`${commented}amendments: [ { number: 1, date: 2026-03-01, summary: "Änderungen: Aufgaben", agreementDate: 2026-01-15 } ]\n`);
  });

  it('with extends, the input gets the list its base gave, and the new entry', async () => {
    const baseFile = `amendments:\n  - { number: 1, date: 2025-01-01, summary: Erster Nachtrag, agreementDate: 2024-01-01 }\n`;
    const input = (extra: string) => `extends: base.yaml\n${base}${extra}`;
    const dir = workspace({ 'base.yaml': baseFile, 'old.yaml': input(''), 'new.yaml': input('').replace('      - Erstberatung\n', '      - Erstberatung\n      - Sprechstunde\n') });
    const r = await run(['amend', 'old.yaml', 'new.yaml', '--record', '--format', 'md'], { cwd: dir, env: { LANG: 'de_DE.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    const doc = parse(readFileSync(join(dir, 'new.yaml'), 'utf8')) as { amendments: Array<{ number: number }> };
    expect(doc.amendments.map((a) => a.number)).toEqual([1, 2]);
    expect(readFileSync(join(dir, 'base.yaml'), 'utf8')).toBe(baseFile);
  });

  it('cannot record into standard input (exit 2)', async () => {
    const dir = workspace({ 'old.yaml': base });
    const r = await run(['amend', 'old.yaml', '-', '--record'], { cwd: dir, input: commented, env: { LANG: 'de_DE.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--record schreibt in die Datei der neuen Fassung');
  });
});

describe('the consolidated agreement', () => {
  it('renders "zuletzt geändert durch den 2. Nachtrag vom …" under the parties, English too', async () => {
    const amended = `${base}amendments:\n  - { number: 1, date: 2026-03-01, summary: a }\n  - { number: 2, date: 2026-09-01, summary: b }\n`;
    const dir = workspace({ 'de.yaml': amended, 'en.yaml': amended.replace('language: de', 'language: en') });
    const de = await run(['render', 'de.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expect(de.stdout).toContain('zuletzt geändert durch den 2. Nachtrag vom 1. September 2026');
    const en = await run(['render', 'en.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expect(en.stdout).toContain('last amended by Amendment No. 2 of 1 September 2026');
    const plain = await run(['render', 'de.yaml', '--format', 'md', '--out', '-'], { cwd: workspace({ 'de.yaml': base }) });
    expect(plain.stdout).not.toContain('Nachtrag');
  });

  it('the amendments list is checked like every key', async () => {
    const bad = `${base}amendments:\n  - { number: 0, date: 2026-13-01 }\n`;
    const dir = workspace({ 'a.yaml': bad });
    const r = await run(['check', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const pointers = JSON.parse(r.stdout).results[0].diagnostics.map((d: { pointer: string }) => d.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/amendments/0/number', '/amendments/0/date']));
  });
});

