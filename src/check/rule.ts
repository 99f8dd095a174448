// The contract every rule file under rules/ fulfils (STYLE §1–2): metadata plus
// a check that reports JSON pointers. The engine turns pointers into positions.

import type { Agreement } from '../model/types.js';
import type { TaskInfo } from '../model/tasks.js';
import type { Localized, Severity, Text } from './diagnostic.js';

export interface RuleContext {
  /** the merged document; it passed the schema */
  doc: Agreement;
  /** ISO date that date rules compare against (`--today`) */
  today: string;
  /** every task of the document with its derived or given id and pointer */
  tasks: TaskInfo[];
  /** ids of partners and units → pointer of their `id` value */
  parties: Map<string, { pointer: string; kind: 'partner' | 'unit'; partnerId: string }>;
  /** a finding at a pointer; the message is a Text (the words in the language packs) — { de, en } objects are being moved there */
  report(finding: { pointer: string; message: Text | Localized; severity?: Severity }): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** one line for the rule tables and docs */
  description: Text | Localized;
  check(ctx: RuleContext): void;
}
