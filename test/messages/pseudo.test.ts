// What this branch moved into the language packs, run with the pseudo-language
// (every word of the English pack wrapped in ⟦…⟧, test/lang/pseudo.ts): the
// help of every command with commander's frame, commander's errors, schema
// findings, YAML errors and template errors. Text outside ⟦…⟧ would be a word
// that is not in a pack. (The rules' messages are still being moved; the CLI
// test over everything, test/lang/pseudo.test.ts, comes back with them.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPack } from '../../src/lang/index.js';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';
import { PSEUDO, pseudoPack, unwrapped } from '../lang/pseudo.js';

let unregister: () => void;
beforeAll(() => {
  unregister = registerPack(pseudoPack());
});
afterAll(() => unregister());

const schemaBroken = minimalAgreement.replace('    address: { street: Marktplatz 2', '    adress: { street: Marktplatz 2').replace('kind: agreement', 'kind: vertrag');
const yamlBroken = minimalAgreement.replace('district: Kreis Test', 'district: "Kreis Test');

const cases: Array<{ name: string; args: string[]; files?: Record<string, string> }> = [
  { name: 'help', args: ['--help'] },
  ...['init', 'check', 'render', 'review', 'overview', 'sign', 'verify', 'extract'].map((c) => ({ name: `${c} help`, args: [c, '--help'] })),
  { name: 'no command', args: [] },
  { name: 'unknown option', args: ['check', '--frobnicate', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'bad choice', args: ['check', '--format', 'xml', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'unknown command', args: ['chek', 'a.yaml'] },
  { name: 'missing value', args: ['check', 'a.yaml', '--today'] },
  { name: 'too many arguments', args: ['init', 'x.yaml', 'y.yaml'] },
  { name: 'schema findings', args: ['check', 'a.yaml', '--today', '2026-06-01'], files: { 'a.yaml': schemaBroken } },
  { name: 'YAML error', args: ['check', 'a.yaml'], files: { 'a.yaml': yamlBroken } },
  { name: 'template error', args: ['render', 'a.yaml', '--template', 't.hbs', '--format', 'md', '--out', '-'], files: { 'a.yaml': minimalAgreement, 't.hbs': '{{distrct}}\n{{#each partners}}' } },
];

describe('this branch’s words in the pseudo-language', () => {
  for (const c of cases) {
    it(`${c.name}: no text outside the language packs`, async () => {
      const r = await run([...c.args, '--lang', PSEUDO], { cwd: workspace(c.files ?? {}) });
      const shown = `${r.stdout}\n${r.stderr}`;
      expect(shown).toContain('⟦');
      // command names and rule ids are names, like option flags
      const names = ['agree', 'help', 'init', 'check', 'render', 'review', 'overview', 'sign', 'verify', 'extract'];
      expect(unwrapped(shown, [...names, 'schema', 'yaml-syntax', 'adress', 'vertrag', 'distrct', 'frobnicate', 'chek', 'xml', 'JC', 'Kreis Test'])).toEqual([]);
    });
  }
});
