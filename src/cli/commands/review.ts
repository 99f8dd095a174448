// agree review — the annual review (SPEC §3, §4), in three modes:
//   agree review FILE… [--format md|pdf|yaml] [--out DIR|-] [--today DATE]
//       the checklist <id>-review-<YYYY>.{md,pdf}, or the results file to fill
//       in (<id>-review-<YYYY>.yaml); YYYY is the year of --today
//   agree review FILE --results RESULTS… [--format md|json|yaml] [--record] [--max-warnings N]
//       the evaluation of filled-in results — results YAML or the checklist
//       PDF as filled in a viewer; several files show the trend; --format yaml
//       writes the (newest) results as a results YAML; --record writes the
//       (newest) review's dates into the agreement file
//   agree review FILE… --due [--today DATE] [--ics FILE] [--format text|json]
//       when each agreement's next review is due
// An agreement with errors is not processed: its findings go to stderr, exit 1.

import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative, resolve, dirname } from 'node:path';
import { Command } from 'commander';
import type { Context } from '../context.js';
import { collect, parseCount, parseRuleOverrides, parseToday, usage } from '../options.js';
import { printFindings } from '../report.js';
import { resolveInputs, type Inputs as AgreementInputs } from '../inputs.js';
import { arg } from '../program.js';
import { checkDocuments } from '../../batch/documents.js';
import type { Diagnostic } from '../../check/diagnostic.js';
import type { FileResult } from '../../format/index.js';
import { ensureOutputDir, writeFileAtomic, writePathAtomic } from '../../io/write.js';
import { UsageError } from '../../errors.js';
import type { Agreement, RuleSetting } from '../../model/types.js';
import { resultsRules } from '../../check/rules/review/index.js';
import type { LoadedDocument } from '../../model/load.js';
import { displayPath } from '../../io/display.js';
import { outputKind, outputKinds } from '../../outputs/registry.js';
import { ui } from '../../lang/fill.js';
import type { UiKey } from '../../lang/en/ui.js';

type ReviewMessageKey = UiKey extends infer K ? (K extends `review.${infer R}` ? R : never) : never;
const key = (k: ReviewMessageKey) => `review.${k}` as UiKey;

interface ReviewFlags {
  format?: string;
  out?: string;
  today?: string;
  results?: string[];
  due?: boolean;
  ics?: string;
  force?: boolean;
  record?: boolean;
  maxWarnings?: string;
  rule?: string[];
}

/** the output kinds that lay out checklists (src/outputs), Markdown first: the default */
const checklistFormats = (): string[] => {
  const names = outputKinds('checklist').map((k) => k.name);
  return names.includes('md') ? ['md', ...names.filter((n) => n !== 'md')] : names;
};
const RESULTS_FORMATS = ['md', 'json', 'yaml'] as const;
const DUE_FORMATS = ['text', 'json'] as const;

export function registerReview(program: Command, ctx: Context): void {
  const help = (k: ReviewMessageKey) => ctx.msg(key(k));
  program
    .command('review')
    .description(help('help.review'))
    .argument(`[${arg(ctx, 'files')}...]`, ctx.msg('help.files'))
    .option(`-f, --format <${arg(ctx, 'format')}>`, help('help.reviewFormat'))
    .option(`-o, --out <${arg(ctx, 'dir')}>`, help('help.reviewOut'))
    .option(`--today <${arg(ctx, 'date')}>`, help('help.reviewToday'))
    .option(`--results <${arg(ctx, 'files')}...>`, help('help.results'))
    .option('--due', help('help.due'))
    .option(`--ics <${arg(ctx, 'file')}>`, help('help.ics'))
    .option('--force', help('help.force'))
    .option('--record', help('help.record'))
    .option(`--max-warnings <${arg(ctx, 'n')}>`, help('help.reviewMaxWarnings'))
    .option(`--rule <${arg(ctx, 'rule')}>`, help('help.rule'), collect)
    .action(async (files: string[], flags: ReviewFlags) => {
      await review(files, flags, ctx);
    });
}

