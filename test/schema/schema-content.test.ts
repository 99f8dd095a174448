// What the schemas tell an editor, checked where an editor cannot: every enum
// value has a label in both languages, the Markdown help says what the plain
// description says, its YAML examples are valid, the date pattern is exactly
// ajv-formats' "date", the e-mail pattern is safe on hostile input, the editor
// keywords are declared — and agree check's messages stay precise.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { editorKeywords, validate } from '../../src/check/schema.js';
import { pack } from '../../src/lang/index.js';
import { minimalAgreement } from '../helpers/cli.js';
import { agreementSchema, resultsSchema, root } from './documents.js';

type Json = Record<string, unknown>;
const schemas = { agreement: JSON.parse(readFileSync(agreementSchema, 'utf8')) as Json, results: JSON.parse(readFileSync(resultsSchema, 'utf8')) as Json };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** every schema object with its JSON pointer; the bodies of snippets are data, not schemas */
function schemaNodes(node: unknown, pointer = ''): Array<[string, Json]> {
  if (!isObject(node)) return Array.isArray(node) ? node.flatMap((n, i) => schemaNodes(n, `${pointer}/${i}`)) : [];
  const out: Array<[string, Json]> = [[pointer, node]];
  for (const [key, child] of Object.entries(node)) if (key !== 'defaultSnippets' && key !== 'enum' && key !== 'const') out.push(...schemaNodes(child, `${pointer}/${key}`));
  return out;
}
const inConditional = (pointer: string) => /\/(if|then|else)(\/|$)/.test(pointer);

describe.each(Object.entries(schemas))('%s schema', (_name, schema) => {
  const nodes = schemaNodes(schema).filter(([pointer]) => !/\/(properties|\$defs)$/.test(pointer));

  it('labels every enum value in German and English', () => {
    const enums = nodes.filter(([pointer, n]) => Array.isArray(n.enum) && !inConditional(pointer));
    expect(enums.length).toBeGreaterThan(2);
    for (const [pointer, n] of enums) {
      const values = n.enum as unknown[];
      expect(n.enumDescriptions, pointer).toHaveLength(values.length);
      expect(n.markdownEnumDescriptions, pointer).toHaveLength(values.length);
      for (const text of [...(n.enumDescriptions as string[]), ...(n.markdownEnumDescriptions as string[])]) expect(text, pointer).toMatch(/^\S.* — \S/);
      // a label per value, not one text repeated
      expect(new Set(n.enumDescriptions as string[]).size, pointer).toBe(new Set(values.map((v) => v ?? '')).size);
    }
  });

  it('has Markdown help that says the same as the description, German and English on separate lines', () => {
    const described = nodes.filter(([pointer, n]) => typeof n.description === 'string' && !inConditional(pointer));
    expect(described.length).toBeGreaterThan(20);
    for (const [pointer, n] of described) {
      const [de, en] = (n.description as string).split(' — ');
      expect(n.markdownDescription, pointer).toBeTypeOf('string');
      expect((n.markdownDescription as string).startsWith(`${de}\n\n${en}`), pointer).toBe(true);
    }
  });

  it('keeps conditions out of completion: what a branch names is true or not suggested', () => {
    for (const [pointer, n] of nodes) {
      if (!inConditional(pointer) || !isObject(n.properties)) continue;
      for (const [key, sub] of Object.entries(n.properties)) expect(sub === true || (isObject(sub) && sub.doNotSuggest === true), `${pointer}/properties/${key}`).toBe(true);
    }
  });
});

