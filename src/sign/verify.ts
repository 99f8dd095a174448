// `agree verify`: every signature field of a PDF — unsigned, or signed by
// whom, when, with which kind of signature, and whether what it covers is
// intact and what later revisions changed. Revisions and objects come from
// agree's reader (src/pdf); the byte range is checked against them before
// any cryptography: it must start at 0, leave out exactly the signature's
// own /Contents string, and end where a revision of the file ends — the
// usual ways of making a valid signature vouch for other bytes.

import { X509Certificate } from 'node:crypto';
import { openPdf, PdfDict, PdfReadError, PdfName, PdfRef, PdfString, readFormFields, type FormField, type PdfFile } from '../pdf/index.js';
import { objectHeaderBefore } from '../pdf/scan.js';
import { ChangeAnalysis, sameValue, type Change } from './changes.js';
import { checkCms, type CmsProblem } from './cms.js';
import { commonName, oneLine } from './identity.js';
import { parsePdfDate } from './pdf-date.js';

export type SignatureProblem =
  | CmsProblem
  | 'not-a-signature'
  | 'byte-range-malformed'
  | 'byte-range-start'
  | 'byte-range-gap'
  | 'byte-range-end'
  | 'unsupported-subfilter'
  /** the objects of this signature could not be read (damaged or beyond agree's limits) */
  | 'damaged';

export type SignatureStatus = 'unsigned' | 'intact' | 'modified' | 'invalid' | 'unsupported';

export interface SignerInfo {
  commonName: string;
  /** the subject on one line: "CN=…, O=…" */
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
}

export interface SignatureReport {
  /** the field's qualified name, e.g. "dwd.signature" */
  field: string;
  /** 1-based page of its widget */
  page: number | null;
  status: SignatureStatus;
  /** why it is invalid or unsupported */
  problem: SignatureProblem | null;
  /** technical detail (English) */
  detail: string | null;
  signer: SignerInfo | null;
  /** ISO 8601 with offset, from the signature dictionary's /M (else a CMS signing-time) */
  signingTime: string | null;
  subFilter: string | null;
  /** "PAdES-B-B", "PAdES-B-T", "CAdES", "PKCS#7" */
  kind: string | null;
  digest: string | null;
  /** 1-based revision the signature covers, of `revisions` in the file */
  revision: number | null;
  /** the signature covers the whole file as it is */
  wholeFile: boolean;
  /** what the revisions after the signed one changed */
  laterChanges: Change[];
  /** the signature dictionary or the field was changed after signing */
  signatureChanged: boolean;
  /** not-checked: no --trust certificates were given */
  trust: { status: 'trusted' | 'untrusted' | 'not-checked'; anchor: string | null };
  /** the certificate was valid at the signing time (null when unknown) */
  validAtSigning: boolean | null;
}

export interface VerifyReport {
  revisions: number;
  signatures: SignatureReport[];
  /** every signed field intact (and trusted, when trust anchors were given) */
  ok: boolean;
}

export interface VerifyOptions {
  /** certificates to trust (--trust); none: the chain is not checked */
  trust?: X509Certificate[];
}

const HEX = /^[0-9a-fA-F]*$/;

