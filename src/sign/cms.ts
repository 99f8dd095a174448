// CMS SignedData (RFC 5652) for PDF signatures: built as PAdES baseline B-B
// (ETSI EN 319 142-1: detached, SHA-256, signed attributes content-type,
// message-digest and ESS signing-certificate-v2, no CMS signing-time — the
// time is the signature dictionary's /M), and read back for verification,
// whoever made it. Signing and verifying are node:crypto; the structures are
// DER from der.ts, read with their offsets so that the signature is checked
// over the signed attributes exactly as they were encoded.

import { createHash, sign as cryptoSign, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import {
  NULL,
  TAG,
  children,
  content,
  context,
  der,
  encoded,
  expectTag,
  integer,
  octetString,
  oid,
  parseDer,
  readNode,
  readOid,
  sequence,
  setOf,
  DerError,
  type DerNode,
} from './der.js';
import type { SigningIdentity } from './identity.js';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
} as const;

/** digest algorithms by OID: node:crypto name */
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const SHA256 = '2.16.840.1.101.3.4.2.1';

/** signature algorithms that name their digest: OID → [key kind, digest] */
const SIGNATURES: Record<string, [string, string | null]> = {
  [OID.rsaEncryption]: ['rsa', null],
  '1.2.840.113549.1.1.5': ['rsa', 'sha1'],
  '1.2.840.113549.1.1.11': ['rsa', 'sha256'],
  '1.2.840.113549.1.1.12': ['rsa', 'sha384'],
  '1.2.840.113549.1.1.13': ['rsa', 'sha512'],
  [OID.rsaPss]: ['rsa-pss', null],
  '1.2.840.10045.4.1': ['ec', 'sha1'],
  '1.2.840.10045.4.3.2': ['ec', 'sha256'],
  '1.2.840.10045.4.3.3': ['ec', 'sha384'],
  '1.2.840.10045.4.3.4': ['ec', 'sha512'],
  [OID.ecPublicKey]: ['ec', null],
  [OID.ed25519]: ['ed25519', null],
};

// ---------------------------------------------------------------------------
// certificates

/** issuer Name and serialNumber INTEGER of a certificate, as encoded in it */
export function issuerAndSerial(certificate: X509Certificate): { issuer: Uint8Array; serial: Uint8Array } {
  const tbs = children(parseDer(certificate.raw))[0]!;
  const fields = children(tbs);
  const offset = fields[0]?.tag === context(0) ? 1 : 0;
  return { issuer: encoded(fields[offset + 2]!), serial: encoded(expectTag(fields[offset], TAG.INTEGER, 'certificate serial number')) };
}

// ---------------------------------------------------------------------------
// building

/** The PAdES-B-B CMS for a document whose signed bytes have the SHA-256 digest `digest`. */
export function buildCms(identity: SigningIdentity, digest: Uint8Array): Uint8Array {
  const cert = identity.certificate;
  const { issuer, serial } = issuerAndSerial(cert);
  const certHash = createHash('sha256').update(cert.raw).digest();
  const attribute = (type: string, value: Uint8Array) => sequence(oid(type), setOf(value));
  const signedAttrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(digest)),
    // ESSCertIDv2 with the default hash algorithm (SHA-256) left out, as DER requires
    attribute(OID.signingCertificateV2, sequence(sequence(sequence(octetString(certHash), sequence(sequence(der(context(4), issuer)), serial))))),
  ];
  // signed as a SET OF; stored as [0] IMPLICIT
  const signedSet = setOf(...signedAttrs);
  const kind = identity.key.asymmetricKeyType;
  const signature = cryptoSign('sha256', signedSet, identity.key);
  const signatureAlgorithm = kind === 'ec' ? sequence(oid('1.2.840.10045.4.3.2')) : sequence(oid(OID.rsaEncryption), NULL);
  const signerInfo = sequence(
    integer(1),
    sequence(issuer, serial),
    sequence(oid(SHA256)),
    der(context(0), content(readNode(signedSet))),
    signatureAlgorithm,
    octetString(signature),
  );
  const certificates = [cert, ...identity.chain].map((c) => new Uint8Array(c.raw));
  const signedData = sequence(
    integer(1),
    setOf(sequence(oid(SHA256))),
    sequence(oid(OID.data)),
    der(context(0), ...certificates),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), der(context(0), signedData));
}

