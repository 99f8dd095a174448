// Hostile and broken files. Each case runs in a fresh Node process (the
// reader bundled by esbuild) that opens the file, walks the pages, reads the
// fields and the XMP packet, and reports the PdfReadError code, the time
// taken and the process's peak memory: each must end with the right code in
// under 2 s and 200 MB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDeflate } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../review/helpers.js';
import { appendRevision, buildPdf, bytes, checklistPdf, fillWithMupdf, hasTool, lastStartxref, objectStream, qpdf, stream, type Body } from './helpers.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>';
const base: Record<number, Body> = { 1: CATALOG, 2: PAGES, 3: PAGE };

let dir: string;

const RUNNER = `
import { readFileSync } from 'node:fs';
import { openPdf, readFormFields, readXmp, readInfo, PdfReadError } from './reader.mjs';
const bytes = readFileSync(process.argv[2]);
const start = performance.now();
const cpuStart = process.cpuUsage();
let result;
try {
  const pdf = openPdf(bytes);
  pdf.pages();
  readFormFields(pdf);
  readInfo(pdf);
  readXmp(pdf);
  for (const revision of pdf.revisions) for (const num of revision.defines.slice(0, 1000)) pdf.objectAt(revision.index, num);
  result = { code: 'ok', repaired: pdf.repaired, revisions: pdf.revisions.length };
} catch (error) {
  result = error instanceof PdfReadError ? { code: error.code, detail: error.detail } : { code: 'crash', detail: String(error && error.stack) };
}
result.ms = Math.round(performance.now() - start);
const cpu = process.cpuUsage(cpuStart);
result.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
// VmHWM is this program's own peak; maxRSS would include the parent's, carried over by fork and exec on Linux
let peakKB = process.resourceUsage().maxRSS;
try {
  peakKB = Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
} catch {}
result.peakMB = Math.round(peakKB / 1024);
console.log(JSON.stringify(result));
`;

interface Outcome {
  code: string;
  detail?: string;
  /** wall time; on a shared, loaded machine this is several times the CPU time */
  ms: number;
  cpuMs: number;
  peakMB: number;
}