const usageError = (k: ReviewMessageKey, params: Record<string, string | number> = {}) => new UsageError(ui(key(k), params));

function choice<T extends string>(value: string | undefined, choices: readonly T[], mode: ReviewMessageKey): T {
  if (value === undefined) return choices[0]!;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError((t) => ui(key('usage.formatFor'), { value, choices: choices.join(', '), mode: ui(key(mode))(t) })(t));
  }
  return value as T;
}

interface Inputs extends AgreementInputs {
  results: string[];
}

/** agreements as every command takes them (files, directories, globs, "-"); results files must exist; stdin at most once */
async function resolveAll(files: string[], results: string[], ctx: Context): Promise<Inputs> {
  const agreements = await resolveInputs(files, ctx, 'review');
  let stdin = agreements.stdin;
  for (const r of results) {
    if (r === '-') {
      if (stdin) throw usage('usage.stdinTwice');
      stdin = await ctx.readStdin();
      continue;
    }
    try {
      await stat(resolve(ctx.cwd, r));
    } catch {
      throw usageError('usage.missingResults', { path: r, cwd: ctx.cwd });
    }
  }
  return { ...agreements, stdin, results };
}

async function review(files: string[], flags: ReviewFlags, ctx: Context): Promise<void> {
  const today = parseToday(flags.today);
  const results = flags.results ?? [];
  if (flags.due && results.length > 0) throw usageError('usage.resultsAndDue');
  if (flags.ics !== undefined && !flags.due) throw usageError('usage.icsWithoutDue');
  if (flags.record && flags.results === undefined) throw usageError('usage.recordWithoutResults');
  if (flags.rule !== undefined && flags.results === undefined) throw usageError('usage.ruleWithoutResults');
  const overrides = parseRuleOverrides(flags.rule, resultsRules.map((r) => r.id));
  const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
  if (flags.due) {
    const format = choice(flags.format, DUE_FORMATS, 'usage.mode.due');
    if (flags.out !== undefined) throw usageError('usage.dueOut');
    const inputs = await resolveAll(files, [], ctx);
    await due(inputs, format, today, flags.ics, ctx);
    return;
  }
  if (flags.results !== undefined) {
    const format = choice(flags.format, RESULTS_FORMATS, 'usage.mode.results');
    if (flags.out !== undefined) throw usageError('usage.resultsOut');
    if (files.length !== 1) throw usageError('usage.resultsOneAgreement', { count: files.length });
    const inputs = await resolveAll(files, results, ctx);
    await evaluate(inputs, format, today, ctx, { record: Boolean(flags.record), maxWarnings, overrides });
    return;
  }
  const format = choice(flags.format, checklistFormats(), 'usage.mode.checklist');
  const toStdout = flags.out === '-';
  if (toStdout && files.length > 1) throw usageError('usage.stdoutOne', { count: files.length });
  const inputs = await resolveAll(files, [], ctx);
  await checklists(inputs, format, today, flags, ctx);
}

// ---------------------------------------------------------------------------
// checking the agreements

interface Checked {
  /** display path of the input */
  file: string;
  agreement: Agreement;
  loaded: LoadedDocument;
}

/** checks every agreement; those with errors (or a duplicate id) are reported on stderr and left out */
async function checkAgreements(inputs: Inputs, today: string, ctx: Context): Promise<Checked[]> {
  const out: Checked[] = [];
  const failed: FileResult[] = [];
  const reasons: string[] = [];
  for await (const doc of checkDocuments({ cwd: ctx.cwd, files: inputs.files, stdin: inputs.stdin, lang: ctx.lang, today })) {
    if (doc.failure === 'duplicate-id') {
      reasons.push(ctx.msg(key('skipped'), { file: doc.file, reason: ctx.msg(key('reason.duplicate'), { id: doc.id! }) }));
    } else if (doc.failure) {
      reasons.push(ctx.msg(key('skipped'), { file: doc.file, reason: ctx.msg(key('reason.errors')) }));
    }
    if (doc.failure) {
      failed.push({ file: doc.file, id: doc.id, diagnostics: doc.diagnostics });
      continue;
    }
    out.push({ file: doc.file, agreement: doc.agreement!, loaded: doc.loaded! });
  }
  if (failed.length > 0) {
    await printFindings(failed, ctx, { summary: true });
    for (const r of reasons) ctx.stderr.write(r + '\n');
    ctx.fail(1);
  }
  return out;
}