// ---------------------------------------------------------------------------
// reading and checking

export type CmsProblem =
  | 'cms-unreadable'
  | 'cms-not-signed-data'
  | 'cms-signers'
  | 'cms-not-detached'
  | 'no-certificate'
  | 'unsupported-algorithm'
  | 'missing-message-digest'
  | 'content-type'
  | 'digest-mismatch'
  | 'signature-invalid'
  | 'signing-certificate-mismatch';

export interface CmsCheck {
  /** the first thing wrong, or null when the signature is valid over the digest */
  problem: CmsProblem | null;
  /** technical detail for --debug and json */
  detail?: string;
  signer: X509Certificate | null;
  /** every certificate the CMS carries */
  certificates: X509Certificate[];
  /** node:crypto name of the digest, e.g. "sha256" */
  digest: string | null;
  /** signed attributes present */
  hasSigningCertificate: boolean;
  hasTimestamp: boolean;
  /** a CMS signing-time attribute (PAdES forbids it; older PKCS#7 signatures carry one) */
  signingTime: Date | null;
}

/** how many certificates one signature may carry: a chain has a handful */
const MAX_CERTIFICATES = 50;

function readTime(node: DerNode): Date | null {
  const text = Buffer.from(content(node)).toString('latin1');
  const m = node.tag === TAG.UTC_TIME ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  let year = Number(m[1]);
  if (node.tag === TAG.UTC_TIME) year += year < 50 ? 2000 : 1900;
  const ms = Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isFinite(ms) ? new Date(ms) : null;
}

/**
 * Checks the CMS `cms` (the /Contents of a signature, zero padding allowed
 * after it) against the bytes the /ByteRange covers: `signedBytes` gives them
 * in parts so that they are hashed without a copy.
 */
