// The command line in one language (issue 14): with LANG=de_DE.UTF-8 no
// English word in any command's help or in commander's errors, with
// LANG=C.UTF-8 no German one; commander's errors say what to do, with a "did
// you mean"; and the small ones: `agree` alone, `check --help` with -q,
// `--jobs 0`, an empty directory "..", a base file named on its own.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';
import { pack } from '../../src/lang/index.js';

const LANG = { de: { LANG: 'de_DE.UTF-8' }, en: { LANG: 'C.UTF-8' } } as const;
type Code = keyof typeof LANG;

/** the words of every string in a value (the packs' UI texts) */
function wordsOf(value: unknown, out = new Set<string>()): Set<string> {
  // {placeholders} are names, filled in later
  if (typeof value === 'string') for (const w of value.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? []) out.add(w);
  else if (Array.isArray(value)) for (const v of value) wordsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) wordsOf(v, out);
  return out;
}

// the words commander itself prints in English: its help frame, its errors
const COMMANDER = 'Usage Options Arguments Commands Global Options choices default preset env error unknown option command argument missing invalid Allowed Did you mean too many arguments Expected got required not specified cannot be used with';

/**
 * A language's own words: those of its UI texts (the command line, the
 * overview's and the signing commands') that the other language's texts do not use. Names
 * both use (yaml, PDF, Markdown, --format's values) are in neither.
 */
function ownWords(code: Code): Set<string> {
  const other: Code = code === 'de' ? 'en' : 'de';
  const mine = wordsOf([pack(code).ui, pack(code).overview.cli, pack(code).sign, code === 'en' ? COMMANDER : '']);
  const theirs = wordsOf([pack(other).ui, pack(other).overview.cli, pack(other).sign]);
  return new Set([...mine].filter((w) => !theirs.has(w)));
}

const commands = ['init', 'check', 'render', 'review', 'overview', 'sign', 'verify', 'extract'];

/** the words of text that are another language's own; flags (--max-warnings) and command names are names, not words */
function foreign(text: string, code: Code): string[] {
  const other = ownWords(code === 'de' ? 'en' : 'de');
  const words = text.replace(/(^|\s)--?[\w-]+/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => other.has(w) && !commands.includes(w)))];
}

describe('help in one language', () => {
  for (const code of ['de', 'en'] as const) {
    it(`${code}: agree --help and every command's --help`, async () => {
      // the check can fail: these are words it must find
      expect([...ownWords('en')]).toEqual(expect.arrayContaining(['usage', 'options', 'arguments', 'choices']));
      expect([...ownWords('de')]).toEqual(expect.arrayContaining(['aufruf', 'optionen', 'argumente', 'auswahl']));
      for (const args of [['--help'], ...commands.map((c) => [c, '--help']), ['help', 'check']]) {
        const r = await run(args, { env: LANG[code] });
        expect(r.code, args.join(' ')).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(200);
        expect(foreign(r.stdout, code), `${code}: agree ${args.join(' ')}\n${r.stdout}`).toEqual([]);
      }
    });
  }

  it('names the frame in the language: Aufruf/Optionen/Argumente/Auswahl, Usage/Options/Arguments/choices', async () => {
    const de = await run(['check', '--help'], { env: LANG.de });
    expect(de.stdout).toMatch(/^Aufruf: agree check \[Optionen\] \[Dateien\.\.\.\]\n/);
    expect(de.stdout).toMatch(/\nArgumente:\n {2}Dateien /);
    expect(de.stdout).toMatch(/-f, --format <Format> +Ausgabeformat \(Auswahl: stylish, json, github\)/);
    const en = await run(['check', '--help'], { env: LANG.en });
    expect(en.stdout).toMatch(/^Usage: agree check \[options\] \[files\.\.\.\]\n/);
    expect(en.stdout).toMatch(/-f, --format <format> +output format \(choices: stylish, json, github\)/);
  });

  it('check --help shows the options of every command, -q among them', async () => {
    for (const code of ['de', 'en'] as const) {
      const r = await run(['check', '--help'], { env: LANG[code] });
      expect(r.stdout).toContain(code === 'de' ? '\nOptionen aller Befehle:\n' : '\nOptions of every command:\n');
      expect(r.stdout).toMatch(/^ {2}-q, --quiet +\S/m);
      expect(r.stdout).toMatch(/^ {2}--lang </m);
    }
  });
});