describe('the YAML examples in the help of the main keys', () => {
  const properties = schemas.agreement.properties as Record<string, Json>;
  const base = parse(minimalAgreement) as Json;

  it.each(Object.keys(properties))('%s has a valid example', (key) => {
    const md = properties[key]!.markdownDescription as string;
    const example = /```yaml\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(example, key).toBeDefined();
    const value = parse(example!) as Json;
    expect(Object.keys(value)).toEqual([key]);
    // the example, put into a valid agreement, keeps it valid for the schema
    expect(validate('agreement', { ...base, ...value }).map((i) => i.message(pack('en')))).toEqual([]);
  });
});

describe('dates', () => {
  const patterns = [agreementSchema, resultsSchema].map((path) => {
    const defs = (JSON.parse(readFileSync(path, 'utf8')) as { $defs: Record<string, Json> }).$defs;
    return defs.optionalDate!.pattern as string;
  });
  const date = new RegExp(patterns[0]!, 'u');
  const ajvDate = (fullFormats.date as { validate: (s: string) => boolean }).validate;

  it('use one pattern in both schemas', () => {
    expect(patterns[1]).toBe(patterns[0]);
  });

  it("accept exactly the days ajv-formats' date accepts, leap years included", () => {
    const candidates: string[] = [];
    for (const year of ['0000', '1900', '1999', '2000', '2004', '2024', '2025', '2026', '2100', '2400', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) candidates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    candidates.push('2026-1-05', '2026-01-5', '26-01-05', '2026-01-05T00:00:00Z', ' 2026-01-05', '2026/01/05', '２０２６-01-05');
    const disagreements = candidates.filter((c) => date.test(c) !== ajvDate(c));
    expect(disagreements).toEqual([]);
    // 11 years, of which 0000, 2000, 2004, 2024 and 2400 are leap years (1900 and 2100 are not)
    expect(candidates.filter((c) => date.test(c)).length).toBe(11 * 365 + 5);
  });
});

describe('e-mail addresses', () => {
  const defs = schemas.agreement.$defs as Record<string, Json>;
  const email = new RegExp(defs.email!.pattern as string, 'u');

  it('accept letters of any script and refuse what is not an address', () => {
    for (const ok of ['info@diakonie-plön.de', 'jürgen.müller@example.org', 'o.petrova@caritas.example.org', 'ольга@пример.рф', 'a+b@xn--plne-0ra.de', "o'brien@example.ie"]) expect(email.test(ok), ok).toBe(true);
    for (const bad of ['team@localhost', 'a@b', '@example.org', 'a@.org', 'a.@example.org', '.a@example.org', 'a@example..org', 'a@-x.org', 'a@x-.org', 'a b@example.org', 'a@example.org.', 'a@example.123']) expect(email.test(bad), bad).toBe(false);
  });

  it('take linear time on hostile input', () => {
    const hostile = ['a'.repeat(100_000), `${'a.'.repeat(50_000)}@`, `a@${'b-'.repeat(50_000)}`, `a@${'b.'.repeat(50_000)}`, `a@${'b'.repeat(100_000)}.`, `${'-'.repeat(100_000)}@x`];
    const started = performance.now();
    for (const h of hostile) email.test(h);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('editor keywords', () => {
  // draft 2020-12's vocabularies: core, applicator, unevaluated, validation, meta-data, format-annotation, content
  const standard = new Set(
    '$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs allOf anyOf oneOf not if then else dependentSchemas prefixItems items contains properties patternProperties additionalProperties propertyNames unevaluatedItems unevaluatedProperties type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required dependentRequired title description default deprecated readOnly writeOnly examples format contentEncoding contentMediaType contentSchema'.split(' '),
  );

  it('are exactly the non-standard keywords the schemas use, declared alike for tsc and the build script', () => {
    const used = new Set<string>();
    for (const schema of Object.values(schemas)) {
      for (const [pointer, node] of schemaNodes(schema)) {
        if (/\/(properties|\$defs|patternProperties|dependentSchemas)$/.test(pointer)) continue;
        for (const key of Object.keys(node)) if (!standard.has(key)) used.add(key);
      }
    }
    expect([...used].sort()).toEqual([...editorKeywords].sort());
    const script = readFileSync(join(root, 'scripts/build-validators.mjs'), 'utf8');
    const declared = /const editorKeywords = \[([^\]]*)\]/.exec(script)?.[1]?.match(/'([^']+)'/g)?.map((k) => k.slice(1, -1));
    expect(declared?.sort()).toEqual([...editorKeywords].sort());
  });
});

describe("agree check's messages", () => {
  const doc = (change: (d: Json) => void): Json => {
    const d = parse(minimalAgreement) as Json;
    change(d);
    return d;
  };
  const messages = (value: unknown, name: 'agreement' | 'review-results' = 'agreement') => validate(name, value).map((i) => `${i.pointer} ${i.message(pack('en'))}`);
  const partner = (d: Json, i: number) => (d.partners as Json[])[i]!;

  it('say a requirement of a written agreement is one', () => {
    expect(messages(doc((d) => delete d.purpose))).toEqual([' required key `purpose` is missing (for a written agreement, `kind: agreement`)']);
    expect(messages(doc((d) => (d.partners = [partner(d, 0)])))).toEqual(['/partners `partners` needs at least 2 entries (for a written agreement, `kind: agreement`)']);
    expect(messages(doc((d) => delete partner(d, 1).address))).toEqual(['/partners/1 required key `address` is missing in partner `jc` (JC) (for a written agreement, `kind: agreement`)']);
    // what every document needs is not tied to the kind
    expect(messages(doc((d) => delete d.district))).toEqual([' required key `district` is missing']);
  });

  it('say to quote a number where text is expected', () => {
    const value = doc((d) => ((partner(d, 0).address as Json).postalCode = 25704));
    expect(messages(value)).toEqual(['/partners/0/address/postalCode `address.postalCode` of partner `dw` (DW) must be a text (string), not 25704 – write it in quotes: `"25704"`']);
    expect(validate('agreement', value)[0]!.message(pack('de'))).toBe('`address.postalCode` von Partner `dw` (DW) muss ein Text sein, nicht 25704 – in Anführungszeichen schreiben: `"25704"`');
  });

  it('name dates and e-mail addresses', () => {
    expect(messages(doc((d) => (d.version = '2026-02-30')))).toEqual(['/version "2026-02-30" is not a valid date for `version`; write YYYY-MM-DD, e.g. 2026-07-06']);
    const contact = (d: Json) => ((partner(d, 0).contacts as Json[])[0]!);
    expect(messages(doc((d) => (contact(d).email = 'team@localhost')))).toEqual(['/partners/0/contacts/0/email "team@localhost" is not a valid e-mail address (`email` of contact 1 (Erika Muster) of partner `dw` (DW))']);
    expect(messages(doc((d) => (contact(d).email = 'info@diakonie-plön.de')))).toEqual([]);
  });

  it('list the values a results file accepts, "" and null included', () => {
    const results = { agreement: 'test-kreis', tasks: { erstberatung: { status: 'done' } }, decision: 'continue' };
    expect(messages(results, 'review-results')).toEqual([
      '/tasks/erstberatung/status "done" is not allowed for `status` of task `erstberatung`; allowed: `fulfilled`, `partial`, `notFulfilled`, `notApplicable`, `erfüllt`, `teilweise`, `nicht erfüllt`, `entfällt`, `""`, `null`',
      '/decision "continue" is not allowed for `decision`; allowed: `keep`, `amend`, `terminate`, `gilt unverändert weiter`, `wird schriftlich geändert`, `wird beendet`, `null`',
    ]);
  });
});
