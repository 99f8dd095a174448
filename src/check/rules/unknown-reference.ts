// Every reference must name a party or task that exists; a typo in `by` or
// `from` would otherwise silently drop a duty or a data flow from the rendered
// agreement and the review.
//
// A reference that is no id at all ("Jobcenter Kiel") breaks the schema's id
// pattern; this rule says more — which party was probably meant — so it
// explains those schema findings and its message is shown instead.

import { slugify } from '../../model/tasks.js';
import type { Rule } from '../rule.js';
import { closestId, type Candidate } from './_suggest.js';
import { references } from './_util.js';

/** the places that refer to a party, and `task` */
const PARTY_FIELDS = [
  '/responsibilities/*/by',
  '/responsibilities/*/tasks/*/costBearer',
  '/sharedTasks/*/lead',
  '/sharedTasks/*/costBearer',
  '/dataFlows/*/from',
  '/dataFlows/*/to',
  '/bodies/*/convener',
  '/bodies/*/members',
  '/review/owner',
];
const TASK_FIELDS = ['/dataFlows/*/task'];

const KNOWN_SHOWN = 8;

export const rule: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: (t) => t.rules['unknown-reference'].description,
  explains: [...PARTY_FIELDS, ...TASK_FIELDS].map((at) => ({ keyword: 'pattern' as const, at })),
  check(ctx) {
    const doc = ctx.doc;
    const parties: Candidate[] = ctx.parties.all().map((p) => ({ id: p.id, aliases: [p.shortName, p.name].filter((a): a is string => a !== undefined) }));
    const tasks: Candidate[] = ctx.tasks.map((t) => ({ id: t.id, aliases: [t.text, slugify(t.text)] }));
    const taskIds = new Set(tasks.map((c) => c.id));

    const party = (value: string | ReadonlyArray<string | null> | undefined, pointer: string, field: string): void => {
      for (const r of references(value, pointer)) {
        if (ctx.parties.has(r.value)) continue;
        const hint = { suggestion: closestId(r.value, parties), known: parties.slice(0, KNOWN_SHOWN).map((c) => c.id), more: parties.length > KNOWN_SHOWN };
        const shown = r.value;
        ctx.report({ pointer: r.pointer, message: (t) => t.rules['unknown-reference'].party(field, shown, hint) });
      }
    };

    doc.responsibilities?.forEach((r, ri) => {
      if (!r) return;
      party(r.by, `/responsibilities/${ri}/by`, 'by');
      r.tasks?.forEach((t, ti) => {
        if (t && typeof t === 'object') party(t.costBearer, `/responsibilities/${ri}/tasks/${ti}/costBearer`, 'costBearer');
      });
    });
    doc.sharedTasks?.forEach((t, ti) => {
      if (!t) return;
      party(t.lead, `/sharedTasks/${ti}/lead`, 'lead');
      party(t.costBearer, `/sharedTasks/${ti}/costBearer`, 'costBearer');
    });
    doc.dataFlows?.forEach((f, fi) => {
      if (!f) return;
      party(f.from, `/dataFlows/${fi}/from`, 'from');
      party(f.to, `/dataFlows/${fi}/to`, 'to');
      if (f.task !== undefined && !taskIds.has(f.task)) {
        const value = f.task;
        const suggestion = closestId(value, tasks);
        ctx.report({ pointer: `/dataFlows/${fi}/task`, message: (t) => t.rules['unknown-reference'].task(value, suggestion) });
      }
    });
    doc.bodies?.forEach((b, bi) => {
      if (!b) return;
      party(b.convener, `/bodies/${bi}/convener`, 'convener');
      party(b.members, `/bodies/${bi}/members`, 'members');
    });
    party(doc.review?.owner, '/review/owner', 'review.owner');
  },
};