describe("commander's errors, in the user's language", () => {
  const cases: Array<{ args: string[]; de: RegExp; en: RegExp }> = [
    { args: ['check', '--format', 'xml', 'a.yaml'], de: /^agree: Ungültiger Wert „xml“ für --format; erlaubt: stylish, json, github\.\n$/, en: /^agree: Invalid value "xml" for --format; allowed: stylish, json, github\.\n$/ },
    { args: ['check', '--format', 'jsno', 'a.yaml'], de: /Meinten Sie „json“\?/, en: /Did you mean "json"\?/ },
    { args: ['check', '--formt', 'json', 'a.yaml'], de: /^agree: Unbekannte Option --formt\. Meinten Sie „--format“\? „agree check --help“ zeigt die Optionen\.\n$/, en: /^agree: Unknown option --formt\. Did you mean "--format"\? "agree check --help" lists the options\.\n$/ },
    { args: ['chek', 'a.yaml'], de: /^agree: Unbekannter Befehl „chek“\. Meinten Sie „check“\? „agree --help“ zeigt die Befehle\.\n$/, en: /^agree: Unknown command "chek"\. Did you mean "check"\? "agree --help" lists the commands\.\n$/ },
    { args: ['help', 'chek'], de: /^agree: Unbekannter Befehl „chek“\. Meinten Sie „check“\?/, en: /^agree: Unknown command "chek"\. Did you mean "check"\?/ },
    { args: ['check', 'a.yaml', '--today'], de: /^agree: Die Option --today braucht einen Wert: --today <Datum>\.\n$/, en: /^agree: The option --today needs a value: --today <date>\.\n$/ },
    { args: ['init', 'x.yaml', 'y.yaml'], de: /^agree: Zu viele Argumente für agree init: erwartet wird \[Datei\], übergeben wurden 2 \(x\.yaml y\.yaml\)\.\n$/, en: /^agree: Too many arguments for agree init: it takes \[file\], but 2 were given \(x\.yaml y\.yaml\)\.\n$/ },
    { args: ['init', '--model', 'kiel'], de: /^agree: Ungültiger Wert „kiel“ für --model; erlaubt: dithmarschen, nordfriesland, luebeck, blank\./, en: /^agree: Invalid value "kiel" for --model; allowed: dithmarschen, nordfriesland, luebeck, blank\./ },
  ];
  for (const c of cases) {
    it(`agree ${c.args.join(' ')}`, async () => {
      const cwd = workspace({ 'a.yaml': minimalAgreement });
      for (const code of ['de', 'en'] as const) {
        const r = await run(c.args, { cwd, env: LANG[code] });
        expect(r.code, code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(c[code]);
        expect(foreign(r.stderr, code), r.stderr).toEqual([]);
      }
    });
  }
});

describe('the small ones', () => {
  it('agree alone prints its help on stdout and exits 0 (as git and npm print their usage on stdout)', async () => {
    for (const code of ['de', 'en'] as const) {
      const r = await run([], { env: LANG[code] });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe((await run(['--help'], { env: LANG[code] })).stdout);
      expect(r.stdout).toMatch(code === 'de' ? /^Aufruf: agree \[Optionen\] \[Befehl\]/ : /^Usage: agree \[options\] \[command\]/);
    }
    // the program's options alone are no command either
    expect((await run(['--lang', 'de', '--no-color'])).stdout).toMatch(/^Aufruf: agree/);
  });

  it('render --jobs 0 is refused: at least one document at a time', async () => {
    const cwd = workspace({ 'a.yaml': minimalAgreement });
    const de = await run(['render', 'a.yaml', '--jobs', '0'], { cwd, env: LANG.de });
    expect(de.code).toBe(2);
    expect(de.stderr).toBe('agree: Ungültige Zahl für --jobs: „0“. Erwartet wird eine ganze Zahl ≥ 1 (wie viele Dokumente gleichzeitig ausgegeben werden).\n');
    const en = await run(['render', 'a.yaml', '--jobs', '0'], { cwd, env: LANG.en });
    expect(en.stderr).toBe('agree: Invalid number for --jobs: "0". Use a whole number ≥ 1 (how many documents are rendered at a time).\n');
    expect(readdirSync(cwd)).toEqual(['a.yaml']);
  });

  it('a directory without YAML files is named in quotes: no "directory .." with two dots', async () => {
    const cwd = join(workspace({ 'sub/notes.txt': 'x' }), 'sub');
    const de = await run(['check', '..'], { cwd, env: LANG.de });
    expect(de.code).toBe(2);
    expect(de.stderr).toBe('agree: Im Verzeichnis „..“ liegen keine *.yaml- oder *.yml-Dateien.\n');
    const en = await run(['check', '..'], { cwd, env: LANG.en });
    expect(en.stderr).toBe('agree: The directory ".." holds no *.yaml or *.yml files.\n');
  });

  it('a base file named on its own gives one note: checked through the files that extend it', async () => {
    const files = Object.fromEntries(readdirSync(join(root, 'examples/districts')).map((f) => [f, readFileSync(join(root, 'examples/districts', f))]));
    const cwd = workspace(files);
    const de = await run(['check', 'base-sh.yaml'], { cwd, env: LANG.de });
    expect(de.code).toBe(0);
    expect(de.stdout).toContain(
      '1:1  Hinweis  base-sh.yaml ist eine Basisdatei: sie hat keine `id`, und flensburg.yaml, kiel.yaml, pinneberg.yaml erweitern sie. Eine Basisdatei wird über die Dateien geprüft, die sie erweitern: agree check flensburg.yaml kiel.yaml pinneberg.yaml  base-file',
    );
    expect(de.stdout).not.toContain('Fehler  ');
    const en = await run(['check', 'base-sh.yaml', '--format', 'json'], { cwd, env: LANG.en });
    expect(en.code).toBe(0);
    const result = (JSON.parse(en.stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; severity: string; message: string }> }> }).results;
    expect(result).toHaveLength(1);
    expect(result[0]!.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'base-file', severity: 'info', message: expect.stringMatching(/^base-sh\.yaml is a base file: it has no `id`, and flensburg\.yaml, kiel\.yaml, pinneberg\.yaml extend it\./) }),
    ]);
    // the command it names does check the base, through the files
    const through = await run(['check', 'flensburg.yaml', 'kiel.yaml', 'pinneberg.yaml', '--today', '2026-04-01'], { cwd });
    expect(through.code).toBe(0);
    // a file without id that nothing extends is an agreement with an error, as before
    const lone = workspace({ 'x.yaml': 'schemaVersion: 1\ndistrict: X\n' });
    expect((await run(['check', 'x.yaml'], { cwd: lone })).code).toBe(1);
  });
});
