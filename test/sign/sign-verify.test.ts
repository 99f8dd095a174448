// Signing the Dithmarschen PDF for both partners and verifying it: each
// signature valid, the first still valid after the second, what each covers
// and what came after it; the fields, the stamp and the PDF/A metadata as
// other readers (pdf.js, poppler's pdfsig and pdftotext, qpdf) see them.

import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf, readFormFields, readXmp } from '../../src/pdf/index.js';
import { loadIdentity, IdentityError, type SigningIdentity } from '../../src/sign/identity.js';
import { signPdf, SignError } from '../../src/sign/sign.js';
import { verifyPdf } from '../../src/sign/verify.js';
import { loadPdf } from '../pdf/helpers.js';
import { hasTool, makeCa, makeEcIdentity, makeIdentity, opensslCms, renderedPdf, tool, type TestIdentity } from './helpers.js';
import { qpdf as qpdfFile } from '../pdf-read/helpers.js';

let unsigned: Buffer;
let dwd: TestIdentity;
let jobcenter: TestIdentity;
let dwdKey: SigningIdentity;
let jobcenterKey: SigningIdentity;
let once: Buffer;
let twice: Buffer;
const signedAt = new Date(2026, 0, 15, 10, 30, 0);
const secondAt = new Date(2026, 0, 20, 14, 5, 0);

beforeAll(async () => {
  unsigned = await renderedPdf();
  const ca = makeCa('Test-CA Schleswig-Holstein');
  dwd = makeIdentity(ca, 'Sabine Kühl', 'Diakonisches Werk Dithmarschen');
  jobcenter = makeIdentity(ca, 'Jan Petersen', 'Jobcenter Dithmarschen');
  dwdKey = loadIdentity(dwd.p12, dwd.password);
  jobcenterKey = loadIdentity(jobcenter.p12, jobcenter.password);
  once = signPdf(unsigned, { as: 'dwd', identity: dwdKey, place: 'Meldorf', now: signedAt }).bytes;
  twice = signPdf(once, { as: 'jobcenter', identity: jobcenterKey, place: 'Heide', now: secondAt }).bytes;
}, 60_000);

