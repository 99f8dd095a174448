// The documents the schema tests run on: every example, every file `agree init`
// writes, the results skeletons, the test fixtures, and broken variants of them
// whose verdict (valid or not) is known. The editor, ajv (agree check) and a
// second JSON Schema implementation must all give that verdict.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAgreement } from '../../src/init/build.js';
import { defaultAnswers, modelNames } from '../../src/init/models.js';
import { buildChecklist } from '../../src/review/checklist.js';
import { buildSkeleton } from '../../src/review/skeleton.js';
import { loadAgreement } from '../../src/model/load.js';
import { loadResults } from '../../src/review/results.js';
import { say } from '../../src/lang/index.js';
import type { Agreement } from '../../src/model/types.js';
import { minimalAgreement } from '../helpers/cli.js';
import { dithmarschenYaml, englishYaml, luebeckYaml } from '../render/fixtures/agreements.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const agreementSchema = join(root, 'schemas/agreement.schema.json');
export const resultsSchema = join(root, 'schemas/review-results.schema.json');

export type SchemaKind = 'agreement' | 'results';

export interface TextDocument {
  name: string;
  schema: SchemaKind;
  /** the file as an editor shows it; for examples the real file (with its relative modeline) */
  text: string;
  /** where the file is (examples) or would be (generated): the editor resolves modelines against it */
  path: string;
}

const MODELINE = /^# yaml-language-server: \$schema=\S+\n/;

