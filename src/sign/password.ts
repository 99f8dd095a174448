// The key file's password, typed on a terminal without echo. Never taken
// from the command line (it would stay in the shell history and be visible
// to every user in the process list); without a terminal it comes from an
// environment variable the user names (--password-env).

import type { Output } from '../cli/context.js';

interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Reads one line without showing it; null when the user gives up (Ctrl-C, Ctrl-D on an empty line). */
export function askSecret(input: NodeJS.ReadableStream, output: Output, prompt: string): Promise<string | null> {
  const terminal = input as TerminalInput;
  output.write(prompt);
  return new Promise((resolve) => {
    let typed = '';
    const raw = typeof terminal.setRawMode === 'function';
    const finish = (value: string | null) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      if (raw) terminal.setRawMode!(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onEnd = () => finish(null);
    const onData = (chunk: Buffer | string) => {
      for (const c of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (c === '\r' || c === '\n') return finish(typed);
        if (c === '\u0003') return finish(null);
        if (c === '\u0004') {
          if (typed === '') return finish(null);
          continue;
        }
        if (c === '\u007f' || c === '\b') typed = [...typed].slice(0, -1).join('');
        else if (c >= ' ') typed += c;
      }
    };
    if (raw) terminal.setRawMode!(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
