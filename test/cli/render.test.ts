// `agree render` through the real CLI on the examples: files written, content
// read back from the PDF and the Markdown, nothing written for broken input.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalAgreement, root, run, workspace, type CliResult } from '../helpers/cli.js';
import { loadPdf } from '../pdf/helpers.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';

const examples = ['dithmarschen-2006', 'dithmarschen', 'nordfriesland', 'luebeck'];
const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/-\s/g, '-');

describe('agree render', () => {
  const out = workspace();
  let rendered: CliResult;
  beforeAll(async () => {
    rendered = await run(['render', ...examples.map((e) => `examples/${e}.yaml`), '--format', 'pdf,md', '--out', out, '--json']);
  });

  it('writes a PDF and a Markdown file for every example', async () => {
    expect(rendered.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(examples.flatMap((e) => [`${e}.md`, `${e}.pdf`]).sort());
    const summary = JSON.parse(rendered.stdout);
    expect(summary.summary).toMatchObject({ inputs: 4, rendered: 4, failed: 0, files: 8 });
    for (const o of summary.outputs) expect(o.bytes).toBe(readFileSync(join(out, `${o.id}.${o.format}`)).length);
  });

  it.each(examples)('puts every task of %s into the PDF and the Markdown', async (name) => {
    const agreement = parse(readFileSync(join(root, 'examples', `${name}.yaml`), 'utf8')) as Agreement;
    const pdf = await loadPdf(readFileSync(join(out, `${name}.pdf`)));
    const md = readFileSync(join(out, `${name}.md`), 'utf8');
    const pdfText = normalise(pdf.text);
    for (const task of listTasks(agreement)) {
      expect(pdfText).toContain(normalise(task.text));
      // Markdown escapes punctuation with backslashes; compare without them
      expect(normalise(md.replace(/\\(.)/g, '$1'))).toContain(normalise(task.text));
    }
    expect(pdf.pages[0]!.footer.join(' ')).toMatch(agreement.language === 'en' ? /Page 1 of \d/ : /Seite 1 von \d/);
  });

  it('gives every partner of a written agreement a signature field and place/date fields', async () => {
    const pdf = await loadPdf(readFileSync(join(out, 'dithmarschen-2006.pdf')));
    const names = Object.keys(pdf.fields).sort();
    for (const partner of ['dwd', 'arge']) {
      expect(names).toContain(`${partner}.signature`);
      expect(pdf.fields[`${partner}.signature`]![0]!.type).toBe('signature');
    }
    expect(pdf.text).toContain('Datum, Unterschrift (DWD)');
    expect(pdf.text).toContain('Datum, Unterschrift (Arge)');
    expect(pdf.text).toContain('Stand 6. Juli 2006');
  });

  it('renders the informal Lübeck profile without signature blocks', async () => {
    const pdf = await loadPdf(readFileSync(join(out, 'luebeck.pdf')));
    expect(Object.values(pdf.fields).flat().filter((f) => f.type === 'signature')).toEqual([]);
    expect(pdf.text).not.toContain('Unterschrift');
  });

  it('writes the same bytes on a second render', async () => {
    const again = workspace();
    expect((await run(['render', 'examples/dithmarschen.yaml', '--out', again])).code).toBe(0);
    expect(readFileSync(join(again, 'dithmarschen.pdf')).equals(readFileSync(join(out, 'dithmarschen.pdf')))).toBe(true);
    expect(readFileSync(join(again, 'dithmarschen.md'), 'utf8')).toBe(readFileSync(join(out, 'dithmarschen.md'), 'utf8'));
  });

  it('writes nothing for a document with errors and exits 1, but renders the others', async () => {
    const dir = workspace({ 'good.yaml': minimalAgreement, 'bad.yaml': minimalAgreement.replace('id: test-kreis', 'id: bad').replace('by: mbe', 'by: nobody') });
    const r = await run(['render', 'bad.yaml', 'good.yaml', '--out', 'out'], { cwd: dir + '' });
    // the output directory must exist
    expect(r.code).toBe(2);
    const dir2 = workspace({ 'good.yaml': minimalAgreement, 'bad.yaml': minimalAgreement.replace('id: test-kreis', 'id: bad').replace('by: mbe', 'by: nobody'), 'out/.keep': '' });
    const r2 = await run(['render', 'bad.yaml', 'good.yaml', '--out', 'out'], { cwd: dir2 });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('bad.yaml');
    expect(r2.stderr).toContain('unknown-reference');
    expect(readdirSync(join(dir2, 'out')).sort()).toEqual(['.keep', 'test-kreis.md', 'test-kreis.pdf']);
  });

  it('writes one document to stdout with --out -', async () => {
    const r = await run(['render', 'examples/dithmarschen.yaml', '--format', 'md', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Kooperationsvereinbarung/);
    const many = await run(['render', 'examples/dithmarschen.yaml', 'examples/luebeck.yaml', '--format', 'md', '--out', '-']);
    expect(many.code).toBe(2);
    expect(many.stdout).toBe('');
  });

  it('does not render documents with warnings under --strict', async () => {
    const dir = workspace({ 'out/.keep': '' });
    const r = await run(['render', join(root, 'examples/dithmarschen-2006.yaml'), '--strict', '--out', 'out', '--today', '2026-11-26'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['.keep']);
  });

  it('reports a duplicate id in one batch and renders the first only', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'b.yaml': minimalAgreement });
    const r = await run(['render', 'a.yaml', 'b.yaml', '--format', 'md', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ file: 'b.yaml', reason: 'duplicate-id' });
    expect(summary.failures[0].diagnostics[0]).toMatchObject({ ruleId: 'duplicate-id', line: 2 });
    expect(existsSync(join(dir, 'test-kreis.md'))).toBe(true);
  });

  it('uses a user template with --template', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'my.hbs': '# {{md title}} für {{md meta.subject}}\n' });
    const r = await run(['render', 'a.yaml', '--format', 'md', '--template', 'my.hbs', '--out', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Kooperationsvereinbarung für /);
  });

  it('exits 2 when the output directory is a file', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'out': 'not a dir' });
    const r = await run(['render', 'a.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a file, not a directory/);
  });
});

describe('agree render --template', () => {
  it('exits 2 with a clear message for a broken template, writing nothing', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'bad.hbs': '# {{#each sections}}\n', 'out/.keep': '' });
    const r = await run(['render', 'a.yaml', '--format', 'md', '--template', 'bad.hbs', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^agree: Template bad\.hbs cannot be used:\n  line 1: the template ends while a block is still open/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(dir, 'out'))).toEqual(['.keep']);
  });
});

describe('agree render --template limits', () => {
  it('reads the template like an agreement: missing or too big is exit 2 with the reason', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'huge.hbs': Buffer.alloc(6 * 1024 * 1024, 0x61) });
    const missing = await run(['render', 'a.yaml', '--format', 'md', '--template', 'nope.hbs', '--out', '-'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('agree: Template nope.hbs: cannot be read: file not found (ENOENT)\n');
    const huge = await run(['render', 'a.yaml', '--format', 'md', '--template', 'huge.hbs', '--out', '-'], { cwd: dir });
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/^agree: Template huge\.hbs: file is 6\.0 MB; agree reads at most 5 MB/);
    expect(huge.stdout).toBe('');
  });
});
