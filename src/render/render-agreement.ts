// From a checked agreement to output bytes, through the output registry
// (src/outputs): the document model is built once, and each requested kind
// lays it out. Renderers (pdfkit, fonts, handlebars) are loaded on first use,
// so `agree check` never loads them. Batches render in worker threads
// (pool.ts, process-document.ts).

import type { Agreement } from '../model/types.js';
import { outputKind } from '../outputs/registry.js';
import type { DocumentModel } from './document.js';
import type { SourceFile } from '../sign/embedded.js';

export interface RenderedFile {
  /** the output kind's name (pdf, md …) */
  kind: string;
  name: string;
  data: Uint8Array | string;
}

export interface RenderOptions {
  /** output kind names, e.g. ['pdf', 'md'] */
  kinds: string[];
  /** the user's Markdown template (`--template`), replacing the built-in one */
  templateSource?: string;
  /** the YAML files to embed where the kind can (pdf): the `extends` chain, agreement first; none: nothing embedded */
  sources?: readonly SourceFile[];
}

export async function renderAgreement(agreement: Agreement, options: RenderOptions): Promise<RenderedFile[]> {
  const { buildDocument } = await import('./build-document.js');
  const model: DocumentModel = buildDocument(agreement);
  const files: RenderedFile[] = [];
  for (const name of options.kinds) {
    const kind = outputKind(name);
    const render = kind && (await kind.load()).agreement;
    if (!kind || !render) throw new Error(`no output kind "${name}" for agreements`);
    files.push({ kind: kind.name, name: `${agreement.id}.${kind.extension}`, data: await render(model, { templateSource: options.templateSource, sources: options.sources, agreement }) });
  }
  return files;
}
