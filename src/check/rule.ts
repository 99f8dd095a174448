// The contract every rule file under rules/ fulfils (STYLE §1–2): metadata plus
// a check that reports JSON pointers. The engine turns pointers into positions.

import type { Agreement, Lang } from '../model/types.js';
import type { TaskInfo } from '../model/tasks.js';
import type { Localized, Severity } from './diagnostic.js';

export interface RuleContext {
  /** the merged document; it passed the schema */
  doc: Agreement;
  /** ISO date that date rules compare against (`--today`) */
  today: string;
  /** every task of the document with its derived or given id and pointer */
  tasks: TaskInfo[];
  /** ids of partners and units → pointer of their `id` value */
  parties: Map<string, { pointer: string; kind: 'partner' | 'unit'; partnerId: string }>;
  report(finding: { pointer: string; message: Localized; severity?: Severity }): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: Localized;
  check(ctx: RuleContext): void;
}
