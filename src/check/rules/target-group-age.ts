// The services are funded for fixed age groups: the Jugendmigrationsdienste for
// young people aged 12 to 27 (KJP guidelines, Programm 18), the
// Migrationsberatung für erwachsene Zuwanderer (MBE) for adults over 27. A unit
// described outside its funded age group promises what it cannot do.

import type { Rule } from '../rule.js';
import { isRecord, list, num, root, text } from './_util.js';

const JMD = { min: 12, max: 27 };
const MBE_MIN = 27;

export const rule: Rule = {
  id: 'target-group-age',
  severity: 'warning',
  description: {
    de: 'Eine JMD-Einheit mit Altersangaben außerhalb von 12–27 oder eine MBE-Einheit für unter 27-Jährige',
    en: 'A JMD unit whose ages are not within 12–27, or an MBE unit below 27',
  },
  check(ctx) {
    list(root(ctx.doc).partners).forEach((p, pi) => {
      if (!isRecord(p)) return;
      list(p.units).forEach((u, ui) => {
        if (!isRecord(u) || !isRecord(u.targetGroup)) return;
        const at = `/partners/${pi}/units/${ui}/targetGroup`;
        const name = text(u.shortName) ?? text(u.name) ?? text(u.id) ?? `#${ui + 1}`;
        const ageMin = num(u.targetGroup.ageMin);
        const ageMax = num(u.targetGroup.ageMax);
        if (u.service === 'jmd') {
          for (const [key, age] of [['ageMin', ageMin], ['ageMax', ageMax]] as const) {
            if (age === undefined || (age >= JMD.min && age <= JMD.max)) continue;
            const fix = key === 'ageMin' ? Math.min(Math.max(age, JMD.min), JMD.max) : Math.max(Math.min(age, JMD.max), JMD.min);
            ctx.report({
              pointer: `${at}/${key}`,
              message: {
                de: `${name} ist ein Jugendmigrationsdienst; gefördert wird die Arbeit mit jungen Menschen von 12 bis 27 Jahren (KJP-Grundsätze), \`${key}: ${age}\` liegt außerhalb. Setzen Sie \`${key}: ${fix}\` – ältere Zugewanderte berät die MBE, Jüngere die Schulsozialarbeit oder Jugendhilfe.`,
                en: `${name} is a Jugendmigrationsdienst (youth migration service), funded for young people aged 12 to 27 (KJP guidelines); \`${key}: ${age}\` is outside that range. Set \`${key}: ${fix}\` — older migrants are counselled by the MBE, younger ones by school social work or youth services.`,
              },
            });
          }
        } else if (u.service === 'mbe') {
          for (const [key, age] of [['ageMin', ageMin], ['ageMax', ageMax]] as const) {
            if (age === undefined || age >= MBE_MIN) continue;
            ctx.report({
              pointer: `${at}/${key}`,
              message: {
                de: `${name} ist eine Migrationsberatung für erwachsene Zuwanderer (MBE); sie berät Erwachsene über 27 Jahre, \`${key}: ${age}\` liegt darunter. Setzen Sie \`${key}: ${MBE_MIN}\` oder mehr; junge Menschen bis 27 berät der Jugendmigrationsdienst (JMD).`,
                en: `${name} is a Migrationsberatung für erwachsene Zuwanderer (MBE, adult migrants' counselling) for adults over 27; \`${key}: ${age}\` is below that. Set \`${key}: ${MBE_MIN}\` or higher; young people up to 27 are counselled by the Jugendmigrationsdienst (JMD).`,
              },
            });
          }
        }
      });
    });
  },
};

export default rule;
