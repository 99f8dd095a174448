// A shared task that is everyone's is easily no one's: naming a lead says who
// calls the meeting or starts the work.

import type { Rule } from '../rule.js';
import { short } from '../names.js';
import { text } from './_util.js';

export const rule: Rule = {
  id: 'shared-task-lead',
  severity: 'info',
  description: (t) => t.rules['shared-task-lead'].description,
  check(ctx) {
    const example = ctx.parties.ids()[0] ?? 'jobcenter';
    ctx.doc.sharedTasks?.forEach((task, i) => {
      if (!task || task.lead !== undefined) return;
      const label = text(task.text) !== undefined ? short(task.text!) : undefined;
      ctx.report({
        pointer: `/sharedTasks/${i}`,
        about: `/sharedTasks/${i}/lead`,
        message: (t) => t.rules['shared-task-lead'].noLead(label, i + 1, example),
      });
    });
  },
};
