// agree extract FILE.pdf… — writes the YAML embedded by `agree render` back
// out: the agreement and its base files, each under its own name, byte for
// byte. A file already there is left alone unless --force (or identical).

import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import type { Context } from '../context.js';
import { arg } from '../program.js';
import { resolveInputs } from '../inputs.js';
import { displayPath } from '../../io/display.js';
import { ensureOutputDir, writePathAtomic } from '../../io/write.js';
import { openPdf, PdfReadError } from '../../pdf/index.js';
import { readEmbeddedSources, type SourceFile } from '../../sign/embedded.js';
import { InputProblem, readInput } from '../../sign/input.js';
import { signText } from '../../sign/words.js';
import { UsageError } from '../../errors.js';

interface ExtractFlags {
  out?: string;
  force?: boolean;
}

/** a plain file name: no directories, no hidden or special names, nothing a file system would read as a device */
const SAFE_NAME = /^(?!\.)(?!(con|prn|aux|nul|com\d|lpt\d)(\.|$))[^\\/:*?"<>|\u0000-\u001f]{1,200}$/i;

export function registerExtract(program: Command, ctx: Context): void {
  const w = ctx.pack.sign;
  program
    .command('extract')
    .description(w.help.extract)
    .argument(`<${arg(ctx, 'files')}...>`, w.help.pdfFiles)
    .option(`-o, --out <${arg(ctx, 'dir')}>`, w.help.extractOut)
    .option('--force', w.help.force)
    .action(async (files: string[], flags: ExtractFlags) => {
      const outDir = await ensureOutputDir(flags.out ?? '.', ctx.cwd, true);
      const inputs = await resolveInputs(files, ctx, 'extract');
      // every file of every input first: nothing is written when one cannot be
      const planned: Array<{ from: string; file: SourceFile }> = [];
      for (const input of inputs.files) {
        try {
          const read = await readInput(input, ctx, w, inputs.stdin);
          if (!read.isPdf) throw new InputProblem(w.notPdf(read.display));
          const embedded = readEmbeddedSources(openPdf(read.bytes));
          if (embedded.problems.length > 0) throw new InputProblem(w.sourceDamaged(read.display, embedded.problems[0]!));
          if (embedded.files.length === 0) throw new InputProblem(w.noSource(read.display));
          for (const file of embedded.files) {
            if (!SAFE_NAME.test(file.name) || basename(file.name) !== file.name || file.name === '..') throw new InputProblem(w.unsafeName(read.display, file.name));
            planned.push({ from: read.display, file });
          }
        } catch (error) {
          if (error instanceof PdfReadError) ctx.stderr.write(`agree: ${w.pdfUnreadable(input, error.code)}\n`);
          else if (error instanceof InputProblem) ctx.stderr.write(`agree: ${error.message}\n`);
          else throw error;
          ctx.fail(1);
        }
      }
      if (ctx.exitCode !== 0) return;

      const targets = new Map<string, Uint8Array>();
      const write: Array<{ path: string; data: Uint8Array }> = [];
      for (const { file } of planned) {
        const path = join(outDir, file.name);
        const earlier = targets.get(path);
        if (earlier) {
          // two PDFs carry the same base file: fine when it is the same file
          if (Buffer.from(earlier).equals(Buffer.from(file.data))) continue;
          if (!flags.force) throw new UsageError(signText((words) => words.exists(displayPath(path, ctx.cwd))));
        }
        targets.set(path, file.data);
        const existing = await readFile(path).catch(() => null);
        if (existing && existing.equals(Buffer.from(file.data))) {
          if (!ctx.quiet) ctx.stderr.write(`${w.unchanged(displayPath(path, ctx.cwd))}\n`);
          continue;
        }
        if (existing && !flags.force) throw new UsageError(signText((words) => words.exists(displayPath(path, ctx.cwd))));
        write.push({ path, data: file.data });
      }
      for (const { path, data } of write) {
        await writePathAtomic(path, data);
        if (!ctx.quiet) ctx.stderr.write(`${w.extracted(displayPath(path, ctx.cwd))}\n`);
      }
      if (!ctx.quiet) ctx.stderr.write(`${w.extractedSummary(write.length, displayPath(outDir, ctx.cwd) || '.')}\n`);
    });
}
