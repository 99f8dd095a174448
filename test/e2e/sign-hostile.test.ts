// Hostile PDFs through the built command (bin/agree.cjs): agree verify, sign
// and extract each give a clear verdict or error — never a stack trace —, in
// bounded time (< 5 s of CPU) and memory (< 300 MB peak), and write nothing.
// Time and memory come from GNU time where it is installed (on this shared
// machine CPU time is the stable measure).

import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, workspace } from '../helpers/cli.js';
import { STACK_FRAME } from '../hostile/helpers.js';
import { appendRevision, buildPdf, formObjects, lastStartxref, qpdf } from '../pdf-read/helpers.js';
import { loadIdentity } from '../../src/sign/identity.js';
import { signPdf } from '../../src/sign/sign.js';
import { sequence } from '../../src/sign/der.js';
import { hasTool, lastContents, makeCa, makeIdentity, renderedPdf, withByteRange } from '../sign/helpers.js';

const hasTime = hasTool('/usr/bin/time');
let dir: string;
let signed: Buffer;

beforeAll(async () => {
  const ca = makeCa('Test-CA');
  const who = makeIdentity(ca, 'Sabine Kühl', 'Diakonisches Werk');
  signed = signPdf(await renderedPdf(), { as: 'dwd', identity: loadIdentity(who.p12, who.password), place: 'Meldorf' }).bytes;
  dir = workspace({ 'key.p12': who.p12 });
}, 60_000);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  cpuSeconds: number;
  peakMB: number;
}

function agreeOn(name: string, file: Uint8Array, args: (path: string) => string[]): Outcome {
  writeFileSync(join(dir, name), file);
  const before = readdirSync(dir).sort();
  const argv = [bin, ...args(name), '--lang', 'en'];
  const env = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', KEY_PASSWORD: 'geheim' };
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'AGREE-TIME %U %S %e %M', process.execPath, ...argv], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 })
    : spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
  const m = /AGREE-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  const outcome = {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr.replace(/AGREE-TIME.*\n?/, '').replace(/Command exited with non-zero status \d+\n?/, ''),
    cpuSeconds: m ? Number(m[1]) + Number(m[2]) : 0,
    peakMB: m ? Math.round(Number(m[4]) / 1024) : 0,
  };
  const said = (outcome.stdout + outcome.stderr).trim().split('\n').filter((l) => /agree:|✗|\?|Result|PDF/.test(l));
  console.log(`${`${args(name)[0]} ${name}`.padEnd(40)} exit ${outcome.code}  ${outcome.cpuSeconds.toFixed(2)} s CPU  ${outcome.peakMB} MB  ${said.slice(0, 2).join(' | ')}`);
  expect(readdirSync(dir).sort()).toEqual(before);
  expect(outcome.stderr).not.toMatch(STACK_FRAME);
  expect(outcome.stdout).not.toMatch(STACK_FRAME);
  expect(outcome.stderr).not.toMatch(/unexpected internal error/);
  if (hasTime) {
    expect(outcome.cpuSeconds).toBeLessThan(5);
    expect(outcome.peakMB).toBeLessThan(300);
  }
  return outcome;
}

const verify = (name: string, file: Uint8Array) => agreeOn(name, file, (p) => ['verify', p]);
const sign = (name: string, file: Uint8Array) => agreeOn(name, file, (p) => ['sign', p, '--as', 'jobcenter', '--p12', 'key.p12', '--password-env', 'KEY_PASSWORD', '--out', 'out.pdf']);
const extract = (name: string, file: Uint8Array) => agreeOn(name, file, (p) => ['extract', p, '--out', '.']);

