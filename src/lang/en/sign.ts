// The words of agree sign, verify and extract (English).

import type { SignWords } from '../../sign/words.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** the parts of "2026-01-15T10:30:00+01:00" as written (no conversion to another zone) */
function timeText(iso: string, put: (year: string, month: string, day: string, time: string, zone: string) => string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? put(m[1]!, m[2]!, m[3]!, m[4]!, m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`) : iso;
}

export const sign: SignWords = {
  sourceDescription: (i) => (i === 0 ? 'Source of this agreement (agree, YAML)' : `Base file of the source (extends, level ${i})`),
  fieldDate: (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  stamp: (signer, date, issuer) => [`Digitally signed: ${signer}, ${date}`, ...(issuer ? [`Certificate issued by ${issuer}`] : [])],

  help: {
    extract: 'write the YAML source embedded by agree render back out of a PDF',
    extractOut: 'directory for the files (default: the current one)',
    force: 'overwrite existing files',
    sign: "sign a partner's signature field digitally (PAdES, as an incremental update)",
    as: "the partner signing (the prefix of its fields, e.g. dwd for dwd.signature)",
    p12: 'key and certificate as a PKCS#12 file (.p12/.pfx)',
    place: 'place for the "Place" field',
    signOut: 'output file (default: FILE-signed.pdf next to the input)',
    passwordEnv: "name of an environment variable holding the .p12 file's password (otherwise asked on the terminal)",
    verify: "check a PDF's signatures: who, when, which kind, changed or not",
    pdfFile: 'PDF file',
    pdfFiles: 'PDF files (also quoted globs)',
    verifyFiles: 'PDF files, and at most one agreement (YAML): then each PDF is checked to hold exactly this agreement',
    trust: 'a certificate to trust (PEM or DER); repeat for several',
    verifyFormat: 'output format: text or json',
    noEmbed: 'do not embed the YAML source in the PDF',
  },

  pdfUnreadable: (file, code) =>
    `${file}: ${
      {
        'not-pdf': 'is not a PDF file',
        truncated: 'the PDF is incomplete (truncated)',
        encrypted: 'the PDF is encrypted or password-protected; agree reads only unencrypted files',
        damaged: 'the PDF is damaged and cannot be read',
        'too-large': 'the PDF holds more than agree reads in reasonable time and memory',
        unsupported: 'the PDF uses an encoding agree does not read',
      }[code]
    }`,
  notPdf: (file) => `${file} is not a PDF file`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  fileNotFound: 'file not found (ENOENT)',
  tooBig: (file, bytes, max) => `${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; agree reads at most ${max / 1024 / 1024} MB`,

  noSource: (file) => `${file} holds no embedded source (made with agree render --no-embed, or by another program)`,
  notEmbedded: 'is not embedded in the PDF',
  sourceDamaged: (file, p) =>
    `${file}: the embedded file ${p.name} is damaged (${p.code === 'size' ? `${p.actual} bytes instead of ${p.declared}` : p.code === 'checksum' ? 'checksum does not match' : 'no data'})`,
  unsafeName: (file, name) => `${file}: the embedded file "${name}" has no usable file name; nothing was written`,
  exists: (path) => `${path} exists; --force overwrites it. Nothing was written.`,
  extracted: (path) => `wrote ${path}`,
  extractedSummary: (count, dir) => `Wrote ${count === 1 ? '1 file' : `${count} files`} to ${dir}.`,
  unchanged: (path) => `unchanged (already there with the same content): ${path}`,

  passwordPrompt: (file) => `Password for ${file}: `,
  aborted: 'Aborted; nothing was written.',
  noPassword: (file) => `No password for ${file}: without a terminal, name an environment variable holding it with --password-env`,
  passwordEnvUnset: (variable) => `The environment variable ${variable} (--password-env) is not set`,
  identity: (file, code) =>
    `${file}: ${
      {
        unreadable: 'is not a readable PKCS#12 file (.p12/.pfx)',
        password: 'the password is wrong',
        'no-key': 'holds no private key',
        'no-certificate': 'holds no certificate for its key',
        'key-type': 'holds a key agree does not sign with (RSA and ECDSA only)',
        'too-large': 'is too large for a key file',
      }[code]
    }`,
  signError: (file, code, field, available) =>
    `${file}: ${
      {
        'no-field': `has no signature field ${field}${available.length ? `; --as can be: ${available.join(', ')}` : ' (no signature fields)'}`,
        'already-signed': `${field} is signed already; a signature is never overwritten`,
        'field-shape': `${field} is not a signature field as agree makes them; sign it with another program`,
        repaired: "the PDF's cross-reference table is damaged; a signature on it would not be reliable. Render the PDF again",
        'too-large': 'the signature does not fit the space reserved for it',
      }[code]
    }. Nothing was written.`,
  outExists: (path) => `${path} exists; --force overwrites it. Nothing was written.`,
  notValidNow: (from, to) => `Note: the certificate is valid only from ${from} to ${to}, not now`,
  signed: (field, signer, out) => `${field} signed by ${signer} → ${out}`,

  oneAgreement: (files) => `Only one agreement (YAML) can be compared, given: ${files.join(', ')}`,
  trustUnreadable: (file) => `--trust ${file}: not a readable certificate (PEM or DER)`,
  time: (iso) => timeText(iso, (y, mo, d, t, z) => `${y}-${mo}-${d} ${t} (${z})`),
  header: (file, revisions, fields) => `${file}: ${revisions === 1 ? '1 revision' : `${revisions} revisions`}, ${fields === 1 ? '1 signature field' : `${fields} signature fields`}`,
  noSignatureFields: 'no signature fields',
  status: (s) =>
    ({
      unsigned: '– not signed',
      intact: '✓ valid, not changed since signing',
      modified: '✗ changed in a way not allowed after signing',
      invalid: '✗ invalid',
      unsupported: '? cannot be checked',
    })[s],
  page: (page) => `page ${page}`,
  labels: {
    signer: 'Signed by',
    issuer: 'Issued by',
    time: 'Time',
    kind: 'Kind',
    scope: 'Covers',
    later: 'After it',
    certificate: 'Certificate',
    reason: 'Reason',
    agreement: 'Agreement',
  },
  timeFrom: (source) => (source === 'M' ? 'as the signature states (/M), not proven by a timestamp' : 'from the CMS signing-time attribute'),
  revisionOf: (revision, of, whole) => `revision ${revision} of ${of}${whole ? ' (the whole file)' : ''}`,
  noLaterChanges: 'no later changes',
  change: (kind) =>
    ({
      signature: 'another signature',
      form: 'form fields filled in',
      metadata: 'document metadata',
      'locked-field': 'a locked or already signed field changed',
      'field-layout': 'a form field moved or reshaped',
      page: 'page content changed',
      annotation: 'an annotation added to or removed from a page',
      document: 'document catalog or form changed',
      other: 'other objects changed',
    })[kind],
  allowed: (yes) => (yes ? 'allowed' : 'NOT allowed'),
  laterRevision: (revision) => `revision ${revision}`,
  signatureChanged: 'the signature itself (signature dictionary or field) was changed after signing',
  trust: (status, anchor) =>
    status === 'trusted'
      ? `leads to a trusted certificate (${anchor})`
      : status === 'untrusted'
        ? 'leads to none of the certificates given with --trust'
        : 'not checked against trusted certificates (--trust)',
  notValidAtSigning: 'was not valid at the time of signing',
  problem: (p) =>
    ({
      'not-a-signature': "the field's value is not a signature",
      'byte-range-malformed': 'the signed range (/ByteRange) is missing or does not fit the file',
      'byte-range-start': 'the signed range does not start at the beginning of the file',
      'byte-range-gap': 'the range left out is not exactly the signature value (/Contents) – other bytes are not signed',
      'byte-range-end': 'the signed range does not end at the end of a revision',
      'unsupported-subfilter': 'agree does not check this kind of signature',
      damaged: "this signature's objects are damaged or too large",
      'cms-unreadable': 'the signature value is not a readable CMS signature',
      'cms-not-signed-data': 'the signature value is not a CMS SignedData structure',
      'cms-signers': 'the signature does not have exactly one signer',
      'cms-not-detached': 'the signature carries the signed content itself instead of referring to the file',
      'no-certificate': "the signer's certificate is missing from the signature",
      'unsupported-algorithm': 'the signature uses an algorithm agree does not check',
      'missing-message-digest': "the signature names no digest of the document",
      'content-type': 'the signature names a wrong content type',
      'digest-mismatch': 'the signed bytes were changed (the digest does not match) – or the signature belongs to another document',
      'signature-invalid': 'the signature value does not match the certificate',
      'signing-certificate-mismatch': 'the signature names another certificate than the one it was made with',
    })[p],
  agreementMatch: (result, file, differing) =>
    ({
      rendered: `the first revision is exactly what ${file} renders to today (rendered again and compared byte for byte)`,
      source: `the embedded source is exactly ${file} (the PDF itself does not render again byte for byte, e.g. with another agree version)`,
      different: `does NOT match ${file}: ${differing.join(', ')} ${differing.length === 1 ? 'differs' : 'differ'}`,
      'no-source': `cannot be compared with ${file}: the PDF does not render again and holds no source`,
      unreadable: `cannot read ${file}`,
    })[result],
  verdict: (ok, intact, signed) =>
    ok
      ? `Result: fine (${signed === 0 ? 'no signature yet' : `${intact} of ${signed} signatures valid and unchanged`})`
      : `Result: NOT fine (${intact} of ${signed} signatures valid and unchanged)`,
};
