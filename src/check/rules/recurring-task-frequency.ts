// "Regelmäßiges Zusammentreffen" without a frequency cannot be reviewed: the
// annual review counts meetings held against meetings agreed (SPEC §4).

import type { Rule } from '../rule.js';
import { firstTerm, meetings } from '../words/index.js';
import { isRecord, list, qde, qen, root } from './_util.js';

export const rule: Rule = {
  id: 'recurring-task-frequency',
  severity: 'warning',
  description: {
    de: 'Eine gemeinsame Aufgabe über Treffen oder regelmäßigen Austausch ohne `frequency`',
    en: 'A shared task about meetings or regular exchange without `frequency`',
  },
  check(ctx) {
    list(root(ctx.doc).sharedTasks).forEach((t, i) => {
      if (!isRecord(t) || typeof t.text !== 'string') return;
      if (t.frequency !== undefined && t.frequency !== null && t.frequency !== '') return;
      const term = firstTerm(t.text, meetings);
      if (!term) return;
      ctx.report({
        pointer: `/sharedTasks/${i}`,
        message: {
          de: `Die gemeinsame Aufgabe ${qde(t.text)} ist ein Treffen oder regelmäßiger Austausch („${term.text}“), hat aber keine \`frequency\`. Ergänzen Sie z. B. \`frequency: quarterly\` (möglich: once, monthly, quarterly, semiannual, annual, asNeeded), damit die jährliche Überprüfung gehaltene und vereinbarte Treffen vergleichen kann.`,
          en: `Shared task ${qen(t.text)} is about meetings or regular exchange ("${term.text}") but has no \`frequency\`; add e.g. \`frequency: quarterly\` (once, monthly, quarterly, semiannual, annual, asNeeded) so the annual review can compare meetings held with meetings agreed.`,
        },
      });
    });
  },
};

export default rule;
