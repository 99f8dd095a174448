// agree check FILE… — syntax, schema, references and quality rules (SPEC §3).

import { Command, Option } from 'commander';
import type { Context } from '../context.js';
import { collect, parseChoice, parseCount, parseRuleOverrides, parseToday } from '../options.js';
import { resolveInputs } from '../inputs.js';
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
    .argument('[files...]', ctx.msg('help.files'))
    .addOption(new Option('-f, --format <format>', ctx.msg('help.format')).choices(formatNames))
    .option('--max-warnings <n>', ctx.msg('help.maxWarnings'))
    .option('--today <date>', ctx.msg('help.today'))
    .option('--rule <id=level>', ctx.msg('help.rule'), collect)
    .option('--fail-fast', ctx.msg('help.failFast'))
    .action(async (files: string[], flags: CheckFlags) => {
      const format = parseChoice('--format', flags.format, formatNames, 'stylish');
      const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
      const today = parseToday(flags.today);
      const overrides = parseRuleOverrides(flags.rule, rules.map((r) => r.id));
      const inputs = await resolveInputs(files, ctx, 'check');

      const results: FileResult[] = [];
      const progress = Progress.for(ctx.stderr, inputs.files.length, ctx.quiet || format !== 'stylish');
      for await (const doc of checkDocuments({ cwd: ctx.cwd, files: inputs.files, stdin: inputs.stdin, lang: ctx.lang, today, overrides, failFast: flags.failFast })) {
        results.push({ file: doc.file, id: doc.id, diagnostics: doc.diagnostics });
        progress.tick(doc.file);
      }
      progress.clear();
      const formatter = await loadFormatter(format);
      // the report is the result of `check`, so it goes to stdout (as ESLint does)
      ctx.stdout.write(formatter(results, { lang: ctx.lang, color: ctx.color && format === 'stylish', quiet: ctx.quiet }));
      stoppedEarly(ctx, inputs.files.length, results.length);
      const s = tally(results);
      if (s.errors > 0) ctx.fail(1);
      if (maxWarnings !== undefined && s.warnings > maxWarnings) {
        ctx.stderr.write(ctx.msg('maxWarnings', { count: s.warnings, max: maxWarnings }) + '\n');
        ctx.fail(1);
      }
    });
}
