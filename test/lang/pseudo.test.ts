// The pseudo-language pack runs the whole CLI: every word people see comes
// from a language pack (test/lang/pseudo.ts wraps every word of the English
// pack in ⟦…⟧). Text outside ⟦…⟧ is a hard-coded string — or a name from the
// input, a command name, a flag or a rule id, which are listed as allowed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPack } from '../../src/lang/index.js';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';
import { PSEUDO, pseudoPack, unwrapped } from './pseudo.js';

let unregister: () => void;
beforeAll(() => {
  unregister = registerPack(pseudoPack());
});
afterAll(() => unregister());

const COMMANDS = ['init', 'check', 'render', 'review', 'overview', 'sign', 'verify', 'extract', 'diff', 'amend'];

/** rule findings (a misspelt reference, an unknown key), schema findings and a YAML error */
const ruleBroken = minimalAgreement.replace('by: mbe', 'by: mbee').replace('    shortName: DW\n', '    shortName: DW\n    adress: x\n');
const schemaBroken = minimalAgreement.replace('    address: { street: Marktplatz 2', '    adress: { street: Marktplatz 2').replace('kind: agreement', 'kind: vertrag');
const yamlBroken = minimalAgreement.replace('district: Kreis Test', 'district: "Kreis Test');
const results = 'agreement: test-kreis\ntasks:\n  gibtsnicht: { status: fulfilled }\nindicators:\n  - { goal: 0, indicator: x, value: 1 }\n';
const changed = minimalAgreement.replace('      - Erstberatung\n', '      - Erstberatung\n      - Klärung des Unterstützungsbedarfs\n');

const cases: Array<{ name: string; args: string[]; files?: Record<string, string> }> = [
  { name: 'help', args: ['--help'] },
  ...COMMANDS.map((c) => ({ name: `${c} help`, args: [c, '--help'] })),
  { name: 'no command', args: [] },
  { name: 'unknown option', args: ['check', '--frobnicate', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'bad choice', args: ['check', '--format', 'xml', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'unknown command', args: ['chek', 'a.yaml'] },
  { name: 'missing value', args: ['check', 'a.yaml', '--today'] },
  { name: 'too many arguments', args: ['init', 'x.yaml', 'y.yaml'] },
  { name: 'missing file', args: ['check', 'nope.yaml'] },
  { name: 'rule findings', args: ['check', 'a.yaml', '--today', '2026-06-01'], files: { 'a.yaml': ruleBroken } },
  { name: 'schema findings', args: ['check', 'a.yaml', '--today', '2026-06-01'], files: { 'a.yaml': schemaBroken } },
  { name: 'YAML error', args: ['check', 'a.yaml'], files: { 'a.yaml': yamlBroken } },
  { name: 'template error', args: ['render', 'a.yaml', '--template', 't.hbs', '--format', 'md', '--out', '-'], files: { 'a.yaml': minimalAgreement, 't.hbs': '{{distrct}}\n{{#each partners}}' } },
  { name: 'render', args: ['render', 'a.yaml', '--out', '.'], files: { 'a.yaml': minimalAgreement } },
  { name: 'review due', args: ['review', 'a.yaml', '--due', '--today', '2027-06-01'], files: { 'a.yaml': minimalAgreement } },
  { name: 'review results with findings', args: ['review', 'a.yaml', '--results', 'r.yaml'], files: { 'a.yaml': minimalAgreement, 'r.yaml': results } },
  { name: 'diff', args: ['diff', 'a.yaml', 'b.yaml', '--today', '2026-06-01'], files: { 'a.yaml': minimalAgreement, 'b.yaml': changed } },
  { name: 'amend', args: ['amend', 'a.yaml', 'b.yaml', '--format', 'md', '--date', '2026-06-01', '--today', '2026-06-01'], files: { 'a.yaml': minimalAgreement, 'b.yaml': changed } },
  { name: 'overview', args: ['overview', 'a.yaml', '--today', '2026-06-01', '--out', 'o.html'], files: { 'a.yaml': minimalAgreement } },
  { name: 'verify an unsigned PDF', args: ['verify', 'a.pdf'], files: { 'a.pdf': '%PDF-1.7\n' } },
];

/** names from the input and the command line (a derived task id: `klaerung`), which stay as they are in every language */
const NAMES = ['agree', 'help', ...COMMANDS, 'schema', 'yaml-syntax', 'test-kreis', 'Kreis Test', 'Erstberatung', 'Klärung des Unterstützungsbedarfs', 'klaerung', 'mbee', 'adress', 'vertrag', 'distrct', 'frobnicate', 'chek', 'xml', 'gibtsnicht', 'DW', 'MBE', 'JC'];

describe('the CLI in the pseudo-language', () => {
  for (const c of cases) {
    it(`${c.name}: no text outside the language packs`, async () => {
      const r = await run([...c.args, '--lang', PSEUDO], { cwd: workspace(c.files ?? {}) });
      const shown = `${r.stdout}\n${r.stderr}`;
      expect(shown).toContain('⟦');
      expect(unwrapped(shown, NAMES)).toEqual([]);
    });
  }
});
