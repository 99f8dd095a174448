// YAML: the review's results file to fill in (the skeleton), or — with
// answers — a filled checklist kept as text beside the agreement.

import type { OutputKind } from '../types.js';

export const yaml: OutputKind = {
  name: 'yaml',
  extension: 'yaml',
  help: (t) => t.ui['output.yaml'],
  byDefault: false,
  documents: ['checklist'],
  load: () => import('./render.js'),
};
