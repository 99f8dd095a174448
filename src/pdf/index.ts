// A small, strict PDF reader for files agree did not write byte for byte:
// filled review checklists (often saved incrementally) and, later, signed
// agreements, whose verification needs every revision of the file.

export { PdfReadError, DEFAULT_LIMITS, type PdfLimits, type PdfReadErrorCode } from './errors.js';
export { PdfName, PdfRef, PdfString, PdfDict, PdfStream, isName, dictOf, type PdfArray, type PdfValue } from './objects.js';
export { openPdf, type PdfFile, type PdfRevision } from './file.js';
export { readFormFields, type FormField, type FormFieldType, type FormWidget } from './form.js';
export { readInfo, readXmp } from './metadata.js';
export { decodeTextString } from './text-string.js';
