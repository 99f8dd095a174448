// DOCX: the agreement as a Word document for the negotiation (comments,
// tracked changes) before the final version is signed, and the review
// checklist for minutes kept in Word. Real styles, numbering and fields; see
// docs/docx.md. The `docx` library is loaded only when a DOCX is written.

import type { OutputKind } from '../types.js';

export const docx: OutputKind = {
  name: 'docx',
  extension: 'docx',
  help: (t) => t.ui['output.docx'],
  byDefault: false,
  documents: ['agreement', 'checklist'],
  load: () => import('./render.js'),
};
