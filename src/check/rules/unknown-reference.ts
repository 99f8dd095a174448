// Every reference must name a party or task that exists; a typo in `by` or
// `from` would otherwise silently drop a duty or a data flow from the rendered
// agreement and the review.

import { slugify } from '../../model/tasks.js';
import type { Localized } from '../diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';
import { closestId, type Candidate } from './_suggest.js';
import { isRecord, list, references, root, text } from './_util.js';

type Target = 'party' | 'task';

function partyCandidates(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  list(root(ctx.doc).partners).forEach((p) => {
    if (!isRecord(p)) return;
    const add = (o: Record<string, unknown>) => {
      if (typeof o.id === 'string') out.push({ id: o.id, aliases: [o.shortName, o.name].filter((a): a is string => typeof a === 'string') });
    };
    add(p);
    list(p.units).forEach((u) => isRecord(u) && add(u));
  });
  return out;
}

function taskCandidates(ctx: RuleContext): Candidate[] {
  return (ctx.tasks ?? []).filter((t) => t && typeof t.id === 'string').map((t) => ({ id: t.id, aliases: typeof t.text === 'string' ? [t.text, slugify(t.text)] : [] }));
}

export const rule: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: {
    de: 'Ein Verweis auf einen Partner, eine Einheit oder eine Aufgabe, die es nicht gibt',
    en: 'A reference to a party or task that does not exist',
  },
  check(ctx) {
    const doc = root(ctx.doc);
    const parties = partyCandidates(ctx);
    const partyIds = new Set(parties.map((c) => c.id));
    const tasks = taskCandidates(ctx);
    const taskIds = new Set(tasks.map((c) => c.id));

    const check = (value: unknown, pointer: string, field: string, target: Target): void => {
      const refs = references(value, pointer);
      for (const r of refs) {
        // other types are the schema's business; an empty string is a reference to nothing
        if (typeof r.value !== 'string') continue;
        const known = target === 'party' ? partyIds : taskIds;
        if (known.has(r.value)) continue;
        ctx.report({ pointer: r.pointer, message: message(r.value, field, target, target === 'party' ? parties : tasks) });
      }
    };

    list(doc.responsibilities).forEach((r, ri) => {
      if (!isRecord(r)) return;
      check(r.by, `/responsibilities/${ri}/by`, 'by', 'party');
      list(r.tasks).forEach((t, ti) => {
        if (isRecord(t)) check(t.costBearer, `/responsibilities/${ri}/tasks/${ti}/costBearer`, 'costBearer', 'party');
      });
    });
    list(doc.sharedTasks).forEach((t, ti) => {
      if (!isRecord(t)) return;
      check(t.lead, `/sharedTasks/${ti}/lead`, 'lead', 'party');
      check(t.costBearer, `/sharedTasks/${ti}/costBearer`, 'costBearer', 'party');
    });
    list(doc.dataFlows).forEach((f, fi) => {
      if (!isRecord(f)) return;
      check(f.from, `/dataFlows/${fi}/from`, 'from', 'party');
      check(f.to, `/dataFlows/${fi}/to`, 'to', 'party');
      check(f.task, `/dataFlows/${fi}/task`, 'task', 'task');
    });
    list(doc.bodies).forEach((b, bi) => {
      if (!isRecord(b)) return;
      check(b.convener, `/bodies/${bi}/convener`, 'convener', 'party');
      check(b.members, `/bodies/${bi}/members`, 'members', 'party');
    });
    if (isRecord(doc.review)) check(doc.review.owner, '/review/owner', 'review.owner', 'party');
  },
};

function message(value: string, field: string, target: Target, candidates: Candidate[]): Localized {
  const suggestion = closestId(value, candidates);
  const shown = value === '' ? { de: '(leer)', en: '(empty)' } : { de: `„${value}“`, en: `"${value}"` };
  const known = candidates.slice(0, 8).map((c) => `\`${c.id}\``);
  const more = candidates.length > 8 ? ', …' : '';
  if (target === 'party') {
    const hint = suggestion
      ? { de: ` Meinten Sie \`${suggestion}\`?`, en: ` Did you mean \`${suggestion}\`?` }
      : known.length > 0
        ? { de: ` Bekannte Kennungen: ${known.join(', ')}${more}.`, en: ` Known ids: ${known.join(', ')}${more}.` }
        : { de: ' Das Dokument hat noch keine Partner mit `id`.', en: ' The document has no partners with an `id` yet.' };
    return {
      de: `\`${field}\` verweist auf ${shown.de}, aber es gibt keinen Partner und keine Einheit mit dieser \`id\`.${hint.de}`,
      en: `\`${field}\` refers to ${shown.en}, but no partner or unit has this \`id\`.${hint.en}`,
    };
  }
  const hint = suggestion
    ? { de: ` Meinten Sie \`${suggestion}\`?`, en: ` Did you mean \`${suggestion}\`?` }
    : {
        de: ' Geben Sie der Aufgabe, der dieser Datenfluss dient, eine `id` und verwenden Sie sie hier.',
        en: ' Give the task this data flow serves an `id` and use it here.',
      };
  return {
    de: `\`task\` verweist auf ${shown.de}, aber keine Aufgabe hat diese Kennung.${hint.de}`,
    en: `\`task\` refers to ${shown.en}, but no task has this id.${hint.en}`,
  };
}

export default rule;
