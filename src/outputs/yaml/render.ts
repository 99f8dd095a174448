// The results file of a review (review/skeleton.ts).

import { buildSkeleton } from '../../review/skeleton.js';
import type { Renderers } from '../types.js';

export const checklist: Renderers['checklist'] = (model, options) => buildSkeleton(model, options);
