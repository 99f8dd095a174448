// A shared task that is everyone's is easily no one's: naming a lead says who
// calls the meeting or starts the work.

import type { Rule } from '../rule.js';
import { isRecord, list, qde, qen, root, text } from './_util.js';

export const rule: Rule = {
  id: 'shared-task-lead',
  severity: 'info',
  description: {
    de: 'Eine gemeinsame Aufgabe ohne Federführung (`lead`)',
    en: 'A shared task without `lead`',
  },
  check(ctx) {
    const first = [...(ctx.parties?.keys() ?? [])][0] ?? 'jobcenter';
    list(root(ctx.doc).sharedTasks).forEach((t, i) => {
      if (!isRecord(t)) return;
      if (text(t.lead) !== undefined || (t.lead !== undefined && t.lead !== null && typeof t.lead !== 'string')) return;
      const label = typeof t.text === 'string' ? t.text : `#${i + 1}`;
      ctx.report({
        pointer: `/sharedTasks/${i}`,
        message: {
          de: `Die gemeinsame Aufgabe ${qde(label)} hat keine Federführung. Legen Sie mit \`lead\` fest, wer einlädt oder den Anfang macht, z. B. \`lead: ${first}\`.`,
          en: `Shared task ${qen(label)} has no lead. Name with \`lead\` who convenes it or gets it started, e.g. \`lead: ${first}\`.`,
        },
      });
    });
  },
};

export default rule;
