// The testable entry point: main({argv, stdout, stderr, cwd, env}) → exit code.
// bin/agree.cjs only wires it to the process. Typed errors are caught here, in
// one place; anything else is a bug and says so.

import { CommanderError, type Command } from 'commander';
import { EnvironmentError, UsageError } from '../errors.js';
import { detectLang, languages } from '../lang/index.js';
import { MAX_FILE_BYTES } from '../model/source.js';
import { packageVersion } from '../paths.js';
import { createContext, type Context, type Io } from './context.js';
import { AgreeCommand, arg, choiceOption } from './program.js';
import { registerCheck } from './commands/check.js';
import { registerReview } from './commands/review.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerOverview } from './commands/overview.js';
import { registerExtract } from './commands/extract.js';
import { registerSign } from './commands/sign.js';
import { registerVerify } from './commands/verify.js';
import { registerDiff } from './commands/diff.js';
import { registerAmend } from './commands/amend.js';

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
  if (options.stdout === undefined && options.stderr === undefined) guardProcess(ctx);

  const program = buildProgram(ctx);
  try {
    const command = commandIn(argv);
    // `agree` alone: the help on stdout, exit 0 — as `git` and `npm` print their
    // usage on stdout; nothing went wrong, the user asked what agree does
    if (command === undefined && !argv.some((a) => HELP_OR_VERSION.has(a))) {
      ctx.stdout.write(program.helpInformation());
      return 0;
    }
    // `agree help chek`: commander would print the general help; say what is wrong instead
    if (command === 'help') {
      const topic = argv[argv.indexOf('help') + 1];
      if (topic !== undefined && !topic.startsWith('-') && !program.commands.some((c) => c.name() === topic)) {
        program.args = [topic];
        (program as AgreeCommand).unknownCommand();
      }
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

const HELP_OR_VERSION = new Set(['-h', '--help', '-V', '--version']);
/** the program's options that take a value (they come before the command) */
const GLOBAL_WITH_VALUE = new Set(['--lang']);

/** the command word of argv, after the program's own options; undefined when there is none */
function commandIn(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (GLOBAL_WITH_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export function buildProgram(ctx: Context): Command {
  const program = new AgreeCommand(ctx, 'agree')
    .version(packageVersion(), '-V, --version', ctx.msg('help.version'))
    .description(ctx.msg('help.agree'))
    // the program's options in every command's help too (`agree check --help` shows -q)
    .configureHelp({ showGlobalOptions: true })
    .addOption(choiceOption(`--lang <${arg(ctx, 'lang')}>`, ctx.msg('help.lang'), languages()))
    .option('--no-color', ctx.msg('help.noColor'))
    .option('-q, --quiet', ctx.msg('help.quiet'))
    .option('--debug', ctx.msg('help.debug'))
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
  registerOverview(program, ctx);
  registerSign(program, ctx);
  registerVerify(program, ctx);
  registerExtract(program, ctx);
  registerDiff(program, ctx);
  registerAmend(program, ctx);
  program.helpOption('-h, --help', ctx.msg('help.help')).helpCommand(`help [${arg(ctx, 'command')}]`, ctx.msg('help.helpCommand'));
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
    ctx.stderr.write(`agree: ${ctx.say(error.text)}\n`);
    return 2;
  }
  reportInternal(error, ctx);
  return 2;
}

/** "unexpected internal error … please report it": one line, the stack only with --debug */
function reportInternal(error: unknown, ctx: Context): void {
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`agree: ${ctx.msg('internal', { message: message.split('\n')[0]! })}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr.write(error.stack + '\n');
}

let guarded = false;

/**
 * Only when main() runs as the process (bin/agree.cjs), not in tests: what
 * escapes the promise chain still ends as one line and exit 2 instead of
 * Node's stack trace — an exception in a callback, a rejected promise nobody
 * awaited. A reader that goes away (`agree check … | head`) ends our output
 * quietly, as with any Unix tool, instead of crashing with EPIPE.
 */
function guardProcess(ctx: Context): void {
  if (guarded) return;
  guarded = true;
  const quietOnBrokenPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  };
  process.stdout.on('error', quietOnBrokenPipe);
  process.stderr.on('error', quietOnBrokenPipe);
  process.on('uncaughtException', (error) => {
    try {
      reportInternal(error, ctx);
    } finally {
      // the process is in an unknown state: leave now (output files are only
      // ever renamed into place when complete, so nothing half-written stays)
      process.exit(2);
    }
  });
}

/**
 * All of stdin, but never more than one byte over the input limit: endless
 * input (`yes | agree check -`) is refused as too big instead of filling memory.
 */
async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > MAX_FILE_BYTES) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, MAX_FILE_BYTES + 1);
}