/** Replaces (or adds) the modeline with an absolute path, so the file can sit anywhere. */
export function withSchema(text: string, schema: SchemaKind): string {
  const line = `# yaml-language-server: $schema=${schema === 'agreement' ? agreementSchema : resultsSchema}\n`;
  return MODELINE.test(text) ? text.replace(MODELINE, line) : line + text;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** Every example that names its schema (base files deliberately do not: they are partial). */
export function exampleFiles(): string[] {
  return yamlFiles(join(root, 'examples'))
    .filter((f) => MODELINE.test(readFileSync(f, 'utf8')))
    .sort();
}

export function exampleDocuments(): TextDocument[] {
  return exampleFiles().map((path) => ({ name: relative(root, path), schema: 'agreement', text: readFileSync(path, 'utf8'), path }));
}

export const TODAY = '2026-11-26';

/** What `agree init --yes` writes, for every model and language. */
export async function initDocuments(): Promise<TextDocument[]> {
  const dir = join(root, 'test/schema/.generated');
  const docs: TextDocument[] = [];
  for (const model of modelNames) {
    for (const lang of ['de', 'en'] as const) {
      const text = await buildAgreement({ answers: defaultAnswers(model, lang), lang, today: TODAY, outputDir: dir });
      docs.push({ name: `init ${model} --lang ${lang}`, schema: 'agreement', text: withSchema(text, 'agreement'), path: join(dir, `${model}-${lang}.yaml`) });
    }
  }
  return docs;
}

/** The results skeleton (`agree review --format yaml`) of every example. */
export async function skeletonDocuments(): Promise<TextDocument[]> {
  const docs: TextDocument[] = [];
  for (const file of exampleFiles()) {
    const loaded = await loadAgreement(file, { cwd: root });
    const text = buildSkeleton(buildChecklist(loaded.value as unknown as Agreement, TODAY), {
      schemaPath: resultsSchema,
      evaluateCommand: `agree review ${relative(root, file)} --results results.yaml`,
    });
    docs.push({ name: `skeleton of ${relative(root, file)}`, schema: 'results', text: withSchema(text, 'results'), path: join(root, 'test/schema/.generated', `${(loaded.value as { id?: string } | null)?.id ?? 'document'}-review.yaml`) });
  }
  return docs;
}

/** Documents the other test files are built on. */
export function fixtureDocuments(): TextDocument[] {
  const at = (name: string) => join(root, 'test/schema/.generated', name);
  const results = join(root, 'test/review/fixtures');
  return [
    { name: 'test/helpers/cli.ts minimalAgreement', schema: 'agreement', text: withSchema(minimalAgreement, 'agreement'), path: at('minimal.yaml') },
    { name: 'test/render/fixtures dithmarschenYaml', schema: 'agreement', text: withSchema(dithmarschenYaml, 'agreement'), path: at('dithmarschen.yaml') },
    { name: 'test/render/fixtures englishYaml', schema: 'agreement', text: withSchema(englishYaml, 'agreement'), path: at('english.yaml') },
    { name: 'test/render/fixtures luebeckYaml', schema: 'agreement', text: withSchema(luebeckYaml, 'agreement'), path: at('luebeck.yaml') },
    ...yamlFiles(results).map((f) => ({ name: relative(root, f), schema: 'results' as const, text: withSchema(readFileSync(f, 'utf8'), 'results'), path: f })),
  ];
}

export interface Variant {
  name: string;
  schema: SchemaKind;
  text: string;
  valid: boolean;
}

const agreementVariant = (name: string, valid: boolean, change: (text: string) => string): Variant => {
  const text = change(minimalAgreement);
  if (text === minimalAgreement) throw new Error(`variant ${name} changes nothing`);
  return { name, schema: 'agreement', text, valid };
};
const version = (v: string) => (t: string) => t.replace('version: 2026-01-15', `version: ${v}`);
const email = (v: string) => (t: string) => t.replace('email: muster@example.org', `email: ${JSON.stringify(v)}`);

const results = (body: string) => `agreement: test-kreis\ntasks:\n  erstberatung: { status: fulfilled }\n${body}`;
const resultsVariant = (name: string, valid: boolean, body: string): Variant => ({ name, schema: 'results', text: results(body), valid });

/** Broken (and deliberately unusual but correct) documents with the verdict every validator must give. */
export const variants: Variant[] = [
  agreementVariant('misspelt key', false, (t) => t.replace('district:', 'distrct:')),
  agreementVariant('wrong type', false, (t) => t.replace('intervalMonths: 12', 'intervalMonths: zwölf')),
  agreementVariant('id with capital and umlaut (Plön)', false, (t) => t.replace('id: test-kreis', 'id: Plön')),
  agreementVariant('id of 65 characters', false, (t) => t.replace('id: test-kreis', `id: ${'a'.repeat(65)}`)),
  agreementVariant('postal code as a number', false, (t) => t.replace('postalCode: "25704"', 'postalCode: 25704')),
  agreementVariant('postal code of 4 digits', false, (t) => t.replace('postalCode: "25704"', 'postalCode: "2570"')),
  agreementVariant('30 February', false, version('2026-02-30')),
  agreementVariant('29 February 2025', false, version('2025-02-29')),
  agreementVariant('29 February 2100', false, version('2100-02-29')),
  agreementVariant('29 February 2024', true, version('2024-02-29')),
  agreementVariant('29 February 2000', true, version('2000-02-29')),
  agreementVariant('month 13', false, version('2026-13-01')),
  agreementVariant('month 00', false, version('2026-00-10')),
  agreementVariant('day 32', false, version('2026-01-32')),
  agreementVariant('31 April', false, version('2026-04-31')),
  agreementVariant('31 December', true, version('2026-12-31')),
  agreementVariant('German date', false, version('15.01.2026')),
  agreementVariant('date with time', false, version('"2026-01-15T10:00:00Z"')),
  agreementVariant('e-mail with umlauts in the domain', true, email('info@diakonie-plön.de')),
  agreementVariant('e-mail with umlauts in the local part', true, email('jürgen.müller@example.org')),
  agreementVariant('e-mail with plus and hyphenated domain', true, email('m.sievers+mbe@diakonie-kiel.example.org')),
  agreementVariant('e-mail without a dot in the domain', false, email('team@localhost')),
  agreementVariant('e-mail without @', false, email('muster.example.org')),
  agreementVariant('e-mail with two dots', false, email('a..b@example.org')),
  agreementVariant('e-mail with a space', false, email('erika muster@example.org')),
  agreementVariant('e-mail with a domain starting with a hyphen', false, email('muster@-example.org')),
  agreementVariant('e-mail with a trailing dot', false, email('muster@example.org.')),
  agreementVariant('written agreement without purpose', false, (t) => t.replace(/^purpose: .*\n/m, '')),
  agreementVariant('written agreement without review', false, (t) => t.replace(/^review: .*\n/m, '')),
  agreementVariant('written agreement with one partner', false, (t) => t.replace(/ {2}- id: jc\n(?: {4}.*\n)+/, '')),
  agreementVariant('written agreement with a partner without address', false, (t) => t.replace(/ {4}address: \{ street: Marktplatz.*\n/, '')),
  agreementVariant('informal profile without purpose, responsibilities and review', true, (t) =>
    t.replace('kind: agreement', 'kind: informal').replace(/^purpose: .*\n/m, '').replace(/^review: .*\n/m, '').replace(/^responsibilities:\n(?: {2}.*\n)+/m, ''),
  ),
  agreementVariant('informal profile with partners without address', true, (t) => t.replace('kind: agreement', 'kind: informal').replace(/ {4}address: .*\n/g, '')),
  agreementVariant('without kind: a written agreement', false, (t) => t.replace('kind: agreement\n', '').replace(/^purpose: .*\n/m, '')),
  agreementVariant('missing district', false, (t) => t.replace('district: Kreis Test\n', '')),
  agreementVariant('schemaVersion 2', false, (t) => t.replace('schemaVersion: 1', 'schemaVersion: 2')),
  agreementVariant('consent without consent form', false, (t) => t + 'dataFlows:\n  - { from: dw, to: jc, data: [Fehlzeiten], purpose: Abbruch, legalBasis: consent }\n'),
  agreementVariant('consent with consent form', true, (t) => t + 'dataFlows:\n  - { from: dw, to: jc, data: [Fehlzeiten], purpose: Abbruch, legalBasis: consent, consentForm: "Anlage 1" }\n'),
  agreementVariant('open-ended term', true, (t) => t + 'term: { from: 2026-02-01, until: null, noticeMonths: 6 }\n'),
  agreementVariant('term ending on 30 February', false, (t) => t + 'term: { from: 2026-02-01, until: 2027-02-30 }\n'),
  agreementVariant('unknown rule setting', false, (t) => t + 'rules: { contacts-current: loud }\n'),
  resultsVariant('German status words', true, '  a: { status: erfüllt }\n  b: { status: teilweise }\n  c: { status: nicht erfüllt }\n  d: { status: entfällt }\n'),
  resultsVariant('unanswered status: empty and null', true, '  c: { status: "" }\n  d: { status: }\n'),
  resultsVariant('status done', false, '  c: { status: done }\n'),
  resultsVariant('German answers', true, 'questions:\n  contactsCurrent: { answer: ja }\n  dataFlowsAsAgreed: { answer: nein }\n  consentFormsCurrent: { answer: unklar }\n  legalOrFundingChanges: { answer: "" }\n'),
  resultsVariant('answer true', false, 'questions:\n  contactsCurrent: { answer: true }\n'),
  resultsVariant('answer maybe', false, 'questions:\n  contactsCurrent: { answer: maybe }\n'),
  resultsVariant('German decision', true, 'decision: gilt unverändert weiter\n'),
  resultsVariant('German decision amend', true, 'decision: wird schriftlich geändert\n'),
  resultsVariant('decision terminate', true, 'decision: terminate\n'),
  resultsVariant('decision not yet taken', true, 'decision:\n'),
  resultsVariant('decision continue', false, 'decision: continue\n'),
  resultsVariant('meetings held -1', false, 'meetings:\n  treffen: { held: -1 }\n'),
  resultsVariant('meetings held not yet filled in', true, 'meetings:\n  treffen: { held: , note: }\n'),
  resultsVariant('indicator values of every kind', true, 'indicators:\n  - { goal: 0, indicator: Abbrüche, value: 14 }\n  - { goal: 0, indicator: Quote, value: "14 %" }\n  - { goal: 1, indicator: Zahl, value: }\n'),
  resultsVariant('indicator value true', false, 'indicators:\n  - { goal: 0, indicator: Abbrüche, value: true }\n'),
  resultsVariant('review date 30 February', false, 'reviewDate: 2026-02-30\n'),
  resultsVariant('next review owner with capitals', false, 'nextReview: { date: 2027-11-10, owner: Jobcenter }\n'),
  resultsVariant('task id with capitals', false, '  Erstberatung: { status: fulfilled }\n'),
];

let scratchDir: string | undefined;
let scratchCount = 0;

export function removeScratch(): void {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
}

/**
 * The value agree's schema step sees, loaded the way `agree check` and
 * `agree review --results` load files: YAML parsed, `extends` merged and removed.
 * Files that exist are loaded where they are (examples extend their base).
 */
export async function agreeValue(doc: { schema: SchemaKind; text: string; path?: string }): Promise<unknown> {
  let path = doc.path;
  if (!path || !existsSync(path) || readFileSync(path, 'utf8') !== doc.text) {
    scratchDir ??= mkdtempSync(join(tmpdir(), 'agree-schema-'));
    path = join(scratchDir, `document-${++scratchCount}.yaml`);
    writeFileSync(path, doc.text);
  }
  const loaded = doc.schema === 'agreement' ? await loadAgreement(path, { cwd: dirname(path) }) : await loadResults(path, { cwd: dirname(path) });
  if (loaded.problems.length > 0) throw new Error(`${doc.text.slice(0, 80)}…: ${loaded.problems.map((p) => say(p.message, 'en')).join('; ')}`);
  return loaded.value;
}
