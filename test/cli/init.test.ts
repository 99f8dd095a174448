// `agree init`: every model in both languages checks clean, the file keeps its
// comments and says what the model promises; questions on a terminal (scripted
// through injected streams; the real pseudo-terminal is in test/e2e/init-pty.test.ts);
// overwrite protection. main() runs from src/, in this process.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, run, workspace } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import { parseToday } from '../../src/cli/options.js';
import { fillTemplate, TemplateError, type TemplateValues } from '../../src/init/template.js';
import { churchLawOf, provider } from '../../src/init/providers.js';

type Json = Record<string, any>;

const schemaPath = join(root, 'schemas/agreement.schema.json');
const models = ['dithmarschen', 'nordfriesland', 'luebeck', 'blank'] as const;
const langs = ['de', 'en'] as const;

interface Report {
  summary: { errors: number; warnings: number; infos: number };
  results: Array<{ diagnostics: Array<{ ruleId: string; message: string; line: number }> }>;
}

async function checkReport(dir: string, file: string): Promise<{ code: number; report: Report }> {
  const r = await run(['check', file, '--format', 'json'], { cwd: dir });
  if (!r.stdout) throw new Error(`check gave no report (exit ${r.code}): ${r.stderr}`);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const findings = (report: Report) => report.results.flatMap((r) => r.diagnostics.map((d) => `${d.line}: ${d.ruleId} ${d.message}`));

/** the schema the modeline (first line) points at, resolved from the file's directory */
function modelineTarget(file: string, text: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  expect(m, 'first line is the yaml-language-server modeline').not.toBeNull();
  return resolve(dirname(file), m![1]!);
}

const allIds = (doc: Json): string[] => (doc.partners as Json[]).flatMap((p) => [p.id, ...((p.units as Json[] | undefined) ?? []).map((u) => u.id)]);

describe('agree init --yes: every model in both languages', () => {
  const today = parseToday(undefined);

  it.each(models.flatMap((model) => langs.map((lang) => [model, lang] as const)))('%s (%s) checks clean and keeps its comments', async (model, lang) => {
    const dir = workspace();
    const w = await run(['init', '--yes', '--model', model, '--lang', lang], { cwd: dir });
    expect(w.stderr).toContain('agreement.yaml');
    expect(w.code).toBe(0);
    const file = join(dir, 'agreement.yaml');

    const { code, report } = await checkReport(dir, 'agreement.yaml');
    expect(findings(report)).toEqual([]);
    expect(code).toBe(0);

    const text = readFileSync(file, 'utf8');
    expect(modelineTarget(file, text)).toBe(schemaPath);
    // comments explain the sections and show optional keys commented out
    const comments = text.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments.length).toBeGreaterThan(15);
    expect(text).toMatch(/^\s*# lastReview: /m);
    expect(text).toMatch(/^# rules: /m);
    expect(text).not.toContain('${');
    expect(text).not.toContain('#@');
    // comments in the file's language
    expect(text).toContain(lang === 'de' ? '# Kennung: benennt die Ausgabedateien' : '# Id: names the output files');

    const doc = parse(text) as Json;
    expect(doc).toMatchObject({ schemaVersion: 1, language: lang, district: model === 'luebeck' ? 'Stadt Musterstadt' : 'Kreis Musterland', version: today });
    expect(doc.id).toBe(model === 'luebeck' ? 'musterstadt' : 'musterland');
    for (const p of doc.partners as Json[]) {
      expect(p.contactsUpdated).toBe(today);
      expect([...((p.contacts as Json[] | undefined) ?? []), ...((p.units as Json[] | undefined) ?? []).flatMap((u) => u.contacts ?? [])].length).toBeGreaterThan(0);
    }
    expect(allIds(doc)).toContain(doc.review.owner);
    expect(doc.review.intervalMonths).toBe(12);
    expect(promises[model](doc)).toBe(true);
  });

  /** what each model promises (issue 6) */
  const promises: Record<(typeof models)[number], (doc: Json) => boolean> = {
    dithmarschen: (doc) => {
      const [welfare, jobcenter] = doc.partners as Json[];
      expect(doc.kind).toBe('agreement');
      expect(welfare).toMatchObject({ id: 'dw', name: 'Diakonisches Werk Kreis Musterland', shortName: 'DW', type: 'welfare', churchLaw: 'DSG-EKD' });
      expect((welfare!.units as Json[]).map((u) => u.service)).toEqual(['mbe', 'jmd']);
      expect(jobcenter).toMatchObject({ id: 'jobcenter', name: 'Jobcenter Kreis Musterland', type: 'jobcenter' });
      expect(doc.responsibilities.map((r: Json) => r.by)).toEqual([['mbe', 'jmd'], 'jobcenter']);
      expect(doc.sharedTasks.length).toBeGreaterThanOrEqual(3);
      // the consent-based data flow, tied to the task it serves
      const tasks = doc.responsibilities.flatMap((r: Json) => r.tasks).filter((t: unknown) => typeof t === 'object');
      expect(doc.dataFlows).toHaveLength(1);
      expect(doc.dataFlows[0]).toMatchObject({ from: 'jobcenter', to: 'dw', legalBasis: 'consent' });
      expect(doc.dataFlows[0].consentForm).toBeTruthy();
      expect(tasks.map((t: Json) => t.id)).toContain(doc.dataFlows[0].task);
      expect(doc.amendment).toEqual({ writtenRequest: true });
      return true;
    },
    nordfriesland: (doc) => {
      const [county, school] = doc.partners as Json[];
      expect(doc.kind).toBe('agreement');
      expect(county).toMatchObject({ type: 'county', name: 'Kreis Musterland' });
      expect((county!.units as Json[]).map((u) => [u.id, u.service])).toEqual([['fm', 'jobcenter'], ['msb', 'msb']]);
      expect(school!.id).toBe('vhs');
      expect(doc.bodies).toEqual([expect.objectContaining({ members: ['fm', 'msb'], frequency: 'quarterly' })]);
      expect(doc.offers.length).toBeGreaterThanOrEqual(2);
      return true;
    },
    luebeck: (doc) => {
      expect(doc.kind).toBe('informal');
      expect(doc.responsibilities).toBeUndefined();
      expect((doc.partners as Json[]).every((p) => p.signatories === undefined)).toBe(true);
      expect((doc.partners as Json[]).map((p) => p.type)).toEqual(['jobcenter', 'welfare', 'county', 'agency']);
      expect(doc.bodies.length).toBeGreaterThanOrEqual(3);
      expect(doc.offers.length).toBeGreaterThanOrEqual(2);
      return true;
    },
    blank: (doc) => {
      expect(doc.kind).toBe('agreement');
      expect(Object.keys(doc).sort()).toEqual(
        ['schemaVersion', 'id', 'kind', 'language', 'district', 'version', 'purpose', 'partners', 'responsibilities', 'review'].sort(),
      );
      expect(doc.partners).toHaveLength(2);
      return true;
    },
  };

  it('blank shows every other top-level key commented out', async () => {
    for (const lang of langs) {
      const dir = workspace();
      expect((await run(['init', '--yes', '--model', 'blank', '--lang', lang, 'a.yaml'], { cwd: dir })).code).toBe(0);
      const text = readFileSync(join(dir, 'a.yaml'), 'utf8');
      for (const key of ['title', 'extends', 'legalBasis', 'sharedTasks', 'dataFlows', 'bodies', 'offers', 'goals', 'term', 'amendment', 'annexes', 'signatureLines', 'rules']) {
        expect(text, key).toMatch(new RegExp(`^# ${key}:`, 'm'));
      }
      for (const key of ['type', 'churchLaw', 'representedBy', 'units', 'signatories']) expect(text, key).toMatch(new RegExp(`^ +# ${key}:`, 'm'));
    }
  });
});

describe('agree init --district', () => {
  it('fills district, id and the partners\' names', async () => {
    const dir = workspace();
    const r = await run(['init', '--yes', '--lang', 'de', '--model', 'dithmarschen', '--district', 'Kreis Pinneberg', 'pinneberg.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = parse(readFileSync(join(dir, 'pinneberg.yaml'), 'utf8')) as Json;
    expect(doc).toMatchObject({ district: 'Kreis Pinneberg', id: 'pinneberg' });
    expect(doc.partners.map((p: Json) => p.name)).toEqual(['Diakonisches Werk Kreis Pinneberg', 'Jobcenter Kreis Pinneberg']);
    expect(doc.purpose).toContain('in Pinneberg');
    expect(r.stderr).toContain('pinneberg.yaml geschrieben (Modell dithmarschen, Kreis Pinneberg, Deutsch)');
    expect(r.stderr).toContain('agree check pinneberg.yaml');
    expect(r.stderr).toContain('agree render pinneberg.yaml');
  });

  it('keeps a district full of YAML syntax one string in every model', async () => {
    const hostile = 'Kreis "Nord": A & B #1 {x} [y] *z \'q\'';
    for (const model of models) {
      const dir = workspace();
      expect((await run(['init', '--yes', '--lang', 'en', '--model', model, '--district', hostile], { cwd: dir })).code).toBe(0);
      const doc = parse(readFileSync(join(dir, 'agreement.yaml'), 'utf8')) as Json;
      expect(doc.district).toBe(hostile);
      expect(doc.id).toBe('nord-a-b-1-x-y-z-q');
      const { report } = await checkReport(dir, 'agreement.yaml');
      expect(findings(report)).toEqual([]);
    }
  });

  it('refuses an empty district with exit 2', async () => {
    const dir = workspace();
    const r = await run(['init', '--yes', '--district', '  '], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--district');
    expect(existsSync(join(dir, 'agreement.yaml'))).toBe(false);
  });
});

describe('agree init: where it writes', () => {
  it('refuses to overwrite without --force: exit 2, file untouched', async () => {
    const dir = workspace({ 'agreement.yaml': 'mine\n' });
    const before = statSync(join(dir, 'agreement.yaml')).mtimeMs;
    const r = await run(['init', '--yes', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('agreement.yaml already exists; nothing written');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe('mine\n');
    expect(statSync(join(dir, 'agreement.yaml')).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['agreement.yaml']);
  });

  it('replaces the file with --force, leaving no temporary file', async () => {
    const dir = workspace({ 'agreement.yaml': 'mine\n' });
    const r = await run(['init', '--yes', '--force', '--model', 'blank'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toMatch(/^# yaml-language-server: /);
    expect(readdirSync(dir)).toEqual(['agreement.yaml']);
  });

  it('points the modeline at the schema from any directory', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'kreise/sh'), { recursive: true });
    expect((await run(['init', '--yes', 'kreise/sh/kiel.yaml'], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'kreise/sh/kiel.yaml');
    expect(modelineTarget(file, readFileSync(file, 'utf8'))).toBe(schemaPath);
  });

  it('exits 2 for a missing directory or a directory as the file', async () => {
    const dir = workspace();
    const missing = await run(['init', '--yes', '--lang', 'en', 'nowhere/a.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Directory nowhere does not exist');
    mkdirSync(join(dir, 'sub'));
    const isDir = await run(['init', '--yes', '--lang', 'en', 'sub'], { cwd: dir });
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toContain('sub is a directory');
  });

  it('writes to stdout with "-"', async () => {
    const dir = workspace();
    const r = await run(['init', '--yes', '--model', 'luebeck', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((parse(r.stdout) as Json).kind).toBe('informal');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an unknown model with exit 2', async () => {
    const r = await run(['init', '--yes', '--model', 'kiel'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dithmarschen');
  });
});

/** main() in-process with injected streams; `tty` makes stdin and stdout terminals */
async function runInit(argv: string[], options: { cwd: string; tty: boolean; input?: string; then?: (input: PassThrough) => void }) {
  const input = new PassThrough();
  let stdout = '';
  let stderr = '';
  const done = main({
    argv,
    stdin: input,
    stdinIsTTY: options.tty,
    stdout: { write: (s: string | Uint8Array) => ((stdout += String(s)), true), isTTY: options.tty, columns: 100 },
    stderr: { write: (s: string | Uint8Array) => ((stderr += String(s)), true) },
    cwd: options.cwd,
    env: { NO_COLOR: '1' },
  });
  if (options.input !== undefined) input.write(options.input);
  options.then?.(input);
  const code = await done;
  return { code, stdout, stderr };
}

describe('agree init on a terminal', () => {
  it('asks district, partners, services and review owner; the answers end up in the file', async () => {
    const dir = workspace();
    const answers = [
      'Kreis Nordheide', // district
      'Caritasverband "Nordheide" & Co #1', // counselling provider: name
      'Caritas', // short name
      '', // jobcenter name: default follows the district
      'JC', // jobcenter short name
      'mbe, jmd, msb',
      'jc', // review owner
    ];
    const r = await runInit(['init', '--lang', 'de', '--model', 'dithmarschen', 'a.yaml'], { cwd: dir, tty: true, input: answers.join('\n') + '\n' });
    expect(r.stderr).toContain('a.yaml geschrieben');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kreis oder Stadt [Kreis Musterland]: ');
    expect(r.stdout).toContain('Jobcenter: Name [Jobcenter Kreis Nordheide]: ');
    expect(r.stdout).toContain('Beteiligte Beratungsdienste (mbe, msb, jmd; mehrere mit Komma) [mbe, jmd]: ');
    expect(r.stdout).toContain('(caritas, jc, mbe, msb, jmd) [caritas]: ');

    const doc = parse(readFileSync(join(dir, 'a.yaml'), 'utf8')) as Json;
    expect(doc).toMatchObject({ district: 'Kreis Nordheide', id: 'nordheide' });
    expect(doc.partners[0]).toMatchObject({ id: 'caritas', name: 'Caritasverband "Nordheide" & Co #1', shortName: 'Caritas' });
    expect(doc.partners[1]).toMatchObject({ id: 'jc', name: 'Jobcenter Kreis Nordheide', shortName: 'JC' });
    expect(doc.partners[0].units.map((u: Json) => u.id)).toEqual(['mbe', 'msb', 'jmd']);
    expect(doc.responsibilities[0].by).toEqual(['mbe', 'msb', 'jmd']);
    expect(doc.review.owner).toBe('jc');
    const { report } = await checkReport(dir, 'a.yaml');
    expect(findings(report)).toEqual([]);
  });

  it('asks for the model when --model is not given, and asks again after an invalid answer', async () => {
    const dir = workspace();
    const r = await runInit(['init', '--lang', 'en'], { cwd: dir, tty: true, input: 'kiel\nluebeck\n\n\n\n\n\nxyz\njmd\nAgentur für Arbeit\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Please answer one of: dithmarschen, nordfriesland, luebeck, blank.');
    expect(r.stdout).toContain('"xyz" is not one of the services mbe, msb, jmd. Please name them separated by commas.');
    const doc = parse(readFileSync(join(dir, 'agreement.yaml'), 'utf8')) as Json;
    expect(doc.kind).toBe('informal');
    expect(doc.partners[1].units.map((u: Json) => u.id)).toEqual(['jmd']);
    expect(doc.review.owner).toBe('agentur'); // given by short name
    expect(findings((await checkReport(dir, 'agreement.yaml')).report)).toEqual([]);
  });

  /** the dithmarschen model on a terminal: the provider's name, then Enter for every other question */
  const provider = async (name: string, lang: 'de' | 'en' = 'de', model = 'dithmarschen') => {
    const dir = workspace();
    const answers = model === 'luebeck' ? ['Kreis Nordheide', '', '', name, '', '', ''] : ['Kreis Nordheide', name, '', '', '', '', ''];
    const r = await runInit(['init', '--lang', lang, '--model', model, 'a.yaml'], { cwd: dir, tty: true, input: answers.join('\n') + '\n' });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const doc = parse(text) as Json;
    const welfare = (doc.partners as Json[]).find((p) => p.type === 'welfare')!;
    return { r, text, doc, welfare, check: async () => findings((await checkReport(dir, 'a.yaml')).report) };
  };

  it('Caritas: the Catholic church\'s law (KDG) in churchLaw and on the consent form, short name "Caritas"', async () => {
    const { r, text, doc, welfare, check } = await provider('Caritasverband für den Kreis Nordheide');
    expect(r.stdout).toContain('Beratungsträger: Kurzname [Caritas]: ');
    expect(welfare).toMatchObject({ id: 'caritas', shortName: 'Caritas', churchLaw: 'KDG' });
    expect(doc.dataFlows[0].consentForm).toBe('Anlage 1: Einwilligungserklärung (KDG)');
    expect(doc.annexes[0]).toBe('Anlage 1: Einwilligungserklärung (KDG)');
    expect(text).not.toContain('Einwilligungserklärung (DSG-EKD)');
    expect(text).not.toMatch(/^\s*churchLaw: DSG-EKD/m);
    expect(doc.dataFlows[0].to).toBe('caritas');
    expect(await check()).toEqual([]);
  });

  it('Diakonie: the Protestant church\'s law (DSG-EKD), short name from the name', async () => {
    const { r, doc, welfare, check } = await provider('Diakonie Nordheide');
    expect(r.stdout).toContain('Beratungsträger: Kurzname [Diakonie]: ');
    expect(welfare).toMatchObject({ shortName: 'Diakonie', churchLaw: 'DSG-EKD' });
    expect(doc.dataFlows[0].consentForm).toBe('Anlage 1: Einwilligungserklärung (DSG-EKD)');
    expect(await check()).toEqual([]);
  });

  it('AWO: no church law, a consent form without one, and the commented hint for church providers', async () => {
    const { r, text, doc, welfare, check } = await provider('AWO Kreisverband Nordheide e.V.');
    expect(r.stdout).toContain('Beratungsträger: Kurzname [AWO]: ');
    expect(welfare.shortName).toBe('AWO');
    expect(welfare.id).toBe('awo');
    expect(welfare).not.toHaveProperty('churchLaw');
    expect(text).toMatch(/^ +# kirchlicher Träger\? churchLaw: DSG-EKD \(evangelisch\) \| KDG \(katholisch\)$/m);
    expect(doc.dataFlows[0].consentForm).toBe('Anlage 1: Einwilligungserklärung');
    expect(doc.annexes[0]).toBe('Anlage 1: Einwilligungserklärung');
    expect(text).not.toMatch(/DSG-EKD\)|KDG\)/);
    expect(await check()).toEqual([]);
  });

  it('follows the provider in English and in the Lübeck model too', async () => {
    const en = await provider('Caritas Nordheide', 'en');
    expect(en.welfare).toMatchObject({ shortName: 'Caritas', churchLaw: 'KDG' });
    expect(en.doc.dataFlows[0].consentForm).toBe('Annex 1: Declaration of consent (KDG)');
    const luebeck = await provider('Deutsches Rotes Kreuz Nordheide', 'de', 'luebeck');
    expect(luebeck.welfare).toMatchObject({ shortName: 'DRK' });
    expect(luebeck.welfare).not.toHaveProperty('churchLaw');
    expect(await luebeck.check()).toEqual([]);
  });

  it('names the misspelt service in a list, not the whole answer, and suggests the right one', async () => {
    const dir = workspace();
    const answers = ['', '', '', '', '', 'mbe, jdm', 'mbe und jmd', ''];
    const r = await runInit(['init', '--lang', 'de', '--model', 'dithmarschen', 'a.yaml'], { cwd: dir, tty: true, input: answers.join('\n') + '\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  „jdm“ ist keiner der Dienste mbe, msb, jmd. Meinten Sie „jmd“? Bitte mehrere mit Komma getrennt nennen.');
    expect(r.stdout).not.toContain('„mbe“ ist keiner');
    // "und" between two services is a separator, not a service
    const doc = parse(readFileSync(join(dir, 'a.yaml'), 'utf8')) as Json;
    expect(doc.partners[0].units.map((u: Json) => u.id)).toEqual(['mbe', 'jmd']);
  });

  it('names each wrong word when several are wrong, in English', async () => {
    const dir = workspace();
    const answers = ['', '', '', '', '', 'mbe, xyz, msd', 'msb', ''];
    const r = await runInit(['init', '--lang', 'en', '--model', 'dithmarschen', 'a.yaml'], { cwd: dir, tty: true, input: answers.join('\n') + '\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  "xyz" is not one of the services mbe, msb, jmd. Please name them separated by commas.\n');
    expect(r.stdout).toMatch(/ {2}"msd" is not one of the services mbe, msb, jmd\. Did you mean "(msb|mbe)"\?/);
  });

  it('Ctrl-C aborts with exit 1 and writes nothing', async () => {
    const dir = workspace();
    const r = await runInit(['init', '--lang', 'de', '--model', 'blank'], {
      cwd: dir,
      tty: true,
      input: 'Kreis Nord\n',
      then: (input) => setTimeout(() => input.write('\u0003'), 20),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Abgebrochen, nichts geschrieben.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('end of input aborts with exit 1 and leaves an existing file untouched under --force', async () => {
    const dir = workspace({ 'agreement.yaml': 'mine\n' });
    const r = await runInit(['init', '--lang', 'en', '--force', '--model', 'nordfriesland'], {
      cwd: dir,
      tty: true,
      input: 'Kreis Nord\n',
      then: (input) => input.end(),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Aborted, nothing written.\n');
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['agreement.yaml']);
  });

  it('asks nothing when the file exists: exit 2 before the first question', async () => {
    const dir = workspace({ 'agreement.yaml': 'mine\n' });
    const r = await runInit(['init', '--lang', 'en'], { cwd: dir, tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('never asks without a terminal or with --yes', async () => {
    for (const [argv, tty] of [
      [['init', '--lang', 'en', 'a.yaml'], false],
      [['init', '--lang', 'en', '--yes', 'a.yaml'], true],
    ] as const) {
      const dir = workspace();
      const r = await runInit([...argv], { cwd: dir, tty, input: 'Kreis Nord\n' });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect((parse(readFileSync(join(dir, 'a.yaml'), 'utf8')) as Json).district).toBe('Kreis Musterland');
    }
  });
});

describe('init templates', () => {
  const values = (over: Partial<TemplateValues> = {}): TemplateValues => ({
    tokens: { id: 'kiel', list: 'mbe, jmd' },
    texts: { name: 'A: "B" #c' },
    flags: new Set(['mbe']),
    knownFlags: new Set(['mbe', 'jmd']),
    ...over,
  });

  it('fills tokens anywhere, texts as YAML strings, and keeps comments byte for byte', async () => {
    const source = '# head\nid: ${id} # trailing\nby: [${list}]\nname: ${name}\nsay: >-\n  Hallo ${name}\n  und tschüss\n';
    const out = fillTemplate(source, values(), 't');
    expect(out).toContain('# head\nid: kiel # trailing\nby: [mbe, jmd]\n');
    expect(parse(out)).toEqual({ id: 'kiel', by: ['mbe', 'jmd'], name: 'A: "B" #c', say: 'Hallo A: "B" #c und tschüss' });
  });

  it('keeps or drops lines and blocks by #@if', async () => {
    const source = 'a:\n  #@if mbe\n  - mbe\n  #@else\n  - none\n  #@end\n  - jmd  #@if jmd\n  - x  #@if !jmd|mbe\n';
    expect(parse(fillTemplate(source, values(), 't'))).toEqual({ a: ['mbe', 'x'] });
  });

  it('reports template bugs instead of writing a broken file', async () => {
    expect(() => fillTemplate('# ${name}\na: 1\n', values(), 't')).toThrow(TemplateError);
    expect(() => fillTemplate('a: ${nope}\n', values(), 't')).toThrow(/unknown placeholder/);
    expect(() => fillTemplate('a: 1  #@if msb\n', values(), 't')).toThrow(/unknown flag "msb"/);
    expect(() => fillTemplate('a: ${id}\n', values({ tokens: { id: 'Kiel: x' } }), 't')).toThrow(TemplateError);
  });

  it.each(langs.flatMap((lang) => models.map((model) => [lang, model] as const)))('templates/init/%s/%s.tmpl.yaml exists', async (lang, model) => {
    expect(existsSync(join(root, 'templates/init', lang, `${model}.tmpl.yaml`))).toBe(true);
  });
});

describe('the counselling provider behind a name', () => {
  it.each([
    ['Caritasverband für den Kreis Pinneberg', 'KDG', 'Caritas'],
    ['Malteser Hilfsdienst e.V.', 'KDG', 'Malteser'],
    ['Sozialdienst katholischer Frauen Kiel', 'KDG', 'SkF'],
    ['Katholische Jugendsozialarbeit Nord', 'KDG', 'KJN'],
    ['Diakonisches Werk Kreis Pinneberg', 'DSG-EKD', 'DW'],
    ['Diakonie Nord Nord-Ost', 'DSG-EKD', 'Diakonie'],
    ['Gemeindediakonie Lübeck', 'DSG-EKD', 'Gemeindediakonie'],
    ['Arbeiterwohlfahrt Kreisverband Pinneberg e.V.', null, 'AWO'],
    ['DRK-Kreisverband Pinneberg', null, 'DRK'],
    ['Deutsches Rotes Kreuz Pinneberg', null, 'DRK'],
    ['Der Paritätische Schleswig-Holstein', null, 'Paritätischer'],
    ['Internationaler Bund Pinneberg', null, 'IB'],
    ['Migrationsdienst', null, 'Migrationsdienst'],
  ] as const)('%s → %s, %s', (name, law, short) => {
    expect(provider(name, 'Pinneberg')).toEqual({ churchLaw: law, shortName: short });
  });

  it('takes the church law from the short name when the name does not tell', () => {
    expect(churchLawOf('Verband für Migration Nord', 'Caritas')).toBe('KDG');
    expect(churchLawOf('Verband für Migration Nord', 'VMN')).toBeNull();
  });
});
