// Rendering with the built command (bin/agree.cjs → dist/cjs, npm run build):
// the bundle writes the same bytes as main() from src/, and its render workers
// (worker threads running dist/cjs/render-worker.cjs, --jobs 2) the same files
// as the main thread.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agree, run, workspace } from '../helpers/cli.js';
import { loadPdf } from '../pdf/helpers.js';

describe('the built command renders', () => {
  it('renders the Dithmarschen example to the same bytes as the source does', async () => {
    const built = workspace();
    const source = workspace();
    const args = (out: string) => ['render', 'examples/dithmarschen-2006.yaml', '--out', out, '--today', '2026-11-26'];
    const r = agree(args(built));
    expect(r.code).toBe(0);
    expect((await run([...args(source), '--jobs', '1'])).code).toBe(0);
    expect(readdirSync(built).sort()).toEqual(['dithmarschen-2006.md', 'dithmarschen-2006.pdf']);
    for (const f of readdirSync(built)) expect(readFileSync(join(built, f)).equals(readFileSync(join(source, f))), f).toBe(true);
    const pdf = await loadPdf(readFileSync(join(built, 'dithmarschen-2006.pdf')));
    expect(pdf.text).toContain('Datum, Unterschrift (DWD)');
    expect(pdf.fields['dwd.signature']![0]!.type).toBe('signature');
  });

  it('writes the same files with --jobs 1 and --jobs 2', () => {
    const one = workspace();
    const two = workspace();
    expect(agree(['render', 'examples', '--out', one, '--jobs', '1']).code).toBe(0);
    expect(agree(['render', 'examples', '--out', two, '--jobs', '2']).code).toBe(0);
    const files = readdirSync(one).sort();
    expect(files).toHaveLength(14);
    expect(readdirSync(two).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
  });
});
