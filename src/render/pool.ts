// Processing the documents of a render batch: in this thread for --jobs 1,
// else in a pool of worker threads, each of which loads the checker, pdfkit,
// fonts and templates once. Results come back per document, in the order the
// workers finish; the caller puts them in input order.

import { Worker } from 'node:worker_threads';
import { packagePath } from '../paths.js';
import { processDocument, type DocumentJob } from './process-document.js';
import type { Processed } from '../batch/run-batch.js';

export interface DocumentPool {
  run(job: DocumentJob): Promise<Processed>;
  close(): Promise<void>;
}

/** an error thrown inside a worker, carried over with its name (e.g. MarkdownTemplateError) */
export class WorkerError extends Error {
  constructor(readonly originalName: string, message: string, readonly workerStack?: string) {
    super(message);
    this.name = originalName;
  }
}

export function createPool(jobs: number): DocumentPool {
  if (jobs <= 1) return { run: processDocument, close: async () => {} };
  return new WorkerPool(jobs);
}

interface Pending {
  resolve(result: Processed): void;
  reject(error: Error): void;
}

type Reply = { seq: number; result?: Processed & { files: Array<{ data: string | Uint8Array }> }; error?: { name: string; message: string; stack?: string } };

/**
 * A worker's heap is capped, so that a batch of hundreds of documents stays
 * well below 300 MB; a single document too big for that (several MB of text)
 * is rendered again in the main thread, which has no such cap.
 */
const WORKER_HEAP_MB = 160;

class WorkerPool implements DocumentPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Array<{ seq: number; job: DocumentJob }> = [];
  private readonly pending = new Map<number, Pending>();
  /** the job each busy worker holds */
  private readonly holding = new Map<Worker, { seq: number; job: DocumentJob }>();
  private seq = 0;
  private failed: Error | null = null;
  private closing = false;
  // the bundled worker (dist/cjs/render-worker.cjs), also when the CLI runs from src/ in tests
  private readonly file = packagePath('dist', 'cjs', 'render-worker.cjs');

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.start();
  }

  private start(): void {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let outOfMemory = false;
    worker.on('message', (m: Reply) => {
      this.holding.delete(worker);
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      this.idle.push(worker);
      this.next();
      if (!p) return;
      if (m.error || !m.result) {
        p.reject(new WorkerError(m.error?.name ?? 'Error', m.error?.message ?? 'no result', m.error?.stack));
        return;
      }
      const files = m.result.files.map((f) => ({ ...f, data: typeof f.data === 'string' ? f.data : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) }));
      p.resolve({ ...m.result, files } as Processed);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || this.closing) return this.fail(error);
      outOfMemory = true;
      this.all.delete(worker);
      const held = this.holding.get(worker);
      this.holding.delete(worker);
      this.start();
      if (held) this.inMainThread(held.seq, held.job);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closing && !outOfMemory) this.fail(new Error(`render worker stopped with exit code ${code}`));
    });
    this.all.add(worker);
    this.idle.push(worker);
    this.next();
  }

  private inMainThread(seq: number, job: DocumentJob): void {
    const p = this.pending.get(seq);
    this.pending.delete(seq);
    if (p) processDocument(job).then(p.resolve, p.reject);
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  run(job: DocumentJob): Promise<Processed> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const seq = this.seq++;
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, job });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const item = this.queue.shift()!;
      this.holding.set(worker, item);
      worker.postMessage(item);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}
