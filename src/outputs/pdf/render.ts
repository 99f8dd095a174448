// The PDF renderers (pdfkit, fonts): loaded only when a PDF is written.

import { renderPdf } from '../../render/pdf/render-pdf.js';
import { renderChecklistPdf } from '../../review/checklist-pdf.js';
import type { Renderers } from '../types.js';

export const agreement: Renderers['agreement'] = (model) => renderPdf(model);
export const checklist: Renderers['checklist'] = (model) => renderChecklistPdf(model);
