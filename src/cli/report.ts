// Printing findings of commands that produce files (render, review): the
// human report goes to stderr, so that stdout stays free for `--out -`.

import type { Context } from './context.js';
import type { FileResult } from '../format/index.js';

/** the per-file lines; with `summary`, also the closing count (commands with a summary of their own leave it out) */
export async function printFindings(findings: FileResult[], ctx: Context, { summary = false } = {}): Promise<void> {
  const results = findings.filter((r) => r.diagnostics.length > 0);
  if (results.length === 0) return;
  const { stylish } = await import('../format/stylish.js');
  ctx.stderr.write(stylish(results, { lang: ctx.lang, color: ctx.color && Boolean(ctx.stderr.isTTY), quiet: ctx.quiet, summary }));
}

/** the message for --fail-fast, when it stopped before the end */
export function stoppedEarly(ctx: Context, total: number, processed: number): void {
  if (processed < total) ctx.stderr.write(ctx.msg('batch.stopped', { count: total - processed }) + '\n');
}
