// "Regelmäßiges Zusammentreffen" without a frequency cannot be reviewed: the
// annual review counts meetings held against meetings agreed (SPEC §4).

import type { Rule } from '../rule.js';
import { short } from '../names.js';
import { firstTerm, meetings } from '../words/index.js';

export const rule: Rule = {
  id: 'recurring-task-frequency',
  severity: 'warning',
  description: (t) => t.rules['recurring-task-frequency'].description,
  check(ctx) {
    ctx.doc.sharedTasks?.forEach((task, i) => {
      if (!task || task.text === undefined || task.frequency !== undefined) return;
      const term = firstTerm(task.text, meetings);
      if (!term) return;
      const shown = short(task.text);
      ctx.report({
        pointer: `/sharedTasks/${i}`,
        about: `/sharedTasks/${i}/frequency`,
        message: (t) => t.rules['recurring-task-frequency'].noFrequency(shown, term.text),
      });
    });
  },
};
