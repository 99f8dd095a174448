// The source travels with the PDF: `agree render` embeds the agreement's
// YAML and its base files as associated files (PDF/A-3b, /AFRelationship
// /Source), byte for byte and reproducibly; `agree extract` writes them back
// unchanged; `agree check` and `agree review` read a PDF as its source, with
// positions in the embedded files; `--no-embed` leaves them out.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf, PdfDict, PdfName, readXmp } from '../../src/pdf/index.js';
import { readEmbeddedSources } from '../../src/sign/embedded.js';
import { run, workspace } from '../helpers/cli.js';
import { hasTool, root, tool } from './helpers.js';

const kiel = readFileSync(join(root, 'examples/districts/kiel.yaml'));
const base = readFileSync(join(root, 'examples/districts/base-sh.yaml'));
// a byte order mark and Windows line ends: what comes back must be these bytes, not a re-encoding
const dithmarschen = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8').replace(/\n/g, '\r\n'))]);

let dir: string;

beforeAll(async () => {
  dir = workspace({ 'dithmarschen.yaml': dithmarschen, 'land/kiel.yaml': kiel, 'land/base-sh.yaml': base });
  for (const out of ['out', 'again', 'plain', 'frompdf']) mkdirSync(join(dir, out));
  for (const file of ['dithmarschen.yaml', 'land/kiel.yaml']) {
    const r = await run(['render', file, '--format', 'pdf', '--out', 'out', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  }
}, 60_000);

const pdfOf = (name: string) => readFileSync(join(dir, 'out', name));

describe('agree render embeds the source', () => {
  it('as PDF/A-3b associated files with relationship Source, the agreement first, then its base file', () => {
    const pdf = openPdf(pdfOf('kiel.pdf'));
    expect(readXmp(pdf)).toContain('<pdfaid:part>3</pdfaid:part>');
    const af = pdf.resolve(pdf.catalog().get('AF'));
    expect(Array.isArray(af)).toBe(true);
    const specs = (af as unknown[]).map((ref) => pdf.resolve(ref as never) as PdfDict);
    expect(specs.map((s) => (s.get('AFRelationship') as PdfName).name)).toEqual(['Source', 'Source']);
    const embedded = readEmbeddedSources(pdf);
    expect(embedded.problems).toEqual([]);
    expect(embedded.files.map((f) => f.name)).toEqual(['kiel.yaml', 'base-sh.yaml']);
    expect(Buffer.from(embedded.files[0]!.data).equals(kiel)).toBe(true);
    expect(Buffer.from(embedded.files[1]!.data).equals(base)).toBe(true);
  });

  it.skipIf(!hasTool('pdfdetach'))('lists the files for other readers (poppler pdfdetach), with MIME type and description', () => {
    const list = tool('pdfdetach', ['-list'], pdfOf('kiel.pdf'));
    expect(list.stdout).toContain('2 embedded files');
    expect(list.stdout).toContain('kiel.yaml');
    expect(list.stdout).toContain('base-sh.yaml');
    const text = pdfOf('kiel.pdf').toString('latin1');
    expect(text).toContain('/Subtype /application#2Fyaml');
  });

  it('is byte for byte the same when rendered again', async () => {
    const r = await run(['render', 'land/kiel.yaml', '--format', 'pdf', '--out', 'again'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'kiel.pdf')).equals(pdfOf('kiel.pdf'))).toBe(true);
  });

  it('--no-embed leaves the source out and stays PDF/A-2b', async () => {
    const r = await run(['render', 'land/kiel.yaml', '--format', 'pdf', '--out', 'plain', '--no-embed'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const pdf = openPdf(readFileSync(join(dir, 'plain', 'kiel.pdf')));
    expect(pdf.catalog().has('AF')).toBe(false);
    expect(readXmp(pdf)).toContain('<pdfaid:part>2</pdfaid:part>');
    const x = await run(['extract', 'plain/kiel.pdf', '--out', 'x', '--lang', 'en'], { cwd: dir });
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('plain/kiel.pdf holds no embedded source (made with agree render --no-embed, or by another program)');
  });
});

describe('agree extract', () => {
  it('writes the embedded YAML back byte for byte (byte order mark and CRLF included)', async () => {
    const r = await run(['extract', 'out/dithmarschen.pdf', '--out', 'back', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote back/dithmarschen.yaml');
    expect(readFileSync(join(dir, 'back', 'dithmarschen.yaml')).equals(dithmarschen)).toBe(true);
  });

  it('writes the base file beside the agreement, and a second run finds both unchanged', async () => {
    const r = await run(['extract', 'out/kiel.pdf', '--out', 'kiel', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'kiel', 'kiel.yaml')).equals(kiel)).toBe(true);
    expect(readFileSync(join(dir, 'kiel', 'base-sh.yaml')).equals(base)).toBe(true);
    // extracted side by side, the chain works again as files
    const check = await run(['check', 'kiel/kiel.yaml', '--today', '2026-02-01', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
    const again = await run(['extract', 'out/kiel.pdf', '--out', 'kiel', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('unchanged (already there with the same content): kiel/kiel.yaml');
  });

  it('refuses to overwrite a different file without --force, and writes nothing', async () => {
    writeFileSync(join(dir, 'kiel', 'base-sh.yaml'), 'changed: true\n');
    const r = await run(['extract', 'out/kiel.pdf', '--out', 'kiel', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kiel/base-sh.yaml exists; --force overwrites it. Nothing was written.');
    expect(readFileSync(join(dir, 'kiel', 'base-sh.yaml'), 'utf8')).toBe('changed: true\n');
    const forced = await run(['extract', 'out/kiel.pdf', '--out', 'kiel', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'kiel', 'base-sh.yaml')).equals(base)).toBe(true);
  });
});

describe('a PDF as input of check and review', () => {
  it('agree check FILE.pdf checks the embedded source and places findings in the embedded files', async () => {
    const findings = (out: string) =>
      (JSON.parse(out) as { results: Array<{ diagnostics: Array<{ ruleId: string; line: number; file: string }> }> }).results[0]!.diagnostics.map((d) => [d.ruleId, d.line, d.file.replace(/^.*\//, '')]);
    const fromYaml = await run(['check', 'land/kiel.yaml', '--today', '2031-02-01', '--format', 'json'], { cwd: dir });
    const fromPdf = await run(['check', 'out/kiel.pdf', '--today', '2031-02-01', '--format', 'json'], { cwd: dir });
    expect(fromPdf.code).toBe(fromYaml.code);
    expect(findings(fromYaml.stdout).length).toBeGreaterThan(0);
    expect(findings(fromPdf.stdout)).toEqual(findings(fromYaml.stdout));
    // in the text format: at its line in the embedded file, by that file's name
    const text = await run(['check', 'out/kiel.pdf', '--today', '2031-02-01', '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toMatch(/^out\/kiel\.pdf\n/);
    expect(text.stdout).toMatch(/^\s+kiel\.yaml:43:23\s+warning .*review-overdue$/m);
  });

  it('agree review FILE.pdf makes the checklist from the embedded source', async () => {
    const r = await run(['review', 'out/dithmarschen.pdf', '--format', 'md', '--out', '-', '--today', '2026-06-01', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dithmarschen');
  });

  it('agree render FILE.pdf renders the embedded source again: the same PDF, byte for byte', async () => {
    const r = await run(['render', 'out/kiel.pdf', '--format', 'pdf', '--out', 'frompdf'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'frompdf', 'kiel.pdf')).equals(pdfOf('kiel.pdf'))).toBe(true);
  });

  it('a PDF without embedded source is an error at the file, not a crash', async () => {
    const r = await run(['check', 'plain/kiel.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('holds no embedded source');
  });
});
