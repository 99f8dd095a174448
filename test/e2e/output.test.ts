// Output safety that needs the built command in a process of its own: a
// render batch killed with SIGKILL half-way leaves only complete files behind,
// and a huge --jobs under a virtual-memory limit does not exhaust memory. The
// rest of the output checks run in-process: test/hostile/output.test.ts.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree, bin, minimalAgreement, type CliResult } from '../helpers/cli.js';
import { hasTool, loadPdf } from '../pdf/helpers.js';
import { expectNoCrash, removeTempDirs, tempDir } from '../hostile/helpers.js';

afterAll(removeTempDirs);

const withId = (id: string) => minimalAgreement.replace('id: test-kreis', `id: ${JSON.stringify(id)}`).replace('Kreis Test', `Kreis ${id.length > 40 ? 'Lang' : 'X'}`);

describe('a render batch killed half-way', () => {
  const COUNT = 40;
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) files[`in/d${String(i).padStart(2, '0')}.yaml`] = withId(`kreis-${i}`);
  const dir = tempDir(files);
  // what every Markdown file must be: a render that was not interrupted
  let fresh: CliResult;
  beforeAll(() => {
    mkdirSync(join(dir, 'expected'));
    fresh = agree(['render', 'in', '--format', 'md', '--out', 'expected', '--today', '2026-02-01'], { cwd: dir });
  });

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

