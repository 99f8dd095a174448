// Output files are written atomically: a temporary file in the target
// directory, then rename. A process killed mid-batch leaves complete files only.

import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';

/** File names agree writes are built from ids; this keeps them inside the output directory. */
export function safeFileName(name: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,120}$/.test(name) || name.includes('..') || basename(name) !== name) {
    throw new UsageError({
      de: `„${name}“ ist kein zulässiger Dateiname für eine Ausgabe (nur a–z, 0–9, Punkt, Bindestrich, Unterstrich)`,
      en: `"${name}" is not an allowed output file name (a–z, 0–9, dot, hyphen, underscore only)`,
    });
  }
  return name;
}

/** Checks that `dir` exists, is a directory and is writable; exit 2 otherwise. */
export async function ensureOutputDir(dir: string, cwd: string, create = false): Promise<string> {
  const abs = resolve(cwd, dir);
  let info;
  try {
    info = await stat(abs);
  } catch {
    if (create) {
      try {
        await mkdir(abs, { recursive: true });
        return abs;
      } catch (error) {
        throw new EnvironmentError({
          de: `Ausgabeverzeichnis ${dir} kann nicht angelegt werden (${(error as NodeJS.ErrnoException).code})`,
          en: `cannot create output directory ${dir} (${(error as NodeJS.ErrnoException).code})`,
        });
      }
    }
    throw new EnvironmentError({
      de: `Ausgabeverzeichnis ${dir} gibt es nicht. Legen Sie es an (mkdir -p ${dir}) oder wählen Sie mit --out ein anderes.`,
      en: `output directory ${dir} does not exist. Create it (mkdir -p ${dir}) or choose another with --out.`,
    });
  }
  if (!info.isDirectory()) {
    throw new EnvironmentError({
      de: `--out ${dir} ist eine Datei, kein Verzeichnis`,
      en: `--out ${dir} is a file, not a directory`,
    });
  }
  try {
    await access(abs, constants.W_OK);
  } catch {
    throw new EnvironmentError({
      de: `In das Ausgabeverzeichnis ${dir} darf nicht geschrieben werden (Berechtigungen prüfen)`,
      en: `output directory ${dir} is not writable (check its permissions)`,
    });
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
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new EnvironmentError({ de: `${target} kann nicht geschrieben werden (${code})`, en: `cannot write ${target} (${code})` });
  }
}
