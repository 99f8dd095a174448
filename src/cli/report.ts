// Printing findings of commands that produce files (render, review): the
// human report goes to stderr, so that stdout stays free for `--out -`.

import type { Context } from './context.js';
import type { FileResult } from '../format/index.js';

export async function printFindings(findings: FileResult[], ctx: Context): Promise<void> {
  const results = findings.filter((r) => r.diagnostics.length > 0);
  if (results.length === 0) return;
  const { stylish } = await import('../format/stylish.js');
  // the per-file lines only: the command prints its own summary
  ctx.stderr.write(stylish(results, { lang: ctx.lang, color: ctx.color && Boolean(ctx.stderr.isTTY), quiet: ctx.quiet, summary: false }));
}
