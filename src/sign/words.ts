// Every word of `agree sign`, `agree verify`, `agree extract` and of what
// they write into a PDF, in German and English. Logic gets a SignWords
// object (the UI language's for messages, the document's for what goes into
// the PDF) and never asks which language it is.

import type { PdfReadErrorCode } from '../pdf/index.js';
import type { ChangeKind } from './changes.js';
import type { EmbeddedProblem } from './embedded.js';
import type { IdentityErrorCode } from './identity.js';
import type { SignErrorCode } from './sign.js';
import type { SignatureProblem, SignatureStatus } from './verify.js';

export type AgreementMatchResult = 'rendered' | 'source' | 'different' | 'no-source' | 'unreadable';

export interface SignWords {
  // ---- in the document (its own language) ----
  /** /Desc of an embedded source file: 0 the agreement, 1… its base files */
  sourceDescription(index: number): string;
  /** the date written into the date field */
  fieldDate(date: Date): string;
  /** the visible stamp in the signature field, one string per line */
  stamp(signer: string, date: string, issuer: string | null): string[];

  // ---- command-line help ----
  help: {
    extract: string;
    extractOut: string;
    force: string;
    sign: string;
    as: string;
    p12: string;
    place: string;
    signOut: string;
    passwordEnv: string;
    verify: string;
    pdfFile: string;
    pdfFiles: string;
    verifyFiles: string;
    trust: string;
    verifyFormat: string;
    noEmbed: string;
  };

  // ---- reading the input ----
  pdfUnreadable(file: string, code: PdfReadErrorCode): string;
  notPdf(file: string): string;
  cannotRead(file: string, reason: string): string;
  fileNotFound: string;
  tooBig(file: string, bytes: number, max: number): string;

  // ---- extract ----
  noSource(file: string): string;
  /** a base file named by `extends` that is not in the PDF (said after the file's name) */
  notEmbedded: string;
  sourceDamaged(file: string, problem: EmbeddedProblem): string;
  unsafeName(file: string, name: string): string;
  exists(path: string): string;
  extracted(path: string): string;
  extractedSummary(count: number, dir: string): string;
  /** a file already there with the same bytes */
  unchanged(path: string): string;

  // ---- sign ----
  passwordPrompt(file: string): string;
  aborted: string;
  noPassword(file: string): string;
  passwordEnvUnset(variable: string): string;
  identity(file: string, code: IdentityErrorCode): string;
  signError(file: string, code: SignErrorCode, field: string, available: string[]): string;
  outExists(path: string): string;
  notValidNow(from: string, to: string): string;
  signed(field: string, signer: string, out: string): string;

