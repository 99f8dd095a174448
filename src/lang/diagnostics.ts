// The shape of every pack's findings and file errors: the English pack's
// (src/lang/en/diagnostics.ts) is the reference.

import type { diagnostics } from './en/diagnostics.js';

export type Diagnostics = typeof diagnostics;
