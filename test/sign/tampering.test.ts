// Signed PDFs changed afterwards, the ways a forger (or an honest viewer)
// would: one byte changed in the signed part; a page replaced by an
// incremental update ("shadow attack"); an annotation laid over a page; a
// locked field typed over; a form field filled in a viewer (allowed); byte
// ranges that leave out more than the signature, start late or end
// elsewhere; a signature taken from another document. Each gets its verdict,
// and poppler's pdfsig is asked for comparison where it sees the same.

import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf, readFormFields, PdfDict, PdfRef, type PdfValue } from '../../src/pdf/index.js';
import { loadIdentity, type SigningIdentity } from '../../src/sign/identity.js';
import { NewStream, Numbers, dict, textString, withChanges, writeUpdate } from '../../src/sign/pdf-write.js';
import { signPdf } from '../../src/sign/sign.js';
import { verifyPdf } from '../../src/sign/verify.js';
import { fillWithMupdf } from '../pdf-read/helpers.js';
import { hasTool, lastContents, makeCa, makeIdentity, renderedPdf, tool, withByteRange } from './helpers.js';

let dwdKey: SigningIdentity;
let jobcenterKey: SigningIdentity;
let once: Buffer;
let twice: Buffer;

beforeAll(async () => {
  const ca = makeCa('Test-CA');
  const dwd = makeIdentity(ca, 'Sabine Kühl', 'Diakonisches Werk');
  const jc = makeIdentity(ca, 'Jan Petersen', 'Jobcenter');
  dwdKey = loadIdentity(dwd.p12, dwd.password);
  jobcenterKey = loadIdentity(jc.p12, jc.password);
  once = signPdf(await renderedPdf(), { as: 'dwd', identity: dwdKey, place: 'Meldorf' }).bytes;
  twice = signPdf(once, { as: 'jobcenter', identity: jobcenterKey, place: 'Heide' }).bytes;
}, 60_000);

const statuses = (file: Buffer) => verifyPdf(file).signatures.map((s) => s.status);
const pdfsigValid = (file: Buffer) => tool('pdfsig', [], file).stdout.match(/Signature is Valid\./g)?.length ?? 0;

/** the first page's object number and its content stream's */
function firstPage(file: Buffer): { page: PdfRef; contents: PdfRef } {
  const pdf = openPdf(file);
  const pages = pdf.resolve(pdf.catalog().get('Pages')) as PdfDict;
  const page = (pages.get('Kids') as PdfRef[])[0]!;
  const contents = (pdf.resolve(page) as PdfDict).get('Contents');
  return { page, contents: (Array.isArray(contents) ? contents[0] : contents) as PdfRef };
}

describe('changes inside the signed bytes', () => {
  it('one changed byte breaks both signatures (the digest no longer matches)', () => {
    const text = twice.toString('latin1');
    // "Kreis Dithmarschen" in the first page's title block is in a compressed stream; the producer string is plain text
    const at = text.indexOf('agree \\(PDFKit\\)');
    expect(at).toBeGreaterThan(0);
    const changed = Buffer.from(twice);
    changed[at] = 'A'.charCodeAt(0);
    const report = verifyPdf(changed);
    expect(report.ok).toBe(false);
    expect(report.signatures.map((s) => [s.status, s.problem])).toEqual([
      ['invalid', 'digest-mismatch'],
      ['invalid', 'digest-mismatch'],
    ]);
    // the signer is still named: who signed what is now different
    expect(report.signatures[0]!.signer!.commonName).toBe('Sabine Kühl');
    if (hasTool('pdfsig')) expect(pdfsigValid(changed)).toBe(0);
  });

  it('a signature taken from another document does not fit this one', async () => {
    const other = signPdf(await renderedPdf('examples/districts/kiel.yaml'), { as: 'traeger', identity: dwdKey }).bytes;
    const theirs = lastContents(other);
    const mine = lastContents(once);
    expect(theirs.hex.length).toBe(mine.hex.length);
    const forged = Buffer.from(once);
    forged.write(theirs.hex, mine.at, 'latin1');
    const report = verifyPdf(forged);
    expect(report.signatures[0]).toMatchObject({ status: 'invalid', problem: 'digest-mismatch' });
  });
});

