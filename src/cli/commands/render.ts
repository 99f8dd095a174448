// agree render FILE… — PDF and Markdown for every document without errors (SPEC §3).

import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Context } from '../context.js';
import { parseCount, parseToday, usage } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { stoppedEarly } from '../batch.js';
import { Progress } from '../progress.js';
import { printFindings } from '../report.js';
import type { Diagnostic } from '../../check/diagnostic.js';
import { ensureOutputDir, writeFileAtomic } from '../../io/write.js';
import { readText } from '../../model/source.js';
import type { OutputKind } from '../../render/render-agreement.js';
import type { DocumentJob, DocumentResult } from '../../render/process-document.js';
import { count } from '../../i18n/messages.js';
import type { FileResult } from '../../format/index.js';

const formats = ['pdf', 'md', 'all'] as const;

interface RenderFlags {
  format?: (typeof formats)[number];
  out?: string;
  template?: string;
  strict?: boolean;
  json?: boolean;
  today?: string;
  jobs?: string;
  failFast?: boolean;
}

/** The machine summary of `agree render --json` (documented in docs/json-format.md). */
export interface RenderSummary {
  version: 1;
  inputs: string[];
  outputs: Array<{ file: string; id: string; format: OutputKind; path: string; bytes: number }>;
  failures: Array<{ file: string; id: string | null; reason: 'errors' | 'strict' | 'duplicate-id'; diagnostics: Diagnostic[] }>;
  summary: { inputs: number; rendered: number; failed: number; notProcessed: number; files: number; bytes: number };
}

export function registerRender(program: Command, ctx: Context): void {
  program
    .command('render')
    .description(ctx.msg('help.render'))
    .argument('[files...]', ctx.msg('help.files'))
    .addOption(new Option('-f, --format <format>', ctx.msg('help.renderFormat')).choices(formats).default('all'))
    .option('-o, --out <dir>', ctx.msg('help.out'))
    .option('--template <file>', ctx.msg('help.template'))
    .option('--strict', ctx.msg('help.strict'))
    .option('--json', ctx.msg('help.json'))
    .option('--today <date>', ctx.msg('help.today'))
    .option('-j, --jobs <n>', ctx.msg('help.jobs'))
    .option('--fail-fast', ctx.msg('help.failFast'))
    .action(async (files: string[], flags: RenderFlags) => {
      await render(files, flags, ctx);
    });
}

