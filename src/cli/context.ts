// What every command gets from main(): streams, environment, language, colour.
// Commands never touch process.* directly, so main() is testable in-process.

import type { LanguagePack, Text } from '../lang/types.js';
import { pack } from '../lang/index.js';
import { fill, type Params } from '../lang/fill.js';
import type { UiKey } from '../lang/en/ui.js';

export interface Output {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** read all of stdin (only when "-" is an input) */
  readStdin(): Promise<Buffer>;
  stdinIsTTY: boolean;
  /** stdin as a stream, for questions on a terminal (agree init); tests inject their own */
  stdin?: NodeJS.ReadableStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface Context extends Io {
  /** the UI language's code */
  lang: string;
  /** its pack: every word the command line prints */
  pack: LanguagePack;
  /** colour on stderr/stdout (TTY, no NO_COLOR, no --no-color) */
  color: boolean;
  debug: boolean;
  quiet: boolean;
  exitCode: number;
  /** raise the exit code (0 < 1 < 2) */
  fail(code: 1 | 2): void;
  /** a command-line message in the UI language */
  msg(key: UiKey, params?: Params): string;
  /** any text in the UI language */
  say(text: Text): string;
}

export function createContext(io: Io, lang: string, color: boolean, debug: boolean, quiet: boolean): Context {
  const p = pack(lang);
  const ctx: Context = {
    ...io,
    lang,
    pack: p,
    color,
    debug,
    quiet,
    exitCode: 0,
    fail(code) {
      ctx.exitCode = Math.max(ctx.exitCode, code);
    },
    msg: (key, params) => fill(p.ui[key], params),
    say: (text) => text(p),
  };
  return ctx;
}
