// Checking a batch of documents for `check` and `review`: one document after
// the other, each on its own (one broken district never hides the others),
// duplicate ids in one run as errors. The documents are yielded one at a time,
// so nothing of a finished document stays in memory but what the summary
// needs. (`render` checks and renders in worker threads: render/pool.ts.)

import { checkFile } from '../check/engine.js';
import type { Diagnostic } from '../check/diagnostic.js';
import type { Agreement, RuleSetting } from '../model/types.js';
import type { LoadedDocument } from '../model/load.js';
import type { Context } from './context.js';
import type { Inputs } from './inputs.js';

export interface BatchDocument {
  /** position in the batch, from 0 */
  index: number;
  /** display path of the input */
  file: string;
  id: string | null;
  /** the merged document when it could be parsed (it may have errors) */
  agreement: Agreement | null;
  /** the loaded document: where values came from */
  loaded: LoadedDocument;
  diagnostics: Diagnostic[];
  /** why the document cannot be used: it has errors, or its id was taken by an earlier one */
  failure: 'errors' | 'duplicate-id' | null;
}

export interface BatchOptions {
  today: string;
  overrides?: Record<string, RuleSetting>;
}

export async function* checkBatch(inputs: Inputs, ctx: Context, options: BatchOptions): AsyncGenerator<BatchDocument> {
  const ids = new Map<string, string>();
  for (const [index, file] of inputs.files.entries()) {
    const checked = await checkFile(file, { cwd: ctx.cwd, stdinText: inputs.stdin, lang: ctx.lang, today: options.today, overrides: options.overrides });
    const id = checked.agreement && typeof checked.agreement.id === 'string' ? checked.agreement.id : null;
    let failure: BatchDocument['failure'] = checked.ok ? null : 'errors';
    if (id !== null && ids.has(id)) {
      const located = checked.loaded.locate('/id');
      const at = located?.location.value ?? { line: 1, column: 1 };
      checked.diagnostics.push({
        ruleId: 'duplicate-id',
        severity: 'error',
        message: ctx.msg('batch.duplicateId', { id, other: ids.get(id)! }),
        file: located?.location.file ?? checked.loaded.file,
        pointer: '/id',
        line: at.line,
        column: at.column,
      });
      failure ??= 'duplicate-id';
    } else if (id !== null) {
      ids.set(id, checked.loaded.file);
    }
    yield { index, file: checked.loaded.file, id, agreement: checked.agreement, loaded: checked.loaded, diagnostics: checked.diagnostics, failure };
  }
}

/** the message for --fail-fast, when it stopped before the end */
export function stoppedEarly(ctx: Context, total: number, processed: number): void {
  if (processed < total) ctx.stderr.write(ctx.msg('batch.stopped', { count: total - processed }) + '\n');
}
