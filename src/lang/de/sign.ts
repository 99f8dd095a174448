// The words of agree sign, verify and extract (German).

import type { SignWords } from '../../sign/words.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** the parts of "2026-01-15T10:30:00+01:00" as written (no conversion to another zone) */
function timeText(iso: string, put: (year: string, month: string, day: string, time: string, zone: string) => string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? put(m[1]!, m[2]!, m[3]!, m[4]!, m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`) : iso;
}

export const sign: SignWords = {
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
  tooBig: (file, bytes, max) => `${file} ist ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB groß; agree liest höchstens ${max / 1024 / 1024} MB`,

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
