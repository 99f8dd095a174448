// agree sign FILE.pdf --as PARTNER --p12 KEY.p12 [--place ORT] [--out SIGNED.pdf]
// — fills the partner's signature field (src/sign). The key's password comes
// from the terminal (no echo) or from the environment variable --password-env
// names; never from the command line.

import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Context } from '../context.js';
import { arg } from '../program.js';
import { UsageError, EnvironmentError } from '../../errors.js';
import { displayPath } from '../../io/display.js';
import { reason, writePathAtomic } from '../../io/write.js';
import { PdfReadError } from '../../pdf/index.js';
import { InputProblem, readInput } from '../../sign/input.js';
import { askSecret } from '../../sign/password.js';
import { signText } from '../../sign/words.js';

interface SignFlags {
  as: string;
  p12: string;
  place?: string;
  out?: string;
  passwordEnv?: string;
  force?: boolean;
}

export function registerSign(program: Command, ctx: Context): void {
  const w = ctx.pack.sign;
  program
    .command('sign')
    .description(w.help.sign)
    .argument(`<${arg(ctx, 'file')}>`, w.help.pdfFile)
    .requiredOption(`--as <${arg(ctx, 'partner')}>`, w.help.as)
    .requiredOption(`--p12 <${arg(ctx, 'file')}>`, w.help.p12)
    .option(`--place <${arg(ctx, 'place')}>`, w.help.place)
    .option(`-o, --out <${arg(ctx, 'file')}>`, w.help.signOut)
    .option(`--password-env <${arg(ctx, 'variable')}>`, w.help.passwordEnv)
    .option('--force', w.help.force)
    .action(async (file: string, flags: SignFlags) => {
      const fail = (say: (words: typeof w) => string) => new UsageError(signText(say));
      const stdin = file === '-' ? await ctx.readStdin() : undefined;
      const outArg = flags.out ?? (file === '-' ? undefined : join(dirname(file), `${basename(file, extname(file))}-signed.pdf`));
      if (!outArg) throw fail((words) => words.help.signOut);
      const out = resolve(ctx.cwd, outArg);
      if (existsSync(out) && !flags.force) throw fail((words) => words.outExists(displayPath(out, ctx.cwd)));

      // the key before the document: a wrong password should not wait for a large PDF
      const keyBytes = await readKeyFile(flags.p12, ctx);
      const password = await passwordFor(flags, ctx);
      const sign = await import('../../sign/index.js');
      let identity;
      try {
        identity = sign.loadIdentity(keyBytes, password);
      } catch (error) {
        if (error instanceof sign.IdentityError) throw fail((words) => words.identity(flags.p12, error.code));
        throw error;
      }
      const now = new Date();
      if (now < new Date(identity.certificate.validFrom) || now > new Date(identity.certificate.validTo)) {
        ctx.stderr.write(`agree: ${w.notValidNow(identity.certificate.validFrom, identity.certificate.validTo)}\n`);
      }

      let input;
      try {
        input = await readInput(file, ctx, w, stdin);
        if (!input.isPdf) throw new InputProblem(w.notPdf(input.display));
      } catch (error) {
        if (error instanceof InputProblem) return report(ctx, error.message);
        throw error;
      }
      let result;
      try {
        result = sign.signPdf(input.bytes, { as: flags.as, identity, place: flags.place, now });
      } catch (error) {
        if (error instanceof sign.PdfReadError || error instanceof PdfReadError) return report(ctx, w.pdfUnreadable(input.display, error.code));
        if (error instanceof sign.SignError) return report(ctx, w.signError(input.display, error.code, error.field, error.available));
        throw error;
      }
      await writePathAtomic(out, result.bytes);
      if (!ctx.quiet) ctx.stderr.write(`${w.signed(result.field, result.signer, displayPath(out, ctx.cwd))}\n`);
    });
}

function report(ctx: Context, message: string): void {
  ctx.stderr.write(`agree: ${message}\n`);
  ctx.fail(1);
}

/** a key file holds a key and a few certificates (identity.ts refuses more, too) */
const MAX_KEY_FILE = 1024 * 1024;

async function readKeyFile(path: string, ctx: Context): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(resolve(ctx.cwd, path), 'r');
    const size = (await handle.stat()).size;
    if (size > MAX_KEY_FILE) throw new UsageError(signText((words) => words.identity(path, 'too-large')));
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? signText((words) => words.fileNotFound) : reason(code);
    throw new EnvironmentError((t) => t.sign.cannotRead(`--p12 ${path}`, why(t)));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function passwordFor(flags: SignFlags, ctx: Context): Promise<string> {
  if (flags.passwordEnv !== undefined) {
    const value = ctx.env[flags.passwordEnv];
    if (value === undefined) throw new UsageError(signText((words) => words.passwordEnvUnset(flags.passwordEnv!)));
    return value;
  }
  if (!ctx.stdinIsTTY || !ctx.stdin) throw new UsageError(signText((words) => words.noPassword(flags.p12)));
  const typed = await askSecret(ctx.stdin, ctx.stderr, ctx.pack.sign.passwordPrompt(flags.p12));
  if (typed === null) throw new UsageError(signText((words) => words.aborted));
  return typed;
}
