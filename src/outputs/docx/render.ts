// The DOCX renderers (the `docx` library): loaded only when a Word document is
// written. Every import of `docx` is reachable from here only.

import { agreementDocx } from './agreement.js';
import { checklistDocx } from './checklist.js';
import { pack } from '../../lang/index.js';
import type { Renderers } from '../types.js';

export const agreement: Renderers['agreement'] = (model) => agreementDocx(model, pack(model.lang).docx);
export const checklist: Renderers['checklist'] = (model, options) => checklistDocx(model, pack(model.lang).docx, options.results);
