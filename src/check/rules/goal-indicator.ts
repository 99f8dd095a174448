// A goal without an indicator cannot be evaluated at the annual review: the
// review asks for each goal's indicators (SPEC §4).

import type { Rule } from '../rule.js';
import { short } from '../names.js';
import { text } from './_util.js';

export const rule: Rule = {
  id: 'goal-indicator',
  severity: 'info',
  description: (t) => t.rules['goal-indicator'].description,
  check(ctx) {
    ctx.doc.goals?.forEach((g, i) => {
      if (!g) return;
      if ((g.indicators ?? []).some((x) => text(x) !== undefined)) return;
      const label = text(g.text) !== undefined ? short(g.text!) : undefined;
      ctx.report({
        pointer: 'indicators' in g ? `/goals/${i}/indicators` : `/goals/${i}`,
        about: `/goals/${i}/indicators`,
        message: (t) => t.rules['goal-indicator'].noIndicator(label, i + 1),
      });
    });
  },
};
