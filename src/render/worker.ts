// A render worker (worker_threads): loads the checker, pdfkit, fonts and
// templates once, then checks and renders the documents the main thread sends.

import { parentPort } from 'node:worker_threads';
import { processDocument, type DocumentJob } from './process-document.js';

if (!parentPort) throw new Error('render worker started outside a worker thread');
const port = parentPort;

port.on('message', async (message: { seq: number; job: DocumentJob }) => {
  try {
    // the merged document and its locations stay here: the main thread needs only what it prints and writes
    const { agreement: _agreement, loaded: _loaded, ...result } = await processDocument(message.job);
    // PDF bytes move to the main thread without a copy
    const files = result.files.map((f) => ({ ...f, data: typeof f.data === 'string' ? f.data : new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.byteLength) }));
    const transfer = files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
    port.postMessage({ seq: message.seq, result: { ...result, files } }, transfer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ seq: message.seq, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
