// Property-based tests with fast-check, fixed seed, bounded runs:
//  1. random agreements shaped like the schema (valid ones and broken ones)
//     either check clean and render to a PDF that reads back — text and
//     fields — and to Markdown that shows the text literally, or they get
//     findings with a place; never an exception;
//  2. random mutations of valid files (byte flips, deleted and doubled lines,
//     truncation, inserted bytes) never make check or render throw, nor —
//     through the CLI's main() — print a stack trace or exit with anything
//     but 0 or 1.
// FUZZ_RUNS scales the number of runs (npm run fuzz), FUZZ_SEED changes the seed,
// FUZZ_VERBOSE=1 prints how many generated documents rendered and how many were refused.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalAgreement, root, run } from '../helpers/cli.js';
import { loadPdf } from '../pdf/helpers.js';
import { checkFile } from '../../src/check/engine.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { renderAgreement } from '../../src/render/render-agreement.js';
import { unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import { expectNoCrash, HOSTILE, removeTempDirs, squeeze, tempDir, toYaml } from './helpers.js';

afterAll(removeTempDirs);

const FUZZ = Number(process.env.FUZZ_RUNS) || 0;
const SEED = Number(process.env.FUZZ_SEED) || 20_260_201;
/** documents generated and rendered in process */
const GENERATED_RUNS = FUZZ || 30;
/** mutated files checked in process */
const MUTATION_RUNS = FUZZ || 150;
/** mutated files through the CLI's main() */
const CLI_RUNS = FUZZ ? Math.max(30, Math.round(FUZZ / 10)) : 30;
const TODAY = '2026-02-01';
/** a test may take as long as its runs need (a PDF render and read-back is ~0.3 s on a busy machine) */
const timeout = (runs: number, each: number) => Math.max(60_000, runs * each);

const dir = tempDir();
let fileNo = 0;
function writeInput(content: string | Uint8Array): string {
  const path = join(dir, `f${fileNo++}.yaml`);
  writeFileSync(path, content);
  return path;
}

// ---------------------------------------------------------------------------
// 1. agreements shaped like the schema

/** letters DejaVu Sans draws (Latin, German, Turkish, Cyrillic, Greek), digits, markup characters */
const CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜéèçñşığİŞĞабвгдежзийОЛГαβγδΩ0123456789',
  ...' ,.;:!?-–/()&§%"\'<>[]*_`|#{}+~$=\\@',
];
/**
 * Right-to-left text is left out here, not because agree draws it wrongly
 * (poppler's pdftotext reads it back exactly) but because pdf.js reorders a
 * line that mixes directions when it extracts text — "a<b نادیا" comes back as
 * "نادیا ab" — so the read-back could not be compared. markup.test.ts renders
 * Arabic names.
 */
const LTR_HOSTILE = HOSTILE.filter((h) => !/[\u0590-\u08ff]/.test(h));
const word = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });
/** user text: words, sometimes with line breaks, sometimes markup that tries, sometimes long */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...LTR_HOSTILE) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join('\n')) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 100, maxLength: 300 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', 'y', '/', '-', '.'), minLength: 100, maxLength: 1500 }) },
);
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const frequency = fc.constantFrom('once', 'monthly', 'quarterly', 'semiannual', 'annual', 'asNeeded');
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

interface Shape {
  partners: number;
  units: number[];
}

const shape: fc.Arbitrary<Shape> = fc
  .integer({ min: 1, max: 3 })
  .chain((partners) => fc.record({ partners: fc.constant(partners), units: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: partners, maxLength: partners }) }));

