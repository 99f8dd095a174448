// The one loader for every document kind agree reads (agreements, review
// results, and what they come in: YAML files, standard input, PDFs): the
// limits of reading, decoding, parsing with positions, `extends` where the
// kind allows it (SPEC §2), and for every value of the merged document the
// file and position it came from — one `locate(pointer)`. A kind says what it
// allows and how a PDF given as that kind is read (DocumentKind); everything
// after loading (schema, rules) is the engine's.

import { dirname, resolve } from 'node:path';
import { displayPath, visible } from '../io/display.js';
import { MAX_PDF_BYTES, readPdfInput } from '../io/pdf-input.js';
import type { Text } from '../lang/types.js';
import { decodeText, parseYaml, pointerSegments, readText, setOwn, type Location, type ParsedSource, type SourceProblem } from './source.js';

export interface LoadProblem extends Omit<SourceProblem, 'ruleId'> {
  /** `file` and `yaml-syntax` for what the loader finds; documents read from PDF forms report their own */
  ruleId: string;
  /** display path of the file the problem is in */
  file: string;
  pointer: string;
  /** a PDF input: the form field the problem is in */
  field?: string;
}

export interface LoadedDocument {
  /** display path of the input, as given (relative to cwd) */
  file: string;
  /** absolute path, or null for stdin */
  path: string | null;
  /** the merged document; null when it could not be read or parsed */
  value: unknown;
  /** files in the `extends` chain, input first (display paths) */
  chain: string[];
  /** the same files as absolute paths (null for stdin) */
  paths: Array<string | null>;
  problems: LoadProblem[];
  /** where the value at a JSON pointer came from; falls back to the nearest parent that exists */
  locate(pointer: string): { location: Location; exact: boolean } | null;
  /** documents read from a PDF form (a filled review checklist): the form field a pointer's value came from */
  fieldAt?(pointer: string): string | undefined;
  /** an agreement read from a PDF (its embedded source): those files, byte for byte, in `chain` order */
  sources?: VirtualFile[];
}

export interface LoadOptions {
  cwd: string;
  /** text of stdin when the path is "-" */
  stdinText?: Buffer;
  /** what "-" is called in findings (default "<stdin>"), e.g. "HEAD~1:dithmarschen.yaml" for a version read from git */
  stdinName?: string;
}

interface Layer {
  source: ParsedSource;
  value: Record<string, unknown>;
}

const MAX_CHAIN = 32;

/** A file of the input that is not on disk: the YAML embedded in a PDF, named as it was. */
export interface VirtualFile {
  name: string;
  data: Uint8Array;
}

/** What a PDF given as a document kind turns into: files to read as YAML, a finished document, or a problem. */
export type FromPdf = { files: VirtualFile[] } | { document: LoadedDocument } | { problem: Text };

export interface DocumentKind {
  /** the kind's name, e.g. "agreement" */
  name: string;
  /** may the document name a base file (`extends`)? */
  extends: boolean;
  /** what an empty file is told */
  empty: Text;
  /** what a file is told that is a list or a single value */
  notMapping: Text;
  /**
   * A PDF given as this kind (recognised by its first bytes, at most
   * MAX_PDF_BYTES: io/pdf-input.ts): how to read it. `file` is its display
   * path. Undefined: a PDF is read as text, and refused as not UTF-8.
   */
  fromPdf?(bytes: Uint8Array, at: { file: string; path: string | null }): Promise<FromPdf> | FromPdf;
}