function isoWithOffset(date: Date, offset: number | null): string {
  if (offset === null) return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function signerInfo(certificate: X509Certificate): SignerInfo {
  return {
    commonName: commonName(certificate),
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    serialNumber: certificate.serialNumber,
    validFrom: new Date(certificate.validFrom).toISOString(),
    validTo: new Date(certificate.validTo).toISOString(),
  };
}

/** the revision a byte range ends with: its end exactly, or its %%EOF without the end of line after it */
function revisionEndingAt(pdf: PdfFile, end: number): number | null {
  const bytes = pdf.bytes;
  for (const revision of pdf.revisions) {
    if (end === revision.end) return revision.index;
    if (end < revision.end && end >= 5 && Buffer.from(bytes.subarray(end - 5, end)).toString('latin1') === '%%EOF') {
      let p = end;
      while (p < revision.end && (bytes[p] === 0x0d || bytes[p] === 0x0a)) p++;
      if (p === revision.end) return revision.index;
    }
  }
  return null;
}

/** the gap must be the signature dictionary's own `/Contents <hex>`, nothing more or less */
function gapIsContents(pdf: PdfFile, a: number, b: number, contents: PdfString, sigRef: PdfRef | null): boolean {
  const bytes = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
  if (bytes[a] !== 0x3c || bytes[b - 1] !== 0x3e) return false;
  const hex = bytes.toString('latin1', a + 1, b - 1);
  if (!HEX.test(hex) || hex.length % 2 !== 0) return false;
  if (!Buffer.from(hex, 'hex').equals(Buffer.from(contents.bytes))) return false;
  let p = a - 1;
  while (p >= 0 && (bytes[p] === 0x20 || bytes[p] === 0x0a || bytes[p] === 0x0d || bytes[p] === 0x09)) p--;
  if (bytes.toString('latin1', p - 8, p + 1) !== '/Contents') return false;
  if (!sigRef) return true;
  // inside the signature dictionary's own object: the nearest object header before it is that object's
  const from = Math.max(0, p - 65536);
  for (let at = p; at >= from; ) {
    const obj = bytes.lastIndexOf('obj', at, 'latin1');
    if (obj < from) return false;
    // an "endobj" first: the gap is not inside any object
    if (bytes.toString('latin1', obj - 3, obj) === 'end') return false;
    const header = objectHeaderBefore(bytes, obj);
    if (header) return header.num === sigRef.num && header.gen === sigRef.gen;
    at = obj - 1;
  }
  return false;
}

/** the signer's certificate leads to one of `trust` through the CMS's certificates (issuer signatures checked) */
function chainToTrust(signer: X509Certificate, pool: X509Certificate[], trust: X509Certificate[]): X509Certificate | null {
  const anchors = new Map(trust.map((t) => [t.fingerprint256, t]));
  let current = signer;
  for (let depth = 0; depth < 10; depth++) {
    const direct = anchors.get(current.fingerprint256);
    if (direct) return direct;
    const candidates = [...trust, ...pool].filter((c) => c.fingerprint256 !== current.fingerprint256);
    const issuer = candidates.find((c) => {
      try {
        return current.checkIssued(c) && current.verify(c.publicKey);
      } catch {
        return false;
      }
    });
    if (!issuer) return null;
    if (anchors.has(issuer.fingerprint256)) return issuer;
    current = issuer;
  }
  return null;
}

function unsigned(field: FormField): SignatureReport {
  return {
    field: field.name,
    page: field.widgets[0]?.page === null || field.widgets[0] === undefined ? null : field.widgets[0].page + 1,
    status: 'unsigned',
    problem: null,
    detail: null,
    signer: null,
    signingTime: null,
    subFilter: null,
    kind: null,
    digest: null,
    revision: null,
    wholeFile: false,
    laterChanges: [],
    signatureChanged: false,
    trust: { status: 'not-checked', anchor: null },
    validAtSigning: null,
  };
}

function verifyField(pdf: PdfFile, field: FormField, analysis: ChangeAnalysis, trust: X509Certificate[]): SignatureReport {
  const report = unsigned(field);
  const fieldDict = field.ref ? pdf.resolve(field.ref) : null;
  const value = fieldDict instanceof PdfDict ? fieldDict.get('V') : undefined;
  if (value === undefined) return report;
  const fail = (problem: SignatureProblem, detail: string, status: SignatureStatus = 'invalid'): SignatureReport => ({ ...report, status, problem, detail });

  const sig = pdf.resolve(value);
  if (!(sig instanceof PdfDict)) return fail('not-a-signature', 'the field value is not a signature dictionary');
  const sigRef = value instanceof PdfRef ? value : null;
  const subFilter = pdf.resolve(sig.get('SubFilter'));
  report.subFilter = subFilter instanceof PdfName ? subFilter.name : null;
  const m = pdf.resolve(sig.get('M'));
  const when = m instanceof PdfString ? parsePdfDate(m.latin1()) : null;
  if (when) report.signingTime = isoWithOffset(when.date, when.offset);

  const range = pdf.resolve(sig.get('ByteRange'));
  const contents = pdf.resolve(sig.get('Contents'));
  if (!Array.isArray(range) || range.length !== 4 || !range.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) || !(contents instanceof PdfString)) {
    return fail('byte-range-malformed', 'no /ByteRange of four numbers, or no /Contents string');
  }
  const [start, a, b, c] = range as number[];
  if (start !== 0) return fail('byte-range-start', `the signed bytes start at ${start}, not at the beginning of the file`);
  if (!(a! > 0 && b! > a! && b! + c! <= pdf.bytes.length)) return fail('byte-range-malformed', `byte range [0 ${a} ${b} ${c}] does not fit a file of ${pdf.bytes.length} bytes`);
  if (!gapIsContents(pdf, a!, b!, contents, sigRef)) return fail('byte-range-gap', `the bytes left out (${a}–${b}) are not exactly the signature's /Contents`);
  const signed = revisionEndingAt(pdf, b! + c!);
  if (signed === null) return fail('byte-range-end', `the signed bytes end at ${b! + c!}, which is not the end of a revision`);
  report.revision = signed + 1;
  report.wholeFile = signed === pdf.revisions.length - 1;

  // the signature as signed is the signature as read now, and it was this field's value then
  if (sigRef) {
    report.signatureChanged = !sameValue(pdf.objectAt(signed, sigRef.num, sigRef.gen), sig);
    const then = field.ref ? pdf.objectAt(signed, field.ref.num, field.ref.gen) : undefined;
    const thenValue = then instanceof PdfDict ? then.get('V') : undefined;
    if (!(thenValue instanceof PdfRef && thenValue.num === sigRef.num && thenValue.gen === sigRef.gen)) report.signatureChanged = true;
  }

  const supported = report.subFilter === 'ETSI.CAdES.detached' || report.subFilter === 'adbe.pkcs7.detached';
  if (!supported) return fail('unsupported-subfilter', `signature kind ${report.subFilter ?? '(none)'}`, 'unsupported');
  const bytes = pdf.bytes;
  const check = checkCms(contents.bytes, [bytes.subarray(0, a), bytes.subarray(b!, b! + c!)]);
  if (check.signer) report.signer = signerInfo(check.signer);
  report.digest = check.digest;
  report.kind = report.subFilter === 'ETSI.CAdES.detached' ? (check.hasSigningCertificate ? (check.hasTimestamp ? 'PAdES-B-T' : 'PAdES-B-B') : 'CAdES') : 'PKCS#7';
  if (!report.signingTime && check.signingTime) report.signingTime = isoWithOffset(check.signingTime, 0);
  if (check.problem) return fail(check.problem, check.detail ?? '', check.problem === 'unsupported-algorithm' ? 'unsupported' : 'invalid');

  const signer = check.signer!;
  const time = report.signingTime ? new Date(report.signingTime) : null;
  if (time) report.validAtSigning = time >= new Date(signer.validFrom) && time <= new Date(signer.validTo);
  if (trust.length > 0) {
    const anchor = chainToTrust(signer, check.certificates, trust);
    report.trust = anchor ? { status: 'trusted', anchor: oneLine(anchor.subject) } : { status: 'untrusted', anchor: null };
  }

  const locked = analysis.lockedBy(signed, fieldDict as PdfDict);
  const lockedNames = locked === 'all' ? locked : new Set([...locked, field.name]);
  report.laterChanges = analysis.after(signed, lockedNames);
  const modified = report.signatureChanged || report.laterChanges.some((change) => !change.allowed);
  return { ...report, status: modified ? 'modified' : 'intact' };
}

/** Verifies every signature field of `bytes`. Throws PdfReadError when the file cannot be read at all. */
export function verifyPdf(bytes: Uint8Array, options: VerifyOptions = {}): VerifyReport {
  const pdf = openPdf(bytes);
  const fields = readFormFields(pdf).filter((f) => f.type === 'signature');
  const analysis = new ChangeAnalysis(pdf);
  const trust = options.trust ?? [];
  const signatures = fields.map((field) => {
    try {
      return verifyField(pdf, field, analysis, trust);
    } catch (error) {
      if (!(error instanceof PdfReadError)) throw error;
      return { ...unsigned(field), status: 'invalid' as const, problem: 'damaged' as const, detail: error.detail };
    }
  });
  const ok = signatures.every((s) => s.status === 'unsigned' || (s.status === 'intact' && (trust.length === 0 || s.trust.status === 'trusted')));
  return { revisions: pdf.revisions.length, signatures, ok };
}

