// A signing identity from a PKCS#12 file (.p12/.pfx, what certificate
// authorities and `openssl pkcs12 -export` hand out): the private key, its
// certificate and the certificates of its chain. node-forge reads the file
// (node:crypto has no PKCS#12); everything after that is node:crypto, which
// also takes keys forge cannot represent (EC).

import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

export interface SigningIdentity {
  key: KeyObject;
  certificate: X509Certificate;
  /** further certificates of the file (issuers), not including `certificate` */
  chain: X509Certificate[];
}

export type IdentityErrorCode = 'unreadable' | 'password' | 'no-key' | 'no-certificate' | 'key-type' | 'too-large';

export class IdentityError extends Error {
  constructor(
    readonly code: IdentityErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'IdentityError';
  }
}

/** a key file holds a key and a few certificates; more is not a key file */
export const MAX_P12_BYTES = 1024 * 1024;

/** At most this many PBKDF2/PKCS#12 KDF iterations: a hostile file could ask for billions (minutes of CPU). */
const MAX_ITERATIONS = 10_000_000;

function der(asn1: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** DER inside an OCTET STRING (the PKCS#12 authenticated safe and its bags are wrapped so), or null */
function innerDer(node: forge.asn1.Asn1): forge.asn1.Asn1 | null {
  if (node.type !== forge.asn1.Type.OCTETSTRING || typeof node.value !== 'string' || node.value.length < 2) return null;
  const first = node.value.charCodeAt(0);
  if (first !== 0x30 && first !== 0x31) return null;
  try {
    const fromDer = forge.asn1.fromDer as unknown as (bytes: string, options: object) => forge.asn1.Asn1;
    return fromDer(node.value, { strict: true, parseAllBytes: true, decodeBitStrings: false });
  } catch {
    return null; // encrypted data, not DER
  }
}

/**
 * The iteration counts the file asks for, read before forge derives any key
 * from them — in the MAC data and in every encryption's parameters, also
 * those wrapped in OCTET STRINGs.
 */
function checkIterations(asn1: forge.asn1.Asn1): void {
  const stack: Array<{ node: forge.asn1.Asn1; depth: number }> = [{ node: asn1, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++seen > 10_000 || depth > 40) throw new IdentityError('unreadable', 'PKCS#12 structure too large or too deep');
    const inner = innerDer(node);
    if (inner) stack.push({ node: inner, depth: depth + 1 });
    if (!Array.isArray(node.value)) continue;
    // a salt followed by an iteration count: PBKDF2 and PKCS#12 PBE parameters, and the MAC data
    node.value.forEach((item, i) => {
      const next = node.value[i + 1] as forge.asn1.Asn1 | undefined;
      if (item.type === forge.asn1.Type.OCTETSTRING && next?.type === forge.asn1.Type.INTEGER && typeof next.value === 'string') {
        let count = 0;
        for (let k = 0; k < next.value.length; k++) count = count * 256 + next.value.charCodeAt(k);
        if (count > MAX_ITERATIONS) throw new IdentityError('unreadable', `PKCS#12 asks for ${count} key derivation iterations`);
      }
      stack.push({ node: item, depth: depth + 1 });
    });
  }
}

/**
 * Reads a PKCS#12 file. Throws IdentityError: 'password' when the password
 * does not open it, 'no-key' / 'no-certificate' when a part is missing or
 * the certificate does not belong to the key.
 */
export function loadIdentity(bytes: Uint8Array, password: string): SigningIdentity {
  if (bytes.length > MAX_P12_BYTES) throw new IdentityError('too-large', `${bytes.length} bytes`);
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    // (the typings know only the boolean form of the options)
    const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => forge.asn1.Asn1;
    const asn1 = fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')), { strict: true, parseAllBytes: false, decodeBitStrings: false });
    checkIterations(asn1);
    try {
      p12 = forge.pkcs12.pkcs12FromAsn1(asn1, true, password);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/MAC could not be verified|Invalid password|decrypt/i.test(message)) throw new IdentityError('password', message);
      throw error;
    }
  } catch (error) {
    if (error instanceof IdentityError) throw error;
    throw new IdentityError('unreadable', error instanceof Error ? error.message : String(error));
  }

  const keys: KeyObject[] = [];
  const certificates: X509Certificate[] = [];
  for (const content of p12.safeContents) {
    for (const bag of content.safeBags) {
      try {
        if (bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag) {
          // forge gives RSA keys as objects, others (EC) as the decrypted PrivateKeyInfo
          const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : (bag.asn1 as forge.asn1.Asn1 | undefined);
          if (info) keys.push(createPrivateKey({ key: der(info), format: 'der', type: 'pkcs8' }));
        } else if (bag.type === forge.pki.oids.certBag) {
          const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag.asn1 as forge.asn1.Asn1 | undefined);
          if (asn1) certificates.push(new X509Certificate(der(asn1)));
        }
      } catch (error) {
        throw new IdentityError('unreadable', error instanceof Error ? error.message : String(error));
      }
    }
  }
  if (keys.length === 0) throw new IdentityError('no-key', 'the file holds no private key');
  const key = keys[0]!;
  if (!['rsa', 'ec'].includes(key.asymmetricKeyType ?? '')) throw new IdentityError('key-type', `${key.asymmetricKeyType} keys are not supported`);
  // the key's own certificate, whatever order the file lists them in
  const publicDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const own = certificates.find((c) => c.publicKey.export({ type: 'spki', format: 'der' }).equals(publicDer));
  if (!own) throw new IdentityError('no-certificate', certificates.length ? 'no certificate of the file belongs to its key' : 'the file holds no certificate');
  return { key, certificate: own, chain: certificates.filter((c) => c !== own) };
}

/** The certificate's common name (CN), else its whole subject on one line. */
export function commonName(certificate: X509Certificate): string {
  return subjectField(certificate.subject, 'CN') ?? oneLine(certificate.subject);
}

/** A distinguished name as Node prints it ("CN=…\nO=…") on one line: "CN=…, O=…". */
export function oneLine(subject: string): string {
  return subject.split('\n').filter(Boolean).join(', ');
}

export function subjectField(subject: string, field: string): string | undefined {
  for (const line of subject.split('\n')) {
    if (line.startsWith(`${field}=`)) return line.slice(field.length + 1);
  }
  return undefined;
}
