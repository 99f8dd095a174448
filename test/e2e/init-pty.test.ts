// `agree init` on a real pseudo-terminal (script from util-linux), through the
// built command: raw-mode questions and answers typed as a person would. The
// scripted questions with injected streams are in test/cli/init.test.ts.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, workspace } from '../helpers/cli.js';

type Json = Record<string, any>;

describe('agree init on a terminal', () => {
  const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' }).status === 0;

  it.skipIf(!hasScript)('runs on a real pseudo-terminal (script from util-linux)', async () => {
    const dir = workspace();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} init --lang en --model blank a.yaml`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', TERM: 'dumb' } });
    // answer each question once it is on the screen, as a person would
    const script: Array<[string, string]> = [
      ['[Kreis Musterland]: ', 'Kreis Pty\r'],
      ['[Diakonisches Werk Kreis Pty]: ', '\r'],
      ['short name [DW]: ', 'AWO\r'],
      ['[Jobcenter Kreis Pty]: ', '\r'],
      ['short name [Jobcenter]: ', '\r'],
      ['[awo]: ', 'jobcenter\r'],
    ];
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      while (script.length > 0 && screen.includes(script[0]![0])) {
        screen = screen.slice(screen.indexOf(script[0]![0]) + script[0]![0].length);
        child.stdin.write(script.shift()![1]);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(script).toEqual([]);
    expect(code).toBe(0);
    const doc = parse(readFileSync(join(dir, 'a.yaml'), 'utf8')) as Json;
    expect(doc.district).toBe('Kreis Pty');
    expect(doc.partners[0]).toMatchObject({ id: 'awo', shortName: 'AWO', name: 'Diakonisches Werk Kreis Pty' });
    expect(doc.review.owner).toBe('jobcenter');
  }, 30_000);
});