  // ---- verify ----
  oneAgreement(files: string[]): string;
  trustUnreadable(file: string): string;
  header(file: string, revisions: number, fields: number): string;
  /** an ISO time with offset as written in the signature ("2026-01-15T10:30:00+01:00") */
  time(iso: string): string;
  noSignatureFields: string;
  status(status: SignatureStatus): string;
  page(page: number): string;
  labels: { signer: string; issuer: string; time: string; kind: string; scope: string; later: string; certificate: string; reason: string; agreement: string };
  timeFrom(source: 'M' | 'cms'): string;
  revisionOf(revision: number, of: number, whole: boolean): string;
  noLaterChanges: string;
  change(kind: ChangeKind): string;
  allowed(yes: boolean): string;
  laterRevision(revision: number): string;
  signatureChanged: string;
  trust(status: 'trusted' | 'untrusted' | 'not-checked', anchor: string | null): string;
  notValidAtSigning: string;
  problem(problem: SignatureProblem): string;
  agreementMatch(result: AgreementMatchResult, file: string, differing: string[]): string;
  verdict(ok: boolean, intact: number, signed: number): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** the parts of "2026-01-15T10:30:00+01:00" as written (no conversion to another zone) */
function timeText(iso: string, put: (year: string, month: string, day: string, time: string, zone: string) => string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? put(m[1]!, m[2]!, m[3]!, m[4]!, m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`) : iso;
}

const de: SignWords = {
  sourceDescription: (i) => (i === 0 ? 'Quelltext dieser Vereinbarung (agree, YAML)' : `Basisdatei des Quelltexts (extends, Stufe ${i})`),
  fieldDate: (d) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`,
  stamp: (signer, date, issuer) => [`Digital signiert: ${signer}, ${date}`, ...(issuer ? [`Zertifikat ausgestellt von ${issuer}`] : [])],

  help: {
    extract: 'den eingebetteten YAML-Quelltext aus einer PDF-Datei von agree render zurückschreiben',
    extractOut: 'Verzeichnis für die Dateien (Standard: das aktuelle)',
    force: 'vorhandene Dateien überschreiben',
    sign: 'das Signaturfeld eines Partners digital signieren (PAdES, als inkrementelle Aktualisierung)',
    as: 'der Partner, für den signiert wird (Präfix seiner Felder, z. B. dwd für dwd.signature)',
    p12: 'Schlüssel und Zertifikat als PKCS#12-Datei (.p12/.pfx)',
    place: 'Ort für das Feld „Ort“',
    signOut: 'Ausgabedatei (Standard: DATEI-signed.pdf neben der Eingabe)',
    passwordEnv: 'Name einer Umgebungsvariablen mit dem Kennwort der .p12-Datei (sonst wird am Terminal gefragt)',
    verify: 'die Signaturen einer PDF-Datei prüfen: wer, wann, welche Art, unverändert oder nicht',
    pdfFile: 'PDF-Datei',
    pdfFiles: 'PDF-Dateien (auch Muster in Anführungszeichen)',
    verifyFiles: 'PDF-Dateien, dazu höchstens eine Vereinbarung (YAML): dann wird geprüft, ob jede PDF-Datei genau diese Vereinbarung enthält',
    trust: 'vertrauenswürdiges Zertifikat (PEM oder DER); mehrfach angeben für mehrere',
    verifyFormat: 'Ausgabeformat: text oder json',
    noEmbed: 'den YAML-Quelltext nicht in die PDF-Datei einbetten',
  },

  pdfUnreadable: (file, code) =>
    `${file}: ${
      {
        'not-pdf': 'ist keine PDF-Datei',
        truncated: 'PDF-Datei ist unvollständig (abgeschnitten)',
        encrypted: 'PDF-Datei ist verschlüsselt oder kennwortgeschützt; agree liest nur unverschlüsselte Dateien',
        damaged: 'PDF-Datei ist beschädigt und lässt sich nicht lesen',
        'too-large': 'PDF-Datei enthält mehr, als agree in vertretbarer Zeit und mit vertretbarem Speicher liest',
        unsupported: 'PDF-Datei verwendet eine Kodierung, die agree nicht liest',
      }[code]
    }`,
  notPdf: (file) => `${file} ist keine PDF-Datei`,
  cannotRead: (file, reason) => `${file} kann nicht gelesen werden: ${reason}`,
  fileNotFound: 'Datei nicht gefunden (ENOENT)',
  tooBig: (file, bytes, max) => `${file} ist ${(bytes / 1024 / 1024).toFixed(1)} MB groß; agree liest höchstens ${max / 1024 / 1024} MB`,

  noSource: (file) => `${file} enthält keinen eingebetteten Quelltext (mit agree render --no-embed oder von einem anderen Programm erstellt)`,
  notEmbedded: 'ist nicht in die PDF-Datei eingebettet',
  sourceDamaged: (file, p) =>
    `${file}: die eingebettete Datei ${p.name} ist beschädigt (${
      p.code === 'size' ? `${p.actual} statt ${p.declared} Bytes` : p.code === 'checksum' ? 'Prüfsumme stimmt nicht' : 'keine Daten'
    })`,
  unsafeName: (file, name) => `${file}: die eingebettete Datei „${name}“ hat keinen zulässigen Dateinamen; nichts wurde geschrieben`,
  exists: (path) => `${path} gibt es schon; mit --force wird sie überschrieben. Nichts wurde geschrieben.`,
  extracted: (path) => `geschrieben: ${path}`,
  extractedSummary: (count, dir) => `${count === 1 ? '1 Datei' : `${count} Dateien`} nach ${dir} geschrieben.`,
  unchanged: (path) => `unverändert (schon mit gleichem Inhalt vorhanden): ${path}`,

  passwordPrompt: (file) => `Kennwort für ${file}: `,
  aborted: 'Abgebrochen; nichts wurde geschrieben.',
  noPassword: (file) => `Kein Kennwort für ${file}: ohne Terminal geben Sie mit --password-env den Namen einer Umgebungsvariablen an, die es enthält`,
  passwordEnvUnset: (variable) => `Die Umgebungsvariable ${variable} (--password-env) ist nicht gesetzt`,
  identity: (file, code) =>
    `${file}: ${
      {
        unreadable: 'ist keine lesbare PKCS#12-Datei (.p12/.pfx)',
        password: 'das Kennwort stimmt nicht',
        'no-key': 'enthält keinen privaten Schlüssel',
        'no-certificate': 'enthält kein Zertifikat zum Schlüssel',
        'key-type': 'enthält einen Schlüssel, mit dem agree nicht signiert (nur RSA und ECDSA)',
        'too-large': 'ist zu groß für eine Schlüsseldatei',
      }[code]
    }`,
  signError: (file, code, field, available) =>
    `${file}: ${
      {
        'no-field': `hat kein Signaturfeld ${field}${available.length ? `; --as kann sein: ${available.join(', ')}` : ' (keine Signaturfelder)'}`,
        'already-signed': `${field} ist schon signiert; eine Signatur wird nicht überschrieben`,
        'field-shape': `${field} ist kein Signaturfeld, wie agree es anlegt; signieren Sie es mit einem anderen Programm`,
        repaired: 'die Querverweistabelle der PDF-Datei ist beschädigt; eine Signatur darauf wäre nicht verlässlich. Erzeugen Sie die PDF-Datei neu',
        'too-large': 'die Signatur passt nicht in den vorgesehenen Platz',
      }[code]
    }. Nichts wurde geschrieben.`,
  outExists: (path) => `${path} gibt es schon; mit --force wird sie überschrieben. Nichts wurde geschrieben.`,
  notValidNow: (from, to) => `Hinweis: das Zertifikat gilt nur von ${from} bis ${to}, also nicht jetzt`,
  signed: (field, signer, out) => `${field} signiert von ${signer} → ${out}`,

  oneAgreement: (files) => `Nur eine Vereinbarung (YAML) zum Vergleich möglich, angegeben: ${files.join(', ')}`,
  trustUnreadable: (file) => `--trust ${file}: kein lesbares Zertifikat (PEM oder DER)`,
  time: (iso) => timeText(iso, (y, mo, d, t, z) => `${d}.${mo}.${y}, ${t} Uhr (${z})`),
  header: (file, revisions, fields) => `${file}: ${revisions === 1 ? '1 Revision' : `${revisions} Revisionen`}, ${fields === 1 ? '1 Signaturfeld' : `${fields} Signaturfelder`}`,
  noSignatureFields: 'keine Signaturfelder',
  status: (s) =>
    ({
      unsigned: '– nicht signiert',
      intact: '✓ gültig, seit der Signatur nicht verändert',
      modified: '✗ nach der Signatur unzulässig verändert',
      invalid: '✗ ungültig',
      unsupported: '? nicht prüfbar',
    })[s],
  page: (page) => `Seite ${page}`,
  labels: {
    signer: 'Signiert von',
    issuer: 'Ausgestellt von',
    time: 'Zeitpunkt',
    kind: 'Art',
    scope: 'Umfang',
    later: 'Danach',
    certificate: 'Zertifikat',
    reason: 'Grund',
    agreement: 'Vereinbarung',
  },
  timeFrom: (source) => (source === 'M' ? 'laut Signatur (/M), nicht durch einen Zeitstempel belegt' : 'laut CMS-Attribut signing-time'),
  revisionOf: (revision, of, whole) => `Revision ${revision} von ${of}${whole ? ' (die ganze Datei)' : ''}`,
  noLaterChanges: 'keine späteren Änderungen',
  change: (kind) =>
    ({
      signature: 'weitere Signatur',
      form: 'Formularfelder ausgefüllt',
      metadata: 'Dokumentmetadaten',
      'locked-field': 'gesperrtes oder schon signiertes Feld geändert',
      'field-layout': 'Formularfeld verschoben oder umgebaut',
      page: 'Seiteninhalt geändert',
      annotation: 'Anmerkung auf einer Seite hinzugefügt oder entfernt',
      document: 'Dokumentkatalog oder Formular geändert',
      other: 'sonstige Objekte geändert',
    })[kind],
  allowed: (yes) => (yes ? 'zulässig' : 'NICHT zulässig'),
  laterRevision: (revision) => `Revision ${revision}`,
  signatureChanged: 'die Signatur selbst (Signaturwörterbuch oder Feld) wurde nach dem Signieren geändert',
  trust: (status, anchor) =>
    status === 'trusted'
      ? `führt zu einem vertrauenswürdigen Zertifikat (${anchor})`
      : status === 'untrusted'
        ? 'führt zu keinem der mit --trust angegebenen Zertifikate'
        : 'nicht gegen vertrauenswürdige Zertifikate geprüft (--trust)',
  notValidAtSigning: 'war zum Zeitpunkt der Signatur nicht gültig',
  problem: (p) =>
    ({
      'not-a-signature': 'der Wert des Feldes ist keine Signatur',
      'byte-range-malformed': 'der signierte Bereich (/ByteRange) fehlt oder passt nicht zur Datei',
      'byte-range-start': 'der signierte Bereich beginnt nicht am Anfang der Datei',
      'byte-range-gap': 'der ausgesparte Bereich ist nicht genau der Signaturwert (/Contents) – andere Bytes sind nicht signiert',
      'byte-range-end': 'der signierte Bereich endet nicht am Ende einer Revision',
      'unsupported-subfilter': 'diese Art von Signatur prüft agree nicht',
      damaged: 'die Objekte dieser Signatur sind beschädigt oder zu groß',
      'cms-unreadable': 'der Signaturwert ist keine lesbare CMS-Signatur',
      'cms-not-signed-data': 'der Signaturwert ist keine CMS-SignedData-Struktur',
      'cms-signers': 'die Signatur hat nicht genau einen Unterzeichner',
      'cms-not-detached': 'die Signatur enthält den signierten Inhalt selbst, statt auf die Datei zu verweisen',
      'no-certificate': 'das Zertifikat des Unterzeichners fehlt in der Signatur',
      'unsupported-algorithm': 'die Signatur verwendet ein Verfahren, das agree nicht prüft',
      'missing-message-digest': 'die Signatur nennt keinen Hashwert des Dokuments',
      'content-type': 'die Signatur nennt einen falschen Inhaltstyp',
      'digest-mismatch': 'die signierten Bytes wurden verändert (der Hashwert stimmt nicht) – oder die Signatur gehört zu einem anderen Dokument',
      'signature-invalid': 'der Signaturwert passt nicht zum Zertifikat',
      'signing-certificate-mismatch': 'die Signatur nennt ein anderes Zertifikat als das, mit dem sie gemacht wurde',
    })[p],
  agreementMatch: (result, file, differing) =>
    ({
      rendered: `die erste Revision ist genau das, was ${file} heute ergibt (neu erzeugt und Byte für Byte verglichen)`,
      source: `der eingebettete Quelltext ist genau ${file} (die PDF-Datei selbst ergibt sich heute nicht Byte für Byte neu, z. B. mit einer anderen agree-Version)`,
      different: `stimmt NICHT mit ${file} überein: ${differing.join(', ')} ${differing.length === 1 ? 'unterscheidet' : 'unterscheiden'} sich`,
      'no-source': `kann nicht mit ${file} verglichen werden: die PDF-Datei ergibt sich nicht neu und enthält keinen Quelltext`,
      unreadable: `${file} kann nicht gelesen werden`,
    })[result],
  verdict: (ok, intact, signed) =>
    ok
      ? `Ergebnis: in Ordnung (${signed === 0 ? 'noch keine Signatur' : `${intact} von ${signed} Signaturen gültig und unverändert`})`
      : `Ergebnis: NICHT in Ordnung (${intact} von ${signed} Signaturen gültig und unverändert)`,
};

const en: SignWords = {
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

export const signWords: Record<'de' | 'en', SignWords> = { de, en };

/** a message in every language, for errors caught and shown in the UI language later (UsageError, loader problems) */
export function inEveryLanguage(say: (words: SignWords) => string): { de: string; en: string } {
  return { de: say(signWords.de), en: say(signWords.en) };
}

/** The words for a document whose language tag is `tag` ("de", "de-DE", "en-GB" …); German when it names neither. */
export function wordsForDocument(tag: string): SignWords {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return (signWords as Record<string, SignWords | undefined>)[primary] ?? signWords.de;
}
