// Markdown (CommonMark/GFM) for the intranet or a wiki: the agreement through
// the Handlebars templates in templates/<lang>/ (or the user's --template),
// and the review checklist.

import type { OutputKind } from '../types.js';

export const md: OutputKind = {
  name: 'md',
  extension: 'md',
  help: (t) => t.ui['output.md'],
  byDefault: true,
  documents: ['agreement', 'checklist'],
  load: () => import('./render.js'),
};
