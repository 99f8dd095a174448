// A task that passes information about a client ("Unterrichtung des DWD bei
// Fernbleiben vom Unterricht") is a transfer of social data. Without a data flow
// the agreement does not say what is passed, why, and on which basis
// (SGB II § 50, SGB X §§ 67 ff., DSGVO Art. 6).
//
// When a data flow is "for" a task:
//   1. a flow whose `task` is the task's id serves exactly that task; or
//   2. a flow without `task` serves every task of the parties it connects: it
//      covers the task when its `from` or one of its `to` belongs to the same
//      partner as one of the task's parties (`by`; for a shared task its `lead`,
//      and a shared task without `lead` belongs to all parties).
// A flow with a `task` does not cover other tasks: naming the task is a promise
// that the flow is limited to it.

import type { Rule } from '../rule.js';
import { personalDataTransfer, firstTerm } from '../words/index.js';
import { ids, short } from './_util.js';

export const rule: Rule = {
  id: 'undeclared-data-flow',
  severity: 'warning',
  description: (t) => t.rules['undeclared-data-flow'].description,
  check(ctx) {
    const flows = (ctx.doc.dataFlows ?? []).flatMap((f) => (f ? [{ task: f.task, parties: [...(f.from !== undefined ? [f.from] : []), ...ids(f.to)] }] : []));
    const allParties = new Set(ctx.parties.ids());
    for (const task of ctx.tasks) {
      const term = firstTerm(task.text, personalDataTransfer);
      if (!term) continue;
      const own = task.kind === 'shared' && task.by.length === 0 ? allParties : new Set(task.by.flatMap((b) => [...ctx.parties.family(b)]));
      const covered = flows.some((f) => (f.task !== undefined ? f.task === task.id : f.parties.some((p) => own.has(p))));
      if (covered) continue;
      const from = task.by[0] ?? '…';
      const shown = short(task.text);
      ctx.report({ pointer: task.pointer, message: (t) => t.rules['undeclared-data-flow'].undeclared(shown, term.text, from, task.id, task.idGiven) });
    }
  },
};