// ---------------------------------------------------------------------------
// checklist: md, pdf, yaml skeleton

async function checklists(inputs: Inputs, format: string, today: string, flags: ReviewFlags, ctx: Context): Promise<void> {
  const toStdout = flags.out === '-';
  const outDir = toStdout ? ctx.cwd : await ensureOutputDir(flags.out ?? '.', ctx.cwd);
  const checked = await checkAgreements(inputs, today, ctx);
  const { reviewChecklist, resultsSchemaFile } = await import('../../review/index.js');
  for (const c of checked) {
    const id = c.agreement.id;
    const name = `${id}-review-${today.slice(0, 4)}.${outputKind(format)!.extension}`;
    const target = join(outDir, name);
    if (format === 'yaml' && !toStdout && !flags.force && existsSync(target)) {
      ctx.stderr.write(`agree: ${ctx.msg(key('usage.exists'), { path: displayPath(target, ctx.cwd) })}\n`);
      ctx.fail(2);
      continue;
    }
    const agreementArg = c.file === '<stdin>' ? 'AGREEMENT.yaml' : c.file;
    const resultsArg = toStdout ? name : displayPath(target, ctx.cwd);
    const schemaPath = relative(toStdout ? ctx.cwd : dirname(target), resultsSchemaFile).split('\\').join('/');
    const { data } = await reviewChecklist(c.agreement, {
      today,
      format,
      schemaPath,
      evaluateCommand: `agree review ${shellWord(agreementArg)} --results ${shellWord(resultsArg)}`,
    });
    if (toStdout) {
      ctx.stdout.write(data);
    } else {
      const path = await writeFileAtomic(outDir, name, data);
      if (!ctx.quiet) ctx.stderr.write(ctx.msg(key('wrote'), { path: displayPath(path, ctx.cwd) }) + '\n');
    }
  }
}

/** a path as one shell word, quoted only when needed */
function shellWord(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------
// evaluation of results

async function evaluate(
  inputs: Inputs,
  format: (typeof RESULTS_FORMATS)[number],
  today: string,
  ctx: Context,
  options: { record: boolean; maxWarnings: number | undefined; overrides: Record<string, RuleSetting> },
): Promise<void> {
  const [checked] = await checkAgreements(inputs, today, ctx);
  if (!checked) return;
  const doc = checked.agreement;
  const { checkResultsFile, evaluateReview } = await import('../../review/index.js');
  const good: Array<{ file: string; results: import('../../review/results.js').ReviewResults }> = [];
  const findings: FileResult[] = [];
  let errors = false;
  for (const file of inputs.results) {
    const r = await checkResultsFile(file, { cwd: ctx.cwd, stdinText: inputs.stdin, lang: ctx.lang, agreement: doc, agreementFile: checked.file, today, overrides: options.overrides });
    if (r.diagnostics.length > 0) findings.push({ file: r.file, id: doc.id, diagnostics: r.diagnostics });
    if (!r.ok || !r.results) errors = true;
    else good.push({ file: r.file, results: r.results });
  }
  if (findings.length > 0) await printFindings(findings, ctx, { summary: true });
  if (errors) {
    for (const f of findings.filter((x) => x.diagnostics.some((d: Diagnostic) => d.severity === 'error'))) {
      ctx.stderr.write(ctx.msg(key('resultsRejected'), { file: f.file }) + '\n');
    }
    ctx.fail(1);
    return;
  }
  const { json, markdown, report } = evaluateReview(doc, good, checked.file);
  // the newest review is the one written back (--format yaml) and recorded (--record)
  const { sortByDate } = await import('../../review/report.js');
  const newest = sortByDate(good, (r) => (typeof r.results.reviewDate === 'string' ? r.results.reviewDate : null)).at(-1)!;
  if (format === 'yaml') {
    const { reviewChecklist } = await import('../../review/index.js');
    const agreementArg = checked.file === '<stdin>' ? 'AGREEMENT.yaml' : checked.file;
    const { data } = await reviewChecklist(doc, {
      today,
      format: 'yaml',
      results: newest.results,
      schemaPath: relative(ctx.cwd, (await import('../../review/index.js')).resultsSchemaFile).split('\\').join('/'),
      evaluateCommand: `agree review ${shellWord(agreementArg)} --results RESULTS.yaml`,
    });
    ctx.stdout.write(data);
  } else {
    ctx.stdout.write(format === 'json' ? json : markdown);
  }
  if (options.record) await record(checked, newest, report, ctx);
  const warnings = findings.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    ctx.stderr.write(ctx.msg('maxWarnings', { count: warnings, max: options.maxWarnings }) + '\n');
    ctx.fail(1);
  }
}

