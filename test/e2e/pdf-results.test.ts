// Hostile "filled checklists" through the real command line (the built bin):
// truncated, an xref loop, a 1 GB length claim, encrypted, a PDF that is not
// a checklist, field values with control characters or 1 MB of text. Each
// ends with exit 1 and a clear message, in bounded time (< 5 s of CPU) and
// memory (< 300 MB peak), and writes nothing. Time and memory come from GNU
// time (skipped with a note where it is missing); on this shared machine CPU
// time is the stable measure, wall time is reported. End to end because the
// bounds are per process: each case runs the built command on its own.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, root, workspace } from '../helpers/cli.js';
import { STACK_FRAME } from '../hostile/helpers.js';
import { checklistIdentity, encodeIdentity } from '../../src/review/identity.js';
import { example } from '../review/helpers.js';
import { agreementPdf, appendRevision, buildPdf, checklistPdf, fillWithMupdf, formObjects, hasTool, lastStartxref, qpdf, stream, type Body } from '../pdf-read/helpers.js';

const hasTime = hasTool('/usr/bin/time');
let dir: string;
let checklist: Buffer;

beforeAll(async () => {
  dir = workspace({ 'dithmarschen.yaml': readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8') });
  checklist = await checklistPdf();
}, 60_000);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  cpuSeconds: number;
  peakMB: number;
  wallSeconds: number;
}

function review(name: string, bytes: Uint8Array, format = 'json'): Outcome {
  writeFileSync(join(dir, name), bytes);
  const before = readdirSync(dir).sort();
  const args = [bin, 'review', 'dithmarschen.yaml', '--results', name, '--format', format, '--lang', 'en'];
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'AGREE-TIME %U %S %e %M', process.execPath, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' }, timeout: 60_000 })
    : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' }, timeout: 60_000 });
  const m = /AGREE-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  const outcome = {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr.replace(/AGREE-TIME.*\n?/, '').replace(/Command exited with non-zero status \d+\n?/, ''),
    cpuSeconds: m ? Number(m[1]) + Number(m[2]) : 0,
    wallSeconds: m ? Number(m[3]) : 0,
    peakMB: m ? Math.round(Number(m[4]) / 1024) : 0,
  };
  console.log(`${name.padEnd(28)} exit ${outcome.code}  ${outcome.cpuSeconds.toFixed(2)} s CPU  ${outcome.wallSeconds.toFixed(2)} s wall  ${outcome.peakMB} MB  ${outcome.stderr.trim().split('\n').at(-2) ?? ''}`);
  // nothing written, nothing printed as a result, no stack trace
  expect(readdirSync(dir).sort()).toEqual(before);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).not.toMatch(STACK_FRAME);
  if (hasTime) {
    expect(outcome.cpuSeconds).toBeLessThan(5);
    expect(outcome.peakMB).toBeLessThan(300);
  }
  return outcome;
}

describe('hostile filled checklists', () => {
  it('a truncated checklist', () => {
    const r = review('truncated.pdf', checklist.subarray(0, Math.floor(checklist.length * 0.6)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the PDF is (incomplete \(truncated\)|damaged)/);
  });

  it('an xref that points to itself', () => {
    const objects = formObjects({ 'agree.checklist': '(x)' });
    const file = buildPdf(objects);
    const looped = appendRevision(file, { 3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>' }, { prev: lastStartxref(file) });
    // the newest xref names itself as the previous one
    const self = looped.toString('latin1').replace(/\/Prev \d+/, `/Prev ${looped.toString('latin1').lastIndexOf('xref')}`);
    const r = review('loop.pdf', Buffer.from(self, 'latin1'));
    expect(r.code).toBe(1);
  });

  it('a stream claiming a length of 1 GB', () => {
    const objects = { ...formObjects({ 'agree.checklist': '(x)' }), 4: Buffer.concat([Buffer.from('<< /Length 1000000000 >>\nstream\n'), Buffer.alloc(64, 65), Buffer.from('\nendstream')]) };
    const r = review('length.pdf', buildPdf(objects));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a checklist from agree review');
  });

  it.skipIf(!hasTool('qpdf'))('an encrypted checklist', () => {
    const r = review('encrypted.pdf', qpdf(checklist, '--encrypt', 'user', 'owner', '256', '--'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the PDF is encrypted or password-protected');
  });

  it('a PDF that is not a checklist: the agreement itself', async () => {
    const r = review('agreement.pdf', await agreementPdf());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a checklist from agree review (it has no field "agree.checklist")');
  });

  it('not a PDF at all but named .pdf: read as YAML and refused', () => {
    const r = review('png.pdf', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a UTF-8 text file');
  });

  it('1 MB of text in a field, refused at its field', async () => {
    const bad = await fillWithMupdf(checklist, (w) => (w.getName() === 'task.erstberatung.note' ? (w.setTextValue('x'.repeat(1_048_576)), true) : false));
    for (const format of ['json', 'yaml']) {
      const r = review(`long-${format}.pdf`, bad, format);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/task\.erstberatung\.note\s+error\s+text is too long \(1048576 characters; at most 10000\)/);
    }
  });

  it('a control character in a field value (an escape sequence), refused at its field and never printed', async () => {
    // viewers drop control characters when people type; a PDF written by a program need not
    const identity = encodeIdentity(checklistIdentity(await example('examples/dithmarschen.yaml')));
    // UTF-16BE: in PDFDocEncoding, byte 0x1B would be a tilde
    const escape = `<${Buffer.from('\ufeffJan\u001b[31m Petersen', 'utf16le').swap16().toString('hex')}>`;
    const bad = buildPdf(formObjects({ 'agree.checklist': `(${identity})`, 'review.participants': escape }));
    const r = review('escape.pdf', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/review\.participants\s+error\s+text contains a control character \(U\+001B\); remove it from the field/);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('a compressed stream that inflates to 1 GB', () => {
    const zlib = require('node:zlib') as typeof import('node:zlib');
    const bomb = zlib.deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const objects: Record<number, Body> = { ...formObjects({ 'agree.checklist': '(x)' }), 4: stream('/Filter /FlateDecode', bomb) };
    // reference it from the catalog as metadata, so that reading it is needed
    objects[1] = String(objects[1]).replace('/Pages 2 0 R', '/Pages 2 0 R /Metadata 4 0 R');
    const r = review('bomb.pdf', buildPdf(objects));
    expect(r.code).toBe(1);
  });
});
