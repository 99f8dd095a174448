// Limits that must hold in a small V8 heap, so they run the built command
// (bin/agree.cjs) in a process of its own with NODE_OPTIONS=--max-old-space-size:
// an input over the limit is refused before it is read, an endless device is
// read only up to the limit, aliases are never expanded, deep nesting ends
// without a stack overflow. The same inputs without the heap limit are in
// test/hostile/limits.test.ts.

import { afterAll, describe, expect, it } from 'vitest';
import { agree, minimalAgreement } from '../helpers/cli.js';
import { parseYaml } from '../../src/model/source.js';
import { checkArgs, expectOneError, fastest, LAUGHS, removeTempDirs, tempDir, withFindings } from '../hostile/helpers.js';

afterAll(removeTempDirs);

/** `agree check --format json` on files in `dir`, by the built command; the findings of the first file */
function check(dir: string, file: string, options: { env?: Record<string, string>; input?: Buffer | string } = {}) {
  return withFindings(agree(checkArgs(file), { cwd: dir, ...options }));
}

/** a V8 heap this small cannot hold an expanded billion-laughs tree or a 5 MB file parsed */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=24' };

describe('size limits', () => {
  it('refuses a file over 5 MB before reading it', () => {
    const dir = tempDir({ 'big.yaml': `purpose: ${'x'.repeat(6 * 1024 * 1024)}\n` });
    const r = check(dir, 'big.yaml', { env: SMALL_HEAP });
    expectOneError(r, /file is 6\.0 MB; agree reads at most 5 MB/, 0);
  });

  it.runIf(process.platform === 'linux')('reads an endless device only up to the limit', () => {
    const r = check('/', '/dev/zero', { env: SMALL_HEAP });
    expectOneError(r, /input is larger than 5 MB/, 0);
  });
});

describe('YAML aliases', () => {
  it('ends a billion-laughs file fast and with little memory', () => {
    const dir = tempDir({ 'laughs.yaml': LAUGHS });
    const r = check(dir, 'laughs.yaml', { env: { NODE_OPTIONS: '--max-old-space-size=16' } });
    const e = expectOneError(r, /too many values after expanding YAML aliases/);
    expect(e.line).toBeGreaterThan(1);
    // sizes are computed per anchor, nothing is expanded: milliseconds, not a second
    expect(fastest(() => parseYaml('laughs.yaml', LAUGHS))).toBeLessThan(250);
  });
});

describe('nesting', () => {
  const cases: Record<string, string> = {
    'flow.yaml': `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    'block.yaml': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:\n`).join(''),
    'sequence.yaml': `${'- '.repeat(100_000)}x\n`,
    'mapping.yaml': `${'{a: '.repeat(50_000)}x${'}'.repeat(50_000)}\n`,
  };
  it.each(Object.keys(cases))('rejects deeply nested %s without a stack overflow', (name) => {
    const dir = tempDir({ [name]: cases[name]! });
    expectOneError(check(dir, name, { env: SMALL_HEAP }), /nested too deeply \(more than 64 levels\)/);
    expect(fastest(() => parseYaml(name, cases[name]!))).toBeLessThan(250);
  });
});

describe('extends', () => {
  const child = (base: string) => minimalAgreement.replace('schemaVersion: 1\n', `schemaVersion: 1\nextends: ${base}\n`);

  it.runIf(process.platform === 'linux')('reads an endless device named as base file only up to the limit', () => {
    const dir = tempDir({ 'zero.yaml': child('/dev/zero') });
    expectOneError(check(dir, 'zero.yaml', { env: SMALL_HEAP }), /base file \/dev\/zero: input is larger than 5 MB/, 2);
  });
});