export function checkCms(cms: Uint8Array, signedBytes: Uint8Array[]): CmsCheck {
  const result: CmsCheck = { problem: null, signer: null, certificates: [], digest: null, hasSigningCertificate: false, hasTimestamp: false, signingTime: null };
  const fail = (problem: CmsProblem, detail: string): CmsCheck => ({ ...result, problem, detail });
  let signerInfo: DerNode;
  let digestAlgorithms: string[];
  try {
    const head = readNode(cms, 0);
    const root = parseDer(cms.subarray(0, head.end));
    const [contentType, wrapped] = children(expectTag(root, TAG.SEQUENCE, 'ContentInfo'));
    if (!contentType || readOid(contentType) !== OID.signedData) return fail('cms-not-signed-data', 'content type is not signedData');
    const signedData = children(expectTag(wrapped, context(0), 'ContentInfo content'))[0];
    const parts = children(expectTag(signedData, TAG.SEQUENCE, 'SignedData'));
    digestAlgorithms = children(expectTag(parts[1], TAG.SET, 'digestAlgorithms')).map((a) => readOid(children(a)[0]!));
    const encap = children(expectTag(parts[2], TAG.SEQUENCE, 'encapContentInfo'));
    if (encap.length > 1) return fail('cms-not-detached', 'the CMS carries the signed content itself');
    let i = 3;
    if (parts[i]?.tag === context(0)) {
      const certs = children(parts[i]!);
      if (certs.length > MAX_CERTIFICATES) return fail('cms-unreadable', `${certs.length} certificates`);
      for (const c of certs) {
        // other certificate formats ([1]…[3]) are skipped
        if (c.tag !== TAG.SEQUENCE) continue;
        try {
          result.certificates.push(new X509Certificate(encoded(c)));
        } catch {
          // an unreadable certificate that is not the signer's does not matter
        }
      }
      i++;
    }
    if (parts[i]?.tag === context(1)) i++; // CRLs
    const signers = children(expectTag(parts[i], TAG.SET, 'signerInfos'));
    if (signers.length !== 1) return fail('cms-signers', `${signers.length} signers`);
    signerInfo = signers[0]!;
  } catch (error) {
    if (error instanceof DerError) return fail('cms-unreadable', error.message);
    throw error;
  }

  try {
    const fields = children(expectTag(signerInfo, TAG.SEQUENCE, 'SignerInfo'));
    const sid = fields[1]!;
    const digestOid = readOid(children(expectTag(fields[2], TAG.SEQUENCE, 'digestAlgorithm'))[0]!);
    const digest = DIGESTS[digestOid];
    if (!digest) return fail('unsupported-algorithm', `digest ${digestOid}`);
    if (!digestAlgorithms.includes(digestOid)) return fail('unsupported-algorithm', `digest ${digestOid} not declared in SignedData`);
    result.digest = digest;
    let k = 3;
    let signedAttrs: DerNode | null = null;
    if (fields[k]?.tag === context(0)) signedAttrs = fields[k++]!;
    const algorithm = children(expectTag(fields[k++], TAG.SEQUENCE, 'signatureAlgorithm'));
    const algorithmOid = readOid(algorithm[0]!);
    const signature = content(expectTag(fields[k++], TAG.OCTET_STRING, 'signature'));
    const unsigned = fields[k]?.tag === context(1) ? children(fields[k]!) : [];
    result.hasTimestamp = unsigned.some((a) => readOid(children(a)[0]!) === OID.timeStampToken);

    // the signer: by issuer and serial number, or by subject key identifier
    if (sid.tag === TAG.SEQUENCE) {
      const [issuer, serial] = children(sid);
      const wanted = Buffer.concat([Buffer.from(encoded(issuer!)), Buffer.from(encoded(serial!))]);
      result.signer =
        result.certificates.find((c) => {
          try {
            const own = issuerAndSerial(c);
            return Buffer.concat([Buffer.from(own.issuer), Buffer.from(own.serial)]).equals(wanted);
          } catch {
            return false;
          }
        }) ?? null;
    } else if (sid.tag === 0x80) {
      const ski = Buffer.from(content(sid)).toString('hex');
      result.signer = result.certificates.find((c) => subjectKeyIdentifier(c) === ski) ?? null;
    }
    if (!result.signer) return fail('no-certificate', 'the signer certificate is not in the CMS');

    const hash = createHash(digest);
    for (const part of signedBytes) hash.update(part);
    const documentDigest = hash.digest();

    let signedData: Uint8Array;
    if (signedAttrs) {
      let messageDigest: Uint8Array | null = null;
      let contentTypeOk = false;
      for (const attribute of children(signedAttrs)) {
        const [type, values] = children(attribute);
        const typeOid = readOid(type!);
        const value = children(expectTag(values, TAG.SET, 'attribute values'))[0];
        if (typeOid === OID.messageDigest && value) messageDigest = content(expectTag(value, TAG.OCTET_STRING, 'message digest'));
        else if (typeOid === OID.contentType && value) contentTypeOk = readOid(value) === OID.data;
        else if (typeOid === OID.signingTime && value) result.signingTime = readTime(value);
        else if (typeOid === OID.signingCertificateV2 && value) {
          result.hasSigningCertificate = true;
          if (!signingCertificateMatches(value, result.signer, true)) return fail('signing-certificate-mismatch', 'ESS signing-certificate-v2 names another certificate');
        } else if (typeOid === OID.signingCertificate && value) {
          result.hasSigningCertificate = true;
          if (!signingCertificateMatches(value, result.signer, false)) return fail('signing-certificate-mismatch', 'ESS signing-certificate names another certificate');
        }
      }
      if (!contentTypeOk) return fail('content-type', 'content-type attribute missing or not id-data');
      if (!messageDigest) return fail('missing-message-digest', 'no message-digest attribute');
      if (!documentDigest.equals(Buffer.from(messageDigest))) return fail('digest-mismatch', 'the signed bytes do not have the digest the signature names');
      // the signature covers the attributes as a SET OF, in their original encoding
      const setEncoding = new Uint8Array(encoded(signedAttrs));
      setEncoding[0] = TAG.SET;
      signedData = setEncoding;
    } else {
      signedData = Buffer.concat(signedBytes.map((p) => Buffer.from(p)));
    }

    const known = SIGNATURES[algorithmOid];
    const keyKind = result.signer.publicKey.asymmetricKeyType;
    if (!known || (known[0] !== keyKind && !(known[0] === 'rsa-pss' && keyKind === 'rsa'))) return fail('unsupported-algorithm', `signature ${algorithmOid} with a ${keyKind} key`);
    let ok: boolean;
    try {
      if (known[0] === 'ed25519') ok = cryptoVerify(null, signedData, result.signer.publicKey, signature);
      else if (known[0] === 'rsa-pss') {
        const saltLength = pssSaltLength(algorithm[1]);
        ok = cryptoVerify(pssDigest(algorithm[1]) ?? digest, signedData, { key: result.signer.publicKey, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength }, signature);
      } else ok = cryptoVerify(known[1] ?? digest, signedData, result.signer.publicKey, signature);
    } catch (error) {
      return fail('signature-invalid', error instanceof Error ? error.message : String(error));
    }
    if (!ok) return fail('signature-invalid', 'the signature value does not verify with the signer certificate');
    return result;
  } catch (error) {
    if (error instanceof DerError) return fail('cms-unreadable', error.message);
    throw error;
  }
}

