// A PDF named on the command line of sign, verify or extract: read whole
// (at most the reader's 50 MB), or from stdin for "-".

import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { usage } from '../cli/options.js';
import { reason } from '../io/write.js';
import { looksLikePdf, MAX_PDF_BYTES } from '../io/pdf-input.js';
import type { SignWords } from './words.js';

export interface InputFile {
  /** as given ("<stdin>" for "-") */
  display: string;
  bytes: Uint8Array;
  isPdf: boolean;
}

/** A problem with one input document: printed, exit 1, the other inputs still processed. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

/** Reads `arg`; a path that does not exist is a usage error (exit 2), an unreadable or oversized file an InputProblem. */
export async function readInput(arg: string, ctx: Context, w: SignWords, stdin?: Buffer): Promise<InputFile> {
  if (arg === '-') {
    const bytes = stdin ?? (await ctx.readStdin());
    return { display: '<stdin>', bytes, isPdf: looksLikePdf(bytes) };
  }
  const path = resolve(ctx.cwd, arg);
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputProblem(w.notPdf(arg));
    const max = MAX_PDF_BYTES;
    if (info.size > max) throw new InputProblem(w.tooBig(arg, info.size, max));
    const bytes = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    const read = bytes.subarray(0, bytesRead);
    return { display: arg, bytes: read, isPdf: looksLikePdf(read) };
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usage('usage.missingInput', { path: arg, cwd: ctx.cwd });
    throw new InputProblem(w.cannotRead(arg, ctx.say(reason(code))));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
