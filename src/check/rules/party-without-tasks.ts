// A partner that signs an agreement but has no task leaves "who does what"
// (the agreement's purpose: "Zuständigkeiten und Schnittstellen klären") open.

import type { Rule } from '../rule.js';
import { ids, isAgreement, isRecord, list, partners, root } from './_util.js';

export const rule: Rule = {
  id: 'party-without-tasks',
  severity: 'warning',
  description: {
    de: 'Ein Partner (mit allen seinen Einheiten) hat keine Aufgabe – die Zuständigkeiten sind unklar',
    en: 'A partner (with all its units) has no task — responsibilities are unclear',
  },
  check(ctx) {
    // informal cooperation profiles describe who is there, not who owes what
    if (!isAgreement(ctx.doc)) return;
    const doc = root(ctx.doc);
    const active = new Set<string>();
    for (const r of list(doc.responsibilities)) if (isRecord(r)) for (const id of ids(r.by)) active.add(id);
    for (const t of list(doc.sharedTasks)) if (isRecord(t)) for (const id of ids(t.lead)) active.add(id);
    for (const p of partners(ctx.doc)) {
      if (p.ids.length === 0 || p.ids.some((id) => active.has(id))) continue;
      const named = p.ids.map((id) => `\`${id}\``).join(', ');
      ctx.report({
        pointer: p.id ? `/partners/${p.index}/id` : `/partners/${p.index}`,
        message: {
          de: `${p.label} hat in dieser Vereinbarung keine Aufgabe: keine der Kennungen ${named} steht in \`responsibilities[].by\` oder als \`lead\` einer gemeinsamen Aufgabe. Ergänzen Sie einen Abschnitt \`responsibilities\` mit \`by: ${p.ids[0]}\` oder übertragen Sie ${p.label} die Federführung (\`lead\`) einer gemeinsamen Aufgabe.`,
          en: `${p.label} has no task in this agreement: none of the ids ${named} appears in \`responsibilities[].by\` or as the \`lead\` of a shared task. Add a \`responsibilities\` entry with \`by: ${p.ids[0]}\`, or make ${p.label} the \`lead\` of a shared task.`,
        },
      });
    }
  },
};

export default rule;
