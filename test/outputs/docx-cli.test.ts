// `--format docx` through the command line (the built bin, as a user runs it),
// and the DOCX read by other programs: pandoc turns it into Markdown with its
// headings, lists and tables; LibreOffice opens every example and prints the
// page fields as "Seite X von Y". Each of those two is skipped, with a note,
// where the program is not installed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agree, root } from '../helpers/cli.js';
import { hasTool } from '../pdf/helpers.js';
import { expectNoCrash, removeTempDirs, tempDir } from '../hostile/helpers.js';
import { EXAMPLES } from '../review/helpers.js';
import { headingNumbers, openDocx } from './docx-package.js';

afterAll(removeTempDirs);

const DITHMARSCHEN = join(root, 'examples', 'dithmarschen.yaml');

describe('agree render --format docx', () => {
  it('writes PDF and DOCX with --format pdf,docx, and the json summary lists the DOCX like the others', () => {
    const dir = tempDir();
    const r = agree(['render', DITHMARSCHEN, '--format', 'pdf,docx', '--out', dir, '--json'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readdirSync(dir).sort()).toEqual(['dithmarschen.docx', 'dithmarschen.pdf']);
    const summary = JSON.parse(r.stdout) as { outputs: Array<{ format: string; path: string; bytes: number }> };
    const docx = summary.outputs.find((o) => o.format === 'docx')!;
    expect(docx.path).toMatch(/dithmarschen\.docx$/);
    expect(docx.bytes).toBe(statSync(join(dir, 'dithmarschen.docx')).size);
    expect(summary.outputs.map((o) => o.format).sort()).toEqual(['docx', 'pdf']);
  });

  it('writes every kind that lays out agreements with --format all: pdf, md and docx', () => {
    const dir = tempDir();
    expectNoCrash(agree(['render', DITHMARSCHEN, '--format', 'all', '--out', dir], { cwd: dir }), [0]);
    expect(readdirSync(dir).sort()).toEqual(['dithmarschen.docx', 'dithmarschen.md', 'dithmarschen.pdf']);
  });

  it('keeps pdf and md the default', () => {
    const dir = tempDir();
    expectNoCrash(agree(['render', DITHMARSCHEN, '--out', dir], { cwd: dir }), [0]);
    expect(readdirSync(dir).sort()).toEqual(['dithmarschen.md', 'dithmarschen.pdf']);
  });

  it('names docx in --help', () => {
    const r = agree(['render', '--help']);
    expect(r.stdout).toMatch(/docx \(Word/);
  });

  it('gives the same bytes in every time zone, and on stdout', () => {
    const dir = tempDir();
    const at = (tz: string, out: string) => {
      mkdirSync(out);
      expectNoCrash(agree(['render', DITHMARSCHEN, '--format', 'docx', '--out', out], { cwd: dir, env: { TZ: tz } }), [0]);
      return readFileSync(join(out, 'dithmarschen.docx'));
    };
    const a = at('Pacific/Kiritimati', join(dir, 'a'));
    const b = at('America/Los_Angeles', join(dir, 'b'));
    expect(Buffer.compare(a, b)).toBe(0);
    const piped = spawnSync(process.execPath, [join(root, 'bin', 'agree.cjs'), 'render', DITHMARSCHEN, '--format', 'docx', '--out', '-'], { env: { PATH: process.env.PATH ?? '' } });
    expect(piped.status).toBe(0);
    expect(Buffer.compare(piped.stdout, a)).toBe(0);
  });
});

describe('agree review --format docx', () => {
  it('writes the checklist as <id>-review-<year>.docx', () => {
    const dir = tempDir();
    const r = agree(['review', DITHMARSCHEN, '--format', 'docx', '--out', dir, '--today', '2026-03-10'], { cwd: dir });
    expectNoCrash(r, [0]);
    expect(readdirSync(dir)).toEqual(['dithmarschen-review-2026.docx']);
    const pkg = openDocx(readFileSync(join(dir, 'dithmarschen-review-2026.docx')));
    expect(pkg.parts['word/document.xml']).toContain('<w14:checkbox>');
  });
});

describe('the docx library stays out of `agree check`', () => {
  it('is in the docx chunk only, and imported by src/outputs/docx only', () => {
    const cli = readFileSync(join(root, 'dist', 'cjs', 'agree.cjs'), 'utf8');
    const chunk = readFileSync(join(root, 'dist', 'cjs', 'output-docx.cjs'), 'utf8');
    // namespaces only WordprocessingML writers carry, and fflate's ZIP code
    for (const mark of ['schemas.openxmlformats.org/wordprocessingml', 'w14:checkbox', 'zipSync']) {
      expect(chunk, mark).toContain(mark);
      expect(cli, mark).not.toContain(mark);
    }
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.includes(join('src', 'outputs', 'docx'))) {
          if (/from ['"](docx|fflate)['"]|import\(['"](docx|fflate)['"]\)/.test(readFileSync(path, 'utf8'))) offenders.push(path);
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe.skipIf(!hasTool('pandoc'))('pandoc reads the Dithmarschen DOCX (skipped where pandoc is not installed)', () => {
  it('finds the headings, the bullet lists and the contact table', () => {
    const dir = tempDir();
    expectNoCrash(agree(['render', DITHMARSCHEN, '--format', 'docx,md', '--out', dir], { cwd: dir }), [0]);
    const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', join(dir, 'dithmarschen.docx')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const md = r.stdout;
    // the numbered sections as level 1 and 2 headings, in the order of agree's own Markdown (which types the numbers)
    const ours = readFileSync(join(dir, 'dithmarschen.md'), 'utf8')
      .split('\n')
      .filter((l) => /^#{2,3} [\d.]+ /.test(l))
      .map((l) => l.replace(/^(#+) [\d.]+ /, '$1 '));
    const pandocs = md.split('\n').filter((l) => /^#{1,2} /.test(l)).map((l) => `#${l.replace(/\s*\{[^}]*\}\s*$/, '').replace(/\\/g, '')}`);
    expect(pandocs).toEqual(ours);
    expect(md).toMatch(/^- {1,3}Erstberatung und Klärung des Unterstützungsbedarfs$/m);
    expect(md.match(/^- {1,3}\S/gm)!.length).toBeGreaterThan(20);
    // a table with the contact columns (pandoc writes a pipe, grid or simple table)
    const head = md.split('\n').find((l) => l.includes('Einrichtung') && l.includes('Telefon'));
    expect(head, 'the table header row').toBeDefined();
    expect(md).toMatch(/^[+|]?[-=:+| ]{10,}$/m);
    expect(md).toContain('Kirsten Hansen');
  });
});

describe.skipIf(!hasTool('soffice'))('LibreOffice opens the DOCX of every example (skipped where LibreOffice is not installed)', () => {
  it('converts them to PDF with numbered headings and "Seite X von Y" on every page', () => {
    const dir = tempDir();
    const r = agree(['render', ...EXAMPLES.map((e) => join(root, e)), '--format', 'docx', '--out', dir], { cwd: dir });
    expectNoCrash(r, [0]);
    const review = agree(['review', DITHMARSCHEN, '--format', 'docx', '--out', dir, '--today', '2026-03-10'], { cwd: dir });
    expectNoCrash(review, [0]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    expect(files).toHaveLength(EXAMPLES.length + 1);
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files.map((f) => join(dir, f))], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(lo.status, lo.stderr).toBe(0);
    for (const file of files) {
      const pdf = join(dir, 'pdf', file.replace(/\.docx$/, '.pdf'));
      expect(existsSync(pdf), file).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
      expect(pages, file).toBeGreaterThanOrEqual(2);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (let p = 1; p <= pages; p++) expect(text, `${file} page ${p}`).toContain(`Seite ${p} von ${pages}`);
      // the first heading with the number the list gives it
      const first = headingNumbers(openDocx(readFileSync(join(dir, file)))).find((h) => h.number)!;
      expect(text.replace(/\s+/g, ' '), file).toContain(`${first.number} ${first.text}`);
    }
  }, 240_000);
});