/** Loads a document of `kind` from a file, "-" (stdin) or a PDF that carries one. */
export async function loadDocument(input: string, kind: DocumentKind, options: LoadOptions): Promise<LoadedDocument> {
  const cwd = options.cwd;
  const display = (abs: string) => displayPath(abs, cwd);
  const isStdin = input === '-';
  const firstPath = isStdin ? null : resolve(cwd, input);
  const firstDisplay = isStdin ? visible(options.stdinName ?? '<stdin>') : visible(input);
  const problems: LoadProblem[] = [];
  const layers: Layer[] = [];
  const chain: string[] = [];
  const paths: Array<string | null> = [];
  const seen = new Set<string>();

  // a PDF: the kind reads it — into a finished document, or into YAML files
  // (an agreement's embedded source) that stand in for the files on disk, the
  // agreement first, each base file after the file that extends it; positions
  // then name those files
  const pdfInput = kind.fromPdf ? await readPdfInput(input, options) : null;
  const pdf: FromPdf | null =
    pdfInput === null
      ? null
      : 'tooBig' in pdfInput
        ? { problem: (t) => t.diagnostics.load.pdfTooBig(pdfInput.size, MAX_PDF_BYTES) }
        : await kind.fromPdf!(pdfInput.bytes, { file: firstDisplay, path: firstPath });
  if (pdf && 'document' in pdf) return pdf.document;
  if (pdf && 'problem' in pdf) {
    const problem: LoadProblem = { ruleId: 'file', file: firstDisplay, pointer: '', line: 0, column: 0, message: pdf.problem };
    return { file: firstDisplay, path: firstPath, value: null, chain: [firstDisplay], paths: [firstPath], problems: [problem], locate: () => null };
  }
  const files = pdf?.files;
  const readFile = async (key: string | null) => {
    if (files && key !== null) {
      const file = files[Number(key)];
      return file ? decodeText(Buffer.from(file.data)) : { problem: { ruleId: 'file' as const, line: 0, column: 0, message: notEmbedded } };
    }
    return key === null ? decodeText(options.stdinText ?? Buffer.alloc(0)) : readText(key);
  };

  let path: string | null = files ? '0' : firstPath;
  let shown = files ? files[0]!.name : firstDisplay;
  let from: { file: string; pointer: string; line: number; column: number } | null = null;
  for (let depth = 0; ; depth++) {
    chain.push(shown);
    paths.push(files ? null : path);
    const read = await readFile(path);
    if ('problem' in read) {
      if (from) {
        // a broken base file: report at the `extends` line and in the base
        const base = shown;
        const problem = read.problem.message;
        problems.push({ ...from, ruleId: 'file', message: (t) => t.diagnostics.load.baseFile(base, problem(t)) });
      } else {
        problems.push({ ...read.problem, file: shown, pointer: '' });
      }
      break;
    }
    const source = parseYaml(shown, read.text);
    for (const p of source.problems) problems.push({ ...p, file: shown, pointer: '' });
    if (source.problems.length > 0) break;
    if (source.value === null || source.value === undefined) {
      problems.push({
        ruleId: 'file',
        file: shown,
        pointer: '',
        line: 1,
        column: 1,
        message: kind.empty,
      });
      break;
    }
    if (typeof source.value !== 'object' || Array.isArray(source.value)) {
      const at = source.locations.get('')!.value;
      problems.push({
        ruleId: 'file',
        file: shown,
        pointer: '',
        ...at,
        message: kind.notMapping,
      });
      break;
    }
    const value = source.value as Record<string, unknown>;
    layers.push({ source, value });
    if (path) seen.add(path);

    const ext = value.extends;
    // a kind without base files leaves `extends` to its schema (an unknown key)
    if (ext === undefined || !kind.extends) break;
    const extLoc = source.locations.get('/extends')!;
    const at = { file: shown, pointer: '/extends', line: extLoc.value.line, column: extLoc.value.column };
    if (typeof ext !== 'string' || ext.trim() === '') {
      problems.push({ ...at, ruleId: 'file', message: (t) => t.diagnostics.load.extendsNotPath });
      break;
    }
    const next = files ? String(Number(path) + 1) : resolve(path ? dirname(path) : cwd, ext);
    if (seen.has(next)) {
      const cycle = [...chain, display(next)].join(' → ');
      problems.push({
        ...at,
        ruleId: 'file',
        message: (t) => t.diagnostics.load.extendsCycle(cycle),
      });
      break;
    }
    if (depth + 1 >= MAX_CHAIN) {
      problems.push({ ...at, ruleId: 'file', message: (t) => t.diagnostics.load.extendsTooLong(MAX_CHAIN) });
      break;
    }
    from = at;
    path = next;
    shown = files ? (files[Number(next)]?.name ?? ext) : display(next);
  }

  if (problems.length > 0) {
    return { file: firstDisplay, path: firstPath, value: null, chain, paths, problems, locate: locateIn(layers.slice(0, 1).map((l) => l.source)) };
  }
  const merged = mergeLayers(layers);
  if (kind.extends) delete (merged as Record<string, unknown>).extends;
  return { file: firstDisplay, path: firstPath, value: merged, chain, paths, problems, locate: locateMerged(layers), ...(files ? { sources: files.slice(0, chain.length) } : {}) };
}

