// The PDF renderers (pdfkit, fonts): loaded only when a PDF is written.

import { renderPdf } from '../../render/pdf/render-pdf.js';
import { renderChecklistPdf } from '../../review/checklist-pdf.js';
import { SOURCE_TYPE } from '../../sign/embedded.js';
import { pack } from '../../lang/index.js';
import type { Renderers } from '../types.js';

export const agreement: Renderers['agreement'] = (model, options) =>
  renderPdf(model, {
    // the source travels with the PDF (agree extract, agree check FILE.pdf); described in the document's language
    attachments: (options.sources ?? []).map((file, i) => ({
      name: file.name,
      data: file.data,
      type: SOURCE_TYPE,
      relationship: 'Source',
      description: pack(model.lang).sign.sourceDescription(i),
    })),
  });
export const checklist: Renderers['checklist'] = (model) => renderChecklistPdf(model);
