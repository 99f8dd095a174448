// Ids are how every other part of the document — and the review results —
// refers to a party or a task, so each must name exactly one thing.

import type { Text } from '../diagnostic.js';
import { describePlace } from '../names.js';
import type { Rule } from '../rule.js';
import { text } from './_util.js';

// Partners and units share one namespace (SPEC §2). Task ids are a namespace of
// their own: only `dataFlows[].task` and the review results refer to tasks, and
// every other reference names a party, so a task "msb" next to a unit `msb` is
// never ambiguous. Derived task ids cannot collide (listTasks numbers them -2,
// -3 …); given ones can.

export const rule: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: (t) => t.rules['duplicate-id'].description,
  check(ctx) {
    // the first holder of each party id, named without the id (which is the same for both)
    const seen = new Map<string, Text>();
    ctx.doc.partners?.forEach((p, pi) => {
      if (!p) return;
      const partner: Text = (t) => t.names.partner(pi + 1, undefined, text(p.name));
      const entries: Array<{ id: string | undefined; pointer: string; holder: Text }> = [{ id: p.id, pointer: `/partners/${pi}/id`, holder: partner }];
      p.units?.forEach((u, ui) => {
        if (!u) return;
        entries.push({ id: u.id, pointer: `/partners/${pi}/units/${ui}/id`, holder: (t) => t.names.unit(ui + 1, undefined, text(u.name), partner(t)) });
      });
      for (const e of entries) {
        if (e.id === undefined) continue;
        const first = seen.get(e.id);
        if (!first) {
          seen.set(e.id, e.holder);
          continue;
        }
        const id = e.id;
        ctx.report({ pointer: e.pointer, message: (t) => t.rules['duplicate-id'].party(id, first(t)) });
      }
    });

    const tasks = new Map<string, string>();
    for (const t of ctx.tasks) {
      if (!t.idGiven) continue;
      const first = tasks.get(t.id);
      if (first === undefined) {
        tasks.set(t.id, t.pointer);
        continue;
      }
      const where = describePlace(ctx.doc, first);
      ctx.report({ pointer: `${t.pointer}/id`, message: (l) => l.rules['duplicate-id'].task(t.id, where(l)) });
    }

    // bodies' meetings are counted in the review results under the same keys as
    // shared tasks', so a given body id must differ from every task id
    const taken = new Map<string, string>();
    for (const t of ctx.tasks) if (!taken.has(t.id)) taken.set(t.id, t.pointer);
    ctx.doc.bodies?.forEach((b, bi) => {
      if (!b || b.id === undefined) return;
      const first = taken.get(b.id);
      if (first === undefined) {
        taken.set(b.id, `/bodies/${bi}`);
        return;
      }
      const id = b.id;
      const where = describePlace(ctx.doc, first);
      ctx.report({ pointer: `/bodies/${bi}/id`, message: (t) => t.rules['duplicate-id'].body(id, where(t)) });
    });
  },
};