function run(name: string, file: Uint8Array): Outcome {
  const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.pdf`);
  writeFileSync(path, file);
  const child = spawnSync(process.execPath, [join(dir, 'runner.mjs'), path], { encoding: 'utf8', timeout: 30_000 });
  if (child.status !== 0) throw new Error(`runner failed (${child.status}): ${child.stderr}`);
  const outcome = JSON.parse(child.stdout) as Outcome;
  console.log(
    `${name.padEnd(56)} ${outcome.code.padEnd(10)} ${String(outcome.cpuMs).padStart(5)} ms CPU ${String(outcome.ms).padStart(5)} ms wall ${String(outcome.peakMB).padStart(4)} MB  ${outcome.detail ?? ''}`,
  );
  return outcome;
}

/** replaces a same-length placeholder, so that offsets stay right */
function patch(file: Buffer, placeholder: string, value: number): Buffer {
  const text = file.toString('latin1');
  expect(text).toContain(placeholder);
  return Buffer.from(text.replace(placeholder, String(value).padStart(placeholder.length, '0')), 'latin1');
}

/** zlib data that inflates to `size` zero bytes */
async function flateBomb(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((ok) => deflate.on('end', ok));
  const zeros = Buffer.alloc(1 << 20);
  for (let written = 0; written < size; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((ok) => deflate.once('drain', ok));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** n objects "k 0 obj k endobj": a file with an xref table listing them all, and the same objects without one */
function tinyObjects(n: number): { withXref: Buffer; withoutXref: Buffer } {
  // both files share the objects: built once (they are tens of MB), then with and without the xref
  const parts: string[] = ['%PDF-1.7\n'];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  offsets[1] = length;
  add(`1 0 obj\n${CATALOG}\nendobj\n`);
  offsets[2] = length;
  add(`2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n`);
  for (let k = 3; k <= n; k++) {
    offsets[k] = length;
    add(`${k} 0 obj ${k} endobj\n`);
  }
  const xrefAt = length;
  const objects = Buffer.from(parts.join(''), 'latin1');
  const entries = ['xref\n', `0 ${n + 1}\n`, '0000000000 65535 f \n'];
  for (let k = 1; k <= n; k++) entries.push(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  const xref = `${entries.join('')}trailer\n<< /Size ${n + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n`;
  const eof = Buffer.from('%%EOF\n', 'latin1');
  return { withXref: Buffer.concat([objects, Buffer.from(xref, 'latin1'), eof]), withoutXref: Buffer.concat([objects, eof]) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'agree-pdf-hostile-'));
  await build({
    entryPoints: [resolve(root, 'src/pdf/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'reader.mjs'),
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
  console.log(`${'case'.padEnd(56)} ${'code'.padEnd(10)} time (CPU, wall) and peak memory of the process`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectOutcome(outcome: Outcome, code: string): void {
  expect(outcome.code, outcome.detail).toBe(code);
  // CPU time, because the wall clock of a machine shared by several test runs says little
  expect(outcome.cpuMs).toBeLessThan(2000);
  expect(outcome.ms).toBeLessThan(20_000);
  expect(outcome.peakMB).toBeLessThan(200);
}

describe('not a PDF, or not all of one', () => {
  it('refuses an empty file, a PNG and a text file as not-pdf', () => {
    expectOutcome(run('empty file', Buffer.alloc(0)), 'not-pdf');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    expectOutcome(run('PNG image', png), 'not-pdf');
    expectOutcome(run('text file', Buffer.from('Kooperationsvereinbarung\n'.repeat(100))), 'not-pdf');
  });

  it('reports the checklist cut at 10 %, 50 %, 90 % and 5 bytes before its end as truncated', async () => {
    const full = await checklistPdf();
    for (const [label, at] of [
      ['10 %', Math.floor(full.length * 0.1)],
      ['50 %', Math.floor(full.length * 0.5)],
      ['90 %', Math.floor(full.length * 0.9)],
      ['end minus 5 bytes', full.length - 5],
    ] as const) {
      expectOutcome(run(`checklist cut at ${label}`, full.subarray(0, at)), 'truncated');
    }
  });

  it('reports a filled checklist cut inside its last incremental update as truncated', async () => {
    const original = await checklistPdf();
    const filled = await fillWithMupdf(original, (w) => (w.getName() === 'review.date' ? (w.setTextValue('1.1.2027'), true) : false));
    const middle = original.length + Math.floor((filled.length - original.length) / 2);
    expectOutcome(run('filled checklist cut inside the update', filled.subarray(0, middle)), 'truncated');
  });

  it.skipIf(!hasTool('qpdf'))('reports a linearized checklist cut in half as truncated (it still has a %%EOF in front)', async () => {
    const linearized = qpdf(await checklistPdf(), '--linearize');
    expectOutcome(run('linearized checklist cut at 50 %', linearized.subarray(0, linearized.length >> 1)), 'truncated');
  });
});

describe('loops and cycles', () => {
  it('reports an xref whose /Prev points to itself as damaged', () => {
    const file = buildPdf(base, { trailer: '/Prev PPPPPPPPPP' });
    expectOutcome(run('/Prev points to its own xref', patch(file, 'PPPPPPPPPP', lastStartxref(file))), 'damaged');
  });

  it('reports two revisions whose /Prev point to each other as damaged', () => {
    const r0 = buildPdf(base, { trailer: '/Prev PPPPPPPPPP' });
    const r1 = appendRevision(r0, { 4: '(update)' }, { prev: lastStartxref(r0) });
    expectOutcome(run('two revisions pointing to each other', patch(r1, 'PPPPPPPPPP', lastStartxref(r1))), 'damaged');
  });

  it('reports an object stream that contains itself, or two that contain each other, as damaged', () => {
    const fields = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [8 0 R] >> >>';
    const self = buildPdf({ ...base, 1: fields, 7: objectStream({ 7: '<< >>', 8: '<< /T (x) /FT /Tx >>' }) }, { xref: 'stream', unlisted: [7], compressed: { 7: [7, 0], 8: [7, 1] } });
    expectOutcome(run('object stream inside itself', self), 'damaged');
    const pair = buildPdf(
      { ...base, 1: fields, 6: objectStream({ 7: '<< >>' }), 7: objectStream({ 6: '<< >>', 8: '<< /T (x) /FT /Tx >>' }) },
      { xref: 'stream', unlisted: [6, 7], compressed: { 7: [6, 0], 6: [7, 0], 8: [7, 1] } },
    );
    expectOutcome(run('two object streams inside each other', pair), 'damaged');
  });

  it('reports reference cycles in the catalog, the page tree and the field tree as damaged', () => {
    expectOutcome(run('/Root refers to itself', buildPdf({ 1: '1 0 R', 2: PAGES, 3: PAGE })), 'damaged');
    expectOutcome(run('/Pages A -> B -> A', buildPdf({ ...base, 1: '<< /Type /Catalog /Pages 5 0 R >>', 5: '6 0 R', 6: '5 0 R' })), 'damaged');
    expectOutcome(run('page tree with a cycle', buildPdf({ ...base, 3: '<< /Type /Pages /Kids [2 0 R] /Count 1 >>' })), 'damaged');
    const fieldCycle = buildPdf({
      ...base,
      1: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >>',
      10: '<< /T (a) /Kids [11 0 R] >>',
      11: '<< /T (b) /Kids [10 0 R] >>',
    });
    expectOutcome(run('field tree with a cycle', fieldCycle), 'damaged');
  });
});

describe('sizes out of bounds', () => {
  it('reads a stream whose /Length is 999999999 by its endstream, and reports one without endstream as damaged', () => {
    const metadata = '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>';
    const fits = buildPdf({ ...base, 1: metadata, 5: bytes('<< /Type /Metadata /Length 999999999 >>\nstream\n<x:xmpmeta/>\nendstream') });
    expectOutcome(run('/Length 999999999 with endstream', fits), 'ok');
    const open = buildPdf({ ...base, 1: metadata, 5: bytes('<< /Type /Metadata /Length 999999999 >>\nstream\n<x:xmpmeta/>') });
    expectOutcome(run('/Length 999999999 without endstream', open), 'damaged');
  });

  it('stops flate bombs that inflate to 1 GB as too-large', async () => {
    const bomb = await flateBomb(1 << 30);
    const metadata = buildPdf({ ...base, 1: '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>', 5: stream('/Type /Metadata /Filter /FlateDecode', bomb) });
    expectOutcome(run('XMP metadata inflating to 1 GB', metadata), 'too-large');
    const fields = buildPdf(
      { ...base, 1: '<< /Type /Catalog /Pages 2 0 R /AcroForm 8 0 R >>', 7: stream(`/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode`, bomb) },
      { xref: 'stream', compressed: { 8: [7, 0] } },
    );
    expectOutcome(run('object stream inflating to 1 GB', fields), 'too-large');
  });

  it('stops 100 000 nested arrays as too-large, in an object and in the trailer', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expectOutcome(run('100 000 nested [ in an object', buildPdf({ ...base, 1: `<< /Type /Catalog /Pages 2 0 R /Deep ${deep} >>` })), 'too-large');
    expectOutcome(run('100 000 nested [ in the trailer', buildPdf(base, { trailer: `/Deep ${deep}` })), 'too-large');
    expectOutcome(run('100 000 unclosed (', buildPdf({ ...base, 1: `<< /Type /Catalog /Pages 2 0 R /S ${'('.repeat(100_000)} >>` })), 'damaged');
  });

  it('stops page and field trees 1000 levels deep as too-large', () => {
    const pages: Record<number, Body> = { 1: CATALOG };
    for (let k = 2; k < 1002; k++) pages[k] = `<< /Type /Pages /Kids [${k + 1} 0 R] /Count 1 >>`;
    pages[1002] = '<< /Type /Page /MediaBox [0 0 10 10] >>';
    expectOutcome(run('page tree 1000 levels deep', buildPdf(pages)), 'too-large');
    const fields: Record<number, Body> = { ...base, 1: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >>' };
    for (let k = 10; k < 1010; k++) fields[k] = `<< /T (f${k}) /Kids [${k + 1} 0 R] >>`;
    fields[1010] = '<< /T (leaf) /FT /Tx /V (x) >>';
    expectOutcome(run('field tree 1000 levels deep', buildPdf(fields)), 'too-large');
  });

  it('stops a file with 10^6 tiny objects as too-large, with and without an xref', () => {
    const files = tinyObjects(1_000_000);
    expectOutcome(run('10^6 tiny objects with an xref table', files.withXref), 'too-large');
    expectOutcome(run('10^6 tiny objects, no xref (scan)', files.withoutXref), 'too-large');
  });

  it('reads 490 000 tiny objects, just under the default limit, within the same bounds', () => {
    const files = tinyObjects(490_000);
    expectOutcome(run('490 000 tiny objects with an xref table', files.withXref), 'ok');
    expectOutcome(run('490 000 tiny objects, no xref (scan)', files.withoutXref), 'ok');
  });

  it('stops an xref subsection claiming 10^9 entries and 300 incremental updates as too-large', () => {
    const claim = Buffer.from(buildPdf(base).toString('latin1').replace(/xref\n0 4\n/, 'xref\n0 1000000000\n'), 'latin1');
    expectOutcome(run('xref subsection of 10^9 entries', claim), 'too-large');
    let file = buildPdf(base);
    for (let i = 0; i < 300; i++) file = appendRevision(file, { 4: `(update ${i})` });
    expectOutcome(run('300 incremental updates', file), 'too-large');
  });

  it('stops a stream with 100 000 filters as too-large', () => {
    const metadata = buildPdf({ ...base, 1: '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>', 5: stream(`/Filter [${'/AHx '.repeat(100_000)}]`, '41>') });
    expectOutcome(run('100 000 filters on one stream', metadata), 'too-large');
  });
});

describe('work that could grow faster than the file', () => {
  it('checks 10 MB of digits after %%EOF in linear time', () => {
    const file = buildPdf(base, { suffix: `${'7'.repeat(5_000_000)} ${'8'.repeat(5_000_000)} ` });
    expectOutcome(run('10 MB of digits after %%EOF', file), 'ok');
  });

  it('finds endstream once for 20 000 streams with a wrong /Length, and keeps their text within bounds', () => {
    const objects: Record<number, Body> = { ...base };
    const kids: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      objects[100 + 2 * k] = `<< /T (f${k}) /FT /Tx /V ${101 + 2 * k} 0 R >>`;
      objects[101 + 2 * k] = '<< /Length 1 >>\nstream\nno end here';
      kids.push(`${100 + 2 * k} 0 R`);
    }
    objects[1] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${kids.join(' ')}] >> >>`;
    // the only endstream, in a string of the last object: every stream's data runs up to it
    objects[90_000] = `(${'x'.repeat(20_000)} endstream)`;
    expectOutcome(run('20 000 streams without endstream but the last', buildPdf(objects)), 'too-large');
  });

  it('reads one 8 MB value inherited by 20 000 fields once', () => {
    const objects: Record<number, Body> = { ...base, 9: `(${'Beratung '.repeat(900_000)})` };
    const kids: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      objects[100 + k] = `<< /T (f${k}) /Parent 10 0 R >>`;
      kids.push(`${100 + k} 0 R`);
    }
    objects[10] = `<< /T (all) /FT /Tx /V 9 0 R /Kids [${kids.join(' ')}] >>`;
    objects[1] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >>';
    expectOutcome(run('8 MB value inherited by 20 000 fields', buildPdf(objects)), 'ok');
  });

  it('looks for a misplaced xref among nested strings without reading each to the end', () => {
    const objects = { ...base, 4: `${'9 0 obj ('.repeat(400)}${'x'.repeat(4_000_000)}${')'.repeat(400)}` };
    // startxref pointing into the nested object headers, far from the real xref
    const xrefAt = lastStartxref(buildPdf(objects));
    const file = buildPdf(objects, { startxrefShift: 400 - xrefAt });
    expectOutcome(run('misplaced startxref into 400 nested object headers', file), 'ok');
  });

  it('stops a damaged file with 100 000 "trailer" words as too-large instead of reading each', () => {
    const file = buildPdf({ ...base, 4: `(${'trailer ('.repeat(100_000)}${')'.repeat(100_000)})` }, { xref: 'none' });
    expectOutcome(run('100 000 trailer keywords, no xref', file), 'too-large');
  });
});

describe('encryption', () => {
  it.skipIf(!hasTool('qpdf'))('reports a file encrypted by qpdf (AES-256) as encrypted', async () => {
    const encrypted = qpdf(await checklistPdf(), '--encrypt', 'u', 'o', '256', '--');
    expectOutcome(run('checklist encrypted with AES-256', encrypted), 'encrypted');
    const rc4 = qpdf(await checklistPdf(), '--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--');
    expectOutcome(run('checklist encrypted with RC4, empty user password', rc4), 'encrypted');
  });
});
