// A PDF given where an agreement is expected (`agree check FILE.pdf`,
// `agree review FILE.pdf`), recognised and read by the loader
// (model/load.ts, io/pdf-input.ts): the YAML files embedded in it.

import type { Text } from '../lang/types.js';
import { openPdf, PdfReadError } from '../pdf/index.js';
import { readEmbeddedSources, type SourceFile } from './embedded.js';
import { signText as both } from './words.js';


/** The YAML files embedded in a PDF given where an agreement is expected, or why there are none. */
export function readEmbeddedAgreement(bytes: Uint8Array, display: string): { files: SourceFile[] } | { problem: Text } {
  try {
    const embedded = readEmbeddedSources(openPdf(bytes));
    if (embedded.problems.length > 0) return { problem: both((w) => w.sourceDamaged(display, embedded.problems[0]!)) };
    if (embedded.files.length === 0) return { problem: both((w) => w.noSource(display)) };
    return { files: embedded.files };
  } catch (error) {
    if (error instanceof PdfReadError) return { problem: both((w) => w.pdfUnreadable(display, error.code)) };
    throw error;
  }
}
