// Unexpected internal errors: one line that asks for a bug report, exit 2, the
// stack only with --debug. Faults are injected from outside the product: an
// output stream that fails and a module replaced with vi.mock, in this
// process. Faults that escape every promise chain, and a reader that goes
// away, need the real command: test/e2e/internal-error.test.ts.

import { afterAll, describe, expect, it, vi } from 'vitest';
import { minimalAgreement } from '../helpers/cli.js';
import { BUG_REPORT, removeTempDirs, STACK_FRAME, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const checkFile = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/check/engine.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/check/engine.js')>();
  return {
    ...engine,
    checkFile: async (...args: Parameters<typeof engine.checkFile>) => {
      if (checkFile.fail) {
        const rules: Array<{ id: string }> | undefined = undefined;
        return rules!.map((r) => r.id); // TypeError, as a real bug would throw it
      }
      return engine.checkFile(...args);
    },
  };
});

const { main } = await import('../../src/cli/main.js');

function sink() {
  let text = '';
  return { write: (s: string | Uint8Array) => ((text += String(s)), true), get text() { return text; } };
}

async function run(argv: string[], stdout: { write(s: string | Uint8Array): unknown } = sink()) {
  const stderr = sink();
  const cwd = tempDir({ 'a.yaml': minimalAgreement });
  const code = await main({ argv, stdout, stderr, cwd, env: { LANG: 'C.UTF-8' }, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0) });
  return { code, stderr: stderr.text };
}

describe('in-process', () => {
  const failingStdout = {
    write() {
      throw new TypeError("Cannot read properties of null (reading 'write')");
    },
  };

  it('a failing output stream: one line, exit 2, no stack', async () => {
    const r = await run(['check', 'a.yaml'], failingStdout);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(BUG_REPORT);
    expect(r.stderr).toContain("Cannot read properties of null (reading 'write')");
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('the stack with --debug', async () => {
    const r = await run(['check', 'a.yaml', '--debug'], failingStdout);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(BUG_REPORT);
    expect(r.stderr).toMatch(STACK_FRAME);
  });

  it('a bug inside a module (replaced with vi.mock): one line, exit 2; the stack only with --debug', async () => {
    checkFile.fail = true;
    try {
      const plain = await run(['check', 'a.yaml']);
      expect(plain.code).toBe(2);
      expect(plain.stderr).toMatch(BUG_REPORT);
      expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
      const debug = await run(['check', 'a.yaml', '--debug']);
      expect(debug.code).toBe(2);
      expect(debug.stderr).toMatch(STACK_FRAME);
      const german = await run(['check', 'a.yaml', '--lang', 'de']);
      expect(german.stderr).toMatch(/^agree: agree ist auf einen unerwarteten internen Fehler gestoßen: .*Bitte melden Sie ihn als Fehler/);
    } finally {
      checkFile.fail = false;
    }
  });
});