/** a small PDF with one signature field whose value is `sig` (object 20) */
function withSignature(sig: string): Buffer {
  const objects = formObjects({});
  objects[1] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >>';
  objects[3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [10 0 R] >>';
  objects[10] = '<< /FT /Sig /T (s) /V 20 0 R /Type /Annot /Subtype /Widget /Rect [10 10 100 40] /P 3 0 R >>';
  objects[20] = sig;
  return buildPdf(objects);
}

describe('hostile signed PDFs', () => {
  it('a signed PDF cut short', () => {
    const cut = signed.subarray(0, signed.length - 3000);
    for (const r of [verify('cut.pdf', cut), sign('cut.pdf', cut), extract('cut.pdf', cut)]) {
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/cut\.pdf: the PDF is (incomplete \(truncated\)|damaged and cannot be read)/);
    }
  });

  it('an xref whose /Prev loops back to itself', () => {
    const file = buildPdf(formObjects({ a: '(x)' }));
    const looped = appendRevision(file, { 3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>' }, { prev: lastStartxref(file) });
    const self = Buffer.from(looped.toString('latin1').replace(/\/Prev \d+/, `/Prev ${looped.toString('latin1').lastIndexOf('xref')}`), 'latin1');
    const r = verify('loop.pdf', self);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('loop.pdf: the PDF is damaged and cannot be read');
  });

  it('a stream claiming 1 GB, and a /ByteRange claiming 1 GB', () => {
    const objects = { ...formObjects({ a: '(x)' }), 4: Buffer.concat([Buffer.from('<< /Length 1000000000 >>\nstream\n'), Buffer.alloc(64, 65), Buffer.from('\nendstream')]) };
    expect(verify('length.pdf', buildPdf(objects)).code).toBe(0); // nothing signed, nothing wrong: the stream is read by its endstream
    const r = verify('range.pdf', withSignature('<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 1000000000 1000000001 1000000000] /Contents <00> >>'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the signed range (/ByteRange) is missing or does not fit the file');
  });

  it.skipIf(!hasTool('qpdf'))('an encrypted PDF', () => {
    const locked = qpdf(signed, '--encrypt', 'user', 'owner', '256', '--');
    for (const r of [verify('encrypted.pdf', locked), sign('encrypted.pdf', locked), extract('encrypted.pdf', locked)]) {
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('the PDF is encrypted or password-protected');
    }
  });

  it('byte ranges that start late, leave out more, or end elsewhere', () => {
    const cases: Array<[string, (r: number[]) => number[], string]> = [
      ['start.pdf', ([, a, b, c]) => [10, a! - 10, b!, c!], 'the signed range does not start at the beginning of the file'],
      ['gap.pdf', ([, a, b, c]) => [0, a! - 40, b!, c!], 'the range left out is not exactly the signature value (/Contents)'],
      ['end.pdf', ([, a, b, c]) => [0, a!, b!, c! - 50], 'the signed range does not end at the end of a revision'],
    ];
    for (const [name, change, message] of cases) {
      const r = verify(name, withByteRange(signed, change));
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(message);
    }
  });

  it('a signature value that is not CMS, or DER nested thousands of levels deep', () => {
    const { at, hex } = lastContents(signed);
    const garbage = Buffer.from(signed);
    garbage.write('ff'.repeat(hex.length / 2), at, 'latin1');
    expect(verify('garbage.pdf', garbage).stdout).toContain('the signature value is not a readable CMS signature');
    let nested = sequence();
    while (nested.length * 2 < hex.length - 16) nested = sequence(nested);
    const deep = Buffer.from(signed);
    deep.write(Buffer.from(nested).toString('hex').padEnd(hex.length, '0'), at, 'latin1');
    const r = verify('deep.pdf', deep);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the signature value is not a readable CMS signature');
  });

  it('a field whose value is not a signature, and a signature dictionary without a byte range', () => {
    expect(verify('novalue.pdf', withSignature('(just a string)')).stdout).toContain("the field's value is not a signature");
    expect(verify('norange.pdf', withSignature('<< /Type /Sig /Contents <00> >>')).stdout).toContain('the signed range (/ByteRange) is missing');
  });

  it('100 revisions after signing that rewrite 400 000 objects between them', () => {
    const root = /\/Root (\d+ \d+ R)/.exec(signed.toString('latin1').slice(signed.lastIndexOf('trailer')))![1];
    const parts: Buffer[] = [signed];
    let length = signed.length;
    let prev = lastStartxref(signed);
    for (let revision = 0; revision < 100; revision++) {
      const offsets: number[] = [];
      let body = '\n';
      for (let k = 0; k < 4000; k++) {
        offsets.push(length + Buffer.byteLength(body));
        body += `${10_000 + k} 0 obj\n[${revision} ${k}]\nendobj\n`;
      }
      const xrefAt = length + Buffer.byteLength(body);
      body += `xref\n10000 4000\n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('')}`;
      body += `trailer\n<< /Size 14000 /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
      parts.push(Buffer.from(body, 'latin1'));
      length += Buffer.byteLength(body);
      prev = xrefAt;
    }
    const r = verify('many.pdf', Buffer.concat(parts));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/revision 4: other objects changed – NOT allowed/);
    expect(r.stdout).toMatch(/revision 102: other objects changed – NOT allowed/);
  });

  it('a PDF that is no PDF, and one without agree fields: sign refuses, nothing is written', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    for (const r of [verify('png.pdf', png), sign('png.pdf', png), extract('png.pdf', png)]) {
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('png.pdf is not a PDF file');
    }
    const plain = buildPdf(formObjects({ a: '(x)' }));
    const r = sign('plain.pdf', plain);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no signature field jobcenter.signature (no signature fields). Nothing was written.');
  });
});
