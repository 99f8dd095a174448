// agree check FILE… — syntax, schema, references and quality rules (SPEC §3).

import type { Command } from 'commander';
import type { Context } from '../context.js';
import { collect, parseChoice, parseCount, parseRuleOverrides, parseToday } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { arg, choiceOption } from '../program.js';
import { stoppedEarly } from '../report.js';
import { checkDocuments } from '../../batch/documents.js';
import { Progress } from '../progress.js';
import { rules } from '../../check/rules/index.js';
import { formatNames, loadFormatter, tally, type FileResult } from '../../format/index.js';

interface CheckFlags {
  format?: string;
  maxWarnings?: string;
  today?: string;
  rule?: string[];
  failFast?: boolean;
}

export function registerCheck(program: Command, ctx: Context): void {
  program
    .command('check')
    .description(ctx.msg('help.check'))
    .argument(`[${arg(ctx, 'files')}...]`, ctx.msg('help.files'))
    .addOption(choiceOption(`-f, --format <${arg(ctx, 'format')}>`, ctx.msg('help.format'), formatNames))
    .option(`--max-warnings <${arg(ctx, 'n')}>`, ctx.msg('help.maxWarnings'))
    .option(`--today <${arg(ctx, 'date')}>`, ctx.msg('help.today'))
    .option(`--rule <${arg(ctx, 'rule')}>`, ctx.msg('help.rule'), collect)
    .option('--fail-fast', ctx.msg('help.failFast'))
    .action(async (files: string[], flags: CheckFlags) => {
      const format = parseChoice('--format', flags.format, formatNames, 'stylish');
      const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
      const today = parseToday(flags.today);
      const overrides = parseRuleOverrides(flags.rule, rules.map((r) => r.id));
      const inputs = await resolveInputs(files, ctx, 'check');
      // a base file named on its own is checked through the files that extend it: say so, once
      const bases = new Map(inputs.namedBases.map((b) => [b.file, b.extendedBy]));
      const toCheck = inputs.files.filter((f) => !bases.has(f));

      const results: FileResult[] = [];
      const progress = Progress.for(ctx.stderr, toCheck.length, ctx.quiet || format !== 'stylish');
      // in input order (one at a time), so each result belongs to the next file of toCheck
      const checked: FileResult[] = [];
      for await (const doc of checkDocuments({ cwd: ctx.cwd, files: toCheck, stdin: inputs.stdin, lang: ctx.lang, today, overrides, failFast: flags.failFast })) {
        checked.push({ file: doc.file, id: doc.id, diagnostics: doc.diagnostics });
        progress.tick(doc.file);
      }
      progress.clear();
      let next = 0;
      for (const f of inputs.files) {
        const extendedBy = bases.get(f);
        if (extendedBy) results.push(baseFileResult(f, extendedBy, ctx));
        else if (next < checked.length) results.push(checked[next++]!);
      }
      const formatter = await loadFormatter(format);
      // the report is the result of `check`, so it goes to stdout (as ESLint does)
      ctx.stdout.write(formatter(results, { lang: ctx.lang, color: ctx.color && format === 'stylish', quiet: ctx.quiet }));
      stoppedEarly(ctx, toCheck.length, checked.length);
      const s = tally(results);
      if (s.errors > 0) ctx.fail(1);
      if (maxWarnings !== undefined && s.warnings > maxWarnings) {
        ctx.stderr.write(ctx.msg('maxWarnings', { count: s.warnings, max: maxWarnings }) + '\n');
        ctx.fail(1);
      }
    });
}

/** the one finding for a base file named on the command line (an info: nothing is wrong with it) */
function baseFileResult(file: string, extendedBy: string[], ctx: Context): FileResult {
  const message = ctx.msg('check.baseFile', { file, extenders: extendedBy.join(', '), files: extendedBy.map(shellWord).join(' ') });
  return { file, id: null, diagnostics: [{ ruleId: 'base-file', severity: 'info', message, file, pointer: '', line: 1, column: 1 }] };
}

function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
