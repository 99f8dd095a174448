// Shared by the hostile-input tests: a valid agreement to start from, YAML out
// of JavaScript objects, user text that tries to become markup, and checks on
// rendered Markdown and PDF that do not depend on the exact wording.

import MarkdownIt from 'markdown-it';
import { rmSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { expect } from 'vitest';
import { minimalAgreement, workspace, type CliResult } from '../helpers/cli.js';
import type { LoadedPdf } from '../pdf/helpers.js';
import type { Agreement } from '../../src/model/types.js';

/** a fresh copy of the CLI tests' minimal agreement (two partners, two tasks, one shared task) */
export function baseAgreement(): Agreement {
  return parse(minimalAgreement) as Agreement;
}

export function toYaml(doc: unknown): string {
  // lineWidth 0: long strings stay on one line, so a test controls the layout of the file
  return stringify(doc, { lineWidth: 0 });
}

/** workspaces of this suite: removed in afterAll, because some hold files of several MB */
const created: string[] = [];
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = workspace(files);
  created.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A Node stack frame ("    at foo (file.js:1:2)"): never in what a user sees without --debug. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** the one line an unexpected internal error ends with (without --debug) */
export const BUG_REPORT = /^agree: agree hit an unexpected internal error: .+\. Please report it as a bug at the project's issue tracker/;

export function expectNoCrash(r: { code: number; stdout: string; stderr: string }, codes: number[] = [0, 1]): void {
  expect(codes, `exit ${r.code}\n${r.stderr.slice(0, 2000)}`).toContain(r.code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stdout).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/unexpected internal error|unerwarteten internen Fehler/);
}

export interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** the arguments of `agree check --format json` on one file, as the limits tests give them */
export const checkArgs = (file: string) => ['check', '--format', 'json', '--today', '2026-02-01', file];

/** a check result that did not crash, with the findings of its first file */
export function withFindings(r: CliResult): CliResult & { findings: Finding[] } {
  expectNoCrash(r);
  const findings: Finding[] = r.stdout ? JSON.parse(r.stdout).results[0].diagnostics : [];
  return { ...r, findings };
}

/** exit 1 with exactly one error, matching `message`, at `line` (0 = the whole file) */
export function expectOneError(r: CliResult & { findings: Finding[] }, message: RegExp, line?: number): Finding {
  expect(r.code).toBe(1);
  const errors = r.findings.filter((f) => f.severity === 'error');
  expect(errors, JSON.stringify(r.findings, null, 1).slice(0, 1500)).toHaveLength(1);
  expect(errors[0]!.message).toMatch(message);
  if (line !== undefined) expect(errors[0]!.line).toBe(line);
  return errors[0]!;
}

/** nine anchors, each a list of nine aliases of the one before: 9^9 values if expanded */
export const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '',
].join('\n');

/** in-process time of a call, best of three (the machines are noisy) */
export function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * User text that tries to become markup in Markdown (CommonMark, GFM, GitLab),
 * HTML, XML (the XMP packet of the PDF) or a Handlebars template. Each must
 * come out as the literal text.
 */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  '[click me](javascript:alert(1))',
  '![tracker](https://evil.example/t.png)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  '# Heading',
  '=== setext',
  '---',
  '> quote',
  '1. ordered',
  '+ item',
  '- item',
  '* item',
  '| a | b |',
  '```js',
  '    indented code',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  '`code`',
  'Tom &amp; Jerry &#60;b&#62; &lt;b&gt;',
  '$x^2$ $$y$$',
  '{+ added +} {- removed -}',
  '[^footnote]',
  'line\\',
  '{{title}} {{{title}}} {{> signatures}} {{#each parties}}x{{/each}}',
  "{{constructor.constructor('return process')()}}",
  ']]> <?xpacket end="w"?> </rdf:RDF> <x:xmpmeta>',
  'quote " apostrophe \' backslash \\ slash /',
  'Ünïcödé Ольга Петрова Şükrü Yılmaz نادیا',
];

/**
 * The characters that carry markup once backslash escapes are taken out
 * (CommonMark §2.4): user text must not add a single one, so a document full of
 * HOSTILE text has exactly as many as the same document with plain words.
 */
const markdownIt = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

/**
 * The markup a Markdown text produces, as a CommonMark parser (markdown-it,
 * with GFM tables and strikethrough) sees it: the sequence of HTML elements it
 * renders, plus the unescaped characters that only other dialects give a
 * meaning ("$" math on GitHub/GitLab, "{" "}" GitLab inline diff).
 */
