// Runs the CLI in a directory of our choosing: run() calls main() from src/ in
// this process (most tests), agree() spawns the built command as a user would
// (test/e2e/ only, to prove the bundle and what needs a process of its own).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'bin', 'agree.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node bin/agree.cjs ARGS`: the built bundle in a process of its own (test/e2e/; needs npm run build) */
export function agree(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory with the given files (path → content). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'agree-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** A small, valid written agreement; tests derive broken variants from it. */
export const minimalAgreement = `schemaVersion: 1
id: test-kreis
kind: agreement
district: Kreis Test
version: 2026-01-15
purpose: Zusammenarbeit bei der Beratung von Zugewanderten.
partners:
  - id: dw
    name: Diakonisches Werk Test
    shortName: DW
    address: { street: Hauptstraße 1, postalCode: "25704", city: Meldorf }
    units:
      - { id: mbe, name: Migrationsberatung für erwachsene Zuwanderer, shortName: MBE, service: mbe }
    contacts:
      - { name: Erika Muster, role: Beratung, email: muster@example.org }
    contactsUpdated: 2026-01-10
  - id: jc
    name: Jobcenter Test
    shortName: JC
    address: { street: Marktplatz 2, postalCode: "25746", city: Heide }
    contacts:
      - { name: Max Beispiel, role: Arbeitsvermittlung, email: beispiel@example.org }
    contactsUpdated: 2026-01-10
responsibilities:
  - by: mbe
    tasks:
      - Erstberatung
  - by: jc
    tasks:
      - Vermittlung in Sprachkurse
sharedTasks:
  - text: Berufswegeplanung
    lead: jc
review: { intervalMonths: 12, owner: dw, lastReview: 2026-01-15 }
`;

/**
 * Runs main() from the source in this process, as `agree ARGS` would: the
 * same exit code, stdout and stderr, without spawning node or needing a build.
 */
export async function run(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; stdoutIsTTY?: boolean } = {},
): Promise<CliResult> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const out = (write: (s: string) => void, isTTY = false) => ({
    isTTY,
    write(chunk: string | Uint8Array) {
      write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  });
  const input = options.input === undefined ? Buffer.alloc(0) : Buffer.from(options.input);
  const code = await main({
    argv: args,
    stdout: out((s) => (stdout += s), options.stdoutIsTTY),
    stderr: out((s) => (stderr += s)),
    readStdin: async () => input,
    stdinIsTTY: false,
    cwd: options.cwd ?? root,
    env: { LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env },
  });
  return { code, stdout, stderr };
}
