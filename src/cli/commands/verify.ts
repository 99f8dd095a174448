// agree verify FILE.pdf… [AGREEMENT.yaml] [--trust CERT.pem]… [--format text|json]
// — every signature field of each PDF (src/sign/verify.ts); with an
// agreement file, whether each PDF holds exactly that agreement. Exit 0 when
// everything is intact (and matches), 1 otherwise.

import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { arg, choiceOption } from '../program.js';
import { collect, parseToday } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { UsageError } from '../../errors.js';
import { PdfReadError } from '../../pdf/index.js';
import { InputProblem, readInput, type InputFile } from '../../sign/input.js';
import { compareWithAgreement } from '../../sign/match.js';
import { signText } from '../../sign/words.js';
import type { VerifiedFile } from '../../sign/report.js';

interface VerifyFlags {
  trust?: string[];
  format?: string;
}

export function registerVerify(program: Command, ctx: Context): void {
  const w = ctx.pack.sign;
  program
    .command('verify')
    .description(w.help.verify)
    .argument(`<${arg(ctx, 'files')}...>`, w.help.verifyFiles)
    .option(`--trust <${arg(ctx, 'cert')}>`, w.help.trust, collect)
    .addOption(choiceOption(`-f, --format <${arg(ctx, 'format')}>`, w.help.verifyFormat, ['text', 'json']).default('text'))
    .action(async (files: string[], flags: VerifyFlags) => {
      const trust = await readTrust(flags.trust ?? [], ctx);
      const inputs = await resolveInputs(files, ctx, 'verify');
      const pdfs: InputFile[] = [];
      const agreements: string[] = [];
      const results: VerifiedFile[] = [];
      for (const input of inputs.files) {
        try {
          const read = await readInput(input, ctx, w, inputs.stdin);
          if (read.isPdf) pdfs.push(read);
          else agreements.push(input);
        } catch (error) {
          if (!(error instanceof InputProblem)) throw error;
          results.push({ file: input, report: null, error: error.message, agreement: null });
        }
      }
      if (pdfs.length === 0) {
        // nothing to verify: what was given is not a PDF
        for (const input of agreements) results.push({ file: input, report: null, error: w.notPdf(input), agreement: null });
        agreements.length = 0;
      }
      if (agreements.length > 1) throw new UsageError(signText((words) => words.oneAgreement(agreements)));

      const sign = await import('../../sign/index.js');
      for (const pdf of pdfs) {
        try {
          const report = sign.verifyPdf(pdf.bytes, { trust });
          const agreement = agreements[0] ? await compareWithAgreement(pdf.bytes, agreements[0], { cwd: ctx.cwd, lang: ctx.lang, today: parseToday(undefined) }) : null;
          results.push({ file: pdf.display, report, error: null, agreement });
        } catch (error) {
          if (!(error instanceof sign.PdfReadError || error instanceof PdfReadError)) throw error;
          results.push({ file: pdf.display, report: null, error: w.pdfUnreadable(pdf.display, error.code), agreement: null });
        }
      }
      ctx.stdout.write(flags.format === 'json' ? sign.formatJson(results) : sign.formatText(results, w));
      if (!results.every(sign.fileOk)) ctx.fail(1);
    });
}

/** every certificate of every --trust file: PEM (one or several) or DER */
async function readTrust(files: string[], ctx: Context): Promise<X509Certificate[]> {
  const out: X509Certificate[] = [];
  for (const file of files) {
    const unreadable = () => new UsageError(signText((words) => words.trustUnreadable(file)));
    const bytes = await readFile(resolve(ctx.cwd, file)).catch(() => null);
    if (!bytes || bytes.length > 1024 * 1024) throw unreadable();
    const text = bytes.toString('latin1');
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
    try {
      if (blocks) for (const block of blocks) out.push(new X509Certificate(block));
      else out.push(new X509Certificate(bytes));
    } catch {
      throw unreadable();
    }
  }
  return out;
}
