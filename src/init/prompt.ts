// Questions on a terminal, with node:readline/promises' machinery and no
// dependency. Lines are read through the interface's async iterator, which
// buffers: answers typed ahead (or scripted) are not lost between questions.
// Ctrl-C and end of input (Ctrl-D) end the interview with PromptAborted.

import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Output } from '../cli/context.js';

export class PromptAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'PromptAborted';
  }
}

/** Returns the accepted answer, or `{ retry }` with a hint to print before asking again. */
export type Validate = (answer: string) => string | { retry: string };

export interface Prompter {
  /** asks `question [default]: `; an empty answer takes the default */
  ask(question: string, defaultValue: string, validate?: Validate): Promise<string>;
  say(line: string): void;
  close(): void;
}

export function createPrompter(input: NodeJS.ReadableStream, output: Output): Prompter {
  // readline wants a stream; the context gives something with write()
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      output.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
  Object.assign(sink, { isTTY: true, columns: output.columns ?? 80 });
  const rl = createInterface({ input, output: sink, terminal: true, historySize: 0 });
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    closed = true;
  });

  const next = async (): Promise<string> => {
    const r = closed ? { done: true as const, value: undefined } : await lines.next();
    if (r.done) {
      // leave the prompt line, so that the message after it starts on a line of its own
      sink.write('\n');
      throw new PromptAborted();
    }
    return r.value as string;
  };

  return {
    async ask(question, defaultValue, validate) {
      for (;;) {
        rl.setPrompt(defaultValue ? `${question} [${defaultValue}]: ` : `${question}: `);
        rl.prompt();
        const typed = (await next()).trim();
        const answer = typed === '' ? defaultValue : typed;
        const result = validate ? validate(answer) : answer;
        if (typeof result === 'string') return result;
        sink.write(result.retry + '\n');
      }
    },
    say(line) {
      sink.write(line + '\n');
    },
    close() {
      rl.close();
    },
  };
}