/** SigningCertificate(V2): the first ESSCertID's hash must be that of the signer's certificate */
function signingCertificateMatches(value: DerNode, signer: X509Certificate, v2: boolean): boolean {
  const certs = children(expectTag(children(expectTag(value, TAG.SEQUENCE, 'SigningCertificate'))[0], TAG.SEQUENCE, 'certs'));
  const first = certs[0];
  if (!first) return false;
  const parts = children(expectTag(first, TAG.SEQUENCE, 'ESSCertID'));
  let algorithm = v2 ? 'sha256' : 'sha1';
  let at = 0;
  if (v2 && parts[0]?.tag === TAG.SEQUENCE) {
    const named = DIGESTS[readOid(children(parts[0])[0]!)];
    if (!named) return false;
    algorithm = named;
    at = 1;
  }
  const hash = content(expectTag(parts[at], TAG.OCTET_STRING, 'certHash'));
  return createHash(algorithm).update(signer.raw).digest().equals(Buffer.from(hash));
}

function subjectKeyIdentifier(certificate: X509Certificate): string | null {
  try {
    const tbs = children(children(parseDer(certificate.raw))[0]!);
    const extensions = tbs.find((n) => n.tag === context(3));
    if (!extensions) return null;
    for (const extension of children(children(extensions)[0]!)) {
      const [id, ...rest] = children(extension);
      if (readOid(id!) !== '2.5.29.14') continue;
      const value = rest[rest.length - 1]!;
      return Buffer.from(content(readNode(content(value)))).toString('hex');
    }
  } catch {
    return null;
  }
  return null;
}

/** RSASSA-PSS-params: hashAlgorithm [0], saltLength [2] (default SHA-1 and 20) */
function pssParams(params: DerNode | undefined): { digest: string | null; salt: number } {
  let digest: string | null = null;
  let salt = 20;
  if (params?.tag === TAG.SEQUENCE) {
    for (const field of children(params)) {
      if (field.tag === context(0)) digest = DIGESTS[readOid(children(children(field)[0]!)[0]!)] ?? null;
      if (field.tag === context(2)) {
        const n = content(children(field)[0]!);
        salt = 0;
        for (const b of n) salt = salt * 256 + b;
      }
    }
  }
  return { digest: digest ?? 'sha1', salt };
}
const pssDigest = (params: DerNode | undefined) => pssParams(params).digest;
const pssSaltLength = (params: DerNode | undefined) => pssParams(params).salt;
