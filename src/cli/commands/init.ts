// agree init [FILE] — a new agreement file from one of the models (SPEC §3),
// with comments that explain it and a modeline for editors. Asks on a terminal,
// never without one; never overwrites without --force.

import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { parseToday } from '../options.js';
import { arg, choiceOption } from '../program.js';
import { EnvironmentError, UsageError } from '../../errors.js';
import { ui } from '../../lang/fill.js';
import type { UiKey } from '../../lang/en/ui.js';

type InitMessageKey = UiKey extends infer K ? (K extends `init.${infer R}` ? R : never) : never;
const key = (k: InitMessageKey) => `init.${k}` as UiKey;
const initBoth = (k: InitMessageKey, params?: Record<string, string>) => ui(key(k), params);
import { writePathAtomic } from '../../io/write.js';
import { buildAgreement } from '../../init/build.js';
import { interview } from '../../init/interview.js';
import { defaultAnswers, modelNames, type InitAnswers, type ModelName } from '../../init/models.js';
import { createPrompter, PromptAborted } from '../../init/prompt.js';
import { oneLine } from '../../init/template.js';

interface InitFlags {
  model?: ModelName;
  district?: string;
  force?: boolean;
  yes?: boolean;
}

export function registerInit(program: Command, ctx: Context): void {
  const say = (k: InitMessageKey, params?: Record<string, string>) => ctx.msg(key(k), params);
  program
    .command('init')
    .description(say('help.init'))
    .argument(`[${arg(ctx, 'file')}]`, say('help.file'))
    .addOption(choiceOption(`-m, --model <${arg(ctx, 'model')}>`, say('help.model'), modelNames))
    .option(`--district <${arg(ctx, 'name')}>`, say('help.district'))
    .option('--force', say('help.force'))
    .option('-y, --yes', say('help.yes'))
    .addHelpText('after', say('help.after'))
    .action(async (file: string | undefined, flags: InitFlags) => {
      const given = file ?? 'agreement.yaml';
      const toStdout = given === '-';
      const lang = ctx.lang;
      const today = parseToday(undefined);
      let district: string | undefined;
      if (flags.district !== undefined) {
        district = oneLine(flags.district);
        if (!district) throw new UsageError(initBoth('usage.emptyDistrict'));
      }
      const target = resolve(ctx.cwd, given);
      if (!toStdout) await checkTarget(target, given, flags.force === true);

      let answers: InitAnswers;
      const interactive = !flags.yes && ctx.stdinIsTTY && ctx.stdout.isTTY === true && ctx.stdin !== undefined;
      if (interactive) {
        const prompter = createPrompter(ctx.stdin!, ctx.stdout);
        try {
          answers = await interview(prompter, lang, { model: flags.model, district });
        } catch (error) {
          if (!(error instanceof PromptAborted)) throw error;
          ctx.stderr.write(say('aborted') + '\n');
          ctx.fail(1);
          return;
        } finally {
          prompter.close();
        }
      } else {
        answers = defaultAnswers(flags.model ?? 'dithmarschen', lang, district);
      }

      const text = await buildAgreement({ answers, lang, today, outputDir: toStdout ? ctx.cwd : dirname(target) });
      if (toStdout) {
        ctx.stdout.write(text);
        return;
      }
      // the questions took time: the file may have appeared meanwhile
      if (!flags.force) await checkTarget(target, given, false);
      await writePathAtomic(target, text);

      if (ctx.quiet) return;
      const shown = shellWord(given);
      ctx.stderr.write(
        [
          say('written', { file: shown, model: answers.model, district: oneLine(answers.district), language: languageName(lang, ctx.lang) }),
          say('next'),
          say('next.edit'),
          say('next.check', { file: shown }),
          say('next.render', { file: shown }),
        ].join('\n') + '\n',
      );
    });
}

/** Exit 2 before any question: a directory, a missing directory, or an existing file without --force. */
async function checkTarget(target: string, given: string, force: boolean): Promise<void> {
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) {
    throw new UsageError(initBoth('usage.isDirectory', { file: given, example: `${given.replace(/\/+$/, '')}/agreement.yaml` }));
  }
  if (existing && !force) throw new UsageError(initBoth('usage.exists', { file: given }));
  const dir = dirname(target);
  const parent = await stat(dir).catch(() => null);
  if (!parent?.isDirectory()) throw new EnvironmentError(initBoth('usage.noDirectory', { dir: dirname(given) }));
}

/** A path as it can be pasted into a shell. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** the name of a language in the UI language ("Englisch"), from the platform's language names */
function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
