// One document of a render batch, start to finish: load, check, render. It
// runs in a worker thread (worker.ts) or, for --jobs 1, in the main thread, so
// that a batch spreads the checking as well as the rendering over the cores.

import { checkFile } from '../check/engine.js';
import type { Diagnostic } from '../check/diagnostic.js';
import type { Lang, RuleSetting } from '../model/types.js';
import { renderAgreement, type OutputKind, type RenderedFile } from './render-agreement.js';

export interface DocumentJob {
  /** position in the batch */
  index: number;
  /** the input as given ("-" for stdin) */
  input: string;
  cwd: string;
  stdinText?: Uint8Array;
  lang: Lang;
  today: string;
  overrides?: Record<string, RuleSetting>;
  kinds: OutputKind[];
  templateSource?: string;
  /** documents with warnings are not rendered either */
  strict: boolean;
}

export interface DocumentResult {
  index: number;
  /** display path of the input */
  file: string;
  id: string | null;
  diagnostics: Diagnostic[];
  /** where the document's `id` stands, for a duplicate-id finding */
  idAt: { file: string; line: number; column: number } | null;
  failure: 'errors' | 'strict' | null;
  files: RenderedFile[];
}

export async function processDocument(job: DocumentJob): Promise<DocumentResult> {
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
  const result: DocumentResult = { index: job.index, file: checked.loaded.file, id, diagnostics: checked.diagnostics, idAt, failure: null, files: [] };
  if (!checked.ok || !agreement) return { ...result, failure: 'errors' };
  if (job.strict && checked.diagnostics.some((d) => d.severity === 'warning')) return { ...result, failure: 'strict' };
  return { ...result, files: await renderAgreement(agreement, { kinds: job.kinds, templateSource: job.templateSource }) };
}
