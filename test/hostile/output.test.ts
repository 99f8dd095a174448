// Output safety through the real CLI: ids cannot name paths, output locations
// that cannot take files end with exit 2 and a clear message, and a render
// batch killed half-way leaves only complete files behind.

import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agree, bin, minimalAgreement } from '../helpers/cli.js';
import { hasTool, loadPdf } from '../pdf/helpers.js';
import { expectNoCrash, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const withId = (id: string) => minimalAgreement.replace('id: test-kreis', `id: ${JSON.stringify(id)}`).replace('Kreis Test', `Kreis ${id.length > 40 ? 'Lang' : 'X'}`);

describe('ids cannot name paths', () => {
  const evil = ['../escape', '../../etc/cron.d/x', 'a/b', '/tmp/abs', '.hidden', 'a..b', 'x.pdf', 'Kreis', 'a\\b', 'a\nb', '', 'x'.repeat(65), '-rf', 'kreis ', 'ｋｒｅｉｓ'];
  it('refuses every id that is not [a-z0-9-] and writes nothing', () => {
    const files: Record<string, string> = {};
    evil.forEach((id, i) => (files[`in/d${i}.yaml`] = withId(id)));
    const dir = tempDir({ ...files, 'out/.keep': '' });
    const r = agree(['render', 'in', '--out', 'out', '--json'], { cwd: dir });
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

  it('exit 2 when --out is a file, is missing, or lies under a file', () => {
    const cases: Array<[string, RegExp]> = [
      ['a-file', /--out a-file is a file, not a directory/],
      ['missing', /output directory missing does not exist\. Create it \(mkdir -p missing\)/],
      ['a-file/sub', /--out a-file\/sub: a part of the path is a file, not a directory/],
    ];
    for (const [out, message] of cases) {
      const r = agree(['render', 'a.yaml', '--out', out], { cwd: dir });
      expectNoCrash(r, [2]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'a.yaml', 'b.yaml']);
  });

  // tests run as root, and chmod does not stop root: /sys refuses new files even to root
  it.runIf(process.platform === 'linux')('exit 2 when the directory does not take files', () => {
    const r = agree(['render', 'a.yaml', '--out', '/sys'], { cwd: dir });
    expectNoCrash(r, [2]);
    expect(r.stderr).toMatch(/^agree: (output directory \/sys is not writable|cannot write \/sys\/test-kreis\.pdf: permission denied \(EACCES\))/);
  });

  it('exit 2 when a directory stands where an output file should go, and no temporary file stays', () => {
    const here = tempDir({ 'a.yaml': minimalAgreement, 'out/test-kreis.pdf/keep': '' });
    const r = agree(['render', 'a.yaml', '--out', 'out'], { cwd: here });
    expectNoCrash(r, [2]);
    expect(r.stderr).toMatch(/^agree: cannot write \S*test-kreis\.pdf: a directory of that name is in the way \(EISDIR\)\n$/);
    expect(readdirSync(join(here, 'out'))).toEqual(['test-kreis.pdf']);
  });

  it('--out - takes exactly one document and one format', () => {
    const several = agree(['render', 'a.yaml', 'b.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expectNoCrash(several, [2]);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(/--out - writes one document to standard output; 2 were requested/);
    const both = agree(['render', 'a.yaml', '--out', '-'], { cwd: dir });
    expectNoCrash(both, [2]);
    expect(both.stdout).toBe('');
    const one = agree(['render', 'a.yaml', '--format', 'md', '--out', '-'], { cwd: dir });
    expectNoCrash(one, [0]);
    expect(one.stdout).toMatch(/^# /);
  });
});

describe('a render batch killed half-way', () => {
  const COUNT = 40;
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) files[`in/d${String(i).padStart(2, '0')}.yaml`] = withId(`kreis-${i}`);
  const dir = tempDir(files);
  // what every Markdown file must be: a render that was not interrupted
  mkdirSync(join(dir, 'expected'));
  const fresh = agree(['render', 'in', '--format', 'md', '--out', 'expected', '--today', '2026-02-01'], { cwd: dir });

  /** starts a batch and kills it with SIGKILL once `after` files are in the output directory */
  async function killAfter(after: number, out: string): Promise<void> {
    mkdirSync(join(dir, out));
    const child = spawn(process.execPath, [bin, 'render', 'in', '--out', out, '--jobs', '2', '--today', '2026-02-01'], {
      cwd: dir,
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const timer = setInterval(() => {
      if (readdirSync(join(dir, out)).length >= after) child.kill('SIGKILL');
    }, 1);
    const signal = await exited;
    clearInterval(timer);
    expect(signal, 'the batch finished before it could be killed').toBe('SIGKILL');
  }

  it.each([1, 9, 31])('leaves only complete files after SIGKILL at %i files', async (after) => {
    expect(fresh.code).toBe(0);
    const out = `out-${after}`;
    await killAfter(after, out);
    const names = readdirSync(join(dir, out));
    const outputs = names.filter((n) => !n.startsWith('.'));
    const temporary = names.filter((n) => n.startsWith('.'));
    expect(names.length).toBeGreaterThan(0);
    expect(outputs.length).toBeLessThan(2 * COUNT);
    // a kill between creating and renaming a temporary file can leave it: it is a
    // dot-file named after its output, never the output itself
    for (const t of temporary) expect(t).toMatch(/^\.kreis-\d+\.(pdf|md)\.\d+\.[0-9a-f]{8}\.tmp$/);
    for (const name of outputs) {
      expect(name).toMatch(/^kreis-\d+\.(pdf|md)$/);
      const data = readFileSync(join(dir, out, name));
      if (name.endsWith('.md')) {
        expect(data.toString('utf8'), name).toBe(readFileSync(join(dir, 'expected', name), 'utf8'));
      } else {
        expect(data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(data.toString('latin1').trimEnd().endsWith('%%EOF'), name).toBe(true);
        const pdf = await loadPdf(data);
        expect(pdf.text, name).toContain('Vermittlung in Sprachkurse');
        expect(pdf.pages[0]!.footer.join(' '), name).toContain('Kreis X');
        expect(pdf.fields['dw.signature']?.[0]?.type).toBe('signature');
        if (hasTool('qpdf')) {
          const q = spawnSync('qpdf', ['--check', join(dir, out, name)], { encoding: 'utf8' });
          expect(q.status, q.stdout + q.stderr).toBe(0);
        }
      }
    }
  });
});

describe('resources', () => {
  // every render worker is a Node isolate: --jobs 300 used to start 300 of them and die
  // ("Fatal process OOM"); workers are now limited by cores and documents
  it.runIf(process.platform === 'linux')('a huge --jobs does not exhaust memory', () => {
    const dir = tempDir({ 'a.yaml': minimalAgreement, 'b.yaml': withId('zweiter-kreis'), 'out/.keep': '' });
    const r = spawnSync('sh', ['-c', `ulimit -v 4000000 && exec "${process.execPath}" "${bin}" render a.yaml b.yaml --out out --jobs 300 -q`], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    expectNoCrash({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, [0]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'test-kreis.md', 'test-kreis.pdf', 'zweiter-kreis.md', 'zweiter-kreis.pdf']);
  });
});

describe('write-time checks', () => {
  it.runIf(process.platform !== 'win32')('replaces a symbolic link in the output directory instead of writing through it', () => {
    const dir = tempDir({ 'a.yaml': minimalAgreement, 'outside.txt': 'keep me', 'out/.keep': '' });
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'out', 'test-kreis.md'));
    const r = agree(['render', 'a.yaml', '--out', 'out'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(join(dir, 'out', 'test-kreis.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'out', 'test-kreis.md'), 'utf8')).toMatch(/^# /);
  });

  it('writes nothing but the documents it was asked for', () => {
    const dir = tempDir({ 'a.yaml': minimalAgreement, 'out/.keep': '' });
    writeFileSync(join(dir, 'out', 'test-kreis.md'), 'old');
    const r = agree(['render', 'a.yaml', '--out', 'out'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'test-kreis.md', 'test-kreis.pdf']);
    expect(readFileSync(join(dir, 'out', 'test-kreis.md'), 'utf8')).not.toBe('old');
  });
});
