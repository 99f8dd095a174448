// Turning command-line arguments into input files.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from './context.js';
import { usage } from './options.js';

export interface Inputs {
  files: string[];
  stdin: Buffer | undefined;
}

export async function resolveInputs(args: string[], ctx: Context, command: string): Promise<Inputs> {
  if (args.length === 0) throw usage('usage.noInput', { command });
  const files: string[] = [];
  let stdin: Buffer | undefined;
  for (const arg of args) {
    if (arg === '-') {
      if (stdin) throw usage('usage.stdinTwice');
      stdin = await ctx.readStdin();
      files.push('-');
      continue;
    }
    try {
      await stat(resolve(ctx.cwd, arg));
    } catch {
      throw usage('usage.missingInput', { path: arg, cwd: ctx.cwd });
    }
    files.push(arg);
  }
  return { files, stdin };
}
