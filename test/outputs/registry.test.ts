// An output kind is declared once, in the registry: a kind registered at run
// time — here a tiny plain-text renderer, declared the way a folder under
// src/outputs/ declares one — is at once a --format choice of `agree render`
// and `agree review`, lists its files in the json summary, is part of
// `--format all`, has its help line, and is what the library's render() uses.
// Nothing else in agree learns about it.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';
import { outputKind, outputKinds, registerOutput, type OutputKind } from '../../src/outputs/registry.js';
import { checkFile, render } from '../../src/index.js';

const txt: OutputKind = {
  name: 'txt',
  extension: 'txt',
  help: () => 'plain text (test renderer)',
  byDefault: false,
  documents: ['agreement', 'checklist'],
  load: async () => ({
    agreement: (model) => [model.title, ...model.sections.map((s) => `${s.number}. ${s.heading}`)].join('\n') + '\n',
    checklist: (model) => [model.title, ...model.groups.flatMap((g) => g.tasks.map((t) => `[ ] ${t.text}`))].join('\n') + '\n',
  }),
};

let unregister: () => void;
beforeAll(() => {
  unregister = registerOutput(txt);
});
afterAll(() => unregister());

describe('an output kind added through the registry', () => {
  it('is registered beside the built-in kinds', () => {
    expect(outputKind('txt')).toBe(txt);
    expect(outputKinds('agreement').map((k) => k.name)).toEqual(['pdf', 'md', 'docx', 'txt']);
    expect(outputKinds('checklist').map((k) => k.name)).toContain('txt');
  });

  it('is a --format of agree render, alone and in a list, and in its help', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    const r = await run(['render', 'a.yaml', '--format', 'md,txt', '--json', '--out', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'test-kreis.md', 'test-kreis.txt']);
    // the renderer got the same DocumentModel as the built-in ones
    expect(readFileSync(join(dir, 'test-kreis.txt'), 'utf8')).toMatch(/^Kooperationsvereinbarung\n1\. Gegenstand und Zweck der Vereinbarung\n2\. Aufteilung der Zuständigkeiten\n(\d\. .+\n)+$/);
    const summary = JSON.parse(r.stdout);
    expect(summary.outputs.map((o: { format: string; path: string }) => [o.format, o.path])).toEqual([
      ['md', 'test-kreis.md'],
      ['txt', 'test-kreis.txt'],
    ]);
    const help = await run(['render', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('txt (plain text (test renderer))');
  });

  it('belongs to --format all, and not to the default formats', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    await run(['render', 'a.yaml', '--format', 'all', '--out', '.'], { cwd: dir });
    expect(readdirSync(dir).filter((f) => f.startsWith('test-kreis.')).sort()).toEqual(['test-kreis.docx', 'test-kreis.md', 'test-kreis.pdf', 'test-kreis.txt']);
    const plain = workspace({ 'a.yaml': minimalAgreement });
    await run(['render', 'a.yaml', '--out', '.'], { cwd: plain });
    expect(readdirSync(plain).filter((f) => f.startsWith('test-kreis.')).sort()).toEqual(['test-kreis.md', 'test-kreis.pdf']);
  });

  it('lays out the review checklist with agree review --format', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    const r = await run(['review', 'a.yaml', '--format', 'txt', '--today', '2026-11-26', '--out', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'test-kreis-review-2026.txt'), 'utf8')).toContain('[ ] Erstberatung');
  });

  it('is what the library renders with', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement });
    const { agreement } = await checkFile('a.yaml', { cwd: dir, lang: 'en', today: '2026-11-26' });
    expect(await render(agreement!, 'txt')).toMatch(/^Kooperationsvereinbarung\n1\. /);
  });

  it('an unknown kind is a usage error that lists the registered ones', async () => {
    const r = await run(['render', 'examples/dithmarschen.yaml', '--format', 'rtf', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid value "rtf" for --format; allowed: pdf, md, docx, txt, all.');
  });
});