/** --record: the newest review's dates into the agreement file, then what follows from the decision */
async function record(
  checked: Checked,
  newest: { file: string; results: import('../../review/results.js').ReviewResults },
  report: import('../../review/report.js').ReviewReport,
  ctx: Context,
): Promise<void> {
  const { planRecord, RecordError } = await import('../../review/record.js');
  let plan;
  try {
    plan = await planRecord(checked.loaded, newest.results);
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    ctx.stderr.write(`agree: ${ctx.say(error.text)}\n`);
    ctx.fail(1);
    return;
  }
  const date = String(newest.results.reviewDate);
  if (plan.changes.length === 0) {
    ctx.stderr.write(ctx.msg(key('record.unchanged'), { file: plan.file, date }) + '\n');
  } else {
    await writePathAtomic(plan.path, plan.text);
    ctx.stderr.write(ctx.msg(key('record.wrote'), { file: plan.file, date }) + '\n');
    for (const c of plan.changes) {
      ctx.stderr.write(
        ctx.msg(key('record.change'), { key: c.key, from: c.from ?? ctx.msg(key('record.none')), to: c.to ?? ctx.msg(key('record.removed')) }) + '\n',
      );
    }
  }
  if (report.decision === 'amend' && report.amendments.length > 0) {
    ctx.stderr.write(ctx.msg(key('record.nextSteps')) + '\n' + report.amendments.map((a) => `  - ${a}`).join('\n') + '\n');
  } else if (report.decision === 'terminate') {
    ctx.stderr.write(ctx.msg(key('record.terminate')) + '\n');
  }
}

// ---------------------------------------------------------------------------
// due dates

async function due(inputs: Inputs, format: (typeof DUE_FORMATS)[number], today: string, ics: string | undefined, ctx: Context): Promise<void> {
  const checked = await checkAgreements(inputs, today, ctx);
  const { dueRows, dueJson, dueTable, icsEvent, calendarName } = await import('../../review/due-list.js');
  const rows = dueRows(checked, today);

  // with --ics -, the calendar is the result on stdout; the list becomes a message
  const listOut = ics === '-' ? ctx.stderr : ctx.stdout;
  if (format === 'json') {
    listOut.write(JSON.stringify(dueJson(rows, today), null, 2) + '\n');
  } else {
    const { table, summary } = dueTable(rows, { lang: ctx.lang, color: ctx.color });
    listOut.write(table);
    if (!ctx.quiet || rows.length === 0) ctx.stderr.write(summary + '\n');
  }

  if (ics !== undefined) {
    const { buildIcs } = await import('../../review/ics.js');
    const calendar = calendarName(rows.map((r) => r.doc), ctx.lang);
    const text = buildIcs(rows.map((r) => icsEvent(r, today)), { today, calendarName: calendar.name, lang: calendar.lang });
    if (ics === '-') ctx.stdout.write(text);
    else {
      const path = await writePathAtomic(resolve(ctx.cwd, ics), text);
      if (!ctx.quiet) ctx.stderr.write(ctx.msg(key('wrote'), { path: displayPath(path, ctx.cwd) }) + '\n');
    }
  }
}
