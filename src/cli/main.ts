// The testable entry point: main({argv, stdout, stderr, cwd, env}) → exit code.
// bin/agree.js only wires it to the process. Typed errors are caught here, in
// one place; anything else is a bug and says so.

import { Command, CommanderError, Option } from 'commander';
import { EnvironmentError, UsageError } from '../errors.js';
import { detectLang } from '../i18n/lang.js';
import { packageVersion } from '../paths.js';
import { createContext, type Context, type Io } from './context.js';
import { registerCheck } from './commands/check.js';
import { registerReview } from './commands/review.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';

export interface MainOptions extends Partial<Io> {
  argv: string[];
}

function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(name + '=')) return a.slice(name.length + 1);
  }
  return undefined;
}

export async function main(options: MainOptions): Promise<number> {
  const io: Io = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    readStdin: options.readStdin ?? readProcessStdin,
    stdinIsTTY: options.stdinIsTTY ?? Boolean(process.stdin.isTTY),
    stdin: options.stdin ?? process.stdin,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  const argv = options.argv;
  // language, colour and debug are needed before commander runs (help texts, its errors)
  const lang = detectLang(flagValue(argv, '--lang'), io.env);
  const noColor = argv.includes('--no-color') || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const color = !noColor && Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
  const debug = argv.includes('--debug');
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const ctx = createContext(io, lang, color, debug, quiet);

  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

export function buildProgram(ctx: Context): Command {
  const program = new Command('agree')
    .version(packageVersion(), '-V, --version', ctx.msg('help.version'))
    .description(
      ctx.lang === 'de'
        ? 'Kooperationsvereinbarungen zwischen Jobcentern und Migrationsdiensten schreiben, prüfen, ausgeben und überprüfen'
        : 'Write, check, render and review cooperation agreements between job centres and migration services',
    )
    .addOption(new Option('--lang <lang>', ctx.msg('help.lang')).choices(['de', 'en']))
    .option('--no-color', ctx.msg('help.noColor'))
    .option('-q, --quiet', ctx.msg('help.quiet'))
    .option('--debug', ctx.msg('help.debug'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  // in the order a coordinator uses them
  registerInit(program, ctx);
  registerCheck(program, ctx);
  registerRender(program, ctx);
  registerReview(program, ctx);
  program.helpOption('-h, --help', ctx.msg('help.help')).helpCommand('help [command]', ctx.msg('help.helpCommand'));
  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', ctx.msg('help.help'));
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  }
  return program;
}

function handleError(error: unknown, ctx: Context): number {
  if (error instanceof CommanderError) {
    // help and version end with exit 0; every other commander error is a usage error
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof UsageError || error instanceof EnvironmentError) {
    ctx.stderr.write(`agree: ${ctx.say(error.localized)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`agree: ${ctx.msg('internal', { message: message.split('\n')[0]! })}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr.write(error.stack + '\n');
  return 2;
}

async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
