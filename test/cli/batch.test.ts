// Many districts at once: globs and directories expanded by agree itself, base
// files skipped, one broken document never stopping the others, --fail-fast,
// duplicate ids, --jobs, the JSON summary and the progress bar.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';

// The render pool caps each worker's heap at 160 MB; a document too big for
// that takes several MB of text and some 20 s to render. While `heap.limitMb`
// is set, workers get that smaller cap instead, so a document of a few hundred
// KB shows the same fallback quickly. Workers still run the real bundle.
const heap = vi.hoisted(() => ({ limitMb: 0, outOfMemory: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class Worker extends threads.Worker {
    constructor(file: string | URL, options: import('node:worker_threads').WorkerOptions = {}) {
      super(file, heap.limitMb ? { ...options, resourceLimits: { ...options.resourceLimits, maxOldGenerationSizeMb: heap.limitMb } } : options);
      this.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') heap.outOfMemory++;
      });
    }
  }
  return { ...threads, default: { ...threads, Worker }, Worker };
});

const district = (id: string) => minimalAgreement.replace('id: test-kreis', `id: ${id}`).replace('Kreis Test', `Kreis ${id}`);
const broken = (id: string) => district(id).replace('by: mbe', 'by: nobody');

function batchDir() {
  return workspace({
    'districts/base.yaml': 'schemaVersion: 1\nkind: agreement\nreview: { intervalMonths: 12, owner: dw }\n',
    'districts/a.yaml': 'extends: base.yaml\n' + district('kreis-a').replace(/^review: .*\n/m, ''),
    'districts/b.yaml': broken('kreis-b'),
    'districts/sub/c.yml': district('kreis-c'),
    'districts/notes.txt': 'not yaml',
    'out/.keep': '',
  });
}

