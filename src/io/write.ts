// Output files are written atomically: a temporary file in the target
// directory, then rename. A process killed mid-batch leaves complete files only.

import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';

/** names Windows reserves for devices, with any extension ("nul.pdf" would write nowhere) */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * File names agree writes are built from ids; this keeps them inside the
 * output directory. The schema already restricts ids; this is the second
 * check, at the place where the name becomes a path.
 */
export function safeFileName(name: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,120}$/.test(name) || name.includes('..') || basename(name) !== name || WINDOWS_DEVICE.test(name)) {
    throw new UsageError({
      de: `„${name}“ ist kein zulässiger Dateiname für eine Ausgabe (nur a–z, 0–9, Punkt, Bindestrich, Unterstrich; kein Gerätename wie con, nul, com1)`,
      en: `"${name}" is not an allowed output file name (a–z, 0–9, dot, hyphen, underscore only; not a device name such as con, nul, com1)`,
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
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      // "--out report.pdf/x": a part of the path is a file; mkdir -p would not help
      throw new EnvironmentError({
        de: `--out ${dir}: ein Teil des Pfades ist eine Datei, kein Verzeichnis`,
        en: `--out ${dir}: a part of the path is a file, not a directory`,
      });
    }
    if (code !== 'ENOENT') {
      throw new EnvironmentError({
        de: `Ausgabeverzeichnis ${dir} ist nicht zugänglich: ${reason(code).de}`,
        en: `output directory ${dir} cannot be accessed: ${reason(code).en}`,
      });
    }
    if (create) {
      try {
        await mkdir(abs, { recursive: true });
        return abs;
      } catch (error) {
        const why = reason((error as NodeJS.ErrnoException).code);
        throw new EnvironmentError({
          de: `Ausgabeverzeichnis ${dir} kann nicht angelegt werden: ${why.de}`,
          en: `cannot create output directory ${dir}: ${why.en}`,
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
    const why = reason((error as NodeJS.ErrnoException).code);
    throw new EnvironmentError({ de: `${target} kann nicht geschrieben werden: ${why.de}`, en: `cannot write ${target}: ${why.en}` });
  }
}

/** An error code as words, with the code for searching: "permission denied (EACCES)". */
export function reason(code: string | undefined): { de: string; en: string } {
  const c = code ?? 'EIO';
  const words: Record<string, [string, string]> = {
    EACCES: ['keine Berechtigung', 'permission denied'],
    EPERM: ['keine Berechtigung', 'permission denied'],
    EROFS: ['Dateisystem ist schreibgeschützt', 'read-only file system'],
    ENOSPC: ['kein Platz mehr auf dem Datenträger', 'no space left on the device'],
    EDQUOT: ['Speicherkontingent erschöpft', 'disk quota exceeded'],
    ENOENT: ['das Verzeichnis gibt es nicht (mehr) oder es nimmt keine Dateien auf', 'the directory is gone or does not take files'],
    EISDIR: ['dort steht ein Verzeichnis gleichen Namens', 'a directory of that name is in the way'],
    ENOTDIR: ['ein Teil des Pfades ist eine Datei', 'a part of the path is a file'],
    EMFILE: ['zu viele offene Dateien', 'too many open files'],
    ENAMETOOLONG: ['Pfad zu lang', 'path too long'],
  };
  const [de, en] = words[c] ?? ['Ein-/Ausgabefehler', 'input/output error'];
  return { de: `${de} (${c})`, en: `${en} (${c})` };
}
