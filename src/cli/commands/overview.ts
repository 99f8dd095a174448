// agree overview DIR|FILES… [--results DIR|FILES…] [--out FILE|DIR|-] [--today DATE] [--format html|json]
// — one page over many agreements (src/overview). Parses flags, calls
// buildOverview, writes the page atomically (or to stdout) and prints a
// summary. Exit 1 when a document or a results file has errors: the page is
// written all the same, with those files as rows with their errors.

import { displayPath } from '../../io/display.js';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { collect, parseRuleOverrides, parseToday } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { arg } from '../program.js';
import { ensureOutputDir, writePathAtomic } from '../../io/write.js';
import { UsageError } from '../../errors.js';
import { rules } from '../../check/rules/index.js';


interface OverviewFlags {
  results?: string[];
  out?: string;
  today?: string;
  format?: string;
  rule?: string[];
  ruleDocs?: string;
}

const FORMATS = ['html', 'json'] as const;

export function registerOverview(program: Command, ctx: Context): void {
  const w = ctx.pack.overview.cli;
  program
    .command('overview')
    .description(w.description)
    .argument(`[${arg(ctx, 'files')}...]`, w.files)
    .option(`--results <${arg(ctx, 'files')}...>`, w.results)
    .option(`-o, --out <${arg(ctx, 'file')}>`, w.out)
    .option(`--today <${arg(ctx, 'date')}>`, w.today)
    .option(`-f, --format <${arg(ctx, 'format')}>`, w.format)
    .option(`--rule <${arg(ctx, 'rule')}>`, w.rule, collect)
    .option(`--rule-docs <${arg(ctx, 'base')}>`, w.ruleDocs)
    .action(async (files: string[], flags: OverviewFlags) => {
      await overview(files, flags, ctx);
    });
}

async function overview(files: string[], flags: OverviewFlags, ctx: Context): Promise<void> {
  const format = flags.format ?? 'html';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError((t) => t.overview.cli.badFormat(format, FORMATS.join(', ')));
  const today = parseToday(flags.today);
  const overrides = parseRuleOverrides(flags.rule, rules.map((r) => r.id));
  const target = await outputPath(flags.out, format as (typeof FORMATS)[number], ctx);
  const inputs = await resolveInputs(files, ctx, 'overview');
  const { buildOverview } = await import('../../overview/index.js');
  const result = await buildOverview({
    cwd: ctx.cwd,
    files: inputs.files,
    stdin: inputs.stdin,
    results: flags.results,
    lang: ctx.lang,
    today,
    overrides,
    format: format as (typeof FORMATS)[number],
    pageDir: target === null ? ctx.cwd : dirname(target),
    ruleDocs: flags.ruleDocs,
  });
  if (target === null) {
    ctx.stdout.write(result.text);
  } else {
    await writePathAtomic(target, result.text);
    if (!ctx.quiet) ctx.stderr.write(ctx.pack.overview.cli.wrote(displayPath(target, ctx.cwd)) + '\n');
  }
  if (!ctx.quiet) ctx.stderr.write(result.summary + '\n');
  const errors = result.data.summary.withErrors > 0 || result.data.documents.some((d) => d.results.some((r) => !r.ok)) || result.data.unmatchedResults.some((u) => u.reason === 'unreadable');
  if (errors) ctx.fail(1);
}

/** where the page goes: null for stdout; a directory takes the default name; the directory must exist before the work starts */
async function outputPath(out: string | undefined, format: 'html' | 'json', ctx: Context): Promise<string | null> {
  if (out === '-') return null;
  const name = `overview.${format}`;
  if (out === undefined) return join(await ensureOutputDir('.', ctx.cwd), name);
  const abs = resolve(ctx.cwd, out);
  const info = await stat(abs).catch(() => null);
  if (info?.isDirectory()) return join(await ensureOutputDir(out, ctx.cwd), name);
  await ensureOutputDir(dirname(out) || '.', ctx.cwd);
  return abs;
}

