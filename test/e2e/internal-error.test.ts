// Unexpected internal errors through the built command (bin/agree.cjs): a
// fault that escapes every promise chain — an exception in a callback, a
// rejection nobody awaited — and a formatter fault still end as one line
// asking for a bug report and exit 2, the stack only with --debug; a reader
// that goes away (`| head`) ends the output quietly. Faults are injected by a
// preloaded script (test/hostile/fixtures/fault-hook.mjs), without a test hook
// in the product. The in-process cases are in test/hostile/internal-error.test.ts.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agree, bin, minimalAgreement, root } from '../helpers/cli.js';
import { BUG_REPORT, removeTempDirs, STACK_FRAME, tempDir } from '../hostile/helpers.js';

afterAll(removeTempDirs);

describe('through the real command', () => {
  const hook = join(root, 'test', 'hostile', 'fixtures', 'fault-hook.mjs');
  const dir = tempDir({ 'a.yaml': minimalAgreement });
  const faulty = (fault: string, args: string[]) =>
    agree(args, { cwd: dir, env: { NODE_OPTIONS: `--import=${hook}`, AGREE_FAULT: fault } });

  it.each([
    ['formatter', ['check', '--format', 'json', 'a.yaml']],
    ['async', ['check', 'a.yaml']],
    ['rejection', ['check', 'a.yaml']],
  ])('%s fault: one line asking for a bug report, exit 2', (fault, args) => {
    const r = faulty(fault, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(BUG_REPORT);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const debug = faulty(fault, [...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(BUG_REPORT);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  it('a reader that goes away (| head) ends the output quietly', () => {
    const many = tempDir({ 'many.yaml': Array.from({ length: 20_000 }, (_, i) => `key${i}: v\n`).join('') });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check --format json many.yaml | head -c 100 > /dev/null`], {
      cwd: many,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
    });
    expect(r.stderr).toBe('');
  });
});
