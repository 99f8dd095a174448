// The built command (bin/agree.cjs → dist/cjs/*.cjs, npm run build) as a user
// runs it: version and help, a check of the Dithmarschen examples giving
// exactly what main() from src/ gives in-process, stdin from a real pipe, and
// one line instead of a crash when the build is missing. Rendering with the
// bundle is in render.test.ts. Everything else tests the source in-process
// (test/helpers/cli.ts, run()); these tests prove the bundle.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agree, bin, root, run, workspace } from '../helpers/cli.js';

const env = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' };

describe('the built command', () => {
  it('prints its version and its help', () => {
    const version = agree(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    const help = agree(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const command of ['init', 'check', 'render', 'review']) expect(help.stdout).toMatch(new RegExp(`^  ${command} \\[`, 'm'));
  });

  it('checks the Dithmarschen examples exactly as the source does', async () => {
    for (const format of ['stylish', 'json']) {
      const args = ['check', 'examples/dithmarschen-2006.yaml', 'examples/dithmarschen.yaml', '--today', '2026-11-26', '--format', format];
      const built = agree(args);
      expect(built.code).toBe(0);
      expect(built.stdout).toContain('examples/dithmarschen-2006.yaml');
      expect(built.stdout).toContain('undeclared-data-flow');
      expect(built).toEqual(await run(args));
    }
  });

  it('reads an agreement from a pipe, and at most 5 MB of it', () => {
    const piped = spawnSync('sh', ['-c', `cat examples/dithmarschen-2006.yaml | "${process.execPath}" "${bin}" check - --format json --today 2026-11-26`], { cwd: root, env, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    const fromFile = agree(['check', 'examples/dithmarschen-2006.yaml', '--format', 'json', '--today', '2026-11-26']);
    const [stdin] = JSON.parse(piped.stdout).results;
    const [file] = JSON.parse(fromFile.stdout).results;
    expect(stdin.file).toBe('<stdin>');
    expect(stdin.diagnostics.map((d: { file: string }) => ({ ...d, file: 'x' }))).toEqual(file.diagnostics.map((d: { file: string }) => ({ ...d, file: 'x' })));
    expect(stdin.diagnostics.length).toBeGreaterThan(0);
    const big = agree(['check', '-', '--format', 'json'], { input: Buffer.alloc(6 * 1024 * 1024, 'a') });
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout).results[0].diagnostics[0].message).toMatch(/input is larger than 5 MB/);
  });

  it('says in one line that it cannot start when the build is missing', () => {
    // a copy of bin/ without dist/ beside it: a fresh clone before `npm ci`
    const dir = workspace();
    mkdirSync(join(dir, 'bin'));
    for (const f of ['agree.cjs', 'load.cjs']) copyFileSync(join(root, 'bin', f), join(dir, 'bin', f));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'agree.cjs'), 'check', 'a.yaml'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^agree: cannot start \(.*dist\/cjs\/agree\.cjs.*\)\. Run "npm ci" in the agree directory to install and build it\.\n$/);
  });
});
