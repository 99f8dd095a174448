// The rules of review results (`agree review AGREEMENT --results RESULTS`), run
// by the same engine as the agreement's rules on what the results schema
// accepts, with the checked agreement at hand. Each rule lives in its own file.

import type { ResultsRule } from '../../rule.js';
import { rule as reviewAgreement } from './review-agreement.js';
import { rule as reviewUnknownTask } from './review-unknown-task.js';
import { rule as reviewNotRecurring } from './review-not-recurring.js';
import { rule as reviewUnknownGoal } from './review-unknown-goal.js';
import { rule as reviewGoalNumbering } from './review-goal-numbering.js';
import { rule as reviewUnknownParty } from './review-unknown-party.js';
import { rule as reviewMissingTask } from './review-missing-task.js';
import { rule as reviewUnknownIndicator } from './review-unknown-indicator.js';
import { rule as reviewAmendWithoutRequest } from './review-amend-without-request.js';
import { rule as reviewIncomplete } from './review-incomplete.js';

export const resultsRules: readonly ResultsRule[] = [
  reviewAgreement,
  reviewUnknownTask,
  reviewNotRecurring,
  reviewUnknownGoal,
  reviewGoalNumbering,
  reviewUnknownParty,
  reviewMissingTask,
  reviewUnknownIndicator,
  reviewAmendWithoutRequest,
  reviewIncomplete,
];