function agreementArb(s: Shape): fc.Arbitrary<Record<string, unknown>> {
  const partnerIds = Array.from({ length: s.partners }, (_, i) => `p${i}`);
  const unitIds = s.units.flatMap((n, i) => Array.from({ length: n }, (_, j) => `u${i}-${j}`));
  const parties = [...partnerIds, ...unitIds];
  // now and then a reference that does not exist, so that checks have something to find
  const ref = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...parties) }, { weight: 1, arbitrary: fc.constant('niemand') });
  const refs = fc.oneof(ref, fc.uniqueArray(fc.constantFrom(...parties), { minLength: 1, maxLength: 3 }));
  const contact = fc.record({ name: text, role: opt(text), topic: opt(text), phone: opt(fc.constantFrom('04832 000 00-21', '+49 481 1234')), email: opt(fc.constantFrom('a@example.org', 'k.hansen@dwd.example.org')) }, { requiredKeys: ['name'] });
  const address = fc.record({ street: text, postalCode: fc.constantFrom('25704', '25746', '24103'), city: text });
  const partner = (i: number) =>
    fc.record(
      {
        id: fc.constant(partnerIds[i]!),
        name: text,
        shortName: opt(word),
        type: opt(fc.constantFrom('jobcenter', 'county', 'welfare', 'agency', 'other')),
        churchLaw: opt(fc.constantFrom('DSG-EKD', 'KDG')),
        representedBy: opt(text),
        address,
        units: fc.tuple(...Array.from({ length: s.units[i]! }, (_, j) => fc.record({ id: fc.constant(`u${i}-${j}`), name: text, shortName: opt(word), service: opt(fc.constantFrom('mbe', 'msb', 'jmd', 'jobcenter', 'other')) }, { requiredKeys: ['id', 'name'] }))),
        contacts: opt(fc.array(contact, { maxLength: 2 })),
        contactsUpdated: opt(date),
        signatories: opt(fc.array(fc.record({ name: opt(text), role: opt(text) }, { requiredKeys: [] }), { maxLength: 2 })),
      },
      { requiredKeys: ['id', 'name', 'address', 'units'] },
    );
  const task = fc.oneof(text, fc.record({ text, id: opt(fc.constantFrom('kursbegleitung', 'fehlzeiten', 'erstberatung')), costBearer: opt(ref) }, { requiredKeys: ['text'] }));
  return fc.record(
    {
      schemaVersion: fc.constant(1),
      id: fc.constantFrom('kreis-a', 'dithmarschen', 'k1'),
      kind: fc.constantFrom('agreement', 'informal'),
      language: opt(fc.constantFrom('de', 'en')),
      title: opt(text),
      district: text,
      version: date,
      purpose: text,
      legalBasis: opt(fc.array(text, { maxLength: 2 })),
      partners: fc.tuple(...partnerIds.map((_, i) => partner(i))),
      responsibilities: fc.array(fc.record({ by: refs, intro: opt(text), tasks: fc.array(task, { minLength: 1, maxLength: 5 }) }, { requiredKeys: ['by', 'tasks'] }), { minLength: 1, maxLength: 3 }),
      sharedTasks: opt(fc.array(fc.record({ text, lead: opt(ref), frequency: opt(frequency), costBearer: opt(ref) }, { requiredKeys: ['text'] }), { maxLength: 3 })),
      dataFlows: opt(
        fc.array(
          fc.oneof(
            fc.record({ from: ref, to: refs, data: fc.array(text, { minLength: 1, maxLength: 2 }), purpose: text, legalBasis: fc.constant('consent'), consentForm: text }),
            fc.record({ from: ref, to: refs, data: fc.array(text, { minLength: 1, maxLength: 2 }), purpose: text, legalBasis: fc.constant('statute'), statute: text }),
          ),
          { maxLength: 2 },
        ),
      ),
      bodies: opt(fc.array(fc.record({ name: text, convener: opt(ref), members: opt(refs), frequency: opt(frequency) }, { requiredKeys: ['name'] }), { maxLength: 2 })),
      offers: opt(fc.array(fc.record({ name: text, provider: opt(text), description: opt(text) }, { requiredKeys: ['name'] }), { maxLength: 2 })),
      goals: opt(fc.array(fc.record({ text, indicators: opt(fc.array(text, { maxLength: 2 })) }, { requiredKeys: ['text'] }), { maxLength: 2 })),
      term: opt(fc.record({ from: opt(date), noticeMonths: opt(fc.integer({ min: 0, max: 24 })) }, { requiredKeys: [] })),
      review: fc.record({ intervalMonths: fc.integer({ min: 1, max: 36 }), owner: ref, lastReview: opt(date) }, { requiredKeys: ['intervalMonths', 'owner'] }),
      annexes: opt(fc.array(text, { maxLength: 2 })),
    },
    { requiredKeys: ['schemaVersion', 'id', 'kind', 'district', 'version', 'purpose', 'partners', 'responsibilities', 'review'] },
  );
}

/** now and then a value of the wrong kind somewhere, as a careless edit would leave it */
function breakSomething(doc: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(doc);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(doc) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...keys, 'unbekannt'), fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => ({ ...doc, [k]: v })),
    },
  );
}

const generated = shape.chain(agreementArb).chain(breakSomething);

/** the text a task shows in a PDF: controls gone, white space collapsed, no white space compared */
const inPdf = (s: string) => squeeze(s);
const inMarkdown = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('random agreements shaped like the schema', () => {
  it(
    'check clean and render to a PDF and Markdown that read back, or get findings with a place',
    async () => {
      let rendered = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(generated, async (doc) => {
          const yaml = toYaml(doc);
          const file = writeInput(yaml);
          const checked = await checkFile(file, { cwd: dir, lang: 'en', today: TODAY });
          const lines = yaml.split('\n').length;
          for (const d of checked.diagnostics) {
            expect(d.message).toBeTruthy();
            expect(d.ruleId).toBeTruthy();
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines);
          }
          if (!checked.ok) {
            refused++;
            expect(checked.diagnostics.some((d) => d.severity === 'error')).toBe(true);
            return;
          }
          rendered++;
          const agreement = checked.agreement as Agreement;
          const files = await renderAgreement(agreement, { kinds: ['pdf', 'md'] });
          const pdf = await loadPdf(files.find((f) => f.kind === 'pdf')!.data as Buffer);
          const md = inMarkdown(unescapeMarkdown(files.find((f) => f.kind === 'md')!.data as string));
          const pdfText = inPdf(pdf.text);
          for (const task of listTasks(agreement)) {
            expect(pdfText).toContain(inPdf(task.text));
            expect(md).toContain(inMarkdown(task.text));
          }
          const signatures = Object.keys(pdf.fields).filter((f) => f.endsWith('.signature'));
          if (agreement.kind === 'informal') {
            expect(signatures).toEqual([]);
          } else {
            const blocks = agreement.partners.reduce((n, p) => n + Math.max(1, p.signatories?.length ?? 0), 0);
            expect(signatures).toHaveLength(blocks);
            for (const p of agreement.partners) expect(signatures.some((f) => f.startsWith(p.id))).toBe(true);
          }
        }),
        { seed: SEED, numRuns: GENERATED_RUNS },
      );
      if (process.env.FUZZ_VERBOSE) console.log({ rendered, refused });
      // both branches are exercised
      expect(rendered).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
    timeout(GENERATED_RUNS, 3000),
  );
});

