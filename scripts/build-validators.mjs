// Compiles the JSON Schemas into standalone validators at build time, so that
// `agree check` does not pay for schema compilation at start-up. The output is
// CommonJS because ajv's standalone code requires runtime helpers
// (ucs2length for string lengths, ajv-formats for formats).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Keywords that only editors read (yaml-language-server, VS Code): help texts,
// completion snippets and messages. Declared as a vocabulary so that ajv's strict
// mode knows them instead of rejecting the schema. Same list as editorKeywords in
// src/check/schema.ts (this script runs before tsc and cannot import it).
const editorKeywords = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'patternErrorMessage',
  'errorMessage',
  'doNotSuggest',
];
const out = join(root, 'dist', 'validators');
mkdirSync(out, { recursive: true });

for (const name of ['agreement', 'review-results']) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
  // allowUnionTypes: a measured indicator value is a number or a text (type: [string, number, null])
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, esm: false, optimize: true } });
  addFormats.default(ajv);
  ajv.addVocabulary(editorKeywords);
  const validate = ajv.compile(schema);
  writeFileSync(join(out, `${name}.cjs`), standaloneCode.default(ajv, validate));
}