export { visible };

/** a base file the agreement names that the PDF does not carry */
const notEmbedded: Text = (t) => t.sign.notEmbedded;

/** Agreements: YAML with `extends`; a PDF made by `agree render` is read from its embedded source. */
export const agreementKind: DocumentKind = {
  name: 'agreement',
  extends: true,
  empty: (t) => t.diagnostics.load.empty,
  notMapping: (t) => t.diagnostics.load.notMapping,
  async fromPdf(bytes, at) {
    const { readEmbeddedAgreement } = await import('../sign/source-pdf.js');
    return readEmbeddedAgreement(bytes, at.file);
  },
};

/** Loads an agreement (the agreement kind of loadDocument). */
export function loadAgreement(input: string, options: LoadOptions): Promise<LoadedDocument> {
  return loadDocument(input, agreementKind, options);
}


const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Mappings merge key by key; sequences and scalars replace (SPEC §2). Layers: input first. */
function mergeLayers(layers: Layer[]): unknown {
  const merge = (base: unknown, over: unknown): unknown => {
    if (isMapping(base) && isMapping(over)) {
      const out: Record<string, unknown> = { ...base };
      for (const [k, v] of Object.entries(over)) setOwn(out, k, Object.prototype.hasOwnProperty.call(base, k) ? merge(base[k], v) : v);
      return out;
    }
    return over;
  };
  let result: unknown = layers[layers.length - 1]!.value;
  for (let i = layers.length - 2; i >= 0; i--) result = merge(result, layers[i]!.value);
  return result;
}

function valueAt(root: unknown, segments: string[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const s of segments) {
    if (Array.isArray(cur)) {
      const i = Number(s);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) return { found: false, value: undefined };
      cur = cur[i];
    } else if (isMapping(cur) && Object.prototype.hasOwnProperty.call(cur, s)) {
      cur = cur[s];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: cur };
}

/**
 * The layer a merged value came from, by the same rule as the merge: the
 * topmost layer that has the value wins; while it and the layers below have
 * mappings along the path, lower layers may still contribute deeper keys.
 */
function locateMerged(layers: Layer[]): LoadedDocument['locate'] {
  return (pointer) => {
    const segments = pointerSegments(pointer);
    for (let n = segments.length; n >= 0; n--) {
      const prefixSegs = segments.slice(0, n);
      const layer = owner(layers, prefixSegs);
      if (layer) {
        const ptr = n === 0 ? '' : '/' + pointer.slice(1).split('/').slice(0, n).join('/');
        const location = layer.source.locations.get(ptr);
        if (location) return { location, exact: n === segments.length };
      }
    }
    return null;
  };
}

function owner(layers: Layer[], segments: string[]): Layer | null {
  let contributors = layers;
  for (let depth = 0; depth <= segments.length; depth++) {
    const here = contributors.filter((l) => valueAt(l.value, segments.slice(0, depth)).found);
    if (here.length === 0) return null;
    if (depth === segments.length) return here[0]!;
    // a non-mapping in the topmost layer hides everything below it
    const run: Layer[] = [];
    for (const l of here) {
      if (!isMapping(valueAt(l.value, segments.slice(0, depth)).value)) {
        if (run.length === 0) run.push(l);
        break;
      }
      run.push(l);
    }
    contributors = run;
  }
  return null;
}

function locateIn(sources: ParsedSource[]): LoadedDocument['locate'] {
  return (pointer) => {
    const source = sources[0];
    if (!source) return null;
    const segments = pointerSegments(pointer);
    for (let n = segments.length; n >= 0; n--) {
      const ptr = n === 0 ? '' : '/' + pointer.slice(1).split('/').slice(0, n).join('/');
      const location = source.locations.get(ptr);
      if (location) return { location, exact: n === segments.length };
    }
    return null;
  };
}
