// agree render FILE… — PDF and Markdown for every document without errors (SPEC §3).

import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Context } from '../context.js';
import { parseToday, usage } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { printFindings } from '../report.js';
import { checkFile, type CheckedDocument } from '../../check/engine.js';
import type { Diagnostic } from '../../check/diagnostic.js';
import { ensureOutputDir, writeFileAtomic } from '../../io/write.js';
import type { OutputKind } from '../../render/render-agreement.js';
import { count } from '../../i18n/messages.js';

const formats = ['pdf', 'md', 'all'] as const;

interface RenderFlags {
  format?: (typeof formats)[number];
  out?: string;
  template?: string;
  strict?: boolean;
  json?: boolean;
  today?: string;
}

export interface RenderSummary {
  version: 1;
  inputs: string[];
  outputs: Array<{ file: string; id: string; format: OutputKind; path: string; bytes: number }>;
  failures: Array<{ file: string; id: string | null; reason: 'errors' | 'strict' | 'duplicate-id'; diagnostics: Diagnostic[] }>;
  summary: { inputs: number; rendered: number; failed: number; files: number; bytes: number };
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
    .action(async (files: string[], flags: RenderFlags) => {
      await render(files, flags, ctx);
    });
}

async function render(files: string[], flags: RenderFlags, ctx: Context): Promise<void> {
  const kinds: OutputKind[] = flags.format === 'pdf' ? ['pdf'] : flags.format === 'md' ? ['md'] : ['pdf', 'md'];
  const today = parseToday(flags.today);
  const toStdout = flags.out === '-';
  const inputs = await resolveInputs(files, ctx, 'render');
  if (toStdout && inputs.files.length > 1) throw usage('usage.stdoutOne', { count: inputs.files.length });
  if (toStdout && kinds.length > 1) throw usage('usage.stdoutAll');
  if (toStdout && flags.json) throw usage('usage.stdoutJson');
  const outDir = toStdout ? '' : await ensureOutputDir(flags.out ?? '.', ctx.cwd);
  let templateSource: string | undefined;
  if (flags.template !== undefined) {
    try {
      templateSource = await readFile(resolve(ctx.cwd, flags.template), 'utf8');
    } catch {
      throw usage('usage.templateMissing', { path: flags.template });
    }
  }

  const summary: RenderSummary = {
    version: 1,
    inputs: [],
    outputs: [],
    failures: [],
    summary: { inputs: 0, rendered: 0, failed: 0, files: 0, bytes: 0 },
  };
  const checked: CheckedDocument[] = [];
  const ids = new Map<string, string>();
  for (const file of inputs.files) {
    const doc = await checkFile(file, { cwd: ctx.cwd, stdinText: inputs.stdin, lang: ctx.lang, today });
    checked.push(doc);
    summary.inputs.push(doc.loaded.file);
    const id = doc.agreement && typeof doc.agreement.id === 'string' ? doc.agreement.id : null;
    let reason: RenderSummary['failures'][number]['reason'] | null = null;
    if (!doc.ok) reason = 'errors';
    else if (flags.strict && doc.diagnostics.some((d) => d.severity === 'warning')) reason = 'strict';
    else if (id && ids.has(id)) {
      reason = 'duplicate-id';
      const located = doc.loaded.locate('/id');
      const at = located?.location.value ?? { line: 1, column: 1 };
      doc.diagnostics.push({
        ruleId: 'duplicate-id',
        severity: 'error',
        message: ctx.msg('render.duplicateId', { id, other: ids.get(id)! }),
        file: located?.location.file ?? doc.loaded.file,
        pointer: '/id',
        line: at.line,
        column: at.column,
      });
      doc.ok = false;
    }
    if (id && !ids.has(id)) ids.set(id, doc.loaded.file);
    if (reason) {
      summary.failures.push({ file: doc.loaded.file, id, reason, diagnostics: doc.diagnostics });
      continue;
    }
    const { renderAgreement } = await import('../../render/render-agreement.js');
    const rendered = await renderAgreement(doc.agreement!, { kinds, templateSource }).catch(async (error: unknown) => {
      const { MarkdownTemplateError } = await import('../../render/markdown.js');
      // a user template that does not compile or fails is a usage problem, not a bug
      if (error instanceof MarkdownTemplateError) throw usage('usage.templateBroken', { path: flags.template ?? '', message: error.message });
      throw error;
    });
    for (const out of rendered) {
      const bytes = typeof out.data === 'string' ? Buffer.byteLength(out.data) : out.data.length;
      if (toStdout) {
        ctx.stdout.write(out.data);
        summary.outputs.push({ file: doc.loaded.file, id: id!, format: out.kind, path: '-', bytes });
      } else {
        const path = await writeFileAtomic(outDir, out.name, out.data);
        summary.outputs.push({ file: doc.loaded.file, id: id!, format: out.kind, path: displayPath(path, ctx.cwd), bytes });
      }
      summary.summary.bytes += bytes;
    }
    summary.summary.rendered++;
  }
  summary.summary.inputs = summary.inputs.length;
  summary.summary.failed = summary.failures.length;
  summary.summary.files = summary.outputs.length;

  await printFindings(checked, ctx);
  for (const f of summary.failures) {
    const reason = f.reason === 'errors' ? ctx.msg('render.reason.errors') : f.reason === 'strict' ? ctx.msg('render.reason.strict') : ctx.msg('render.reason.duplicate', { id: f.id ?? '', other: ids.get(f.id ?? '') ?? '' });
    ctx.stderr.write(ctx.msg('render.skipped', { file: f.file, reason }) + '\n');
  }
  if (flags.json) {
    ctx.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  }
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

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}
