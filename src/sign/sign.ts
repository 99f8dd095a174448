// `agree sign`: one partner's signature field filled with a PAdES-B-B
// signature, as an incremental update — the bytes before it stay as they
// are, so a signature made earlier stays valid. The same update fills the
// partner's place and date fields, shows a visible stamp in the signature
// field, locks the fields it filled (/Lock, read-only) and sets the form's
// SignaturesExist and AppendOnly flags. Nothing else of the document is
// touched: the XMP metadata (pdfaid:part 3) and the embedded source stay.

import { createHash } from 'node:crypto';
import { openPdf, PdfDict, PdfName, PdfRef, PdfString, readFormFields, type FormField, type PdfFile, type PdfValue } from '../pdf/index.js';
import { fieldFontResource, stampAppearance, textFieldAppearance } from './appearance.js';
import { buildCms } from './cms.js';
import { commonName, subjectField, type SigningIdentity } from './identity.js';
import { pdfDate } from './pdf-date.js';
import { Numbers, byteString, dict, name, textString, withChanges, writeUpdate, type UpdateObject } from './pdf-write.js';
import { wordsForDocument, type SignWords } from './words.js';

export interface SignOptions {
  /** the partner: the prefix of its fields (`dwd` for dwd.signature, dwd.place, dwd.date) */
  as: string;
  identity: SigningIdentity;
  /** written into `<as>.place` when given */
  place?: string;
  /** the signing time (default: now); tests fix it */
  now?: Date;
}

export interface SignResult {
  bytes: Buffer;
  /** the signature field filled, e.g. "dwd.signature" */
  field: string;
  /** the certificate's common name */
  signer: string;
  date: Date;
  /** the fields filled besides the signature */
  filled: string[];
}

export type SignErrorCode = 'no-field' | 'already-signed' | 'field-shape' | 'repaired' | 'too-large';

export class SignError extends Error {
  constructor(
    readonly code: SignErrorCode,
    /** the field asked for and, for no-field, the partners that have one */
    readonly field: string,
    readonly available: string[] = [],
  ) {
    super(`${code}: ${field}`);
    this.name = 'SignError';
  }
}

const SIGNATURE = '.signature';
/** SignaturesExist | AppendOnly (ISO 32000-2 table 225): viewers then save incrementally */
const SIG_FLAGS = 3;
const READ_ONLY = 1;
/** ByteRange numbers are written in this width, so that the final values fit where the placeholders were */
const RANGE_DIGITS = 10;

function documentLanguage(pdf: PdfFile): string {
  const lang = pdf.resolve(pdf.catalog().get('Lang'));
  return lang instanceof PdfString ? lang.text() : '';
}

function fieldDict(pdf: PdfFile, field: FormField): PdfDict {
  const d = field.ref ? pdf.resolve(field.ref) : null;
  if (!(d instanceof PdfDict) || !field.ref) throw new SignError('field-shape', field.name);
  return d;
}

/** the font size a text field's /DA asks for ("/FieldFont 10 Tf 0 g" → 10) */
function daSize(d: PdfDict, pdf: PdfFile): number {
  const da = pdf.resolve(d.get('DA'));
  const m = da instanceof PdfString ? /([\d.]+)\s+Tf/.exec(da.latin1()) : null;
  const size = m ? Number(m[1]) : 10;
  return size > 0 && size < 100 ? size : 10;
}

