// Shared fixtures for the review tests: the examples, loaded and checked like
// the CLI does, and small agreements built from YAML text.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkFile } from '../../src/check/engine.js';
import type { Agreement } from '../../src/model/types.js';
import { minimalAgreement } from '../helpers/cli.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(root, 'test/review/fixtures');

export const EXAMPLES = [
  'examples/dithmarschen-2006.yaml',
  'examples/dithmarschen.yaml',
  'examples/nordfriesland.yaml',
  'examples/luebeck.yaml',
  'examples/districts/kiel.yaml',
  'examples/districts/flensburg.yaml',
  'examples/districts/pinneberg.yaml',
] as const;

/** an example, merged (extends) and checked: it must have no errors */
export async function example(file: string, today = '2026-11-26'): Promise<Agreement> {
  const checked = await checkFile(file, { cwd: root, lang: 'en', today });
  if (!checked.ok) throw new Error(`${file} has errors: ${checked.diagnostics.map((d) => d.message).join('; ')}`);
  return checked.agreement!;
}

/** the minimal test agreement with changes applied to the parsed YAML */
export function minimal(change: (doc: Agreement) => void = () => {}): Agreement {
  const doc = parse(minimalAgreement) as Agreement;
  change(doc);
  return doc;
}

export const read = (path: string) => readFileSync(join(root, path), 'utf8');
