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
const out = join(root, 'dist', 'validators');
mkdirSync(out, { recursive: true });

for (const name of ['agreement', 'review-results']) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: false, optimize: true } });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  writeFileSync(join(out, `${name}.cjs`), standaloneCode.default(ajv, validate));
}
