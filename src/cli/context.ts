// What every command gets from main(): streams, environment, language, colour.
// Commands never touch process.* directly, so main() is testable in-process.

import type { Lang } from '../model/types.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { Localized } from '../check/diagnostic.js';

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
  lang: Lang;
  /** colour on stderr/stdout (TTY, no NO_COLOR, no --no-color) */
  color: boolean;
  debug: boolean;
  quiet: boolean;
  exitCode: number;
  /** raise the exit code (0 < 1 < 2) */
  fail(code: 1 | 2): void;
  msg(key: MessageKey, params?: Record<string, string | number>): string;
  say(message: Localized): string;
}

export function createContext(io: Io, lang: Lang, color: boolean, debug: boolean, quiet: boolean): Context {
  const ctx: Context = {
    ...io,
    lang,
    color,
    debug,
    quiet,
    exitCode: 0,
    fail(code) {
      ctx.exitCode = Math.max(ctx.exitCode, code);
    },
    msg: (key, params) => t(lang, key, params),
    say: (message) => message[lang],
  };
  return ctx;
}