async function render(files: string[], flags: RenderFlags, ctx: Context): Promise<void> {
  const kinds: OutputKind[] = flags.format === 'pdf' ? ['pdf'] : flags.format === 'md' ? ['md'] : ['pdf', 'md'];
  const today = parseToday(flags.today);
  // each worker is a Node isolate of some 30 MB: more than twice the cores only costs
  // memory, and --jobs 300 would exhaust it
  const jobs = Math.min(parseCount('--jobs', flags.jobs) ?? availableParallelism(), 2 * availableParallelism());
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
  }

  const n = inputs.files.length;
  const { createPool } = await import('../../render/pool.js');
  // workers only pay off when there is more than one document
  const pool = createPool(Math.min(jobs, n));
  const progress = Progress.for(ctx.stderr, n, ctx.quiet);
  /** results by input position; PDF and Markdown bytes are dropped once written */
  const results: DocumentResult[] = [];
  /** which document of the run owns an id: the first in input order */
  const owners = new Map<string, DocumentResult>();
  const written = new Map<number, RenderSummary['outputs']>();
  const inFlight = new Set<Promise<void>>();
  let dispatched = 0;
  let stopped = false;
  let firstError: unknown = null;

  const write = async (r: DocumentResult) => {
    const entries: RenderSummary['outputs'] = [];
    for (const out of r.files) {
      const bytes = typeof out.data === 'string' ? Buffer.byteLength(out.data) : out.data.length;
      if (toStdout) ctx.stdout.write(out.data);
      const path = toStdout ? '-' : displayPath(await writeFileAtomic(outDir, out.name, out.data), ctx.cwd);
      entries.push({ file: r.file, id: r.id!, format: out.kind, path, bytes });
    }
    written.set(r.index, entries);
  };

  const arrived = async (r: DocumentResult) => {
    results[r.index] = r;
    progress.tick(r.file);
    if (r.failure) {
      if (flags.failFast) stopped = true;
      return;
    }
    // documents finish out of order: the first in input order keeps an id, and
    // its files, even when a later one with the same id was written before it
    const owner = owners.get(r.id!);
    if (owner && owner.index < r.index) {
      r.files = [];
      return;
    }
    owners.set(r.id!, r);
    await write(r);
    if (owner) written.delete(owner.index);
    r.files = [];
  };

  try {
    for (const [index, input] of inputs.files.entries()) {
      if (stopped || firstError) break;
      dispatched++;
      const job: DocumentJob = { index, input, cwd: ctx.cwd, stdinText: input === '-' ? inputs.stdin : undefined, lang: ctx.lang, today, kinds, templateSource, strict: Boolean(flags.strict) };
      const task = pool
        .run(job)
        .then(arrived)
        .catch((error: unknown) => {
          firstError ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      // a few documents per worker in flight: memory stays flat however long the batch;
      // with --fail-fast no more than the workers hold, so little runs after a failure
      while (inFlight.size >= (flags.failFast ? jobs : Math.max(2, jobs * 2))) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    progress.clear();
    await pool.close();
  }
  if (firstError) throw await templateProblem(firstError, flags.template);

  const summary: RenderSummary = {
    version: 1,
    inputs: inputs.files.map((f) => (f === '-' ? '<stdin>' : f)),
    outputs: [],
    failures: [],
    summary: { inputs: n, rendered: 0, failed: 0, notProcessed: n - dispatched, files: 0, bytes: 0 },
  };
  const findings: FileResult[] = [];
  for (const r of results) {
    if (!r) continue;
    const reason = r.failure ?? (owners.get(r.id!) !== r ? 'duplicate-id' : null);
    if (reason === 'duplicate-id') {
      const first = owners.get(r.id!)!;
      const at = r.idAt ?? { file: r.file, line: 1, column: 1 };
      r.diagnostics.push({ ruleId: 'duplicate-id', severity: 'error', message: ctx.msg('batch.duplicateId', { id: r.id!, other: first.file }), pointer: '/id', ...at });
    }
    if (r.diagnostics.length > 0) findings.push({ file: r.file, id: r.id, diagnostics: r.diagnostics });
    if (reason) summary.failures.push({ file: r.file, id: r.id, reason, diagnostics: r.diagnostics });
    else summary.summary.rendered++;
    summary.outputs.push(...(written.get(r.index) ?? []));
  }
  summary.summary.failed = summary.failures.length;
  summary.summary.files = summary.outputs.length;
  summary.summary.bytes = summary.outputs.reduce((total, o) => total + o.bytes, 0);

  await printFindings(findings, ctx);
  for (const f of summary.failures) {
    const reason =
      f.reason === 'errors' ? ctx.msg('render.reason.errors') : f.reason === 'strict' ? ctx.msg('render.reason.strict') : ctx.msg('render.reason.duplicate', { id: f.id ?? '' });
    ctx.stderr.write(ctx.msg('render.skipped', { file: f.file, reason }) + '\n');
  }
  stoppedEarly(ctx, n, dispatched);
  if (flags.json) ctx.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (!toStdout && !ctx.quiet) {
    const s = summary.summary;
    const params = {
      rendered: s.rendered,
      inputs: count(ctx.lang, 'document', s.inputs),
      files: count(ctx.lang, 'file', s.files),
      dir: displayPath(outDir, ctx.cwd) || '.',
      failed: s.failed,
    };
    ctx.stderr.write(ctx.msg(s.failed > 0 ? 'render.summaryFailed' : 'render.summary', params) + '\n');
  }
  if (summary.failures.length > 0) ctx.fail(1);
}

/** a user template that does not compile or fails is a usage problem, not a bug */
async function templateProblem(error: unknown, template: string | undefined): Promise<unknown> {
  const { MarkdownTemplateError } = await import('../../render/markdown.js');
  if (error instanceof MarkdownTemplateError || (error instanceof Error && error.name === 'MarkdownTemplateError')) {
    return usage('usage.templateBroken', { path: template ?? '', message: (error as Error).message });
  }
  return error;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}
