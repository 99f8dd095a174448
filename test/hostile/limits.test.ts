// Hostile and malformed input files through the CLI (main() from src/, in this
// process): every case ends with a finding that names the file and the line,
// exit 1, in bounded time and memory — never a stack trace, never evaluated
// content. Big inputs are generated here, in temporary directories, not
// committed. The cases that must also hold under a small V8 heap run the built
// command in test/e2e/heap-limits.test.ts.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalAgreement, run } from '../helpers/cli.js';
import { parseYaml } from '../../src/model/source.js';
import { checkArgs, expectNoCrash, expectOneError, LAUGHS, removeTempDirs, tempDir, withFindings } from './helpers.js';

afterAll(removeTempDirs);

/** `agree check --format json` on files in `dir`; the findings of the first file */
async function check(dir: string, file: string, options: { input?: Buffer | string } = {}) {
  return withFindings(await run(checkArgs(file), { cwd: dir, ...options }));
}

describe('size limits', () => {
  it('reads standard input only up to the limit', async () => {
    const r = await check(tempDir(), '-', { input: Buffer.alloc(6 * 1024 * 1024, 'a') });
    expectOneError(r, /input is larger than 5 MB/, 0);
  });

  it('refuses a 5 MB file of one-character list items before building the tree', async () => {
    const dir = tempDir({ 'items.yaml': 'a:\n' + '- a\n'.repeat(1_300_000) });
    const r = await check(dir, 'items.yaml');
    expectOneError(r, /too (many values|long)/);
  });

  it('refuses a file of 300 000 keys (yaml compares each key with all before it)', async () => {
    const dir = tempDir({ 'keys.yaml': Array.from({ length: 300_000 }, (_, i) => `k${i}: v\n`).join('') });
    const r = await check(dir, 'keys.yaml');
    expectOneError(r, /too many values \(over 100000\)/);
  });

  it('refuses 5 MB of blank lines or comments', async () => {
    const dir = tempDir({ 'blank.yaml': '\n'.repeat(5_000_000), 'comments.yaml': '#\n'.repeat(2_500_000) });
    expectOneError(await check(dir, 'blank.yaml'), /too long: more than 500000 YAML tokens/);
    expectOneError(await check(dir, 'comments.yaml'), /too long: more than 500000 YAML tokens/);
  });
});

describe('YAML aliases', () => {
  it('reports an alias that contains itself, and one without anchor', async () => {
    const dir = tempDir({ 'cycle.yaml': 'schemaVersion: 1\na: &a [1, *a]\n', 'dangling.yaml': 'schemaVersion: 1\nid: *nope\n' });
    expectOneError(await check(dir, 'cycle.yaml'), /alias \*a refers to a list or mapping that contains it/, 2);
    expectOneError(await check(dir, 'dangling.yaml'), /alias \*nope has no anchor/, 2);
  });

  it('still accepts aliases in a normal document', async () => {
    const yaml = minimalAgreement
      .replace('address: { street: Hauptstraße 1', 'address: &address { street: Hauptstraße 1')
      .replace('address: { street: Marktplatz 2, postalCode: "25746", city: Heide }', 'address: *address');
    expect(yaml).toContain('*address');
    const r = await check(tempDir({ 'a.yaml': yaml }), 'a.yaml');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('nesting', () => {
  it('accepts 60 levels', async () => {
    const text = `${'['.repeat(60)}${']'.repeat(60)}\n`;
    expect(parseYaml('ok.yaml', text).problems).toEqual([]);
  });
});

describe('encoding', () => {
  const valid = Buffer.from(minimalAgreement);
  const at = (line: number, bytes: Buffer) => {
    const lines = minimalAgreement.split('\n');
    const before = Buffer.from(lines.slice(0, line - 1).join('\n') + '\n');
    return Buffer.concat([before, bytes, Buffer.from(lines.slice(line - 1).join('\n'))]);
  };
  const files: Record<string, [Buffer, number]> = {
    // a Windows-1252 "ü" on line 4
    'latin1.yaml': [at(4, Buffer.from('district: M\xfcnster\n', 'latin1')), 4],
    'nul.yaml': [at(6, Buffer.from('x: a\u0000b\n')), 6],
    'utf16.yaml': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimalAgreement, 'utf16le')]), 1],
    // the start of a PNG file
    'binary.png.yaml': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 1],
    'truncated-utf8.yaml': [Buffer.concat([valid, Buffer.from([0xc3])]), minimalAgreement.split('\n').length],
  };
  it.each(Object.keys(files))('reports %s as "not a UTF-8 text file" at the line of the bad byte', async (name) => {
    const [bytes, line] = files[name]!;
    const r = await check(tempDir({ [name]: bytes }), name);
    expectOneError(r, /not a UTF-8 text file/, line);
  });

  it('reads a UTF-8 byte order mark and CRLF line ends as usual', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minimalAgreement.replace(/\n/g, '\r\n'))]);
    expect((await check(tempDir({ 'bom.yaml': text }), 'bom.yaml')).code).toBe(0);
  });

  it('checks standard input the same way', async () => {
    const r = await check(tempDir(), '-', { input: at(4, Buffer.from('district: M\xfcnster\n', 'latin1')) });
    expectOneError(r, /not a UTF-8 text file/, 4);
  });
});

