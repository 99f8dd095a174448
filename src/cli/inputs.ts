// Turning command-line arguments into input files: files, "-" for stdin,
// directories (every *.yaml / *.yml below) and quoted globs, which agree expands
// itself so that they also work where the shell does not (Windows cmd, CI YAML).

import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Context } from './context.js';
import { usage } from './options.js';
import { MAX_FILE_BYTES } from '../model/source.js';

export interface Inputs {
  /** display paths (relative to cwd where possible) or "-", in the order given, without repeats */
  files: string[];
  stdin: Buffer | undefined;
  /** base files found in directories or globs and left out: they have no id and other inputs extend them */
  skippedBases: string[];
  /**
   * base files named on the command line (still in `files`): no id, and files
   * beside them extend them. `agree check` says so instead of checking them
   * alone, which would only report what the extending files add.
   */
  namedBases: Array<{ file: string; extendedBy: string[] }>;
}

const GLOB = /[*?[\]{}]/;
const YAML_FILE = /\.ya?ml$/i;

export async function resolveInputs(args: string[], ctx: Context, command: string): Promise<Inputs> {
  if (args.length === 0) throw usage('usage.noInput', { command });
  const files: string[] = [];
  const seen = new Set<string>();
  /** files that came from a directory or glob: candidates for base-file skipping */
  const expanded = new Set<string>();
  let stdin: Buffer | undefined;
  const add = (abs: string, fromExpansion: boolean) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(abs);
    if (fromExpansion) expanded.add(abs);
  };
  for (const arg of args) {
    if (arg === '-') {
      if (stdin) throw usage('usage.stdinTwice');
      stdin = await ctx.readStdin();
      files.push('-');
      continue;
    }
    const abs = resolve(ctx.cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const found = await yamlFilesBelow(abs);
      if (found.length === 0) throw usage('usage.emptyDirectory', { path: arg });
      for (const f of found) add(f, true);
    } else if (info) {
      add(abs, false);
    } else if (GLOB.test(arg)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(arg.split(sep).join('/'), { cwd: ctx.cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false }))
        .map((f) => resolve(f))
        .sort(compareNames);
      if (found.length === 0) throw usage('usage.noMatch', { pattern: arg });
      for (const f of found) add(f, true);
    } else {
      throw usage('usage.missingInput', { path: arg, cwd: ctx.cwd });
    }
  }
  const skippedBases = await baseFiles([...expanded], files.filter((f) => f !== '-'));
  const skip = new Set(skippedBases);
  const display = (abs: string) => {
    if (abs === '-') return abs;
    const rel = relative(ctx.cwd, abs);
    return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs;
  };
  const namedBases: Inputs['namedBases'] = [];
  for (const f of files) {
    if (f === '-' || expanded.has(f)) continue;
    const extendedBy = await extendersOf(f);
    if (extendedBy.length > 0) namedBases.push({ file: display(f), extendedBy: extendedBy.map(display) });
  }
  return { files: files.filter((f) => !skip.has(f)).map(display), stdin, skippedBases: skippedBases.map(display), namedBases };
}

/** a file's text for the cheap look below; nothing for what the loader would refuse anyway */
async function peek(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > MAX_FILE_BYTES) return '';
  return readFile(path, 'utf8').catch(() => '');
}

/**
 * The YAML files beside `file` that extend it, when it has no top-level `id`
 * (an agreement always has one): then it is a base file. Only its own
 * directory is looked at, where `extends: base.yaml` points from.
 */
async function extendersOf(file: string): Promise<string[]> {
  const text = await peek(file);
  if (text === '' || TOP_LEVEL_ID.test(text)) return [];
  const dir = dirname(file);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => compareNames(a.name, b.name))) {
    const path = join(dir, e.name);
    if (!e.isFile() || !YAML_FILE.test(e.name) || path === file) continue;
    const m = TOP_LEVEL_EXTENDS.exec(await peek(path));
    if (m && resolve(dir, m[1]!.trim()) === file) out.push(path);
  }
  return out;
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** every *.yaml / *.yml below dir, sorted; hidden directories and node_modules are left out */
async function yamlFilesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries.sort((a, b) => compareNames(a.name, b.name))) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') await walk(path);
      } else if (e.isFile() && YAML_FILE.test(e.name)) {
        out.push(path);
      }
    }
  };
  await walk(dir);
  return out;
}

const TOP_LEVEL_ID = /^id[ \t]*:[ \t]*\S/m;
const TOP_LEVEL_EXTENDS = /^extends[ \t]*:[ \t]*["']?([^"'#\r\n]+?)["']?[ \t]*(?:#.*)?$/m;

/**
 * Of the files found in directories and globs, those without a top-level `id`
 * that another input extends: base files, used only through `extends`. A cheap
 * look at the text is enough here; the loader reads every file properly later.
 */
async function baseFiles(candidates: string[], all: string[]): Promise<string[]> {
  if (candidates.length === 0) return [];
  const texts = new Map<string, string>();
  const read = async (f: string) => {
    if (!texts.has(f)) texts.set(f, await readFile(f, 'utf8').catch(() => ''));
    return texts.get(f)!;
  };
  const extended = new Set<string>();
  for (const f of all) {
    const m = TOP_LEVEL_EXTENDS.exec(await read(f));
    if (m) extended.add(resolve(dirname(f), m[1]!.trim()));
  }
  const bases: string[] = [];
  for (const f of candidates) if (extended.has(f) && !TOP_LEVEL_ID.test(await read(f))) bases.push(f);
  return bases;
}
