// The examples are what coordinators copy from: every one of them must pass the
// schema and name only parties and tasks that exist. The schemas themselves must
// compile in ajv's strict mode and carry German and English help on every property,
// because editors show exactly that text.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { asList, listTasks } from '../src/model/tasks.js';
import type { Agreement } from '../src/model/types.js';
import { ajvOptions, editorKeywords } from '../src/check/schema.js';

// ajv-formats is CommonJS with only a default export: under Node's interop the
// plugin is module.exports, which carries itself again as `.default`
const addFormats = addFormatsModule.default;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const agreementSchemaPath = join(root, 'schemas/agreement.schema.json');
const resultsSchemaPath = join(root, 'schemas/review-results.schema.json');

type Json = Record<string, unknown>;

function compile(schemaPath: string) {
  const ajv = new Ajv2020({ ...ajvOptions });
  addFormats(ajv);
  ajv.addVocabulary([...editorKeywords]);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const isMapping = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** SPEC §2: mappings merge key by key; sequences and scalars replace. */
function merge(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? merge(base[key], value) : value;
  return out;
}

function load(path: string, seen: string[] = []): Json {
  if (seen.includes(path)) throw new Error(`extends cycle: ${[...seen, path].join(' → ')}`);
  // yaml v2 parses YAML 1.2 core schema: dates stay strings, `yes` stays a string
  const value = parse(readFileSync(path, 'utf8')) as Json;
  if (typeof value.extends !== 'string') return value;
  const base = load(resolve(dirname(path), value.extends), [...seen, path]);
  const merged = merge(base, value) as Json;
  delete merged.extends;
  return merged;
}

/** Every reference of SPEC §2 that does not resolve, as "pointer → id". */
function danglingReferences(doc: Agreement): string[] {
  const parties = new Set<string>();
  for (const p of doc.partners ?? []) {
    parties.add(p.id);
    for (const u of p.units ?? []) parties.add(u.id);
  }
  const taskIds = new Set(listTasks(doc).map((t) => t.id));
  const problems: string[] = [];
  const party = (pointer: string, value: string | string[] | undefined) => {
    for (const id of asList(value)) if (!parties.has(id)) problems.push(`${pointer} → ${id}`);
  };
  (doc.responsibilities ?? []).forEach((r, ri) => {
    party(`/responsibilities/${ri}/by`, r.by);
    r.tasks.forEach((t, ti) => {
      if (typeof t !== 'string') party(`/responsibilities/${ri}/tasks/${ti}/costBearer`, t.costBearer);
    });
  });
  (doc.sharedTasks ?? []).forEach((t, i) => {
    party(`/sharedTasks/${i}/lead`, t.lead);
    party(`/sharedTasks/${i}/costBearer`, t.costBearer);
  });
  (doc.dataFlows ?? []).forEach((f, i) => {
    party(`/dataFlows/${i}/from`, f.from);
    party(`/dataFlows/${i}/to`, f.to);
    if (f.task !== undefined && !taskIds.has(f.task)) problems.push(`/dataFlows/${i}/task → ${f.task}`);
  });
  (doc.bodies ?? []).forEach((b, i) => {
    party(`/bodies/${i}/convener`, b.convener);
    party(`/bodies/${i}/members`, b.members);
  });
  // provider and funder may be free text; a value shaped like an id is meant as one
  (doc.offers ?? []).forEach((o, i) => {
    for (const key of ['provider', 'funder'] as const) {
      const v = o[key];
      if (v !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(v)) party(`/offers/${i}/${key}`, v);
    }
  });
  party('/review/owner', doc.review?.owner);
  return problems;
}

function duplicateIds(doc: Agreement): string[] {
  const ids = [
    ...(doc.partners ?? []).flatMap((p) => [p.id, ...(p.units ?? []).map((u) => u.id)]),
    ...listTasks(doc).map((t) => t.id),
  ];
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const files = yamlFiles(examplesDir).sort();
const bases = new Set(
  files.flatMap((f) => {
    const ext = (parse(readFileSync(f, 'utf8')) as Json).extends;
    return typeof ext === 'string' ? [resolve(dirname(f), ext)] : [];
  }),
);
const documents = files.filter((f) => !bases.has(f));
const validateAgreement = compile(agreementSchemaPath);

describe('examples', () => {
  it('include the three seed models and the district batch', () => {
    const names = documents.map((f) => relative(examplesDir, f));
    expect(names).toEqual(
      expect.arrayContaining([
        'dithmarschen-2006.yaml',
        'dithmarschen.yaml',
        'nordfriesland.yaml',
        'luebeck.yaml',
        'districts/kiel.yaml',
        'districts/flensburg.yaml',
        'districts/pinneberg.yaml',
      ]),
    );
  });

  it.each(documents.map((f) => [relative(examplesDir, f), f]))('%s is valid and has no dangling references', (_name, file) => {
    const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(modeline, 'first line names the schema for editors').not.toBeNull();
    expect(resolve(dirname(file), modeline![1]!)).toBe(agreementSchemaPath);

    const doc = load(file);
    const valid = validateAgreement(doc);
    expect(valid ? [] : validateAgreement.errors).toEqual([]);
    expect(danglingReferences(doc as unknown as Agreement)).toEqual([]);
    expect(duplicateIds(doc as unknown as Agreement)).toEqual([]);
  });

  it('base files are partial: no id, and complete only when extended', () => {
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) {
      expect(existsSync(base)).toBe(true);
      expect(load(base).id).toBeUndefined();
    }
  });

  it('districts inherit mappings key by key and replace lists', () => {
    const pinneberg = load(join(examplesDir, 'districts/pinneberg.yaml')) as unknown as Agreement;
    expect(pinneberg.review).toEqual({ intervalMonths: 12, owner: 'jobcenter', lastReview: '2026-09-14' });
    expect(pinneberg.term).toEqual({ from: '2026-10-01', until: null, noticeMonths: 6 });
    const flensburg = load(join(examplesDir, 'districts/flensburg.yaml')) as unknown as Agreement;
    expect(flensburg.dataFlows?.map((f) => f.consentForm)).toEqual(['Anlage 1: Einwilligungserklärung (KDG)']);
    expect(flensburg.sharedTasks?.length).toBe(3);
  });

  it('the 2006 transcription keeps the seed wording', () => {
    const doc = load(join(examplesDir, 'dithmarschen-2006.yaml')) as unknown as Agreement;
    const texts = listTasks(doc).map((t) => t.text);
    expect(texts).toContain('Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.)');
    expect(texts).toContain('Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch');
    expect(texts).toContain('Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationsozialberatern');
    expect(doc.dataFlows).toBeUndefined();
    expect(doc.sharedTasks?.every((t) => t.frequency === undefined && t.costBearer === undefined)).toBe(true);
    expect(doc.version).toBe('2006-07-06');
  });
});

describe('agreement schema', () => {
  const minimal = (over: Json = {}): Json => ({
    schemaVersion: 1,
    id: 'test',
    district: 'Kreis Test',
    version: '2026-01-01',
    purpose: 'Zweck',
    partners: [
      { id: 'a', name: 'A', address: { street: 'Weg 1', postalCode: '12345', city: 'Ort' } },
      { id: 'b', name: 'B', address: { street: 'Weg 2', postalCode: '12345', city: 'Ort' } },
    ],
    responsibilities: [{ by: 'a', tasks: ['Beratung'] }],
    review: { intervalMonths: 12 },
    ...over,
  });
  const errors = (doc: unknown) => (validateAgreement(doc) ? [] : validateAgreement.errors!.map((e) => `${e.instancePath} ${e.keyword}`));

  it('accepts a minimal agreement; a missing kind counts as agreement', () => {
    expect(errors(minimal())).toEqual([]);
    const { purpose: _purpose, ...withoutPurpose } = minimal();
    expect(errors(withoutPurpose)).toContain(' required');
    expect(errors(minimal({ partners: (minimal().partners as Json[]).slice(0, 1) }))).toContain('/partners minItems');
  });

  it('asks less of an informal profile', () => {
    const informal = { schemaVersion: 1, id: 'x', kind: 'informal', district: 'Lübeck', version: '2026-01-01', partners: [{ id: 'a', name: 'A' }] };
    expect(errors(informal)).toEqual([]);
    expect(errors({ ...informal, kind: 'agreement' })).toEqual(
      expect.arrayContaining(['/partners minItems', '/partners/0 required', ' required']),
    );
  });

  it('rejects unknown keys, malformed ids, postal codes and dates', () => {
    expect(errors(minimal({ partnrs: [] }))).toContain(' additionalProperties');
    expect(errors(minimal({ id: 'Dithmarschen 2006' }))).toContain('/id pattern');
    expect(errors(minimal({ version: '2026-02-30' }))).toContain('/version format');
    const partners = minimal().partners as Json[];
    expect(errors(minimal({ partners: [{ ...partners[0], address: { street: 'Weg 1', postalCode: 25704, city: 'Ort' } }, partners[1]] }))).toContain(
      '/partners/0/address/postalCode type',
    );
  });

  it('requires the consent form or the statute that the legal basis names', () => {
    const flow = { from: 'a', to: 'b', data: ['Fehlzeiten'], purpose: 'Abbruchprävention' };
    expect(errors(minimal({ dataFlows: [{ ...flow, legalBasis: 'consent' }] }))).toContain('/dataFlows/0 required');
    expect(errors(minimal({ dataFlows: [{ ...flow, legalBasis: 'consent', consentForm: '' }] }))).toContain('/dataFlows/0/consentForm minLength');
    expect(errors(minimal({ dataFlows: [{ ...flow, legalBasis: 'statute' }] }))).toContain('/dataFlows/0 required');
    expect(errors(minimal({ dataFlows: [{ ...flow, legalBasis: 'statute', statute: '§ 69 Abs. 1 Nr. 1 SGB X' }] }))).toEqual([]);
    // missing data items and purpose are left to the rule data-flow-legal-basis
    expect(errors(minimal({ dataFlows: [{ from: 'a', to: 'b', legalBasis: 'consent', consentForm: 'Anlage 1' }] }))).toEqual([]);
  });

  it('takes one id or a list of ids for by, to and members', () => {
    expect(errors(minimal({ responsibilities: [{ by: ['a', 'b'], tasks: [{ text: 'Beratung', id: 'beratung', costBearer: 'a' }] }] }))).toEqual([]);
    expect(errors(minimal({ bodies: [{ name: 'AG', members: 'a' }, { name: 'AK', members: ['a', 'b'] }] }))).toEqual([]);
    expect(errors(minimal({ bodies: [{ name: 'AG', members: [] }] }))).not.toEqual([]);
  });
});

describe('schemas', () => {
  /** every schema that describes a property or a definition must explain itself in both languages */
  function undocumented(node: unknown, pointer: string, out: string[]): string[] {
    if (!isMapping(node)) return out;
    for (const key of ['properties', '$defs'] as const) {
      const children = node[key];
      if (!isMapping(children)) continue;
      for (const [name, child] of Object.entries(children)) {
        const where = `${pointer}/${key}/${name}`;
        // conditionals only tighten properties that are documented above them
        if (!/\/(if|then|else)\b/.test(where)) {
          const c = child as Json;
          if (typeof c.title !== 'string' || typeof c.description !== 'string' || !c.description.includes(' — ')) out.push(where);
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (Array.isArray(child)) child.forEach((c, i) => undocumented(c, `${pointer}/${key}/${i}`, out));
      else undocumented(child, `${pointer}/${key}`, out);
    }
    return out;
  }

  it.each([agreementSchemaPath, resultsSchemaPath])('%s compiles in strict mode and documents every property in German and English', (path) => {
    const schema = JSON.parse(readFileSync(path, 'utf8')) as Json;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://agree.example.org/schemas/${path.split('/').pop()}`);
    expect(() => compile(path)).not.toThrow();
    expect(undocumented(schema, '', [])).toEqual([]);
  });

  it('accepts the review results of SPEC §4 and an empty skeleton', () => {
    const validate = compile(resultsSchemaPath);
    const filled = parse(`
agreement: kiel-2024
reviewDate: 2026-11-10
participants: [ "Jan Petersen (Jobcenter)", "Ольга Петрова (Caritas)" ]
tasks:
  erstberatung-und-klaerung-des-unterstuetzungsbedarfs: { status: fulfilled, note: "" }
  kursabbruch-info: { status: partial, note: Einwilligungen fehlen oft }
meetings:
  monatliches-netzwerktreffen: { held: 9 }
questions:
  contactsCurrent: { answer: yes }
  dataFlowsAsAgreed: { answer: yes }
  consentFormsCurrent: { answer: no, note: Vorlage an DSG-EKD 2025 anpassen }
  legalOrFundingChanges: { answer: no }
indicators: [ { goal: 0, indicator: Zahl der Kursabbrüche, value: "14" } ]
decision: amend
amendments: [ Einwilligungsvorlage überarbeiten ]
nextReview: { date: 2027-11-10, owner: jc-kiel }
`);
    expect(validate(filled) ? [] : validate.errors).toEqual([]);
    const skeleton = parse(`
agreement: kiel
reviewDate:
tasks:
  erstberatung: { status: }
  fachtreffen: { status: "", note: }
meetings:
  fachtreffen: { held: }
questions:
  contactsCurrent: { answer: }
decision:
nextReview: { date:, owner: }
`);
    expect(validate(skeleton) ? [] : validate.errors).toEqual([]);
    expect(validate({ agreement: 'kiel', tasks: { erstberatung: { status: 'done' } } })).toBe(false);
    expect(validate({ agreement: 'kiel', tasks: { 'Erstberatung!': { status: 'fulfilled' } } })).toBe(false);
    expect(validate({ agreement: 'kiel', tasks: {}, questions: { contactsCurrent: { answer: true } } })).toBe(false);
  });
});