describe('signing both partners', () => {
  it('keeps every byte of the PDF before it: the signature is an incremental update', () => {
    expect(once.subarray(0, unsigned.length).equals(unsigned)).toBe(true);
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
    expect(openPdf(twice).revisions).toHaveLength(3);
  });

  it('verifies both signatures as valid and unchanged, with signer, time, kind and what each covers', () => {
    const report = verifyPdf(twice);
    expect(report.ok).toBe(true);
    expect(report.revisions).toBe(3);
    const [first, second] = report.signatures;
    expect(first).toMatchObject({ field: 'dwd.signature', status: 'intact', kind: 'PAdES-B-B', subFilter: 'ETSI.CAdES.detached', digest: 'sha256', revision: 2, wholeFile: false, signatureChanged: false, page: 5 });
    expect(first!.signer).toMatchObject({ commonName: 'Sabine Kühl', subject: 'CN=Sabine Kühl, O=Diakonisches Werk Dithmarschen, C=DE', issuer: 'CN=Test-CA Schleswig-Holstein, O=agree tests, C=DE' });
    expect(new Date(first!.signingTime!).getTime()).toBe(signedAt.getTime());
    expect(second).toMatchObject({ field: 'jobcenter.signature', status: 'intact', kind: 'PAdES-B-B', revision: 3, wholeFile: true, laterChanges: [] });
    expect(second!.signer!.commonName).toBe('Jan Petersen');
    expect(new Date(second!.signingTime!).getTime()).toBe(secondAt.getTime());
    // what came after the first signature: the second one and its place and date, all allowed
    expect(first!.laterChanges.map((c) => [c.revision, c.kind, c.allowed, c.fields])).toEqual([
      [3, 'form', true, ['jobcenter.date', 'jobcenter.place']],
      [3, 'signature', true, ['jobcenter.signature']],
    ]);
    expect(first!.trust.status).toBe('not-checked');
  });

  it('reports an unsigned field as unsigned, and a PDF with one signature of two as fine', () => {
    const report = verifyPdf(once);
    expect(report.ok).toBe(true);
    expect(report.signatures.map((s) => [s.field, s.status])).toEqual([
      ['dwd.signature', 'intact'],
      ['jobcenter.signature', 'unsigned'],
    ]);
    expect(verifyPdf(unsigned).signatures.every((s) => s.status === 'unsigned')).toBe(true);
  });

  it('fills place and date, read-only and locked by the signature, and keeps the PDF/A-3 metadata', () => {
    const pdf = openPdf(twice);
    const fields = new Map(readFormFields(pdf).map((f) => [f.name, f]));
    expect(fields.get('dwd.place')).toMatchObject({ value: 'Meldorf', readOnly: true });
    expect(fields.get('dwd.date')).toMatchObject({ value: '15.01.2026', readOnly: true });
    expect(fields.get('jobcenter.place')).toMatchObject({ value: 'Heide', readOnly: true });
    expect(fields.get('jobcenter.date')!.value).toBe('20.01.2026');
    const xmp = readXmp(pdf)!;
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('shows place and date to pdf.js, and the stamp to pdftotext (in the document\'s language)', async () => {
    const doc = await loadPdf(twice);
    expect(doc.fields['dwd.place']![0]!.value).toBe('Meldorf');
    expect(doc.fields['jobcenter.date']![0]!.value).toBe('20.01.2026');
    if (!hasTool('pdftotext')) return;
    // poppler prints the text of form field appearances with the page
    const text = tool('pdftotext', ['-f', '5', '-l', '5', '{in}', '-'], twice).stdout;
    expect(text).toContain('Digital signiert: Sabine Kühl, 15.01.2026');
    expect(text).toContain('Digital signiert: Jan Petersen, 20.01.2026');
    expect(text).toContain('Zertifikat ausgestellt von Test-CA Schleswig-Holstein');
    for (const typed of ['Meldorf', '15.01.2026', 'Heide', '20.01.2026']) expect(text).toContain(typed);
  });

  it.skipIf(!hasTool('pdfsig'))('is valid for poppler (pdfsig): both signatures, the first over its revision only', () => {
    const r = tool('pdfsig', [], twice);
    expect(r.stdout).toContain('Signature Field Name: dwd.signature');
    expect(r.stdout).toContain('Signature Field Name: jobcenter.signature');
    expect(r.stdout.match(/Signature Validation: Signature is Valid\./g)).toHaveLength(2);
    expect(r.stdout).toContain('Signer Certificate Common Name: Sabine Kühl');
    expect(r.stdout).toContain('Signer Certificate Common Name: Jan Petersen');
    expect(r.stdout).toContain('Signature Type: ETSI.CAdES.detached');
    expect(r.stdout).toContain('Not total document signed');
    expect(r.stdout).toContain('Total document signed');
  });

  it.skipIf(!hasTool('qpdf'))('passes qpdf --check', () => {
    const r = tool('qpdf', ['--check'], twice);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });
});

describe('trust', () => {
  it('chains to the CA given as trusted, and not to another', () => {
    const ca = new X509Certificate(dwd.caPem);
    const trusted = verifyPdf(twice, { trust: [ca] });
    expect(trusted.ok).toBe(true);
    expect(trusted.signatures.map((s) => s.trust)).toEqual([
      { status: 'trusted', anchor: 'CN=Test-CA Schleswig-Holstein, O=agree tests, C=DE' },
      { status: 'trusted', anchor: 'CN=Test-CA Schleswig-Holstein, O=agree tests, C=DE' },
    ]);
    const other = makeCa('Another CA');
    const untrusted = verifyPdf(twice, { trust: [new X509Certificate(other.pem)] });
    expect(untrusted.signatures.map((s) => s.trust.status)).toEqual(['untrusted', 'untrusted']);
    expect(untrusted.ok).toBe(false);
  });

  it('takes the signer certificate itself as trusted', () => {
    const report = verifyPdf(once, { trust: [new X509Certificate(dwd.certificatePem)] });
    expect(report.signatures[0]!.trust.status).toBe('trusted');
  });
});

describe('what signing refuses', () => {
  it('a field already signed, and a partner without a signature field (naming those there are)', () => {
    expect(() => signPdf(once, { as: 'dwd', identity: jobcenterKey })).toThrow(expect.objectContaining({ code: 'already-signed', field: 'dwd.signature' }));
    const error = (() => {
      try {
        signPdf(unsigned, { as: 'arge', identity: dwdKey });
      } catch (e) {
        return e as SignError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SignError);
    expect(error).toMatchObject({ code: 'no-field', field: 'arge.signature', available: ['dwd', 'jobcenter'] });
  });

  it('a key file that asks for two billion key derivation iterations, at once and not after minutes', () => {
    const key = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = key.publicKey;
    cert.sign(key.privateKey, forge.md.sha256.create());
    /** every iteration count (a salt followed by an INTEGER), also in DER wrapped in OCTET STRINGs, set to 2^31 - 1 */
    const patch = (node: forge.asn1.Asn1): number => {
      let patched = 0;
      if (node.type === forge.asn1.Type.OCTETSTRING && typeof node.value === 'string' && node.value.charCodeAt(0) === 0x30) {
        try {
          const inner = forge.asn1.fromDer(node.value, true);
          patched += patch(inner);
          node.value = forge.asn1.toDer(inner).getBytes();
        } catch {
          // encrypted, not DER
        }
      }
      if (!Array.isArray(node.value)) return patched;
      const items = node.value as forge.asn1.Asn1[];
      items.forEach((item, i) => {
        const next = items[i + 1];
        if (item.type === forge.asn1.Type.OCTETSTRING && next?.type === forge.asn1.Type.INTEGER) {
          next.value = '\x7f\xff\xff\xff';
          patched++;
        }
        patched += patch(item);
      });
      return patched;
    };
    // with a MAC (checked first) and without one (the key's own encryption is then the first to derive a key)
    for (const useMac of [true, false]) {
      const asn1 = forge.pkcs12.toPkcs12Asn1(key.privateKey, [cert], 'x', { algorithm: 'aes256', count: 2048, useMac });
      expect(patch(asn1)).toBe(useMac ? 2 : 1);
      const start = process.cpuUsage();
      expect(() => loadIdentity(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), 'x')).toThrow(expect.objectContaining({ code: 'unreadable' }));
      const cpu = process.cpuUsage(start);
      expect(cpu.user + cpu.system).toBeLessThan(1_000_000);
    }
  });

  it('a wrong password, a file that is no key file, a key file without its certificate', () => {
    expect(() => loadIdentity(dwd.p12, 'falsch')).toThrow(expect.objectContaining({ code: 'password' }));
    expect(() => loadIdentity(Buffer.from('not a key file'), 'x')).toThrow(IdentityError);
    expect(() => loadIdentity(unsigned.subarray(0, 4000), 'x')).toThrow(expect.objectContaining({ code: 'unreadable' }));
  });
});

describe('files and signatures other tools make', () => {
  it.skipIf(!hasTool('qpdf'))('signs a PDF that qpdf rewrote with object streams and an xref stream, answering with an xref stream', async () => {
    const rewritten = qpdfFile(unsigned, '--object-streams=generate');
    expect(openPdf(rewritten).revisions[0]!.xrefKind).toBe('stream');
    const first = signPdf(rewritten, { as: 'dwd', identity: dwdKey, place: 'Meldorf' }).bytes;
    const both = signPdf(first, { as: 'jobcenter', identity: jobcenterKey, place: 'Heide' }).bytes;
    const pdf = openPdf(both);
    expect(pdf.revisions.map((r) => r.xrefKind)).toEqual(['stream', 'stream', 'stream']);
    expect(verifyPdf(both).signatures.map((s) => s.status)).toEqual(['intact', 'intact']);
    if (hasTool('pdfsig')) expect(tool('pdfsig', [], both).stdout.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(tool('qpdf', ['--check'], both).status).toBe(0);
  });

  it.skipIf(!hasTool('openssl'))('verifies an adbe.pkcs7.detached signature made by openssl cms (with a CMS signing time)', () => {
    // agree's update with the other kind named, and openssl's CMS over exactly the bytes it covers
    const made = Buffer.from(signPdf(unsigned, { as: 'dwd', identity: dwdKey, now: signedAt }).bytes);
    const text = made.toString('latin1');
    const at = text.lastIndexOf('/SubFilter /ETSI.CAdES.detached');
    made.write('/SubFilter /adbe.pkcs7.detached', at, 'latin1');
    const [, a, b, c] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/.exec(text.slice(at))!.slice(1).map(Number);
    const cms = opensslCms(Buffer.concat([made.subarray(0, a), made.subarray(b!, b! + c!)]), dwd);
    made.write(cms.toString('hex'), a! + 1, 'latin1');
    const report = verifyPdf(made);
    expect(report.signatures[0]).toMatchObject({ status: 'intact', kind: 'PKCS#7', subFilter: 'adbe.pkcs7.detached', digest: 'sha256' });
    expect(report.signatures[0]!.signer!.commonName).toBe('Sabine Kühl');
    if (hasTool('pdfsig')) expect(tool('pdfsig', [], made).stdout).toContain('Signature is Valid.');
    // the same CMS over other bytes
    const other = Buffer.from(made);
    other[100] ^= 1;
    expect(verifyPdf(other).signatures[0]).toMatchObject({ status: 'invalid', problem: 'digest-mismatch' });
  });
});

describe('other keys', () => {
  const ec = makeEcIdentity('Jan Petersen');
  it.skipIf(!ec)('signs with an EC key from openssl (ECDSA P-256), valid for agree and for pdfsig', () => {
    const key = loadIdentity(ec!.p12, ec!.password);
    const signed = signPdf(once, { as: 'jobcenter', identity: key, place: 'Heide' }).bytes;
    const report = verifyPdf(signed);
    expect(report.signatures.map((s) => s.status)).toEqual(['intact', 'intact']);
    if (hasTool('pdfsig')) expect(tool('pdfsig', [], signed).stdout.match(/Signature is Valid\./g)).toHaveLength(2);
  });
});
