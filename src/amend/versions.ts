// The two versions `agree diff` and `agree amend` compare, loaded and checked
// through the one loader and engine like any agreement: a file, standard
// input, or a file as it was at a git revision (git.ts).

import { dirname, resolve } from 'node:path';
import { checkFile, checkLoaded, type CheckedDocument } from '../check/engine.js';
import { loadAgreement } from '../model/load.js';
import type { RuleSetting } from '../model/types.js';
import { readRevision, type Revision } from './git.js';

export type VersionInput = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'git'; revision: Revision };

export interface VersionOptions {
  cwd: string;
  lang: string;
  today: string;
  stdin?: Buffer;
  overrides?: Record<string, RuleSetting>;
}

/**
 * Loads and checks one version. A version from git is read with `git show`
 * and named "REV:PATH" in findings; a base file it `extends` is read from the
 * working tree, relative to the file.
 */
export async function checkVersion(input: VersionInput, options: VersionOptions): Promise<CheckedDocument> {
  const check = { lang: options.lang, today: options.today, overrides: options.overrides };
  if (input.kind === 'file') return checkFile(input.path, { cwd: options.cwd, ...check });
  if (input.kind === 'stdin') return checkFile('-', { cwd: options.cwd, stdinText: options.stdin ?? Buffer.alloc(0), ...check });
  const bytes = await readRevision(input.revision, options.cwd);
  const loaded = await loadAgreement('-', { cwd: dirname(resolve(options.cwd, input.revision.path)), stdinText: bytes, stdinName: input.revision.display });
  return checkLoaded(loaded, check);
}
