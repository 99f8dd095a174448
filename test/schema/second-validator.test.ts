// A second, independent JSON Schema 2020-12 implementation (@hyperjump/json-schema,
// which treats `format` as an annotation, as the editor largely does) must give
// the verdict of agree check's schema step (ajv, precompiled) on every example,
// every file agree init writes, every results skeleton, the test fixtures and
// the broken variants. Dates and e-mail addresses are decided by patterns, so
// they come out the same without format assertion.
// It also shows what the editor sees: a file with `extends`, validated alone,
// is as valid as agree finds it after merging its base.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSchema, validate as hyperjump } from '@hyperjump/json-schema/draft-2020-12';
import { parse } from 'yaml';
import { validate as agreeSchemaStep } from '../../src/check/schema.js';
import { pack } from '../../src/lang/index.js';
import {
  agreementSchema,
  agreeValue,
  exampleDocuments,
  fixtureDocuments,
  initDocuments,
  removeScratch,
  resultsSchema,
  skeletonDocuments,
  variants,
  type SchemaKind,
  type TextDocument,
} from './documents.js';

const ids: Record<SchemaKind, string> = { agreement: '', results: '' };
const schemaStep = (kind: SchemaKind, value: unknown) => agreeSchemaStep(kind === 'agreement' ? 'agreement' : 'review-results', value);

beforeAll(() => {
  for (const [kind, path] of [['agreement', agreementSchema], ['results', resultsSchema]] as const) {
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { $id: string };
    registerSchema(schema);
    ids[kind] = schema.$id;
  }
});
afterAll(removeScratch);

async function secondVerdict(kind: SchemaKind, value: unknown): Promise<boolean> {
  // the instance is plain JSON data from the YAML loader
  return (await hyperjump(ids[kind], value as never)).valid;
}

let documents: TextDocument[] = [];
beforeAll(async () => {
  documents = [...exampleDocuments(), ...(await initDocuments()), ...(await skeletonDocuments()), ...fixtureDocuments()];
});

describe('a second JSON Schema implementation', () => {
  it('covers every example, init model and language, skeleton and fixture', () => {
    const names = documents.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['examples/districts/kiel.yaml', 'examples/luebeck.yaml', 'init blank --lang en', 'init luebeck --lang de']));
    expect(names.filter((n) => n.startsWith('init '))).toHaveLength(8);
    expect(names.filter((n) => n.startsWith('skeleton of '))).toHaveLength(exampleDocuments().length);
    expect(documents.length).toBeGreaterThanOrEqual(27);
  });

  it('finds valid what agree check finds valid: every real document', async () => {
    const verdicts: string[] = [];
    for (const doc of documents) {
      const value = await agreeValue(doc);
      const agree = schemaStep(doc.schema, value);
      verdicts.push(`${doc.name}: agree ${agree.length === 0 ? 'valid' : agree.map((i) => i.message(pack('en'))).join('; ')}, second ${(await secondVerdict(doc.schema, value)) ? 'valid' : 'invalid'}`);
    }
    // every one of them is meant to be valid
    expect(verdicts.filter((v) => !v.endsWith('agree valid, second valid'))).toEqual([]);
  });

  it.each(variants.map((v) => [v.name, v] as const))('gives the verdict of agree check on: %s', async (_name, variant) => {
    const value = await agreeValue(variant);
    const agree = schemaStep(variant.schema, value);
    expect(agree.length === 0, agree.map((i) => i.message(pack('en'))).join('; ')).toBe(variant.valid);
    expect(await secondVerdict(variant.schema, value)).toBe(variant.valid);
  });
});

describe('the schema as an editor sees it (file alone, no merge)', () => {
  it('finds every example valid on its own, also those that extend a base', async () => {
    const withExtends: string[] = [];
    for (const doc of exampleDocuments()) {
      const raw = parse(doc.text) as Record<string, unknown>;
      if ('extends' in raw) withExtends.push(doc.name);
      expect(await secondVerdict('agreement', raw), doc.name).toBe(true);
      expect(schemaStep('agreement', await agreeValue(doc)), doc.name).toEqual([]);
    }
    expect(withExtends).toEqual(['examples/districts/flensburg.yaml', 'examples/districts/kiel.yaml', 'examples/districts/pinneberg.yaml']);
  });

  it('asks a file with extends only for what it states itself', async () => {
    const child = { extends: 'base.yaml', id: 'ploen', review: { lastReview: '2026-02-30' } };
    expect(await secondVerdict('agreement', { extends: 'base.yaml', id: 'ploen' })).toBe(true);
    // what the file says is still checked: its own date and its own keys
    expect(await secondVerdict('agreement', child)).toBe(false);
    expect(await secondVerdict('agreement', { extends: 'base.yaml', distrct: 'Plön' })).toBe(false);
    // without extends the same file is incomplete
    expect(await secondVerdict('agreement', { id: 'ploen' })).toBe(false);
  });
});
