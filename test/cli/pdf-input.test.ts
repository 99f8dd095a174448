// A PDF where a document is expected — an agreement rendered by agree, a
// filled review checklist — is recognised by its first bytes and read within
// one limit (io/pdf-input.ts) by the one loader. A larger one is one finding
// with its size; it is not read.

import { closeSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../../src/io/pdf-input.js';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';

/** a sparse file that starts like a PDF and is one megabyte over the limit */
function bigPdf(dir: string): string {
  const path = join(dir, 'big.pdf');
  const fd = openSync(path, 'w');
  writeSync(fd, '%PDF-1.7\n');
  ftruncateSync(fd, MAX_PDF_BYTES + 1024 * 1024);
  closeSync(fd);
  return path;
}

describe('a PDF larger than agree reads', () => {
  it('given as an agreement: one finding with its size, exit 1', async () => {
    const dir = workspace();
    bigPdf(dir);
    const r = await run(['check', 'big.pdf', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('das PDF ist 51,0 MB groß; agree liest PDFs bis 50 MB');
  });

  it('given as review results: the same finding, nothing evaluated', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    bigPdf(dir);
    const r = await run(['review', 'a.yaml', '--results', 'big.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('the PDF is 51.0 MB; agree reads PDFs of at most 50 MB');
    expect(r.stdout).not.toContain('Erfüllungsgrad');
  });

  it('in an overview\'s results: a note in the page, the agreement still shown', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    const results = join(dir, 'results');
    mkdirSync(results);
    bigPdf(results);
    const r = await run(['overview', 'a.yaml', '--results', 'results', '--format', 'json', '--out', '-', '--today', '2026-06-01'], { cwd: dir });
    expect(r.stdout).toContain('agree reads PDFs of at most 50 MB');
  });
});
