// The review results of an overview: files and directories as given with
// --results, expanded to results files, each with the agreement id it names.
// A results file is matched to its document by that id (the `agreement` key of
// a results YAML, the read-only `agree.checklist` field of a filled checklist
// PDF), so one folder can hold the results of every district and every year.

import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../check/diagnostic.js';
import type { LoadedDocument } from '../model/load.js';
import type { Lang } from '../model/types.js';
import { UsageError } from '../errors.js';
import { pack } from '../lang/index.js';
import { lazy } from '../lang/lazy.js';

const M = lazy((t) => t.diagnostics.pdfResults);
import type { Text } from '../lang/types.js';
import { MAX_PDF_BYTES, readPdfInput, type PdfInput } from '../io/pdf-input.js';


const RESULTS_FILE = /\.(ya?ml|pdf)$/i;
const GLOB = /[*?[\]{}]/;

export interface ResultsInput {
  /** display path: relative to cwd where possible */
  file: string;
  /** the agreement id the file names, or null when it cannot be read */
  agreement: string | null;
  /** a parsed results YAML, handed on to the checks (PDFs are read again by checkResultsFile) */
  loaded: LoadedDocument | null;
  /** why the file cannot be read (agreement null) */
  problems: Diagnostic[];
}

/** every results file of the arguments (files; directories: their *.yaml, *.yml and *.pdf below), sorted, without repeats */
export async function expandResults(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push(abs);
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (!info && GLOB.test(arg)) {
      // a quoted glob, as every command takes them (the shell of Windows or a CI file does not expand it)
      const { glob } = await import('tinyglobby');
      const found = (await glob(arg.split(sep).join('/'), { cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false }))
        .map((f) => resolve(f))
        .filter((f) => RESULTS_FILE.test(f))
        .sort(byName);
      if (found.length === 0) throw new UsageError((t) => t.overview.cli.missingResults(arg, cwd));
      found.forEach(add);
      continue;
    }
    if (!info) throw new UsageError((t) => t.overview.cli.missingResults(arg, cwd));
    if (!info.isDirectory()) {
      add(abs);
      continue;
    }
    const found = await filesBelow(abs);
    if (found.length === 0) throw new UsageError((t) => t.overview.cli.emptyResultsDirectory(arg));
    found.forEach(add);
  }
  return out.map((abs) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs;
  });
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') await walk(path);
      } else if (e.isFile() && RESULTS_FILE.test(e.name)) {
        out.push(path);
      }
    }
  };
  await walk(dir);
  return out;
}

/** Reads which agreement a results file belongs to, without checking it (that needs the agreement). */
export async function peekResults(file: string, cwd: string, lang: Lang): Promise<ResultsInput> {
  const pdf = await readPdfInput(file, { cwd });
  if (pdf) return peekPdf(file, pdf, lang);
  const { loadResults } = await import('../review/results.js');
  const loaded = await loadResults(file, { cwd });
  const problems: Diagnostic[] = loaded.problems.map((p) => ({
    ruleId: p.ruleId,
    severity: 'error',
    message: p.message(pack(lang)),
    file: p.file,
    pointer: p.pointer,
    line: p.line,
    column: p.column,
  }));
  const value = loaded.value as Record<string, unknown> | null;
  const agreement = value && typeof value.agreement === 'string' ? value.agreement : null;
  if (agreement === null && problems.length === 0) {
    problems.push({ ruleId: 'schema', severity: 'error', message: missingAgreement(pack(lang)), file: loaded.file, pointer: '/agreement', line: 1, column: 1 });
  }
  return { file: loaded.file, agreement, loaded: agreement === null ? null : loaded, problems };
}

const missingAgreement: Text = (t) => t.overview.unmatched.reason({ file: '', agreement: null, reason: 'unreadable', diagnostics: [] });

async function peekPdf(file: string, pdf: PdfInput, lang: Lang): Promise<ResultsInput> {
  const { openPdf, readFormFields, PdfReadError } = await import('../pdf/index.js');
  const { decodeIdentity } = await import('../review/identity.js');
  const problem = (message: Text): ResultsInput => ({
    file,
    agreement: null,
    loaded: null,
    problems: [{ ruleId: 'file', severity: 'error', message: message(pack(lang)), file, pointer: '', line: 0, column: 0 }],
  });
  if ('tooBig' in pdf) return problem((t) => t.diagnostics.load.pdfTooBig(pdf.size, MAX_PDF_BYTES));
  const bytes = pdf.bytes;
  try {
    const field = readFormFields(openPdf(bytes)).find((f) => f.name === 'agree.checklist');
    const identity = field?.value ? decodeIdentity(field.value) : null;
    if (!identity) return problem(M.notChecklist);
    return { file, agreement: identity.agreement, loaded: null, problems: [] };
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    return problem(M.unreadable(error.code));
  }
}
