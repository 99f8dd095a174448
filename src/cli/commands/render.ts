// agree render FILE… — every document without errors in the output kinds asked
// for (SPEC §3; src/outputs). The command parses and prints; the batch
// (check, render, atomic writes, summary) is batch/documents.ts.

import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Context } from '../context.js';
import { parseToday, usage } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { arg } from '../program.js';
import { Progress } from '../progress.js';
import { printFindings, stoppedEarly } from '../report.js';
import { ensureOutputDir } from '../../io/write.js';
import { displayPath } from '../../io/display.js';
import { readText } from '../../model/source.js';
import { outputKinds } from '../../outputs/registry.js';
import { counted, ui } from '../../lang/fill.js';
import { UsageError } from '../../errors.js';
import type { FileResult } from '../../format/index.js';

interface RenderFlags {
  format?: string;
  out?: string;
  template?: string;
  strict?: boolean;
  json?: boolean;
  today?: string;
  jobs?: string;
  failFast?: boolean;
  embed?: boolean;
}

export function registerRender(program: Command, ctx: Context): void {
  const kinds = outputKinds('agreement');
  program
    .command('render')
    .description(ctx.msg('help.render'))
    .argument(`[${arg(ctx, 'files')}...]`, ctx.msg('help.files'))
    .option(
      `-f, --format <${arg(ctx, 'formats')}>`,
      ctx.msg('help.renderFormat', {
        kinds: kinds.map((k) => `${k.name} (${ctx.say(k.help)})`).join(', '),
        defaults: kinds.filter((k) => k.byDefault).map((k) => k.name).join(','),
      }),
    )
    .option(`-o, --out <${arg(ctx, 'dir')}>`, ctx.msg('help.out'))
    .option(`--template <${arg(ctx, 'file')}>`, ctx.msg('help.template'))
    .option('--strict', ctx.msg('help.strict'))
    .option('--json', ctx.msg('help.json'))
    .option(`--today <${arg(ctx, 'date')}>`, ctx.msg('help.today'))
    .option(`-j, --jobs <${arg(ctx, 'n')}>`, ctx.msg('help.jobs'))
    .option('--fail-fast', ctx.msg('help.failFast'))
    .option('--no-embed', ctx.pack.sign.help.noEmbed)
    .action(async (files: string[], flags: RenderFlags) => {
      await render(files, flags, ctx);
    });
}

/**
 * --format: one kind, a comma-separated list (pdf,md), or `all` — every kind
 * that lays out agreements; without it, the default kinds (pdf and md).
 */
export function parseFormats(value: string | undefined): string[] {
  const kinds = outputKinds('agreement');
  if (value === undefined) return kinds.filter((k) => k.byDefault).map((k) => k.name);
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('all')) return kinds.map((k) => k.name);
  const known = kinds.map((k) => k.name);
  for (const name of names) if (!known.includes(name)) throw usage('usage.badChoice', { flag: '--format', value: name, choices: [...known, 'all'].join(', ') });
  if (names.length === 0) throw usage('usage.badChoice', { flag: '--format', value, choices: [...known, 'all'].join(', ') });
  return [...new Set(names)];
}

async function render(files: string[], flags: RenderFlags, ctx: Context): Promise<void> {
  const kinds = parseFormats(flags.format);
  const today = parseToday(flags.today);
  // at least one document at a time: 0 would render nothing
  if (flags.jobs !== undefined && !/^[1-9]\d*$/.test(flags.jobs)) throw usage('usage.badJobs', { value: flags.jobs });
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  const toStdout = flags.out === '-';
  const inputs = await resolveInputs(files, ctx, 'render');
  if (toStdout && inputs.files.length > 1) throw usage('usage.stdoutOne', { count: inputs.files.length });
  if (toStdout && kinds.length > 1) throw usage('usage.stdoutAll');
  if (toStdout && flags.json) throw usage('usage.stdoutJson');
  const outDir = toStdout ? '' : await ensureOutputDir(flags.out ?? '.', ctx.cwd);
  let templateSource: string | undefined;
  if (flags.template !== undefined) {
    // the same limits as for agreements: 5 MB, UTF-8 text
    const read = await readText(resolve(ctx.cwd, flags.template));
    if ('problem' in read) throw usage('usage.templateUnreadable', { path: flags.template, reason: ctx.say(read.problem.message) });
    templateSource = read.text;
    // read against what a template sees, before any document is rendered: every problem with its line
    const { checkUserTemplate } = await import('../../render/markdown.js');
    const problems = checkUserTemplate(templateSource);
    if (problems.length > 0) {
      const path = flags.template;
      throw new UsageError((t) =>
        [ui('usage.templateProblems', { path })(t), ...problems.map((p) => ui('usage.templateLine', { line: p.line, message: p.message(t) })(t))].join('\n'),
      );
    }
  }

  const n = inputs.files.length;
  const progress = Progress.for(ctx.stderr, n, ctx.quiet);
  const { renderDocuments } = await import('../../batch/documents.js');
  let result;
  try {
    result = await renderDocuments({
      cwd: ctx.cwd,
      files: inputs.files,
      stdin: inputs.stdin,
      lang: ctx.lang,
      today,
      kinds,
      templateSource,
      strict: Boolean(flags.strict),
      embed: flags.embed !== false,
      jobs,
      failFast: flags.failFast,
      target: toStdout ? { write: (data) => ctx.stdout.write(data) } : { dir: outDir },
      onDocument: (doc) => progress.tick(doc.file),
    });
  } catch (error) {
    throw await templateProblem(error, flags.template);
  } finally {
    progress.clear();
  }
  const { summary, documents } = result;
  const findings: FileResult[] = documents.filter((d) => d.diagnostics.length > 0).map((d) => ({ file: d.file, id: d.id, diagnostics: d.diagnostics }));
  await printFindings(findings, ctx);
  for (const f of summary.failures) {
    const reason =
      f.reason === 'errors' ? ctx.msg('render.reason.errors') : f.reason === 'strict' ? ctx.msg('render.reason.strict') : ctx.msg('render.reason.duplicate', { id: f.id ?? '' });
    ctx.stderr.write(ctx.msg('render.skipped', { file: f.file, reason }) + '\n');
  }
  stoppedEarly(ctx, n, n - summary.summary.notProcessed);
  if (flags.json) ctx.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (!toStdout && !ctx.quiet) {
    const s = summary.summary;
    const params = {
      rendered: s.rendered,
      inputs: ctx.say(counted('document', s.inputs)),
      files: ctx.say(counted('file', s.files)),
      dir: displayPath(outDir, ctx.cwd) || '.',
      failed: s.failed,
    };
    ctx.stderr.write(ctx.msg(s.failed > 0 ? 'render.summaryFailed' : 'render.summary', params) + '\n');
  }
  if (summary.failures.length > 0) ctx.fail(1);
}

/** a user template that does not compile or fails is a usage problem, not a bug (the name also survives a worker) */
async function templateProblem(error: unknown, template: string | undefined): Promise<unknown> {
  if (error instanceof Error && error.name === 'MarkdownTemplateError') {
    return usage('usage.templateBroken', { path: template ?? '', message: (error as Error).message });
  }
  return error;
}
