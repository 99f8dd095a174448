// The services are funded for fixed age groups: the Jugendmigrationsdienste for
// young people aged 12 to 27 (KJP guidelines, Programm 18), the
// Migrationsberatung für erwachsene Zuwanderer (MBE) for adults over 27. A unit
// described outside its funded age group promises what it cannot do.

import type { LanguagePack } from '../../lang/types.js';
import type { PartyRef } from '../../lang/names.js';
import { labelIn } from '../../render/text/parties.js';
import type { Rule } from '../rule.js';
import { text } from './_util.js';

const JMD = { min: 12, max: 27 };
const MBE_MIN = 27;

export const rule: Rule = {
  id: 'target-group-age',
  severity: 'warning',
  description: (t) => t.rules['target-group-age'].description,
  check(ctx) {
    ctx.doc.partners?.forEach((p, pi) => {
      p?.units?.forEach((u, ui) => {
        if (!u?.targetGroup) return;
        const at = `/partners/${pi}/units/${ui}/targetGroup`;
        const unit = (t: LanguagePack): PartyRef => ({
          name: labelIn({ kind: 'unit', name: text(u.name) ?? text(u.shortName) ?? u.id ?? t.names.unit(ui + 1, undefined, undefined, t.names.partner(pi + 1, p.id, undefined)) }, t.grammar),
          kind: 'unit',
        });
        const ages = [
          ['ageMin', u.targetGroup.ageMin],
          ['ageMax', u.targetGroup.ageMax],
        ] as const;
        if (u.service === 'jmd') {
          for (const [key, age] of ages) {
            if (age === undefined || (age >= JMD.min && age <= JMD.max)) continue;
            const fix = key === 'ageMin' ? Math.min(Math.max(age, JMD.min), JMD.max) : Math.max(Math.min(age, JMD.max), JMD.min);
            ctx.report({ pointer: `${at}/${key}`, message: (t) => t.rules['target-group-age'].jmd(unit(t), key, age, fix) });
          }
        } else if (u.service === 'mbe') {
          for (const [key, age] of ages) {
            if (age === undefined || age >= MBE_MIN) continue;
            ctx.report({ pointer: `${at}/${key}`, message: (t) => t.rules['target-group-age'].mbe(unit(t), key, age, MBE_MIN) });
          }
        }
      });
    });
  },
};
