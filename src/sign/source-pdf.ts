// A PDF given where an agreement is expected (`agree check FILE.pdf`,
// `agree review FILE.pdf`): recognised by its first bytes, and read as the
// YAML files embedded in it. Used by the loader's hook (model/load.ts).

import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Text } from '../lang/types.js';
import { openPdf, PdfReadError, DEFAULT_LIMITS } from '../pdf/index.js';
import { looksLikePdf, readEmbeddedSources, type SourceFile } from './embedded.js';
import { signText as both } from './words.js';


/**
 * null when `input` is not a PDF (by its first bytes; the YAML loader then
 * reads it, and reports when it cannot); else its embedded source files, or
 * why there are none.
 */
export async function readEmbeddedAgreement(
  input: string,
  options: { cwd: string; stdinText?: Buffer },
  display: string,
): Promise<null | { files: SourceFile[] } | { problem: Text }> {
  let bytes: Uint8Array;
  if (input === '-') {
    bytes = options.stdinText ?? Buffer.alloc(0);
    if (!looksLikePdf(bytes)) return null;
  } else {
    let handle;
    try {
      handle = await open(resolve(options.cwd, input), 'r');
      const head = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      if (!looksLikePdf(head.subarray(0, bytesRead))) return null;
      const size = (await handle.stat()).size;
      if (size > DEFAULT_LIMITS.maxFileBytes) return { problem: both((w) => w.tooBig(display, size, DEFAULT_LIMITS.maxFileBytes)) };
      bytes = Buffer.alloc(size);
      const { bytesRead: read } = await handle.read(bytes, 0, size, 0);
      bytes = bytes.subarray(0, read);
    } catch {
      return null; // not readable: the YAML loader says why
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }
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
