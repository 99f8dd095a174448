// A goal without an indicator cannot be evaluated at the annual review: the
// review asks for each goal's indicators (SPEC §4).

import type { Rule } from '../rule.js';
import { isRecord, list, qde, qen, root, text } from './_util.js';

export const rule: Rule = {
  id: 'goal-indicator',
  severity: 'info',
  description: {
    de: 'Ein Ziel ohne Indikator',
    en: 'A goal without an indicator',
  },
  check(ctx) {
    list(root(ctx.doc).goals).forEach((g, i) => {
      if (!isRecord(g)) return;
      if (list(g.indicators).some((x) => text(x) !== undefined)) return;
      const label = typeof g.text === 'string' ? g.text : `#${i + 1}`;
      ctx.report({
        pointer: 'indicators' in g ? `/goals/${i}/indicators` : `/goals/${i}`,
        message: {
          de: `Das Ziel ${qde(label)} hat keinen Indikator, an dem die jährliche Überprüfung ablesen kann, ob es erreicht ist. Ergänzen Sie \`indicators\`, z. B. \`indicators: [Zahl der Netzwerkpartner, Zahl der gemeinsamen Fallbesprechungen]\`.`,
          en: `Goal ${qen(label)} has no indicator the annual review could measure it by. Add \`indicators\`, e.g. \`indicators: [number of network partners, number of joint case conferences]\`.`,
        },
      });
    });
  },
};

export default rule;