export function markupCounts(md: string): { elements: string[]; dialect: number } {
  const elements = [...markdownIt.render(md).matchAll(/<(\/?[a-z0-9]+)/g)].map((m) => m[1]!);
  const dialect = [...md.replace(/\\[!-/:-@[-`{-~]/g, '').matchAll(/[${}]/g)].length;
  return { elements, dialect };
}

/** What each line of Markdown is at block level: heading, list item, table row, quote, code, text, blank. */
export function blockSkeleton(md: string): string[] {
  return md.split('\n').map((line) => {
    if (line.trim() === '') return 'blank';
    const heading = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
    if (heading) return `h${heading[1]!.length}`;
    if (/^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(line)) return 'item';
    if (/^ {0,3}\|/.test(line)) return 'row';
    if (/^ {0,3}>/.test(line)) return 'quote';
    if (/^ {0,3}(```|~~~)/.test(line) || /^ {4}/.test(line)) return 'code';
    if (/^ {0,3}(([-*_])\s*){3,}$/.test(line) || /^ {0,3}=+\s*$/.test(line)) return 'rule';
    if (/^ {0,3}</.test(line)) return 'html';
    return 'text';
  });
}

/** Every string in `doc` replaced by `map(s)`, keeping ids, dates, enums and references as they are. */
export function mapUserText(doc: unknown, map: (s: string, path: string) => string, path = ''): unknown {
  // ids, references, enumerations, dates and e-mail addresses have a format of their own
  const keep =
    /\/(id|by|lead|costBearer|from|to|convener|members|owner|task|kind|language|version|schemaVersion|type|service|churchLaw|frequency|contactsUpdated|lastReview|until|postalCode|email|extends)(\/\d+)?$|\/dataFlows\/\d+\/legalBasis$|^\/rules\//;
  if (typeof doc === 'string') return keep.test(path) ? doc : map(doc, path);
  if (Array.isArray(doc)) return doc.map((v, i) => mapUserText(v, map, `${path}/${i}`));
  if (doc && typeof doc === 'object') {
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, mapUserText(v, map, `${path}/${k}`)]));
  }
  return doc;
}

export const PAGE_HEIGHT = 841.89;
export const MARGIN = (25 * 72) / 25.4;

export interface SignatureLayout {
  /** field id (partner id, or partner-1 … with several signatories) → its three fields */
  blocks: Map<string, Array<{ name: string; kind: string; page: number; rect: number[] }>>;
}

/** The place, date and signature fields of every signature block, with page and rectangle. */
export function signatureLayout(pdf: LoadedPdf): SignatureLayout {
  const blocks: SignatureLayout['blocks'] = new Map();
  pdf.pages.forEach((page, i) => {
    for (const a of page.annotations) {
      if (!a.fieldName) continue;
      const dot = a.fieldName.lastIndexOf('.');
      const id = a.fieldName.slice(0, dot);
      const kind = a.fieldName.slice(dot + 1);
      if (!['place', 'date', 'signature'].includes(kind)) continue;
      if (!blocks.has(id)) blocks.set(id, []);
      blocks.get(id)!.push({ name: a.fieldName, kind, page: i + 1, rect: a.rect });
    }
  });
  return { blocks };
}

/**
 * Every signature block whole: its place, date and signature field on one page,
 * inside the margins (not under the footer, not off the page), the signature
 * field a real /Sig field.
 */
export function expectWholeSignatureBlocks(pdf: LoadedPdf, expectedBlocks: number): void {
  const { blocks } = signatureLayout(pdf);
  expect(blocks.size).toBe(expectedBlocks);
  for (const [id, fields] of blocks) {
    expect(fields.map((f) => f.kind).sort(), id).toEqual(['date', 'place', 'signature']);
    expect(new Set(fields.map((f) => f.page)).size, `${id}: fields on pages ${fields.map((f) => f.page)}`).toBe(1);
    for (const f of fields) {
      expect(f.rect[1]!, `${f.name} bottom`).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(f.rect[3]!, `${f.name} top`).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN + 1);
    }
    expect(pdf.fields[`${id}.signature`]?.[0]?.type, id).toBe('signature');
  }
}

/** text without any white space: line breaking (also inside long words) cannot change it */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
