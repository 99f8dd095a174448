// User text cannot become markup: not in the Markdown (CommonMark/GFM/GitLab,
// HTML), not in the PDF's metadata (XMP is XML), not in a Handlebars template,
// not in a terminal or a GitHub workflow log. Every text of a full agreement
// (the Dithmarschen example) is replaced with text that tries, and the
// outputs are compared with the same agreement filled with plain words.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAgreement, root, run } from '../helpers/cli.js';
import { assertWellFormedXml, extractXmp, hasTool, loadPdf, type LoadedPdf } from '../pdf/helpers.js';
import { escapeMarkdown, unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import { blockSkeleton, expectNoCrash, HOSTILE, mapUserText, markupCounts, removeTempDirs, tempDir, toYaml } from './helpers.js';

afterAll(removeTempDirs);

const example = parse(readFileSync(join(root, 'examples', 'dithmarschen.yaml'), 'utf8')) as Record<string, unknown>;
let n = 0;
const hostile = mapUserText({ ...example, id: 'hostile' }, () => HOSTILE[n++ % HOSTILE.length]!) as Record<string, unknown>;
hostile.title = HOSTILE.join(' ');
let m = 0;
const plain = mapUserText({ ...example, id: 'plain' }, () => `Wort${m++}`) as Record<string, unknown>;
plain.title = 'Titel';

const dir = tempDir({ 'hostile.yaml': toYaml(hostile), 'plain.yaml': toYaml(plain), 'out/.keep': '' });
let md: { hostile: string; plain: string };
let pdfBytes: Buffer;
let pdf: LoadedPdf;

beforeAll(async () => {
  const r = await run(['render', 'hostile.yaml', 'plain.yaml', '--out', 'out', '--today', '2026-03-10'], { cwd: dir });
  expectNoCrash(r, [0]);
  md = {
    hostile: readFileSync(join(dir, 'out', 'hostile.md'), 'utf8'),
    plain: readFileSync(join(dir, 'out', 'plain.md'), 'utf8'),
  };
  pdfBytes = readFileSync(join(dir, 'out', 'hostile.pdf'));
  pdf = await loadPdf(pdfBytes);
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Markdown', () => {
  it('has exactly the markup of the same agreement in plain words', async () => {
    expect(n).toBeGreaterThan(HOSTILE.length);
    expect(markupCounts(md.hostile)).toEqual(markupCounts(md.plain));
  });

  it('has the same block structure: no heading, list, table row, quote or code block from user text', async () => {
    expect(blockSkeleton(md.hostile)).toEqual(blockSkeleton(md.plain));
  });

  it('shows every text literally', async () => {
    const shown = oneLine(unescapeMarkdown(md.hostile));
    for (const h of HOSTILE) expect(shown).toContain(oneLine(h));
    expect(md.hostile).not.toMatch(/(?<!\\)<(script|img|!--|https?:)/);
  });
});

describe('PDF', () => {
  it('keeps the XMP packet well-formed XML that carries the title as text', async () => {
    const xmp = extractXmp(pdfBytes);
    assertWellFormedXml(xmp);
    const title = /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/.exec(xmp)![1]!;
    const text = title.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
    expect(text).toContain(oneLine(hostile.title as string));
  });

  it('keeps the document information dictionary intact', async () => {
    expect(String(pdf.info.Title)).toContain(oneLine(hostile.title as string));
    if (hasTool('qpdf')) {
      const q = spawnSync('qpdf', ['--check', join(dir, 'out', 'hostile.pdf')], { encoding: 'utf8' });
      expect(q.status, q.stdout + q.stderr).toBe(0);
    }
  });

  it('draws the text as text, including what looks like a template', async () => {
    const text = pdf.text.replace(/\s+/g, '');
    for (const h of HOSTILE) expect(text).toContain(h.replace(/\s+/g, ''));
    expect(Object.keys(pdf.fields).filter((f) => f.endsWith('.signature')).sort()).toEqual(['dwd.signature', 'jobcenter.signature']);
  });
});

describe('the Markdown escaping of the library', () => {
  it('drops control characters, which the loader refuses in files but a script may pass', async () => {
    expect(escapeMarkdown('a\u001b[31mb\u0007c\u009bd')).toBe('a\\[31mbcd');
  });
});

describe('a user template', () => {
  it('inserts user text through the escaping helpers, never as template code', async () => {
    const here = tempDir({
      'hostile.yaml': toYaml(hostile),
      't.md.hbs': '# {{md title}}\n\n{{#each sections}}{{> section level=2}}\n{{/each}}\n{{> signatures}}\n',
    });
    const r = await run(['render', 'hostile.yaml', '--template', 't.md.hbs', '--format', 'md', '--out', '-', '--today', '2026-03-10'], { cwd: here });
    expectNoCrash(r, [0]);
    expect(r.stdout).toContain('\\{\\{title\\}\\}');
    expect(oneLine(unescapeMarkdown(r.stdout))).toContain(oneLine(hostile.title as string));
  });
});

describe('messages', () => {
  // YAML escapes can hold what a file may not: ESC starts terminal escape
  // sequences (colours, window title, OSC 52 writes the clipboard)
  const escapes = ['\\e]52;c;cHduZWQ=\\a', '\\e[2J', '\\x9b31m', '\\x07', '\\u0000', '\\ud800'];
  it.each(escapes)('refuses the escape %s in text, at its line', async (escape) => {
    const yaml = minimalAgreement.replace('      - Erstberatung\n', `      - "Meldung ${escape} Fehlzeiten"\n`);
    const here = tempDir({ 'esc.yaml': yaml });
    const r = await run(['check', 'esc.yaml'], { cwd: here });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n {2}\d+:9 {2}error {2}text contains (a control character|an unpaired surrogate) \(U\+[0-9A-F]{4}\)/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it.runIf(process.platform !== 'win32')('shows a file name with control characters as \\xNN', async () => {
    const name = 'a\u001b]0;title\u0007.yaml';
    const here = tempDir({ [name]: minimalAgreement.replace('by: mbe', 'by: niemand') });
    for (const args of [['check', name], ['render', name, '--out', '.']]) {
      const r = await run(args, { cwd: here });
      expectNoCrash(r);
      expect(r.stdout + r.stderr).toContain('a\\x1B]0;title\\x07.yaml');
      // eslint-disable-next-line no-control-regex
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('keeps GitHub annotations one line each, with user text unable to start a command', async () => {
    const yaml = minimalAgreement.replace('      - Erstberatung\n', '      - "Meldung der Fehlzeiten\\n::error file=x,line=1::injected %0A"\n');
    const here = tempDir({ 'x,line=9::y.yaml': yaml });
    const r = await run(['check', '--format', 'github', 'x,line=9::y.yaml'], { cwd: here });
    expectNoCrash(r);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,title=[^:]*::/.test(l)), r.stdout).toBe(true);
    expect(r.stdout).toContain('file=x%2Cline=9%3A%3Ay.yaml,');
    expect(r.stdout).not.toMatch(/\n::error file=x,line=1::/);
  });
});
