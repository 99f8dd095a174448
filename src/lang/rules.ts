// The shape of every pack's rule messages: per rule id, its description and
// the functions that word its findings. The English pack's
// (src/lang/en/rules.ts) is the reference.

import type { rules } from './en/rules.js';

export type RuleMessages = typeof rules;

/** where a data flow's basis is written: the consent form or `statute` */
export type BasisField = 'consentForm' | 'statute';

/** what a review's due date was counted from (dates formatted) */
export type OverdueBasis =
  | { basis: 'next'; set: string }
  | { basis: 'lastReview'; last: string; interval: number }
  | { basis: 'version'; version: string; interval: number };
