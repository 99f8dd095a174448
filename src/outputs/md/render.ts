// The Markdown renderers (Handlebars templates).

import { renderMarkdown } from '../../render/markdown.js';
import { renderChecklistMarkdown } from '../../review/markdown.js';
import type { Renderers } from '../types.js';

export const agreement: Renderers['agreement'] = (model, options) => renderMarkdown(model, { templateSource: options.templateSource, agreement: options.agreement });
export const checklist: Renderers['checklist'] = (model) => renderChecklistMarkdown(model);
