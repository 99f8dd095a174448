// agree diff OLD.yaml NEW.yaml [--format text|json|md] — what changed between
// two versions of one agreement, clause by clause (src/amend). OLD may be a
// git revision: `agree diff NEW.yaml --since HEAD~1`, or `REV:PATH`.
// Also the loading of the two versions for `agree amend`.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Context } from '../context.js';
import { arg } from '../program.js';
import { parseChoice, parseToday, usage } from '../options.js';
import { printFindings } from '../report.js';
import { UsageError } from '../../errors.js';
import type { CheckedDocument } from '../../check/engine.js';
import type { FileResult } from '../../format/index.js';
import type { Agreement } from '../../model/types.js';
import { fill } from '../../lang/fill.js';
import type { VersionInput } from '../../amend/versions.js';
import type { AmendWords } from '../../amend/words.js';

interface DiffFlags {
  format?: string;
  since?: string;
  allowIdChange?: boolean;
  today?: string;
}

export function registerDiff(program: Command, ctx: Context): void {
  const a = ctx.pack.amend.cli;
  program
    .command('diff')
    .description(a.helpDiff)
    .argument(`[${arg(ctx, 'versions')}...]`, `${a.helpOld}; ${a.helpNew}`)
    .option(`-f, --format <${arg(ctx, 'format')}>`, a.helpDiffFormat)
    .option(`--since <${arg(ctx, 'revision')}>`, a.helpSince)
    .option('--allow-id-change', a.helpAllowIdChange)
    .option(`--today <${arg(ctx, 'date')}>`, a.helpToday)
    .action(async (versions: string[], flags: DiffFlags) => {
      await diff(versions, flags, ctx);
    });
}

const FORMATS = ['text', 'json', 'md'] as const;

async function diff(args: string[], flags: DiffFlags, ctx: Context): Promise<void> {
  const format = parseChoice('--format', flags.format, FORMATS, 'text');
  const versions = await loadVersions(args, flags, ctx, 'diff');
  if (!versions) return;
  const { diffAgreements } = await import('../../amend/index.js');
  const report = await import('../../amend/report.js');
  const result = diffAgreements(versions.old, versions.new);
  if (format === 'json') ctx.stdout.write(JSON.stringify(report.diffJson(result, versions.files, ctx.pack), null, 2) + '\n');
  else if (format === 'md') ctx.stdout.write(report.diffMarkdown(result, versions.files, ctx.pack));
  else ctx.stdout.write(report.diffText(result, versions.files, ctx.pack, ctx.color));
}

export interface Versions {
  old: Agreement;
  new: Agreement;
  /** the names of the two versions as shown */
  files: { old: string; new: string };
  checked: { old: CheckedDocument; new: CheckedDocument };
  newInput: VersionInput;
}

/**
 * The two versions a command compares, checked: OLD and NEW as files ("-"
 * for one of them on standard input), OLD as REV:PATH, or NEW with --since
 * REV. Findings are printed (the new version's all, the old one's errors: its
 * warnings are what the change is for). Returns null, with exit 1, when a
 * version has errors or the ids differ without --allow-id-change.
 */
export async function loadVersions(args: string[], flags: { since?: string; allowIdChange?: boolean; today?: string }, ctx: Context, command: 'diff' | 'amend'): Promise<Versions | null> {
  const today = parseToday(flags.today);
  const a = ctx.pack.amend.cli;
  const say = (pick: (cli: AmendWords['cli']) => string) => new UsageError((t) => fill(pick(t.amend.cli), { command }));
  let oldInput: VersionInput;
  let newArg: string;
  if (flags.since !== undefined) {
    if (args.length !== 1) throw args.length === 2 ? say((c) => c.sinceAndOld) : say((c) => c.twoFiles);
    newArg = args[0]!;
    if (newArg === '-') throw say((c) => c.twoFiles);
    oldInput = { kind: 'git', revision: { revision: flags.since, path: newArg, display: `${flags.since}:${newArg}` } };
  } else {
    if (args.length !== 2) throw say((c) => c.twoFiles);
    const [oldArg, second] = args as [string, string];
    newArg = second;
    if (oldArg === '-') oldInput = { kind: 'stdin' };
    else if (existsSync(resolve(ctx.cwd, oldArg))) oldInput = { kind: 'file', path: oldArg };
    else {
      const { parseRevisionArgument } = await import('../../amend/git.js');
      const revision = parseRevisionArgument(oldArg, ctx.cwd);
      if (!revision) throw usage('usage.missingInput', { path: oldArg, cwd: ctx.cwd });
      oldInput = { kind: 'git', revision };
    }
  }
  if (newArg === '-' && oldInput.kind === 'stdin') throw usage('usage.stdinTwice');
  if (newArg !== '-' && !existsSync(resolve(ctx.cwd, newArg))) throw usage('usage.missingInput', { path: newArg, cwd: ctx.cwd });
  const newInput: VersionInput = newArg === '-' ? { kind: 'stdin' } : { kind: 'file', path: newArg };
  const stdin = oldInput.kind === 'stdin' || newInput.kind === 'stdin' ? await ctx.readStdin() : undefined;

  const { checkVersion } = await import('../../amend/versions.js');
  const { GitError } = await import('../../amend/git.js');
  const options = { cwd: ctx.cwd, lang: ctx.lang, today, stdin };
  let oldChecked: CheckedDocument;
  try {
    oldChecked = await checkVersion(oldInput, options);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.text);
    throw error;
  }
  const newChecked = await checkVersion(newInput, options);
  const findings: FileResult[] = [
    { file: oldChecked.loaded.file, id: oldChecked.agreement?.id ?? null, diagnostics: oldChecked.diagnostics.filter((d) => d.severity === 'error') },
    { file: newChecked.loaded.file, id: newChecked.agreement?.id ?? null, diagnostics: newChecked.diagnostics },
  ];
  await printFindings(findings, ctx);
  const files = { old: oldChecked.loaded.file, new: newChecked.loaded.file };
  if (!oldChecked.ok || !oldChecked.agreement) {
    ctx.stderr.write(`agree: ${a.oldHasErrors(files.old)}\n`);
    ctx.fail(1);
    return null;
  }
  if (!newChecked.ok || !newChecked.agreement) {
    ctx.stderr.write(`agree: ${a.newHasErrors(files.new)}\n`);
    ctx.fail(1);
    return null;
  }
  if (oldChecked.agreement.id !== newChecked.agreement.id && !flags.allowIdChange) {
    ctx.stderr.write(`agree: ${a.differentIds(oldChecked.agreement.id, newChecked.agreement.id)}\n`);
    ctx.fail(1);
    return null;
  }
  return { old: oldChecked.agreement, new: newChecked.agreement, files, checked: { old: oldChecked, new: newChecked }, newInput };
}
