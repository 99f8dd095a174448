// Rendering many agreements: in this thread for --jobs 1, else in a pool of
// worker threads, each of which loads pdfkit, fonts and templates once.
// Results come back per job; callers write them under names taken from the
// document id, so the output does not depend on the number of workers.

import { Worker } from 'node:worker_threads';
import { packagePath } from '../paths.js';
import { renderAgreement, type RenderedFile, type RenderJob } from './render-agreement.js';

export interface Renderer {
  render(job: RenderJob): Promise<RenderedFile[]>;
  close(): Promise<void>;
}

/** an error thrown inside a worker, carried over with its name (e.g. MarkdownTemplateError) */
export class WorkerError extends Error {
  constructor(readonly originalName: string, message: string, readonly workerStack?: string) {
    super(message);
    this.name = originalName;
  }
}

export function createRenderer(jobs: number): Renderer {
  if (jobs <= 1) {
    return { render: (job) => renderAgreement(job.agreement, job), close: async () => {} };
  }
  return new WorkerPool(jobs);
}

interface Pending {
  resolve(files: RenderedFile[]): void;
  reject(error: Error): void;
}

class WorkerPool implements Renderer {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Array<{ seq: number; job: RenderJob }> = [];
  private readonly pending = new Map<number, Pending & { worker?: Worker }>();
  private seq = 0;
  private failed: Error | null = null;
  private closing = false;

  constructor(size: number) {
    // the bundled worker (dist/bundle/render-worker.js), also when the CLI runs from src/ in tests
    const file = packagePath('dist', 'bundle', 'render-worker.js');
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file);
      worker.on('message', (m: { seq: number; files?: Array<RenderedFile & { data: string | Uint8Array }>; error?: { name: string; message: string; stack?: string } }) => {
        const p = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        this.idle.push(worker);
        this.next();
        if (!p) return;
        if (m.error) p.reject(new WorkerError(m.error.name, m.error.message, m.error.stack));
        else p.resolve(m.files!.map((f) => ({ ...f, data: typeof f.data === 'string' ? f.data : Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) })));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`render worker stopped with exit code ${code}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  render(job: RenderJob): Promise<RenderedFile[]> {
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
      worker.postMessage(this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
