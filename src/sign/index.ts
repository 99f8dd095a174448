// Signing, verifying and extracting, as a library. The commands load this
// module on first use (scripts/bundle.mjs makes it a chunk of its own), so
// node-forge and the signature code cost `agree check` nothing.

export { signPdf, SignError, type SignOptions, type SignResult, type SignErrorCode } from './sign.js';
export { verifyPdf, type VerifyReport, type VerifyOptions, type SignatureReport, type SignatureStatus, type SignatureProblem } from './verify.js';
export { loadIdentity, commonName, IdentityError, MAX_P12_BYTES, type SigningIdentity, type IdentityErrorCode } from './identity.js';
export { readEmbeddedSources, type SourceFile, type EmbeddedSources } from './embedded.js';
export { looksLikePdf } from '../io/pdf-input.js';
export { formatText, formatJson, fileOk, type VerifiedFile, type AgreementComparison } from './report.js';
export type { Change, ChangeKind } from './changes.js';
// the reader's error class as this chunk has it: a bundle of its own has its own copy of the class
export { PdfReadError } from '../pdf/index.js';
