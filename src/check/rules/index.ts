// The quality rules of SPEC §5, in the SPEC's order. Each rule lives in its own
// file; the engine, the docs table and the tests take them from this list. The
// review results' rules are listed in review/index.ts.

import type { ResultsRule, Rule } from '../rule.js';
import { resultsRules } from './review/index.js';
import { rule as duplicateId } from './duplicate-id.js';
import { rule as unknownReference } from './unknown-reference.js';
import { rule as partyWithoutTasks } from './party-without-tasks.js';
import { rule as dataFlowLegalBasis } from './data-flow-legal-basis.js';
import { rule as undeclaredDataFlow } from './undeclared-data-flow.js';
import { rule as churchDataLaw } from './church-data-law.js';
import { rule as recurringTaskFrequency } from './recurring-task-frequency.js';
import { rule as sharedTaskLead } from './shared-task-lead.js';
import { rule as costBearer } from './cost-bearer.js';
import { rule as targetGroupAge } from './target-group-age.js';
import { rule as reviewClause } from './review-clause.js';
import { rule as reviewOverdue } from './review-overdue.js';
import { rule as contactsCurrent } from './contacts-current.js';
import { rule as goalIndicator } from './goal-indicator.js';
import { rule as outdatedTerm } from './outdated-term.js';
import { rule as futureVersion } from './future-version.js';
import { rule as unsupportedCharacter } from './unsupported-character.js';

export const rules: readonly Rule[] = [
  duplicateId,
  unknownReference,
  partyWithoutTasks,
  dataFlowLegalBasis,
  undeclaredDataFlow,
  churchDataLaw,
  recurringTaskFrequency,
  sharedTaskLead,
  costBearer,
  targetGroupAge,
  reviewClause,
  reviewOverdue,
  contactsCurrent,
  goalIndicator,
  outdatedTerm,
  futureVersion,
  unsupportedCharacter,
];

export { resultsRules };

/** The rule with this id, of agreements or of review results, or undefined. */
export function ruleById(id: string): Rule | ResultsRule | undefined {
  return rules.find((r) => r.id === id) ?? resultsRules.find((r) => r.id === id);
}
