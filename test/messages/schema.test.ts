// Schema findings get a user to the fix in one round (issue 14): a mistyped key
// at any depth gets the keys allowed at its place and the nearest one, and
// every finding names the place as the document does ("Partner `kreis`
// (Kreis)", "Datenfluss 1 (Jobcenter → DWD)") — in German and English, through
// the real CLI. A walk over every message of the schema catalogue and every
// place of real documents makes sure no bare list index ("in `2`") is left.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';
import { languages, pack } from '../../src/lang/index.js';
import { placeOf, type Place } from '../../src/check/schema-names.js';
import { validate } from '../../src/check/schema.js';

interface Finding {
  ruleId: string;
  message: string;
  pointer: string;
  line: number;
  column: number;
}

async function findings(yaml: string, lang: 'de' | 'en', name = 'a.yaml', extra: string[] = []): Promise<Finding[]> {
  const r = await run(['check', name, '--format', 'json', '--lang', lang, '--today', '2026-06-01', ...extra], { cwd: workspace({ [name]: yaml }) });
  return (JSON.parse(r.stdout) as { results: Array<{ diagnostics: Finding[] }> }).results[0]!.diagnostics;
}

const schemaFindings = async (yaml: string, lang: 'de' | 'en', extra: string[] = []) => (await findings(yaml, lang, 'a.yaml', extra)).filter((d) => d.ruleId === 'schema');

describe('a mistyped key below the top level', () => {
  const cases = [
    { where: 'a partner', from: '    address: { street: Marktplatz 2', to: '    adress: { street: Marktplatz 2', key: 'adress', hint: 'address', allowed: '`representedBy`' },
    { where: 'a unit', from: 'shortName: MBE, service', to: 'shortname: MBE, service', key: 'shortname', hint: 'shortName', allowed: '`targetGroup`' },
    { where: 'a shared task', from: '    lead: jc\n', to: '    lead: jc\n    freqency: quarterly\n', key: 'freqency', hint: 'frequency', allowed: '`costBearer`' },
    { where: 'the review', from: 'intervalMonths: 12', to: 'intervalMonth: 12', key: 'intervalMonth', hint: 'intervalMonths', allowed: '`lastReview`' },
    { where: 'a contact', from: 'role: Beratung, email', to: 'rolle: Beratung, email', key: 'rolle', hint: 'role', allowed: '`topic`' },
  ];
  for (const c of cases) {
    it(`in ${c.where} gets the keys of that place and the nearest one, in both languages`, async () => {
      const yaml = minimalAgreement.replace(c.from, c.to);
      expect(yaml).not.toBe(minimalAgreement);
      for (const lang of ['en', 'de'] as const) {
        const unknown = (await schemaFindings(yaml, lang)).find((d) => d.pointer.endsWith(`/${c.key}`))!;
        expect(unknown, lang).toBeDefined();
        const dym = lang === 'en' ? `did you mean \`${c.hint}\`?` : `meinten Sie \`${c.hint}\`?`;
        expect(unknown.message).toContain(dym);
        // the keys of this mapping, not the document's top-level keys
        expect(unknown.message).toContain(c.allowed);
        expect(unknown.message).not.toContain('`schemaVersion`');
      }
    });
  }

  it('is one finding, not also "required key missing" for the key it meant', async () => {
    const yaml = minimalAgreement.replace('    address: { street: Marktplatz 2', '    adress: { street: Marktplatz 2');
    for (const lang of ['en', 'de'] as const) {
      const all = await schemaFindings(yaml, lang);
      expect(all.map((d) => d.pointer)).toEqual(['/partners/1/adress']);
      expect(all[0]!.message).toMatch(lang === 'en' ? /in partner `jc` \(JC\)/ : /bei Partner `jc` \(JC\)/);
    }
  });
});