describe('YAML that is not plain data', () => {
  it('reports duplicate keys at the second occurrence', async () => {
    const dir = tempDir({
      'top.yaml': minimalAgreement.replace('district: Kreis Test\n', 'district: Kreis Test\ndistrict: Kreis Zwei\n'),
      'nested.yaml': minimalAgreement.replace('    shortName: JC\n', '    shortName: JC\n    shortName: JC2\n'),
      'number.yaml': 'schemaVersion: 1\n1: a\n"1": b\n',
    });
    const line = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1;
    const top = minimalAgreement.replace('district: Kreis Test\n', 'district: Kreis Test\ndistrict: Kreis Zwei\n');
    expectOneError(await check(dir, 'top.yaml'), /duplicate key "district"/, line(top, 'Kreis Zwei'));
    const nested = minimalAgreement.replace('    shortName: JC\n', '    shortName: JC\n    shortName: JC2\n');
    expectOneError(await check(dir, 'nested.yaml'), /duplicate key "shortName"/, line(nested, 'JC2'));
    expectOneError(await check(dir, 'number.yaml'), /duplicate key "1"/, 3);
  });

  const tags: Record<string, string> = {
    'js-function.yaml': `schemaVersion: 1\nid: !!js/function "function () { require('fs').writeFileSync('pwned', '') }"\n`,
    'js-undefined.yaml': 'schemaVersion: 1\nid: !<tag:yaml.org,2002:js/undefined> x\n',
    'custom.yaml': 'schemaVersion: 1\nid: !custom x\n',
    'tag-handle.yaml': '%TAG !e! tag:example.com,2000:\n---\nschemaVersion: 1\nid: !e!thing x\n',
    'binary.yaml': 'schemaVersion: 1\nid: !!binary aGVsbG8=\n',
    'set.yaml': 'schemaVersion: 1\nid: !!set { a, b }\n',
    'timestamp.yaml': 'schemaVersion: 1\nid: !!timestamp 2026-01-01\n',
    'yaml11.yaml': '%YAML 1.1\n---\nschemaVersion: 1\nid: !!binary aGVsbG8=\n',
  };
  it.each(Object.keys(tags))('rejects the unknown tag in %s, never evaluating it', async (name) => {
    const dir = tempDir({ [name]: tags[name]! });
    const r = await check(dir, name);
    expectOneError(r, /unknown YAML tag .*agree does not evaluate tags/, tags[name]!.split('\n').findIndex((l) => l.startsWith('id:')) + 1);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('treats "__proto__" as an ordinary unknown key, not as the prototype', async () => {
    const dir = tempDir({ 'proto.yaml': minimalAgreement.replace('id: test-kreis\n', '__proto__: { id: test-kreis }\n') });
    const r = await check(dir, 'proto.yaml');
    expect(r.code).toBe(1);
    const messages = r.findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^2 unknown key `__proto__`/), expect.stringMatching(/required key `id` is missing/)]));
  });

  it('rejects mappings and lists as keys, several documents and empty files', async () => {
    const dir = tempDir({
      'complex.yaml': 'schemaVersion: 1\n? [a, b]\n: c\n',
      'alias-key.yaml': 'a: &x b\n*x : c\n',
      'two.yaml': `${minimalAgreement}---\nschemaVersion: 1\n`,
      'empty.yaml': '',
      'comments.yaml': '# nothing here\n\n# at all\n',
      'scalar.yaml': 'just text\n',
    });
    expectOneError(await check(dir, 'complex.yaml'), /keys must be plain text/, 2);
    expectOneError(await check(dir, 'alias-key.yaml'), /keys must be plain text/, 2);
    expectOneError(await check(dir, 'two.yaml'), /several YAML documents in one file/, minimalAgreement.split('\n').length);
    expectOneError(await check(dir, 'empty.yaml'), /file is empty/, 1);
    expectOneError(await check(dir, 'comments.yaml'), /file is empty/, 1);
    expectOneError(await check(dir, 'scalar.yaml'), /must be a mapping/, 1);
  });
});

