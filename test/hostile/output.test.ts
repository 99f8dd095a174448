// Output safety through the CLI (main() from src/): ids cannot name paths,
// output locations that cannot take files end with exit 2 and a clear message,
// symbolic links are replaced, not written through. A render batch killed
// half-way and a huge --jobs need a process of their own: test/e2e/output.test.ts.

import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalAgreement, run } from '../helpers/cli.js';
import { expectNoCrash, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const withId = (id: string) => minimalAgreement.replace('id: test-kreis', `id: ${JSON.stringify(id)}`).replace('Kreis Test', `Kreis ${id.length > 40 ? 'Lang' : 'X'}`);

describe('ids cannot name paths', () => {
  const evil = ['../escape', '../../etc/cron.d/x', 'a/b', '/tmp/abs', '.hidden', 'a..b', 'x.pdf', 'Kreis', 'a\\b', 'a\nb', '', 'x'.repeat(65), '-rf', 'kreis ', 'ｋｒｅｉｓ'];
  it('refuses every id that is not [a-z0-9-] and writes nothing', async () => {
    const files: Record<string, string> = {};
    evil.forEach((id, i) => (files[`in/d${i}.yaml`] = withId(id)));
    const dir = tempDir({ ...files, 'out/.keep': '' });
    const r = await run(['render', 'in', '--out', 'out', '--json'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.summary).toMatchObject({ inputs: evil.length, rendered: 0, failed: evil.length });
    for (const f of summary.failures) expect(f.diagnostics.map((d: { ruleId: string; pointer: string }) => `${d.ruleId} ${d.pointer}`)).toContain('schema /id');
    expect(readdirSync(join(dir, 'out'))).toEqual(['.keep']);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
  });
});

describe('where the output goes', () => {
  const dir = tempDir({ 'a.yaml': minimalAgreement, 'b.yaml': withId('zweiter-kreis'), 'a-file': 'x' });

  it('exit 2 when --out is a file, is missing, or lies under a file', async () => {
    const cases: Array<[string, RegExp]> = [
      ['a-file', /--out a-file is a file, not a directory/],
      ['missing', /output directory missing does not exist\. Create it \(mkdir -p missing\)/],
      ['a-file/sub', /--out a-file\/sub: a part of the path is a file, not a directory/],
    ];
    for (const [out, message] of cases) {
      const r = await run(['render', 'a.yaml', '--out', out], { cwd: dir });
      expectNoCrash(r, [2]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'a.yaml', 'b.yaml']);
  });

  // tests run as root, and chmod does not stop root: /sys refuses new files even to root
  it.runIf(process.platform === 'linux')('exit 2 when the directory does not take files', async () => {
    const r = await run(['render', 'a.yaml', '--out', '/sys'], { cwd: dir });
    expectNoCrash(r, [2]);
    expect(r.stderr).toMatch(/^agree: (output directory \/sys is not writable|cannot write \/sys\/test-kreis\.pdf: permission denied \(EACCES\))/);
  });

  it('exit 2 when a directory stands where an output file should go, and no temporary file stays', async () => {
    const here = tempDir({ 'a.yaml': minimalAgreement, 'out/test-kreis.pdf/keep': '' });
    const r = await run(['render', 'a.yaml', '--out', 'out'], { cwd: here });
    expectNoCrash(r, [2]);
    expect(r.stderr).toMatch(/^agree: cannot write \S*test-kreis\.pdf: a directory of that name is in the way \(EISDIR\)\n$/);
    expect(readdirSync(join(here, 'out'))).toEqual(['test-kreis.pdf']);
  });

  it('--out - takes exactly one document and one format', async () => {
    const several = await run(['render', 'a.yaml', 'b.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expectNoCrash(several, [2]);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(/--out - writes one document to standard output; 2 were requested/);
    const both = await run(['render', 'a.yaml', '--out', '-'], { cwd: dir });
    expectNoCrash(both, [2]);
    expect(both.stdout).toBe('');
    const one = await run(['render', 'a.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expectNoCrash(one, [0]);
    expect(one.stdout).toMatch(/^# /);
  });
});

describe('write-time checks', () => {
  it.runIf(process.platform !== 'win32')('replaces a symbolic link in the output directory instead of writing through it', async () => {
    const dir = tempDir({ 'a.yaml': minimalAgreement, 'outside.txt': 'keep me', 'out/.keep': '' });
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'out', 'test-kreis.md'));
    const r = await run(['render', 'a.yaml', '--out', 'out'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(join(dir, 'out', 'test-kreis.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'out', 'test-kreis.md'), 'utf8')).toMatch(/^# /);
  });

  it('writes nothing but the documents it was asked for', async () => {
    const dir = tempDir({ 'a.yaml': minimalAgreement, 'out/.keep': '' });
    writeFileSync(join(dir, 'out', 'test-kreis.md'), 'old');
    const r = await run(['render', 'a.yaml', '--out', 'out'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'test-kreis.md', 'test-kreis.pdf']);
    expect(readFileSync(join(dir, 'out', 'test-kreis.md'), 'utf8')).not.toBe('old');
  });
});
