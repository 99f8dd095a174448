// A render worker (worker_threads): loads pdfkit, fonts and templates once and
// renders the agreements the main thread sends, one at a time.

import { parentPort } from 'node:worker_threads';
import { renderAgreement, type RenderJob } from './render-agreement.js';

if (!parentPort) throw new Error('render worker started outside a worker thread');
const port = parentPort;

port.on('message', async (message: { seq: number; job: RenderJob }) => {
  try {
    const files = await renderAgreement(message.job.agreement, message.job);
    // PDF bytes move to the main thread without a copy
    const transfer = files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
    port.postMessage({ seq: message.seq, files: files.map((f) => ({ ...f, data: typeof f.data === 'string' ? f.data : new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.byteLength) })) }, transfer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ seq: message.seq, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
