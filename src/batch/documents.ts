// The batches of the commands, as a library: check (in this thread, with the
// merged documents for review), and render (in worker threads, writing each
// document's files atomically as it comes, in input order). Nothing here
// prints; the commands print what these return.

import { availableParallelism } from 'node:os';
import type { Diagnostic } from '../check/diagnostic.js';
import type { Lang, RuleSetting } from '../model/types.js';
import { processDocument, type DocumentJob } from '../render/process-document.js';
import { writeFileAtomic } from '../io/write.js';
import { displayPath } from '../io/display.js';
import { runBatch, type BatchDocument, type Failure } from './run-batch.js';

export interface DocumentsOptions {
  cwd: string;
  /** the input files as display paths, "-" for stdin */
  files: string[];
  stdin?: Uint8Array;
  lang: Lang;
  today: string;
  overrides?: Record<string, RuleSetting>;
  failFast?: boolean;
}

/** Checks every document, one after the other, in this thread; each with its merged document and locations. */
export function checkDocuments(options: DocumentsOptions): AsyncGenerator<BatchDocument> {
  const job = (input: string): DocumentJob => ({
    input,
    cwd: options.cwd,
    stdinText: input === '-' ? options.stdin : undefined,
    lang: options.lang,
    today: options.today,
    overrides: options.overrides,
    kinds: [],
    strict: false,
  });
  return runBatch(options.files.length, (i) => processDocument(job(options.files[i]!)), { concurrency: 1, failFast: Boolean(options.failFast), lang: options.lang });
}

/** The machine summary of `agree render --json` (documented in docs/json-format.md). */
export interface RenderSummary {
  version: 1;
  inputs: string[];
  outputs: Array<{ file: string; id: string; format: string; path: string; bytes: number }>;
  failures: Array<{ file: string; id: string | null; reason: Failure; diagnostics: Diagnostic[] }>;
  summary: { inputs: number; rendered: number; failed: number; notProcessed: number; files: number; bytes: number };
}

export interface RenderBatchOptions extends DocumentsOptions {
  /** output kind names */
  kinds: string[];
  templateSource?: string;
  strict: boolean;
  /** embed the YAML source in PDFs (default true) */
  embed?: boolean;
  /** documents at a time; capped at twice the cores and the number of documents */
  jobs?: number;
  /** where files go: a directory (atomic writes), or a function taking the one document's one file (--out -) */
  target: { dir: string } | { write(data: Uint8Array | string): void };
  /** after each document, in input order */
  onDocument?(doc: BatchDocument): void;
}

/**
 * Checks and renders every document; a document with errors (or warnings,
 * with `strict`) writes nothing. Returns the summary and every document's
 * findings, in input order.
 */
export async function renderDocuments(options: RenderBatchOptions): Promise<{ summary: RenderSummary; documents: BatchDocument[] }> {
  const n = options.files.length;
  const cores = availableParallelism();
  // each worker is a Node isolate of some 30 MB: more than twice the cores only costs memory
  const jobs = Math.max(1, Math.min(options.jobs ?? cores, 2 * cores, n));
  const { createPool } = await import('../render/pool.js');
  const pool = createPool(jobs);
  const summary: RenderSummary = {
    version: 1,
    inputs: options.files.map((f) => (f === '-' ? '<stdin>' : f)),
    outputs: [],
    failures: [],
    summary: { inputs: n, rendered: 0, failed: 0, notProcessed: n, files: 0, bytes: 0 },
  };
  const documents: BatchDocument[] = [];
  const job = (input: string): DocumentJob => ({
    input,
    cwd: options.cwd,
    stdinText: input === '-' ? options.stdin : undefined,
    lang: options.lang,
    today: options.today,
    overrides: options.overrides,
    kinds: options.kinds,
    templateSource: options.templateSource,
    strict: options.strict,
    embed: options.embed,
  });
  try {
    for await (const doc of runBatch(n, (i) => pool.run(job(options.files[i]!)), { concurrency: jobs, failFast: Boolean(options.failFast), lang: options.lang })) {
      summary.summary.notProcessed--;
      for (const out of doc.files) {
        const bytes = typeof out.data === 'string' ? Buffer.byteLength(out.data) : out.data.length;
        let path = '-';
        if ('dir' in options.target) path = displayPath(await writeFileAtomic(options.target.dir, out.name, out.data), options.cwd);
        else options.target.write(out.data);
        summary.outputs.push({ file: doc.file, id: doc.id!, format: out.kind, path, bytes });
      }
      if (doc.failure) summary.failures.push({ file: doc.file, id: doc.id, reason: doc.failure, diagnostics: doc.diagnostics });
      else summary.summary.rendered++;
      // the bytes are written; only the findings stay
      documents.push({ ...doc, files: [], agreement: undefined, loaded: undefined });
      options.onDocument?.(doc);
    }
  } finally {
    await pool.close();
  }
  summary.summary.failed = summary.failures.length;
  summary.summary.files = summary.outputs.length;
  summary.summary.bytes = summary.outputs.reduce((total, o) => total + o.bytes, 0);
  return { summary, documents };
}
