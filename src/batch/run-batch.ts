// One batch runner for every command (check, render, review, amend): the
// documents of a run are processed — in this thread, or by a pool of render
// workers — with a bounded number in flight, and handed back in input order,
// so that what a command prints and writes does not depend on which worker
// finished first. One document never hides the others' results (STYLE §6).
//
// Ids: every document of a batch needs its own, because it names the output
// files. The first document in input order whose id can be read keeps it —
// also when that document has errors (so fixing it later does not make two
// files collide); a later one with the same id fails with `duplicate-id` at
// its `id`. --fail-fast: nothing after the first failed document is handed
// back (or written).

import type { Diagnostic } from '../check/diagnostic.js';
import type { LoadedDocument } from '../model/load.js';
import type { Agreement, Lang } from '../model/types.js';
import type { RenderedFile } from '../render/render-agreement.js';
import { message } from '../lang/fill.js';

export type Failure = 'errors' | 'strict' | 'duplicate-id';

/** What processing one document gives, in whichever thread it ran. */
export interface Processed {
  /** display path of the input */
  file: string;
  id: string | null;
  diagnostics: Diagnostic[];
  /** where the document's `id` stands, for a duplicate-id finding */
  idAt: { file: string; line: number; column: number } | null;
  failure: Exclude<Failure, 'duplicate-id'> | null;
  /** rendered files (render batches) */
  files: RenderedFile[];
  /** the merged document and where its values came from (only when processed in this thread) */
  agreement?: Agreement | null;
  loaded?: LoadedDocument;
}

export interface BatchDocument extends Omit<Processed, 'failure'> {
  /** position in the batch, from 0 */
  index: number;
  failure: Failure | null;
}

export interface BatchOptions {
  /** documents processed at the same time (1: one after the other) */
  concurrency: number;
  /** stop after the first failed document */
  failFast: boolean;
  /** language of the duplicate-id message */
  lang: Lang;
}

/**
 * Processes `count` documents with `process(index)` and yields them in input
 * order with duplicate ids resolved. At most 2 × concurrency are in flight
 * (one each with --fail-fast), so memory stays flat however long the batch.
 */
export async function* runBatch(count: number, process: (index: number) => Promise<Processed>, options: BatchOptions): AsyncGenerator<BatchDocument> {
  const window = options.failFast ? Math.max(1, options.concurrency) : Math.max(2, options.concurrency * 2);
  const started = new Map<number, Promise<Processed>>();
  const owners = new Map<string, string>();
  let next = 0;
  const fill = () => {
    while (next < count && started.size < window) {
      const index = next++;
      const promise = process(index);
      // a rejection is rethrown when its turn comes; until then it must not count as unhandled
      promise.catch(() => undefined);
      started.set(index, promise);
    }
  };
  try {
    for (let index = 0; index < count; index++) {
      fill();
      const processed = await started.get(index)!;
      started.delete(index);
      const doc: BatchDocument = { ...processed, index };
      if (doc.id !== null) {
        const owner = owners.get(doc.id);
        if (owner === undefined) {
          owners.set(doc.id, doc.file);
        } else {
          const at = doc.idAt ?? { file: doc.file, line: 1, column: 1 };
          doc.diagnostics = [
            ...doc.diagnostics,
            { ruleId: 'duplicate-id', severity: 'error', message: message(options.lang, 'batch.duplicateId', { id: doc.id, other: owner }), pointer: '/id', ...at },
          ];
          doc.failure ??= 'duplicate-id';
          doc.files = [];
        }
      }
      yield doc;
      if (options.failFast && doc.failure) return;
    }
  } finally {
    // an early return (fail-fast, an error) leaves the documents in flight to finish unseen
    for (const p of started.values()) p.catch(() => undefined);
  }
}