describe('batch runs', () => {
  it('expands a directory, skips base files, renders the good documents and exits 1 for the broken one', async () => {
    const dir = batchDir();
    const r = await run(['render', 'districts', '--out', 'out', '--format', 'md', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.inputs).toEqual(['districts/a.yaml', 'districts/b.yaml', 'districts/sub/c.yml']);
    expect(summary.summary).toEqual({ inputs: 3, rendered: 2, failed: 1, notProcessed: 0, files: 2, bytes: expect.any(Number) });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ file: 'districts/b.yaml', id: 'kreis-b', reason: 'errors' });
    expect(summary.failures[0].diagnostics.find((d: { severity: string }) => d.severity === 'error')).toMatchObject({ ruleId: 'unknown-reference', file: 'districts/b.yaml', line: 25 });
    expect(summary.outputs.map((o: { id: string }) => o.id)).toEqual(['kreis-a', 'kreis-c']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'kreis-a.md', 'kreis-c.md']);
    expect(r.stderr).toMatch(/Rendered 2 of 3 documents \(2 files written to out\); 1 not rendered\./);
  });

  it('expands quoted globs itself', async () => {
    const dir = batchDir();
    const r = await run(['check', 'districts/*.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['districts/a.yaml', 'districts/b.yaml']);
    const deep = await run(['check', 'districts/**/*.y*ml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(deep.stdout).results.map((x: { file: string }) => x.file)).toEqual(['districts/a.yaml', 'districts/b.yaml', 'districts/sub/c.yml']);
    const none = await run(['check', 'districts/*.json'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No files match districts/*.json');
  });

  it('says a base file given by name is one, checked through the files that extend it', async () => {
    const r = await run(['check', 'districts/base.yaml', '--format', 'json'], { cwd: batchDir() });
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout).results;
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'base-file', severity: 'info' })]);
    expect(result.diagnostics[0].message).toMatch(/^districts\/base\.yaml is a base file: .* extend it\. A base file is checked through the files that extend it: agree check districts\//);
  });

  it('stops at the first broken document with --fail-fast', async () => {
    const dir = batchDir();
    const r = await run(['render', 'districts', '--out', 'out', '--format', 'md', '--json', '--fail-fast', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ rendered: 1, failed: 1, notProcessed: 1 });
    expect(r.stderr).toContain('Stopped after the first document with errors (--fail-fast); 1 not processed.');
    const c = await run(['check', 'districts', '--fail-fast', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(c.stdout).results).toHaveLength(2);
  });

  it('reports duplicate ids in one check run as errors', async () => {
    const dir = workspace({ 'one.yaml': district('same'), 'two.yaml': district('same') });
    const r = await run(['check', 'one.yaml', 'two.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [first, second] = JSON.parse(r.stdout).results;
    expect(first.errorCount).toBe(0);
    expect(second.diagnostics[0]).toMatchObject({ ruleId: 'duplicate-id', file: 'two.yaml', line: 2, column: 5 });
    expect(second.diagnostics[0].message).toContain('one.yaml');
  });

  it('shows a progress bar on a terminal, and none when not a terminal or with --quiet', async () => {
    const run = async (isTTY: boolean, extra: string[] = []) => {
      let err = '';
      const stderr = { isTTY, columns: 100, write: (s: string | Uint8Array) => ((err += String(s)), true) };
      const stdout = { isTTY: false, write: () => true };
      const code = await main({ argv: ['check', 'examples', ...extra], cwd: root, stdout, stderr, env: { LANG: 'C' } });
      return { code, err };
    };
    const tty = await run(true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\r\[#+\.*\] \d+\/7 [\d.]+\/s examples\//);
    expect(tty.err).toMatch(/\r\u001b\[K$/);
    expect((await run(false)).err).not.toContain('\r');
    expect((await run(true, ['--quiet'])).err).not.toContain('\r');
  });
});

describe('batch runs in parallel', () => {
  it('keeps the first document of an id in input order, even when a later one finishes first', async () => {
    const tasks = Array.from({ length: 300 }, (_, i) => `      - Aufgabe Nummer ${i + 1} der Migrationsberatung`).join('\n');
    const slow = district('same').replace('      - Erstberatung', tasks).replace('Kreis same', 'Kreis Langsam');
    const fast = district('same').replace('Kreis same', 'Kreis Schnell');
    const dir = workspace({ 'a-slow.yaml': slow, 'b-fast.yaml': fast, 'out/.keep': '' });
    const r = await run(['render', 'a-slow.yaml', 'b-fast.yaml', '--out', 'out', '--jobs', '2', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.failures).toEqual([expect.objectContaining({ file: 'b-fast.yaml', reason: 'duplicate-id' })]);
    expect(summary.failures[0].diagnostics.at(-1)).toMatchObject({ ruleId: 'duplicate-id', file: 'b-fast.yaml', line: 2, column: 5 });
    expect(summary.outputs.map((o: { file: string }) => o.file)).toEqual(['a-slow.yaml', 'a-slow.yaml']);
    expect(readFileSync(join(dir, 'out', 'same.md'), 'utf8')).toContain('Aufgabe Nummer 300 der Migrationsberatung');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'same.md', 'same.pdf']);
  });
});

describe('batch runs with very large documents', () => {
  it('renders a document too big for a worker heap in the main thread instead of failing', async () => {
    heap.limitMb = 24;
    heap.outOfMemory = 0;
    onTestFinished(() => void (heap.limitMb = 0));
    const purpose = 'Die Kooperation dient der Integration zugewanderter Menschen. '.repeat(12_000);
    const huge = district('huge').replace(/^purpose: .*$/m, `purpose: "${purpose}"`);
    const dir = workspace({ 'huge.yaml': huge, 'small.yaml': district('small'), 'out/.keep': '' });
    const r = await run(['render', 'huge.yaml', 'small.yaml', '--out', 'out', '--jobs', '2', '--json'], { cwd: dir });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ rendered: 2, failed: 0 });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.keep', 'huge.md', 'huge.pdf', 'small.md', 'small.pdf']);
    // the fallback really ran: one worker ran out of memory, on the big document only
    expect(heap.outOfMemory).toBe(1);
  });
});
