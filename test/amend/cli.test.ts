// agree diff and agree amend on the command line (main() in-process): the
// outputs, bad input (different ids, identical versions, versions with
// errors, flags that do not go together) and old versions read from git.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, workspace } from '../helpers/cli.js';
import { base, runPair, variant } from './helpers.js';

const changed = variant((d) => d.responsibilities[0].tasks.splice(1, 0, 'Klärung des Unterstützungsbedarfs'));
const files = (dir: string) => readdirSync(dir).sort();

describe('agree diff', () => {
  it('prints the change list as text, clause by clause', async () => {
    const r = await runPair(base, changed, ['diff', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'old.yaml → new.yaml: 1 Änderung',
        '',
        'Aufgaben',
        '  + Aufgabe neu  klaerung-des-unterstuetzungsbedarfs  (Nummer 2.1)',
        '      + Klärung des Unterstützungsbedarfs',
        '',
      ].join('\n'),
    );
  });

  it('colours the text on a terminal, never with NO_COLOR', async () => {
    const dir = workspace({ 'old.yaml': base, 'new.yaml': changed });
    const tty = await run(['diff', 'old.yaml', 'new.yaml'], { cwd: dir, env: { LANG: 'de_DE.UTF-8', NO_COLOR: '' }, stdoutIsTTY: true });
    expect(tty.stdout).toContain('\u001b[32m+\u001b[39m');
    const plain = await run(['diff', 'old.yaml', 'new.yaml'], { cwd: dir, stdoutIsTTY: true });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('writes Markdown with the sentence of the amendment', async () => {
    const r = await runPair(base, changed, ['diff', 'old.yaml', 'new.yaml', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Aufgaben');
    expect(r.stdout).toContain('- **Aufgabe neu** `klaerung-des-unterstuetzungsbedarfs` (Nummer 2.1)');
    expect(r.stdout).toContain('*im Nachtrag:* In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt: „Klärung des Unterstützungsbedarfs“.');
  });

  it('says so when nothing changed', async () => {
    const r = await runPair(base, base, ['diff', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('old.yaml → new.yaml: 0 Änderungen\nKeine Änderungen.\n');
  });

  it('refuses versions with different ids (exit 1), unless --allow-id-change', async () => {
    const other = variant((d) => (d.id = 'kreis-anders'));
    const r = await runPair(base, other, ['diff', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('verschiedene Kennungen (id „kreis-test“ und „kreis-anders“)');
    expect(r.stderr).toContain('--allow-id-change');
    expect(r.stdout).toBe('');
    const allowed = await runPair(base, other, ['diff', 'old.yaml', 'new.yaml', '--allow-id-change', '--format', 'json']);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).old.id).toBe('kreis-test');
  });

  it('a new version with errors: its findings, exit 1', async () => {
    const broken = variant((d) => (d.responsibilities[0].by = 'niemand'));
    const r = await runPair(base, broken, ['diff', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-reference');
    expect(r.stderr).toContain('new.yaml: Die neue Fassung hat Fehler');
    expect(r.stdout).toBe('');
  });

  it('usage problems are exit 2', async () => {
    expect((await runPair(base, changed, ['diff', 'old.yaml'])).code).toBe(2);
    const missing = await runPair(base, changed, ['diff', 'old.yaml', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect((await runPair(base, changed, ['diff', 'old.yaml', 'new.yaml', '--format', 'pdf'])).code).toBe(2);
    const both = await runPair(base, changed, ['diff', 'old.yaml', 'new.yaml', '--since', 'HEAD']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--since nennt die bisherige Fassung schon');
  });

  it('reads one version from standard input', async () => {
    const dir = workspace({ 'new.yaml': changed });
    const r = await run(['diff', '-', 'new.yaml', '--format', 'json'], { cwd: dir, input: base });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).old.file).toBe('<stdin>');
  });
});

describe('agree diff with git', () => {
  const git = (dir: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=agree-test', '-c', 'user.email=test@agree.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  const repo = () => {
    const dir = workspace({ 'kreis/agreement.yaml': base });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    writeFileSync(join(dir, 'kreis/agreement.yaml'), changed);
    git(dir, 'commit', '-q', '-am', 'second');
    return dir;
  };

  it('--since REV compares the file with itself at that revision', async () => {
    const dir = repo();
    const r = await run(['diff', 'kreis/agreement.yaml', '--since', 'HEAD~1', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.old.file).toBe('HEAD~1:kreis/agreement.yaml');
    expect(json.changes.map((c: { change: string; new: string }) => [c.change, c.new])).toEqual([['added', 'Klärung des Unterstützungsbedarfs']]);
  });

  it('REV:PATH names the old version (the path relative to the working directory)', async () => {
    const dir = repo();
    const r = await run(['diff', 'HEAD~1:kreis/agreement.yaml', 'kreis/agreement.yaml'], { cwd: join(dir) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('HEAD~1:kreis/agreement.yaml → kreis/agreement.yaml: 1 change');
  });

  it('a revision that does not exist: exit 2, in words', async () => {
    const dir = repo();
    const r = await run(['diff', 'kreis/agreement.yaml', '--since', 'HEAD~5'], { cwd: dir, env: { LANG: 'de_DE.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('agree: Die Revision „HEAD~5“ gibt es in diesem git-Repository nicht (gesucht für kreis/agreement.yaml). Prüfen Sie den Namen, z. B. mit git log --oneline.\n');
  });

  it('a file that did not exist at that revision, a directory outside git, a revision that would be an option', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'kreis/new.yaml'), base);
    const absent = await run(['diff', 'kreis/new.yaml', '--since', 'HEAD'], { cwd: dir });
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('kreis/new.yaml does not exist at revision "HEAD"');
    const outside = workspace({ 'a.yaml': base });
    const none = await run(['diff', 'a.yaml', '--since', 'HEAD'], { cwd: outside });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is not in a git repository');
    const option = await run(['diff', 'kreis/agreement.yaml', '--since=--output=x'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a revision name');
    expect(existsSync(join(dir, 'kreis/x'))).toBe(false);
  });

  it('findings of the old version name it by revision and path', async () => {
    const dir = workspace({ 'a.yaml': variant((d) => (d.responsibilities[0].by = 'niemand')) });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'broken');
    writeFileSync(join(dir, 'a.yaml'), base);
    const r = await run(['diff', 'a.yaml', '--since', 'HEAD'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:a.yaml');
    expect(r.stderr).toContain('unknown-reference');
  });
});

describe('agree amend', () => {
  it('writes the amendment as PDF by default, named after the id and its number', async () => {
    const r = await runPair(base, changed, ['amend', 'old.yaml', 'new.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(files(r.dir)).toEqual(['kreis-test-amendment-1.pdf', 'new.yaml', 'old.yaml']);
    expect(r.stderr).toBe('kreis-test-amendment-1.pdf geschrieben (1 Änderung).\n');
  });

  it('writes Markdown to standard output with --out -', async () => {
    const r = await runPair(base, changed, ['amend', 'old.yaml', 'new.yaml', '--format', 'md', '--out', '-', '--date', '2026-03-01', '--effective', '2026-04-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# 1\\. Nachtrag zur Kooperationsvereinbarung vom 15. Januar 2026\n');
    expect(r.stdout).toContain('Die Kooperationsvereinbarung vom 15. Januar 2026 wird wie folgt geändert:');
    expect(r.stdout).toContain('In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt: „Klärung des Unterstützungsbedarfs“.');
    expect(r.stdout).toContain('Dieser Nachtrag tritt am 1. April 2026 in Kraft.');
    expect(r.stdout).toContain('**Stand 1. März 2026**');
    expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
  });

  it('identical versions: "keine Änderungen", exit 0, nothing written', async () => {
    const r = await runPair(base, base, ['amend', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Keine Änderungen zwischen old.yaml und new.yaml; nichts geschrieben.\n');
    expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
  });

  it('only records changed: nothing to amend, nothing written', async () => {
    const r = await runPair(base, variant((d) => (d.version = '2026-03-01')), ['amend', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nur Verwaltungsangaben geändert');
    expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
  });

  it('different ids: exit 1, nothing written', async () => {
    const r = await runPair(base, variant((d) => (d.id = 'kreis-anders')), ['amend', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(1);
    expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
  });

  it('a cooperation profile needs no amendment (exit 2)', async () => {
    const informal = (d: Record<string, unknown>) => (d.kind = 'informal');
    const r = await runPair(variant(informal), variant((d) => (informal(d), d.responsibilities[0].tasks.push('Sprachcafé'))), ['amend', 'old.yaml', 'new.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kooperationsprofil');
    expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
  });

  it('flags that do not go together are exit 2, before anything is written', async () => {
    const cases: Array<[string[], string]> = [
      [['--request'], '--request braucht --from PARTNER'],
      [['--from', 'dw'], '--from gehört zu --request'],
      [['--request', '--from', 'dw', '--record'], '--record trägt einen geschlossenen Nachtrag ein'],
      [['--request', '--from', 'jx'], 'Kein Partner mit der id „jx“ in der neuen Fassung. Meinten Sie „jc“? Partner: dw, jc.'],
      [['--date', '2026-02-30'], 'Ungültiges Datum für --date: „2026-02-30“'],
      [['--format', 'pdf,md', '--out', '-'], '--out - schreibt eine Datei'],
      [['--format', 'yaml'], 'yaml'],
    ];
    for (const [flags, message] of cases) {
      const r = await runPair(base, changed, ['amend', 'old.yaml', 'new.yaml', ...flags]);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr, flags.join(' ')).toContain(message);
      expect(files(r.dir)).toEqual(['new.yaml', 'old.yaml']);
    }
  });

  it('--help names both commands', async () => {
    const r = await run(['--help'], { env: { LANG: 'C' } });
    expect(r.stdout).toMatch(/diff \[options\] \[versions\.\.\.\]\s+show what changed between two versions/);
    expect(r.stdout).toMatch(/amend \[options\] \[versions\.\.\.\]\s+write the signable amendment/);
  });
});