// ---------------------------------------------------------------------------
// 2. mutations of valid files

const VALID = [
  minimalAgreement,
  ...['dithmarschen-2006', 'dithmarschen', 'nordfriesland', 'luebeck'].map((e) => readFileSync(join(root, 'examples', `${e}.yaml`), 'utf8')),
].map((t) => Buffer.from(t));

type Mutation = (b: Buffer) => Buffer;
const lineSplit = (b: Buffer) => b.toString('latin1').split('\n');
const lineJoin = (l: string[]) => Buffer.from(l.join('\n'), 'latin1');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // flip bits of some bytes
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips): Mutation => (b) => {
    const c = Buffer.from(b);
    for (const [at, bits] of flips) c[at % c.length] = c[at % c.length]! ^ bits;
    return c;
  }),
  // set some bytes to characters that mean something to YAML
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...':-[]{}&*!|>#%@`"\'\t,?'.split(''), '\u0000', '\r')), { minLength: 1, maxLength: 6 }).map((sets): Mutation => (b) => {
    const c = Buffer.from(b);
    for (const [at, ch] of sets) c[at % c.length] = ch.charCodeAt(0);
    return c;
  }),
  // delete lines
  fc.array(fc.nat(), { minLength: 1, maxLength: 5 }).map((drops): Mutation => (b) => {
    const l = lineSplit(b);
    for (const d of drops) l.splice(d % l.length, 1);
    return lineJoin(l);
  }),
  // double or move a line
  fc.tuple(fc.nat(), fc.nat()).map(([from, to]): Mutation => (b) => {
    const l = lineSplit(b);
    l.splice(to % (l.length + 1), 0, l[from % l.length]!);
    return lineJoin(l);
  }),
  // cut off
  fc.nat().map((at): Mutation => (b) => b.subarray(0, at % b.length)),
  // insert random bytes
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, bytes]): Mutation => (b) => {
    const i = at % b.length;
    return Buffer.concat([b.subarray(0, i), Buffer.from(bytes), b.subarray(i)]);
  }),
  // change the indentation of a line
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([at, by]): Mutation => (b) => {
    const l = lineSplit(b);
    const i = at % l.length;
    l[i] = by >= 0 ? ' '.repeat(by) + l[i] : l[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
    return lineJoin(l);
  }),
);
const mutated = fc.tuple(fc.constantFrom(...VALID.keys()), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([i, ms]) => ms.reduce<Buffer>((b, m) => m(b), VALID[i]!));

describe('random mutations of valid files', () => {
  it(
    'never make check or render throw (in process)',
    async () => {
      let renders = 0;
      await fc.assert(
        fc.asyncProperty(mutated, async (bytes) => {
          const file = writeInput(bytes);
          const checked = await checkFile(file, { cwd: dir, lang: 'de', today: TODAY });
          const lines = bytes.toString('latin1').split('\n').length;
          for (const d of checked.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(0);
            expect(d.line).toBeLessThanOrEqual(lines + 1);
          }
          // a PDF now and then: the rest render Markdown, which is fast
          if (checked.ok) await renderAgreement(checked.agreement!, { kinds: renders++ % 5 === 0 ? ['pdf', 'md'] : ['md'] });
        }),
        { seed: SEED, numRuns: MUTATION_RUNS },
      );
    },
    timeout(MUTATION_RUNS, 1000),
  );

  it(
    'never print a stack trace or exit with anything but 0 or 1 (CLI)',
    async () => {
      const out = join(dir, 'cli-out');
      mkdirSync(out);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(mutated, async (bytes) => {
          const file = writeInput(bytes);
          // every third run renders PDF and Markdown, the others check; render prints the findings too
          const args = runs++ % 3 === 0 ? ['render', file, '--out', out, '--today', TODAY] : ['check', file, '--today', TODAY];
          const r = await run(args, { cwd: dir });
          expectNoCrash(r, [0, 1]);
          // nothing half-written: every output is complete
          for (const name of readdirSync(out)) {
            expect(name).not.toMatch(/\.tmp$/);
            const data = readFileSync(join(out, name));
            if (name.endsWith('.pdf')) expect(data.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
          }
        }),
        { seed: SEED, numRuns: CLI_RUNS },
      );
    },
    timeout(CLI_RUNS, 3000),
  );
});
