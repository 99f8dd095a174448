// One document of a batch, start to finish: load, check and — for render
// batches — render. It runs in a render worker (worker.ts) or in the main
// thread (check, review, --jobs 1); batch/run-batch.ts puts the results in
// input order and resolves duplicate ids.

import { checkFile } from '../check/engine.js';
import type { Lang, RuleSetting } from '../model/types.js';
import type { Processed } from '../batch/run-batch.js';
import { renderAgreement } from './render-agreement.js';
import { readFile } from 'node:fs/promises';
import type { LoadedDocument } from '../model/load.js';
import { sourceNames, type SourceFile } from '../sign/embedded.js';

export interface DocumentJob {
  /** the input as given ("-" for stdin) */
  input: string;
  cwd: string;
  stdinText?: Uint8Array;
  lang: Lang;
  today: string;
  overrides?: Record<string, RuleSetting>;
  /** output kind names; none: check only */
  kinds: string[];
  templateSource?: string;
  /** documents with warnings are not rendered either */
  strict: boolean;
  /** embed the YAML source in the PDF (default); `agree render --no-embed` leaves it out */
  embed?: boolean;
}

export async function processDocument(job: DocumentJob): Promise<Processed> {
  const checked = await checkFile(job.input, {
    cwd: job.cwd,
    stdinText: job.stdinText ? Buffer.from(job.stdinText) : undefined,
    lang: job.lang,
    today: job.today,
    overrides: job.overrides,
  });
  const agreement = checked.agreement;
  const id = agreement && typeof agreement.id === 'string' ? agreement.id : null;
  const located = id !== null ? checked.loaded.locate('/id') : null;
  const idAt = located ? { file: located.location.file, line: located.location.value.line, column: located.location.value.column } : null;
  const result: Processed = { file: checked.loaded.file, id, diagnostics: checked.diagnostics, idAt, failure: null, files: [], agreement, loaded: checked.loaded };
  if (!checked.ok || !agreement) return { ...result, failure: 'errors' };
  if (job.strict && checked.diagnostics.some((d) => d.severity === 'warning')) return { ...result, failure: 'strict' };
  if (job.kinds.length === 0) return result;
  const sources = job.embed === false || !job.kinds.includes('pdf') ? undefined : await sourceFiles(checked.loaded, job, id ?? 'agreement');
  return { ...result, files: await renderAgreement(agreement, { kinds: job.kinds, templateSource: job.templateSource, sources }) };
}

/**
 * The files of the `extends` chain as they are on disk, byte for byte (the
 * loader keeps only decoded text); a PDF input's own embedded files; stdin
 * as `<id>.yaml`.
 */
async function sourceFiles(loaded: LoadedDocument, job: DocumentJob, id: string): Promise<SourceFile[]> {
  if (loaded.sources) return [...loaded.sources];
  const names = sourceNames(loaded.paths.map((path) => path ?? `${id}.yaml`));
  return Promise.all(
    loaded.paths.map(async (path, i) => ({ name: names[i]!, data: path === null ? new Uint8Array(job.stdinText ?? []) : new Uint8Array(await readFile(path)) })),
  );
}
