// A PDF given where agree expects a document — an agreement rendered by agree
// (its YAML is embedded), a filled review checklist, a PDF to sign or verify —
// is recognised by its first bytes, as viewers do, and read within one limit.
// The one place that sniffs and reads such input; what it means is the
// document kind's (model/load.ts) or the command's.

import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../pdf/errors.js';

/** The largest PDF agree reads (the PDF reader's own limit). */
export const MAX_PDF_BYTES = DEFAULT_LIMITS.maxFileBytes;

/** "%PDF-" within the first kilobyte, as viewers accept it */
export function looksLikePdf(head: Uint8Array): boolean {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

/** A PDF input: its bytes, or only its size when it is larger than MAX_PDF_BYTES. */
export type PdfInput = { bytes: Uint8Array; size: number } | { tooBig: true; size: number };

/**
 * `input` (a path relative to `cwd`, or "-" for `stdinText`) when it is a PDF;
 * null when it is not one or cannot be read — the YAML reader then says why.
 * Of a file only the first kilobyte is read before it is known to be a PDF,
 * and nothing more when it is too big.
 */
export async function readPdfInput(input: string, options: { cwd: string; stdinText?: Buffer }): Promise<PdfInput | null> {
  if (input === '-') {
    const bytes = options.stdinText ?? Buffer.alloc(0);
    if (!looksLikePdf(bytes)) return null;
    return bytes.length > MAX_PDF_BYTES ? { tooBig: true, size: bytes.length } : { bytes, size: bytes.length };
  }
  let handle;
  try {
    handle = await open(resolve(options.cwd, input), 'r');
    const head = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (!looksLikePdf(head.subarray(0, bytesRead))) return null;
    const size = (await handle.stat()).size;
    if (size > MAX_PDF_BYTES) return { tooBig: true, size };
    const bytes = Buffer.alloc(size);
    const { bytesRead: read } = await handle.read(bytes, 0, size, 0);
    return { bytes: bytes.subarray(0, read), size: read };
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
