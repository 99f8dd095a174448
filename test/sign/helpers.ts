// Throwaway certificates (node-forge: a test CA and people it certifies, as
// PKCS#12 files the way authorities hand them out; openssl for an EC key
// where it is installed), the Dithmarschen PDF as `agree render` writes it,
// and small tools to tamper with signed files.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { processDocument } from '../../src/render/process-document.js';
import { root } from '../helpers/cli.js';
import { hasTool } from '../pdf/helpers.js';

export { hasTool, root };

export interface TestIdentity {
  p12: Buffer;
  password: string;
  /** PEM of the certificate and of its issuer */
  certificatePem: string;
  caPem: string;
  /** the private key (PKCS#8 PEM), for signing with other tools */
  keyPem: string;
  commonName: string;
}

interface Ca {
  key: forge.pki.rsa.KeyPair;
  cert: forge.pki.Certificate;
  pem: string;
}

// forge encodes a UTF8String value itself: give it the text as it is
const utf8Name = (cn: string, org: string): forge.pki.CertificateField[] => [
  { name: 'commonName', value: cn, valueTagClass: forge.asn1.Type.UTF8 } as unknown as forge.pki.CertificateField,
  { name: 'organizationName', value: org, valueTagClass: forge.asn1.Type.UTF8 } as unknown as forge.pki.CertificateField,
  { name: 'countryName', value: 'DE' },
];

let serial = 1;

function certificate(subject: forge.pki.CertificateField[], publicKey: forge.pki.PublicKey, issuer: Ca | null, signingKey: forge.pki.PrivateKey, ca: boolean): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (0x1000 + serial++).toString(16);
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: ca },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, keyCertSign: ca },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(signingKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return cert;
}

/** a certificate authority for tests ("Test-CA …") */
export function makeCa(name: string): Ca {
  const key = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = certificate(utf8Name(name, 'agree tests'), key.publicKey, null, key.privateKey, true);
  return { key, cert, pem: forge.pki.certificateToPem(cert) };
}

/** a person's RSA key and certificate from `ca`, as a password-protected PKCS#12 file (AES-256, SHA-256 MAC, as openssl 3 writes them) */
export function makeIdentity(ca: Ca, commonName: string, org: string, password = 'geheim'): TestIdentity {
  const key = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = certificate(utf8Name(commonName, org), key.publicKey, ca, ca.key.privateKey, false);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key.privateKey, [cert, ca.cert], password, { algorithm: 'aes256' });
  return {
    p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'),
    password,
    certificatePem: forge.pki.certificateToPem(cert),
    caPem: ca.pem,
    keyPem: forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key.privateKey))),
    commonName,
  };
}

/** an EC (P-256) identity made by openssl, self-signed; null where openssl is not installed */
export function makeEcIdentity(commonName: string, password = 'geheim'): TestIdentity | null {
  if (!hasTool('openssl')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'agree-sign-ec-'));
  try {
    const run = (...args: string[]) => {
      const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
    };
    run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '30', '-nodes', '-subj', `/CN=${commonName}/O=Jobcenter`, '-utf8');
    run('pkcs12', '-export', '-inkey', 'key.pem', '-in', 'cert.pem', '-out', 'id.p12', '-passout', `pass:${password}`);
    const pem = readFileSync(join(dir, 'cert.pem'), 'utf8');
    return { p12: readFileSync(join(dir, 'id.p12')), password, certificatePem: pem, caPem: pem, keyPem: readFileSync(join(dir, 'key.pem'), 'utf8'), commonName };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rendered = new Map<string, Promise<Buffer>>();

/** the agreement's PDF exactly as `agree render` writes it (source embedded) */
export function renderedPdf(example = 'examples/dithmarschen.yaml'): Promise<Buffer> {
  let pdf = rendered.get(example);
  if (!pdf) {
    pdf = processDocument({ input: example, cwd: root, lang: 'en', today: '2026-01-01', kinds: ['pdf'], strict: false }).then((r) => {
      const file = r.files.find((f) => f.kind === 'pdf');
      if (!file) throw new Error(`${example} did not render: ${JSON.stringify(r.diagnostics)}`);
      return Buffer.from(file.data as Uint8Array);
    });
    rendered.set(example, pdf);
  }
  return pdf;
}

/** runs a command-line tool on a file ("{in}" in `args`, else appended), returning its status and output */
export function tool(command: string, args: string[], file: Uint8Array): { status: number; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'agree-sign-tool-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, file);
    const r = spawnSync(command, args.includes('{in}') ? args.map((a) => (a === '{in}' ? path : a)) : [...args, path], { encoding: 'utf8' });
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** replaces the last /ByteRange of a file by `range`, padded to the same length (offsets stay where they are) */
export function withByteRange(file: Buffer, range: (current: number[]) => number[]): Buffer {
  const text = file.toString('latin1');
  const at = text.lastIndexOf('/ByteRange [');
  const end = text.indexOf(']', at);
  const current = text.slice(at + '/ByteRange ['.length, end).trim().split(/\s+/).map(Number);
  const replaced = `/ByteRange [${range(current).join(' ')}`;
  const slot = end - at;
  if (replaced.length > slot) throw new Error('byte range does not fit');
  return Buffer.from(text.slice(0, at) + replaced.padEnd(slot, ' ') + text.slice(end), 'latin1');
}

/** a CMS signature of `data` made by `openssl cms` (detached, DER, with its default signed attributes: signing time, S/MIME capabilities) */
export function opensslCms(data: Uint8Array, identity: TestIdentity): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'agree-sign-cms-'));
  try {
    writeFileSync(join(dir, 'data'), data);
    writeFileSync(join(dir, 'cert.pem'), identity.certificatePem);
    writeFileSync(join(dir, 'key.pem'), identity.keyPem);
    const r = spawnSync('openssl', ['cms', '-sign', '-binary', '-in', 'data', '-signer', 'cert.pem', '-inkey', 'key.pem', '-md', 'sha256', '-outform', 'DER', '-out', 'cms.der'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl cms: ${r.stderr}`);
    return readFileSync(join(dir, 'cms.der'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** the hex of the last signature's /Contents, and where it is */
export function lastContents(file: Buffer): { at: number; hex: string } {
  const text = file.toString('latin1');
  const at = text.lastIndexOf('/Contents <') + '/Contents <'.length;
  return { at, hex: text.slice(at, text.indexOf('>', at)) };
}
