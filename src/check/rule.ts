// The contract every rule fulfils (STYLE §1–2): metadata plus a check that
// reports JSON pointers. The engine turns pointers into positions. There is
// one engine and a rule set per document kind: the agreement's rules
// (rules/index.ts) and the review results' rules (rules/review/index.ts);
// only their contexts differ.

import type { Agreement } from '../model/types.js';
import type { MeetingInfo, TaskInfo } from '../model/tasks.js';
import type { PartyIndex } from '../render/text/parties.js';
import type { ResultsDocument } from '../review/results.js';
import type { Severity, Text } from './diagnostic.js';
import type { View } from './view.js';

/** An agreement as rules see it: what the schema accepts of it (view.ts). */
export type AgreementView = View<Agreement>;

/** A results file as its rules see it. */
export type ResultsView = View<ResultsDocument>;

/**
 * Schema keywords a rule may explain. None of them changes the type of a
 * value, so the value can stay in the view for the rule to see.
 */
export type ExplainableKeyword = 'required' | 'pattern' | 'format' | 'propertyNames' | 'minLength' | 'maxLength' | 'minimum' | 'maximum';

/**
 * A schema finding the rule states better: at `at` (a JSON pointer, `*` for
 * any one segment; it covers what is below it), the schema's `keyword`. When
 * the rule reports an error about the same value (`about`, else `pointer`),
 * its message is shown and the schema's is not. A `required` finding is about
 * the missing key (`/dataFlows/0/statute`), a key's name about the key.
 */
export interface Explanation {
  keyword: ExplainableKeyword;
  at: string;
}

export interface Report {
  pointer: string;
  message: Text;
  /** the rule's default when not given */
  severity?: Severity;
  /**
   * The value a finding says is missing or wrong, when it is not where the
   * finding is shown: a missing key is shown at its parent. When the schema
   * rejected that value (or one below it), the rule saw nothing there and the
   * schema's message says what is wrong: the finding is not shown. "" for a
   * finding about the whole document.
   */
  about?: string;
  /** show it at the key rather than at the value (a key that names something unknown) */
  atKey?: boolean;
}

interface Context {
  report(finding: Report): void;
}

export interface RuleContext extends Context {
  doc: AgreementView;
  /** ISO date that date rules compare against (`--today`) */
  today: string;
  /** every task of the document with its derived or given id and pointer */
  tasks: TaskInfo[];
  /** the partners and units, as the rendered document names them */
  parties: PartyIndex<AgreementView>;
}

export interface ResultsContext extends Context {
  results: ResultsView;
  /** the agreement the results belong to; it passed its checks */
  agreement: Agreement;
  /** its display path, for messages */
  agreementFile: string;
  tasks: TaskInfo[];
  /** what meets regularly (shared tasks and bodies with a frequency) */
  meetings: MeetingInfo[];
  parties: PartyIndex<Agreement>;
  /** the file counts goals from 0 (`goal: 0` is Ziel 1), as results files did before; see review/goal-numbers.ts */
  goalsFromZero: boolean;
}

export interface RuleOf<C> {
  id: string;
  severity: Severity;
  /** one line for the rule tables and docs */
  description: Text;
  /** schema findings this rule states better (see Explanation) */
  explains?: readonly Explanation[];
  check(ctx: C): void;
}

/** A rule of agreements (`agree check`). */
export type Rule = RuleOf<RuleContext>;

/** A rule of review results (`agree review --results`). */
export type ResultsRule = RuleOf<ResultsContext>;
