// agree check FILE… — syntax, schema, references and quality rules (SPEC §3).

import { Command, Option } from 'commander';
import type { Context } from '../context.js';
import { collect, parseChoice, parseCount, parseRuleOverrides, parseToday } from '../options.js';
import { resolveInputs } from '../inputs.js';
import { checkFile } from '../../check/engine.js';
import { rules } from '../../check/rules/index.js';
import { formatNames, loadFormatter, tally, type FileResult } from '../../format/index.js';

interface CheckFlags {
  format?: string;
  maxWarnings?: string;
  today?: string;
  rule?: string[];
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
    .action(async (files: string[], flags: CheckFlags) => {
      const format = parseChoice('--format', flags.format, formatNames, 'stylish');
      const maxWarnings = parseCount('--max-warnings', flags.maxWarnings);
      const today = parseToday(flags.today);
      const overrides = parseRuleOverrides(flags.rule, rules.map((r) => r.id));
      const inputs = await resolveInputs(files, ctx, 'check');

      const results: FileResult[] = [];
      for (const file of inputs.files) {
        const checked = await checkFile(file, { cwd: ctx.cwd, stdinText: inputs.stdin, lang: ctx.lang, today, overrides });
        const id = checked.agreement && typeof checked.agreement.id === 'string' ? checked.agreement.id : null;
        results.push({ file: checked.loaded.file, id, diagnostics: checked.diagnostics });
      }
      const formatter = await loadFormatter(format);
      const text = formatter(results, { lang: ctx.lang, color: ctx.color && format === 'stylish', quiet: ctx.quiet });
      // machine formats are results (stdout); the human report is a message (stderr would hide it from pipes, so stdout as ESLint does)
      ctx.stdout.write(text);
      const s = tally(results);
      if (s.errors > 0) ctx.fail(1);
      if (maxWarnings !== undefined && s.warnings > maxWarnings) {
        ctx.stderr.write(ctx.msg('maxWarnings', { count: s.warnings, max: maxWarnings }) + '\n');
        ctx.fail(1);
      }
    });
}