describe('incremental updates after signing', () => {
  it('a page whose content stream is replaced (the shadow attack) is reported as a page change, not allowed', () => {
    const pdf = openPdf(twice);
    const { contents } = firstPage(twice);
    const numbers = new Numbers(pdf);
    // the same object number, new content: a page that says something else
    const update = writeUpdate(pdf, [{ ref: contents, value: new NewStream(dict({}), Buffer.from('BT /F1 24 Tf 72 700 Td (Ganz andere Vereinbarung) Tj ET')) }], numbers);
    const attacked = Buffer.concat([twice, update.bytes]);
    const report = verifyPdf(attacked);
    expect(report.ok).toBe(false);
    expect(report.signatures.map((s) => s.status)).toEqual(['modified', 'modified']);
    for (const s of report.signatures) {
      expect(s.problem).toBeNull();
      expect(s.laterChanges).toContainEqual({ revision: 4, kind: 'page', allowed: false, fields: [], objects: [contents.num], count: 1 });
    }
    // poppler checks only the bytes each signature covers: it still calls both valid
    if (hasTool('pdfsig')) expect(pdfsigValid(attacked)).toBe(2);
  });

  it('a page pointed at a new content stream is a page change too', () => {
    const pdf = openPdf(once);
    const { page } = firstPage(once);
    const numbers = new Numbers(pdf);
    const pageDict = pdf.resolve(page) as PdfDict;
    const replaced = withChanges(pageDict, { Contents: numbers.take() });
    const contentRef = replaced.get('Contents') as PdfRef;
    const update = writeUpdate(pdf, [{ ref: page, value: replaced }, { ref: contentRef, value: new NewStream(dict({}), Buffer.from('0 0 1 rg 0 0 595 842 re f')) }], numbers);
    const report = verifyPdf(Buffer.concat([once, update.bytes]));
    expect(report.signatures[0]).toMatchObject({ status: 'modified' });
    expect(report.signatures[0]!.laterChanges.map((c) => [c.kind, c.allowed, c.objects])).toEqual([['page', false, [page.num]]]);
  });

  it('an annotation laid over a page in a viewer (MuPDF) is not allowed', async () => {
    const mupdf = await import('mupdf');
    const doc = mupdf.Document.openDocument(once, 'application/pdf') as unknown as {
      loadPage(i: number): { createAnnotation(type: string): { setRect(r: number[]): void; setInteriorColor(c: number[]): void; update(): void } };
      saveToBuffer(options: string): { asUint8Array(): Uint8Array };
      destroy(): void;
    };
    const square = doc.loadPage(0).createAnnotation('Square');
    square.setRect([70, 300, 520, 600]);
    square.setInteriorColor([1, 1, 1]);
    square.update();
    const covered = Buffer.from(doc.saveToBuffer('incremental').asUint8Array());
    doc.destroy();
    const report = verifyPdf(covered);
    expect(report.signatures[0]!.status).toBe('modified');
    expect(report.signatures[0]!.laterChanges.map((c) => [c.kind, c.allowed])).toEqual([['annotation', false]]);
  });

  it('filling in the other partner’s fields in a viewer (MuPDF) is allowed form filling', async () => {
    const filled = await fillWithMupdf(once, (w) => (w.getName() === 'jobcenter.place' ? (w.setTextValue('Heide'), true) : false));
    const report = verifyPdf(filled);
    expect(report.ok).toBe(true);
    expect(report.signatures[0]).toMatchObject({ status: 'intact' });
    expect(report.signatures[0]!.laterChanges.map((c) => [c.revision, c.kind, c.allowed, c.fields])).toEqual([[3, 'form', true, ['jobcenter.place']]]);
  });

  it('typing over a field the signature locked (its place) is not allowed', async () => {
    const changed = await fillWithMupdf(once, (w) => (w.getName() === 'dwd.place' ? (w.setTextValue('Berlin'), true) : false));
    const report = verifyPdf(changed);
    expect(report.signatures[0]!.status).toBe('modified');
    expect(report.signatures[0]!.laterChanges.map((c) => [c.kind, c.allowed, c.fields])).toEqual([['locked-field', false, ['dwd.place']]]);
  });

  it('a signature dictionary rewritten after signing is reported, even though its bytes still verify', () => {
    const pdf = openPdf(twice);
    const field = readFormFields(pdf).find((f) => f.name === 'dwd.signature')!;
    const sigRef = (pdf.resolve(field.ref!) as PdfDict).get('V') as PdfRef;
    const sig = pdf.resolve(sigRef) as PdfDict;
    const rewrite = (changes: Record<string, PdfValue>) => Buffer.concat([twice, writeUpdate(pdf, [{ ref: sigRef, value: withChanges(sig, changes) }], new Numbers(pdf)).bytes]);
    // the same values written again are no change
    expect(verifyPdf(rewrite({})).signatures[0]).toMatchObject({ status: 'intact', signatureChanged: false });
    const renamed = verifyPdf(rewrite({ Name: textString('Someone Else') })).signatures[0]!;
    expect(renamed).toMatchObject({ status: 'modified', signatureChanged: true, problem: null });
  });
});

describe('byte ranges that do not cover what they should', () => {
  it('a range that does not start at 0', () => {
    const r = verifyPdf(withByteRange(twice, ([, a, b, c]) => [10, a! - 10, b!, c!]));
    expect(r.signatures[1]).toMatchObject({ status: 'invalid', problem: 'byte-range-start' });
  });

  it('a gap that leaves out more than the /Contents string', () => {
    const r = verifyPdf(withByteRange(twice, ([, a, b, c]) => [0, a! - 20, b!, c!]));
    expect(r.signatures[1]).toMatchObject({ status: 'invalid', problem: 'byte-range-gap' });
  });

  it('a range that ends before the end of a revision', () => {
    const r = verifyPdf(withByteRange(twice, ([, a, b, c]) => [0, a!, b!, c! - 100]));
    expect(r.signatures[1]).toMatchObject({ status: 'invalid', problem: 'byte-range-end' });
  });

  it('a range past the end of the file', () => {
    const r = verifyPdf(withByteRange(twice, ([, a, b]) => [0, a!, b!, 999_999_999]));
    expect(r.signatures[1]).toMatchObject({ status: 'invalid', problem: 'byte-range-malformed' });
  });
});
