// An earlier version of an agreement from git: `git show REV:PATH`, run
// without a shell (the revision is an argument, never a command line), in the
// directory of the file, with a time and size limit like every input. What
// git says when it cannot is turned into a sentence for people.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Text } from '../lang/types.js';
import { MAX_FILE_BYTES } from '../model/source.js';
import { visible } from '../io/display.js';

export class GitError extends Error {
  constructor(readonly text: Text) {
    super('cannot read the version from git');
    this.name = 'GitError';
  }
}

export interface Revision {
  /** the revision as given, e.g. HEAD~1 */
  revision: string;
  /** the path as given (relative to cwd, or as git names it) */
  path: string;
  /** what the file is called in messages and findings: "HEAD~1:examples/dithmarschen.yaml" */
  display: string;
}

/**
 * `REV:PATH` as an argument: a revision of a file. Only when no file of that
 * name exists (a Windows path "C:\…" is a file) and the part before the colon
 * looks like a revision.
 */
export function parseRevisionArgument(arg: string, cwd: string): Revision | null {
  if (existsSync(resolve(cwd, arg))) return null;
  const colon = arg.indexOf(':');
  if (colon <= 0 || colon === arg.length - 1) return null;
  const revision = arg.slice(0, colon);
  const path = arg.slice(colon + 1);
  if (/^[A-Za-z]$/.test(revision) && /^[\\/]/.test(path)) return null; // a drive letter
  return { revision, path, display: arg };
}

const TIMEOUT_MS = 10_000;

/**
 * The file's bytes at `revision`. `path` is relative to `cwd`, as the user
 * typed it; git runs in the file's directory and is asked for "./name", which
 * git resolves relative to where it runs (not the repository root).
 */
export async function readRevision(rev: Revision, cwd: string): Promise<Buffer> {
  const { revision, path } = rev;
  // a revision starting with "-" would be read by git as an option
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f-\u009f]/;
  if (revision.startsWith('-') || control.test(revision) || control.test(path)) throw new GitError((t) => t.amend.cli.git.badRevision(visible(revision)));
  const abs = resolve(cwd, path);
  const dir = dirname(abs);
  const spec = `${revision}:./${basename(abs)}`;
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
  return new Promise((done, fail) => {
    execFile(
      'git',
      ['--no-pager', 'show', '--no-textconv', spec],
      { cwd: existsSync(dir) ? dir : cwd, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES + 1, timeout: TIMEOUT_MS, windowsHide: true, env },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return fail(new GitError((t) => t.amend.cli.git.noGit));
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return fail(new GitError((t) => t.amend.cli.git.tooBig(path, revision)));
        const said = Buffer.from(stderr ?? '').toString('utf8');
        fail(new GitError(explain(said, revision, path)));
      },
    );
  });
}

/** git's message (its English, LC_ALL=C) in words */
function explain(said: string, revision: string, path: string): Text {
  const line = said
    .split('\n')
    .map((l) => l.replace(/^(fatal|error):\s*/, '').trim())
    .find((l) => l !== '') ?? '';
  if (/not a git repository/i.test(line)) return (t) => t.amend.cli.git.notRepository(path);
  if (/does not exist in|exists on disk, but not in/i.test(line)) return (t) => t.amend.cli.git.notInRevision(path, revision);
  if (/invalid object name|unknown revision|bad revision|ambiguous argument|not a valid object name/i.test(line)) return (t) => t.amend.cli.git.unknownRevision(revision, path);
  // something else: git's own words, one line, without control characters
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 300);
  return (t) => t.amend.cli.git.other(path, revision, clean);
}
