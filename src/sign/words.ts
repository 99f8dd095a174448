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
import { DEFAULT_DOCUMENT_LANGUAGE, hasLanguage, pack } from '../lang/index.js';
import type { Text } from '../lang/types.js';


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

/** a sign/verify message as a Text: shown in the language of whoever prints it */
export const signText =
  (say: (words: SignWords) => string): Text =>
  (t) =>
    say(t.sign);

/** The words for a document whose language tag is `tag` ("de", "de-DE", "en-GB" …); the default document language when agree has no pack for it. */
export function wordsForDocument(tag: string): SignWords {
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return pack(hasLanguage(primary) ? primary : DEFAULT_DOCUMENT_LANGUAGE).sign;
}
