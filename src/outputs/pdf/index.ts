// PDF: the signable agreement (PDF/A-2b, form fields for place, date and
// signature) and the fillable review checklist. Layout in src/render/pdf and
// src/review/checklist-pdf.ts.

import type { OutputKind } from '../types.js';

export const pdf: OutputKind = {
  name: 'pdf',
  extension: 'pdf',
  help: (t) => t.ui['output.pdf'],
  byDefault: true,
  documents: ['agreement', 'checklist'],
  load: () => import('./render.js'),
};
