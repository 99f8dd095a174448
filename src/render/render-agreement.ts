// From a checked agreement to output bytes. Heavy modules (pdfkit, fonts,
// handlebars) are imported here on first use only, so `agree check` never
// loads them. Batches render in worker threads (pool.ts, process-document.ts).

import type { Agreement } from '../model/types.js';
import type { DocumentModel } from './document.js';

export type OutputKind = 'pdf' | 'md';

export interface RenderedFile {
  kind: OutputKind;
  name: string;
  data: Buffer | string;
}

export interface RenderOptions {
  kinds: OutputKind[];
  /** the user's Markdown template (`--template`), replacing the built-in one */
  templateSource?: string;
}

export async function renderAgreement(agreement: Agreement, options: RenderOptions): Promise<RenderedFile[]> {
  const { buildDocument } = await import('./build-document.js');
  const model: DocumentModel = buildDocument(agreement);
  const files: RenderedFile[] = [];
  for (const kind of options.kinds) {
    if (kind === 'md') {
      const { renderMarkdown } = await import('./markdown.js');
      files.push({ kind, name: `${agreement.id}.md`, data: renderMarkdown(model, { templateSource: options.templateSource }) });
    } else {
      const { renderPdf } = await import('./pdf/render-pdf.js');
      files.push({ kind, name: `${agreement.id}.pdf`, data: await renderPdf(model) });
    }
  }
  return files;
}