describe('findings name things as the document does', () => {
  it('a partner without its address: by id and short name, never "in `2`"', async () => {
    const yaml = minimalAgreement.replace('responsibilities:', '  - { id: kreis, name: Kreis Test, shortName: Kreis }\nresponsibilities:');
    const en = (await schemaFindings(yaml, 'en'))[0]!;
    const de = (await schemaFindings(yaml, 'de'))[0]!;
    expect(en.message).toBe('required key `address` is missing in partner `kreis` (Kreis) (for a written agreement, `kind: agreement`)');
    expect(de.message).toBe('Pflichtangabe `address` fehlt bei Partner `kreis` (Kreis) (nötig für eine schriftliche Vereinbarung, `kind: agreement`)');
    expect(de.line).toBe(24);
  });

  it('a partner without an id: by its number, counted from 1, and its name', async () => {
    const yaml = minimalAgreement.replace('responsibilities:', '  - { name: Diakonie Test, address: { street: A 1, postalCode: "25704", city: B } }\nresponsibilities:');
    expect((await schemaFindings(yaml, 'de'))[0]!.message).toBe('Pflichtangabe `id` fehlt bei Partner 3 (Diakonie Test)');
    expect((await schemaFindings(yaml, 'en'))[0]!.message).toBe('required key `id` is missing in partner 3 (Diakonie Test)');
  });

  it('a data flow by who passes data to whom', async () => {
    const yaml = `${minimalAgreement}dataFlows:\n  - { from: jc, to: mbe, data: [Fehlzeiten], purpose: Motivation }\n`;
    // the schema's own words, shown when the rule that explains them is off (docs/findings.md)
    const off = ['--rule', 'data-flow-legal-basis=off'];
    expect((await schemaFindings(yaml, 'de', off))[0]!.message).toBe('Pflichtangabe `legalBasis` fehlt bei Datenfluss 1 (JC → MBE)');
    expect((await schemaFindings(yaml, 'en', off))[0]!.message).toBe('required key `legalBasis` is missing in data flow 1 (JC → MBE)');
    // by default the rule explains it, and the schema says nothing twice
    const de = await findings(yaml, 'de');
    expect(de.map((d) => d.ruleId)).toEqual(['data-flow-legal-basis']);
    expect(de[0]!.message).toMatch(/^Datenfluss 1 \(/);
  });

  it('a list where a mapping belongs: "partner 3 must be a mapping", not "`2` must be"', async () => {
    const yaml = minimalAgreement.replace('responsibilities:', '  - [Kreis Test, Kreis]\nresponsibilities:');
    const de = (await schemaFindings(yaml, 'de')).find((d) => d.pointer === '/partners/2')!;
    expect(de.message).toBe('Partner 3 muss eine Abbildung (Schlüssel: Wert) sein, nicht eine Liste');
    const en = (await schemaFindings(yaml, 'en')).find((d) => d.pointer === '/partners/2')!;
    expect(en.message).toBe('partner 3 must be a mapping (key: value), not a list');
  });

  it('a value in a task of a responsibility by the task and who does it', async () => {
    const yaml = minimalAgreement.replace('      - Erstberatung\n', '      - { text: Erstberatung, costBearer: Jobcenter Test }\n');
    // by default unknown-reference explains it (with the partner meant); the schema's own words with the rule off
    expect((await findings(yaml, 'de')).map((d) => d.ruleId)).toEqual(['unknown-reference']);
    const off = ['--rule', 'unknown-reference=off'];
    const de = (await schemaFindings(yaml, 'de', off))[0]!;
    expect(de.message).toMatch(/^„Jobcenter Test“ ist keine gültige Kennung für `costBearer` von Aufgabe 1 von MBE \(„Erstberatung“\)/);
    const en = (await schemaFindings(yaml, 'en', off))[0]!;
    expect(en.message).toMatch(/^"Jobcenter Test" is not a valid id for `costBearer` of task 1 of MBE \("Erstberatung"\)/);
  });

  it('German quotes values with „…“, English with "…"', async () => {
    const yaml = minimalAgreement.replace('kind: agreement', 'kind: vertrag');
    const de = (await schemaFindings(yaml, 'de'))[0]!.message;
    expect(de).toMatch(/^„vertrag“ ist für `kind` nicht erlaubt/);
    expect(de.replace(/`[^`]*`/g, '')).not.toContain('"');
    expect((await schemaFindings(yaml, 'en'))[0]!.message).toMatch(/^"vertrag" is not allowed for `kind`/);
  });
});

// ---- the catalogue walk ------------------------------------------------------------

/** every pointer of a value, depth first */
function pointers(value: unknown, prefix = ''): string[] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${prefix}/${i}`)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${prefix}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

/** a list index shown as a place: `2`, `partners.2`, "in 2" — what the messages must never say */
const BARE_INDEX = /`(?:[^`]*\.)?\d+(?:\.[^`]*)?`|\b(?:in|von|bei|of) \d+\b(?! \()/;

describe('no message of the schema catalogue shows a bare list index', () => {
  const examples = ['dithmarschen.yaml', 'dithmarschen-2006.yaml', 'nordfriesland.yaml', 'luebeck.yaml', 'districts/kiel.yaml'].map((f) => parse(readFileSync(join(root, 'examples', f), 'utf8')) as unknown);
  const results = parse(readFileSync(join(root, 'test/review/fixtures/dithmarschen-review-2027.yaml'), 'utf8')) as unknown;
  const places: Place[] = [
    ...examples.flatMap((doc) => pointers(doc).map((p) => placeOf('agreement', doc, p))),
    ...pointers(results).map((p) => placeOf('review-results', results, p)),
  ];
  // with values that would show as numbers, and names that are numbers, too
  places.push(placeOf('agreement', { partners: [[1]], dataFlows: [{ from: 7, to: [8] }] }, '/partners/0/0'), placeOf('agreement', { dataFlows: [{}] }, '/dataFlows/0/to/3'));

  for (const code of languages()) {
    it(`${code}: every message that takes a place, at every place of the examples`, () => {
      const s = pack(code).diagnostics.schema;
      const calls: Array<[string, (p: Place) => string]> = [
        ['subject', (p) => s.subject(p)],
        ['container', (p) => s.container(p)],
        ['thing', (p) => (p.thing ? s.thing(p.thing) : '')],
        ['unknownKey', (p) => s.unknownKey('x', 'y', ['a'], p)],
        ['required', (p) => s.required('x', p, true)],
        ['type', (p) => s.type(p, 'a text', s.value(1), '"1"')],
        ['enum', (p) => s.enum(p, s.value('x'), ['a'], 'a')],
        ['const', (p) => s.const(p, '1')],
        ['date', (p) => s.date(p, s.value('x'))],
        ['id', (p) => s.id(p, s.value('x'))],
        ['postalCode', (p) => s.postalCode(p, s.value('x'))],
        ['email', (p) => s.email(p, s.value('x'))],
        ['pattern', (p) => s.pattern(p, s.value('x'), '^a$')],
        ['empty', (p) => s.empty(p)],
        ['minLength', (p) => s.minLength(p, 3)],
        ['maxLength', (p) => s.maxLength(p, 3)],
        ['minimum', (p) => s.minimum(p, s.value(-1), 0)],
        ['maximum', (p) => s.maximum(p, s.value(200), 120)],
        ['minItems', (p) => s.minItems(p, 2, true)],
        ['maxItems', (p) => s.maxItems(p, 2)],
        ['uniqueItems', (p) => s.uniqueItems(p, s.value('mbe'))],
        ['propertyName', (p) => s.propertyName('X', p)],
        ['other', (p) => s.other(p, 'not')],
      ];
      // the catalogue has no message left out of this walk
      const walked = new Set(calls.flatMap(([name]) => name.split('/')));
      for (const [name, fn] of Object.entries(s)) {
        if (typeof fn === 'function' && !['value', 'or'].includes(name)) expect(walked.has(name), name).toBe(true);
      }
      expect(places.length).toBeGreaterThan(800);
      for (const place of places) {
        for (const [name, fn] of calls) {
          const text = fn(place);
          if (BARE_INDEX.test(text)) throw new Error(`${name} at ${JSON.stringify(place)}: ${text}`);
        }
      }
    });
  }

  it('and validate() on broken variants of every example finds no bare index either', () => {
    // each list entry replaced by a wrong value in turn: the schema reports at the entry
    let checked = 0;
    for (const doc of examples) {
      for (const pointer of pointers(doc)) {
        if (!/\/\d+$/.test(pointer)) continue;
        const copy = structuredClone(doc) as Record<string, unknown>;
        const segments = pointer.slice(1).split('/');
        let parent: unknown = copy;
        for (const seg of segments.slice(0, -1)) parent = (parent as Record<string, unknown>)[seg];
        (parent as unknown[])[Number(segments.at(-1))] = [true];
        for (const issue of validate('agreement', copy)) {
          for (const code of languages()) {
            const text = issue.message(pack(code));
            checked++;
            if (BARE_INDEX.test(text)) throw new Error(`${pointer} → ${issue.pointer}: ${text}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
