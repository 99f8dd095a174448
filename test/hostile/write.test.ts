// The write-time checks of src/io/write.ts on their own: file names built from
// ids, an output directory the system refuses (which root cannot provoke with
// chmod, so the refusal is injected), and no temporary file left after a
// failed write.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ access: null as string | null, rename: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...fs,
    access: async (...args: Parameters<typeof fs.access>) => {
      if (failures.access) throw fail(failures.access);
      return fs.access(...args);
    },
    rename: async (...args: Parameters<typeof fs.rename>) => {
      if (failures.rename) throw fail(failures.rename);
      return fs.rename(...args);
    },
  };
});

const { ensureOutputDir, safeFileName, writeFileAtomic } = await import('../../src/io/write.js');
const { EnvironmentError, UsageError } = await import('../../src/errors.js');

const dir = mkdtempSync(join(tmpdir(), 'agree-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  failures.access = null;
  failures.rename = null;
});

describe('safeFileName', () => {
  it.each(['test-kreis.pdf', 'dithmarschen-2006.md', 'kiel-review-2026.yaml', 'a.pdf'])('accepts %s', (name) => {
    expect(safeFileName(name)).toBe(name);
  });

  it.each(['../x.pdf', 'a/b.pdf', '/etc/passwd', '.hidden.pdf', '..', 'a..b.pdf', 'A.pdf', '', 'a\u0000.pdf', 'a\\b.pdf', 'ä.pdf', `${'x'.repeat(130)}.pdf`, 'con.pdf', 'NUL', 'com1.md', 'lpt9.pdf'])(
    'refuses %j',
    (name) => {
      expect(() => safeFileName(name)).toThrow(UsageError);
    },
  );
});

describe('ensureOutputDir', () => {
  it('exit 2 with a clear message when the system refuses to write there', async () => {
    failures.access = 'EACCES';
    const error = await ensureOutputDir('.', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as InstanceType<typeof EnvironmentError>).exitCode).toBe(2);
    expect((error as Error).message).toBe('output directory . is not writable (check its permissions)');
  });

  it('accepts a writable directory', async () => {
    expect(await ensureOutputDir('.', dir)).toBe(dir);
  });
});

describe('writeFileAtomic', () => {
  it('removes its temporary file when the rename fails, and says why in words', async () => {
    failures.rename = 'ENOSPC';
    const error = await writeFileAtomic(dir, 'x.pdf', 'data').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/^cannot write .*x\.pdf: no space left on the device \(ENOSPC\)$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a name that would leave the directory before touching the disk', async () => {
    await expect(writeFileAtomic(dir, '../escape.pdf', 'data')).rejects.toThrow(UsageError);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(join(dir, '..')).filter((n) => n === 'escape.pdf')).toEqual([]);
  });

  it('writes the file and nothing else', async () => {
    await writeFileAtomic(dir, 'ok.md', 'text');
    expect(readdirSync(dir)).toEqual(['ok.md']);
  });
});
