// A partner that signs an agreement but has no task leaves "who does what"
// (the agreement's purpose: "Zuständigkeiten und Schnittstellen klären") open.

import type { Rule } from '../rule.js';
import { ids, isAgreement, partnerRef } from './_util.js';

export const rule: Rule = {
  id: 'party-without-tasks',
  severity: 'warning',
  description: (t) => t.rules['party-without-tasks'].description,
  check(ctx) {
    // informal cooperation profiles describe who is there, not who owes what
    if (!isAgreement(ctx.doc)) return;
    const active = new Set<string>();
    for (const r of ctx.doc.responsibilities ?? []) if (r) for (const id of ids(r.by)) active.add(id);
    for (const t of ctx.doc.sharedTasks ?? []) if (t?.lead !== undefined) active.add(t.lead);
    for (const p of ctx.parties.partners) {
      if (p.ids.length === 0 || p.ids.some((id) => active.has(id))) continue;
      const partyIds = p.ids;
      ctx.report({
        pointer: p.id !== undefined ? `/partners/${p.index}/id` : `/partners/${p.index}`,
        message: (t) => t.rules['party-without-tasks'].none(partnerRef(p, ctx, t), partyIds),
      });
    }
  },
};
