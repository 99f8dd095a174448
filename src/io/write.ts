// Output files are written atomically: a temporary file in the target
// directory, then rename. A process killed mid-batch leaves complete files only.

import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import type { Text } from '../lang/types.js';

/** names Windows reserves for devices, with any extension ("nul.pdf" would write nowhere) */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * File names agree writes are built from ids; this keeps them inside the
 * output directory. The schema already restricts ids; this is the second
 * check, at the place where the name becomes a path.
 */
export function safeFileName(name: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,120}$/.test(name) || name.includes('..') || basename(name) !== name || WINDOWS_DEVICE.test(name)) {
    throw new UsageError((t) => t.diagnostics.write.badFileName(name));
  }
  return name;
}

/** Checks that `dir` exists, is a directory and is writable; exit 2 otherwise. */
export async function ensureOutputDir(dir: string, cwd: string, create = false): Promise<string> {
  const abs = resolve(cwd, dir);
  let info;
  try {
    info = await stat(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      // "--out report.pdf/x": a part of the path is a file; mkdir -p would not help
      throw new EnvironmentError((t) => t.diagnostics.write.outUnderFile(dir));
    }
    if (code !== 'ENOENT') {
      throw new EnvironmentError((t) => t.diagnostics.write.outInaccessible(dir, reason(code)(t)));
    }
    if (create) {
      try {
        await mkdir(abs, { recursive: true });
        return abs;
      } catch (error) {
        const why = reason((error as NodeJS.ErrnoException).code);
        throw new EnvironmentError((t) => t.diagnostics.write.outNotCreated(dir, why(t)));
      }
    }
    throw new EnvironmentError((t) => t.diagnostics.write.outMissing(dir));
  }
  if (!info.isDirectory()) {
    throw new EnvironmentError((t) => t.diagnostics.write.outIsFile(dir));
  }
  try {
    await access(abs, constants.W_OK);
  } catch {
    throw new EnvironmentError((t) => t.diagnostics.write.outNotWritable(dir));
  }
  return abs;
}

/** Writes `data` to dir/name (name built from a document id) atomically. Returns the path. */
export async function writeFileAtomic(dir: string, name: string, data: string | Uint8Array): Promise<string> {
  return writePathAtomic(join(dir, safeFileName(name)), data);
}

/** Writes `data` to a path the user chose, via a temporary file beside it and a rename. */
export async function writePathAtomic(target: string, data: string | Uint8Array): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // no fsync: the rename makes the file appear complete or not at all when the
    // process is stopped; surviving a power cut would need one per file and
    // costs more than the rendering of a batch
    await writeFile(temp, data, { flag: 'wx', mode: 0o644 });
    await rename(temp, target);
    return target;
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof UsageError) throw error;
    const why = reason((error as NodeJS.ErrnoException).code);
    throw new EnvironmentError((t) => t.diagnostics.write.cannotWrite(target, why(t)));
  }
}

/** An error code as words, with the code for searching: "permission denied (EACCES)". */
export function reason(code: string | undefined): Text {
  return (t) => t.diagnostics.write.errno(code ?? 'EIO');
}