export function signPdf(bytes: Uint8Array, options: SignOptions): SignResult {
  const pdf = openPdf(bytes);
  // an update names the offset of the xref before it; a file whose xref had to be rebuilt has none to name
  if (pdf.repaired) throw new SignError('repaired', options.as);
  const fields = readFormFields(pdf);
  const fieldName = `${options.as}${SIGNATURE}`;
  const signatureField = fields.find((f) => f.name === fieldName && f.type === 'signature');
  if (!signatureField) {
    const available = fields.filter((f) => f.type === 'signature' && f.name.endsWith(SIGNATURE)).map((f) => f.name.slice(0, -SIGNATURE.length));
    throw new SignError('no-field', fieldName, available);
  }
  const sigField = fieldDict(pdf, signatureField);
  if (sigField.has('V')) throw new SignError('already-signed', fieldName);
  // agree's signature fields are their own widget; another shape is not one we know how to fill
  const subtype = sigField.get('Subtype');
  if (!(subtype instanceof PdfName && subtype.name === 'Widget') || signatureField.widgets.length !== 1) throw new SignError('field-shape', fieldName);

  const words: SignWords = wordsForDocument(documentLanguage(pdf));
  const now = options.now ?? new Date();
  const signer = commonName(options.identity.certificate);
  const dateText = words.fieldDate(now);
  const numbers = new Numbers(pdf);
  const font = fieldFontResource(pdf);
  const objects: UpdateObject[] = [];
  const filled: string[] = [];

  const fill = (suffix: string, value: string) => {
    const field = fields.find((f) => f.name === `${options.as}.${suffix}` && f.type === 'text');
    if (!field || field.widgets.length !== 1) return;
    const d = fieldDict(pdf, field);
    const [x1, y1, x2, y2] = field.widgets[0]!.rect;
    const flags = pdf.resolve(d.get('Ff'));
    objects.push({
      ref: field.ref!,
      value: withChanges(d, {
        V: textString(value),
        AP: dict({ N: textFieldAppearance(font, x2 - x1, y2 - y1, value, daSize(d, pdf)) as unknown as PdfValue }),
        // what the signature vouches for is not to be typed over
        Ff: (typeof flags === 'number' ? flags : 0) | READ_ONLY,
      }),
    });
    filled.push(field.name);
  };
  if (options.place !== undefined && options.place.trim() !== '') fill('place', options.place.trim());
  fill('date', dateText);

  // the signature dictionary, with placeholders the final values are written over
  const certificates = [options.identity.certificate, ...options.identity.chain];
  const contentsBytes = certificates.reduce((n, c) => n + c.raw.length, 0) + 6000;
  const placeholder = 10 ** (RANGE_DIGITS - 1);
  const sigRef = numbers.take();
  const signatureValue = dict({
    Type: name('Sig'),
    Filter: name('Adobe.PPKLite'),
    SubFilter: name('ETSI.CAdES.detached'),
    ByteRange: [0, placeholder, placeholder, placeholder],
    Contents: byteString(new Uint8Array(contentsBytes), true),
    M: byteString(Buffer.from(pdfDate(now), 'latin1')),
    Name: textString(signer),
    ...(options.place ? { Location: textString(options.place.trim()) } : {}),
  });
  objects.push({ ref: sigRef, value: signatureValue });

  const [x1, y1, x2, y2] = signatureField.widgets[0]!.rect;
  const issuer = subjectField(options.identity.certificate.issuer, 'CN') ?? subjectField(options.identity.certificate.issuer, 'O');
  const stamp = stampAppearance(font, x2 - x1, y2 - y1, words.stamp(signer, dateText, issuer ?? null));
  const changes: Record<string, PdfValue> = { V: sigRef, AP: dict({ N: stamp as unknown as PdfValue }) };
  if (filled.length > 0) {
    const lockRef = numbers.take();
    objects.push({ ref: lockRef, value: dict({ Type: name('SigFieldLock'), Action: name('Include'), Fields: filled.map((f) => textString(f)) }) });
    changes.Lock = lockRef;
  }
  objects.push({ ref: signatureField.ref!, value: withChanges(sigField, changes) });

  // SigFlags on the form: in its own object when it is one, else in a new catalog
  const catalog = pdf.catalog();
  const acroRef = catalog.get('AcroForm');
  const acroForm = pdf.resolve(acroRef);
  if (acroForm instanceof PdfDict) {
    const updated = withChanges(acroForm, { SigFlags: SIG_FLAGS });
    if (acroRef instanceof PdfRef) objects.push({ ref: acroRef, value: updated });
    else {
      const root = pdf.trailer.get('Root');
      if (!(root instanceof PdfRef)) throw new SignError('field-shape', fieldName);
      objects.push({ ref: root, value: withChanges(catalog, { AcroForm: updated }) });
    }
  }

  const update = writeUpdate(pdf, objects, numbers);
  const out = Buffer.concat([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), update.bytes]);
  const sigAt = update.offsets.get(sigRef.num)!;
  const rangeAt = out.indexOf('/ByteRange [', sigAt, 'latin1');
  const contentsAt = out.indexOf('/Contents <', sigAt, 'latin1') + '/Contents '.length;
  const contentsEnd = out.indexOf('>', contentsAt) + 1;
  const rangeEnd = out.indexOf(']', rangeAt) + 1;
  const range = [0, contentsAt, contentsEnd, out.length - contentsEnd];
  const rangeText = `/ByteRange [${range.join(' ')}`;
  const rangeSlot = rangeEnd - 1 - rangeAt;
  if (rangeText.length > rangeSlot) throw new SignError('too-large', fieldName);
  out.write(rangeText.padEnd(rangeSlot, ' '), rangeAt, 'latin1');

  const digest = createHash('sha256').update(out.subarray(0, contentsAt)).update(out.subarray(contentsEnd)).digest();
  const cms = buildCms(options.identity, digest);
  const hex = Buffer.from(cms).toString('hex');
  if (hex.length > contentsEnd - contentsAt - 2) throw new SignError('too-large', fieldName);
  out.write(hex, contentsAt + 1, 'latin1');
  return { bytes: out, field: fieldName, signer, date: now, filled };
}