describe('extends', () => {
  const child = (base: string) => minimalAgreement.replace('schemaVersion: 1\n', `schemaVersion: 1\nextends: ${base}\n`);
  it('reports a broken base file at the extends line of the file that names it', async () => {
    const dir = tempDir({
      'big.yaml': child('huge.yaml'),
      'huge.yaml': `purpose: ${'x'.repeat(6 * 1024 * 1024)}\n`,
      'bin.yaml': child('base.bin'),
      'base.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      'missing.yaml': child('nowhere.yaml'),
      'cycle-a.yaml': child('cycle-b.yaml'),
      'cycle-b.yaml': 'extends: cycle-a.yaml\n',
    });
    expectOneError(await check(dir, 'big.yaml'), /base file huge\.yaml: file is 6\.0 MB/, 2);
    expectOneError(await check(dir, 'bin.yaml'), /base file base\.bin: not a UTF-8 text file/, 2);
    expectOneError(await check(dir, 'missing.yaml'), /base file nowhere\.yaml: cannot be read: file not found \(ENOENT\)/, 2);
    expectOneError(await check(dir, 'cycle-a.yaml'), /`extends` forms a cycle: cycle-a\.yaml → cycle-b\.yaml → cycle-a\.yaml/);
  });

  it('stops a chain of 40 base files', async () => {
    const files: Record<string, string> = { 'f0.yaml': child('f1.yaml') };
    for (let i = 1; i < 40; i++) files[`f${i}.yaml`] = `extends: f${i + 1}.yaml\n`;
    files['f40.yaml'] = 'kind: agreement\n';
    expectOneError(await check(tempDir(files), 'f0.yaml'), /`extends` chain longer than 32 files/);
  });
});

it('applies the same limits to review results files', async () => {
  const dir = tempDir({ 'a.yaml': minimalAgreement, 'laughs.yaml': LAUGHS, 'deep.yaml': `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'latin1.yaml': Buffer.from('agreement: M\xfcnster\n', 'latin1') });
  for (const [file, message] of [
    ['laughs.yaml', /too many values after expanding YAML aliases/],
    ['deep.yaml', /nested too deeply/],
    ['latin1.yaml', /not a UTF-8 text file/],
  ] as const) {
    const r = await run(['review', 'a.yaml', '--results', file], { cwd: dir });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(message);
  }
});

it('keeps several broken files apart in one run and names each', async () => {
  const dir = tempDir({ 'laughs.yaml': LAUGHS, 'dup.yaml': 'a: 1\na: 2\n', 'ok.yaml': minimalAgreement });
  const r = await run(['check', '--today', '2026-02-01', 'laughs.yaml', 'dup.yaml', 'ok.yaml'], { cwd: dir });
  expectNoCrash(r);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/laughs\.yaml\n\s+\d+:\d+\s+error\s+too many values after expanding YAML aliases/);
  expect(r.stdout).toMatch(/dup\.yaml\n\s+2:1\s+error\s+duplicate key "a"/);
});
