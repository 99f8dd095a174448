// The pseudo-language pack runs the whole CLI: every word people see comes
// from a language pack. A line with text outside ⟦…⟧ names a hard-coded
// string (or a name of the input, listed as allowed).

import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { registerPack } from '../../src/lang/index.js';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';
import { pseudoPack, PSEUDO, unwrapped } from './pseudo.js';

let unregister: () => void;
beforeAll(() => {
  unregister = registerPack(pseudoPack());
});
afterAll(() => unregister());

const broken = minimalAgreement.replace('by: mbe', 'by: mbee').replace('    shortName: DW\n', '    shortName: DW\n    adress: x\n');

const cases: Array<{ name: string; args: string[]; files?: Record<string, string> }> = [
  { name: 'help', args: ['--help'] },
  { name: 'check help', args: ['check', '--help'] },
  { name: 'render help', args: ['render', '--help'] },
  { name: 'review help', args: ['review', '--help'] },
  { name: 'init help', args: ['init', '--help'] },
  { name: 'check with findings', args: ['check', 'a.yaml'], files: { 'a.yaml': broken } },
  { name: 'check json', args: ['check', 'a.yaml', '--format', 'json'], files: { 'a.yaml': broken } },
  { name: 'render', args: ['render', 'a.yaml', '--out', '.'], files: { 'a.yaml': minimalAgreement } },
  { name: 'review due', args: ['review', 'a.yaml', '--due', '--today', '2027-06-01'], files: { 'a.yaml': minimalAgreement } },
  { name: 'unknown option', args: ['check', '--frobnicate', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'bad choice', args: ['check', '--format', 'xml', 'a.yaml'], files: { 'a.yaml': minimalAgreement } },
  { name: 'missing file', args: ['check', 'nope.yaml'] },
];

describe('the CLI in the pseudo-language', () => {
  for (const c of cases) {
    it(`${c.name}: no text outside the language packs`, async () => {
      const dir = workspace(c.files ?? {});
      const r = await run([...c.args, '--lang', PSEUDO], { cwd: dir });
      const shown = `${r.stdout}\n${r.stderr}`;
      expect(unwrapped(shown, ['agree', 'test-kreis', 'Kreis Test', 'Erstberatung', 'mbee', 'adress', 'DW', 'MBE', 'JC'])).toEqual([]);
    });
  }
});
