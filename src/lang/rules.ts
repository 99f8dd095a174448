// The shape of every pack's rule messages: per rule id, its description and
// the functions that word its findings. The English pack's
// (src/lang/en/rules.ts) is the reference.

import type { rules } from './en/rules.js';

export type RuleMessages = typeof rules;
