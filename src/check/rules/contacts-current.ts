// Cooperation runs through people. The Lübeck model has no written agreement at
// all and works because "die Migrationsdienste regelmäßig aktuelle Listen aller
// AnsprechpartnerInnen" receive; a contact list that is missing or a year old
// sends clients to people who have left.

import type { Rule } from '../rule.js';
import { addMonths, formatDate, toIsoDate } from '../../model/dates.js';
import { isRecord, list, partners } from './_util.js';

const MAX_AGE_MONTHS = 12;

export const rule: Rule = {
  id: 'contacts-current',
  severity: 'warning',
  description: {
    de: 'Ein Partner ohne Ansprechpersonen oder mit einer Kontaktliste (`contactsUpdated`), die älter als 12 Monate ist',
    en: 'A partner without contacts, or with `contactsUpdated` older than 12 months',
  },
  check(ctx) {
    const today = toIsoDate(ctx.today);
    for (const p of partners(ctx.doc)) {
      const units = list(p.record.units).filter(isRecord);
      const count = list(p.record.contacts).length + units.reduce((n, u) => n + list(u.contacts).length, 0);
      if (count === 0) {
        ctx.report({
          pointer: `/partners/${p.index}`,
          message: {
            de: `Für ${p.label} ist keine Ansprechperson eingetragen, weder beim Partner noch bei einer Einheit. Ergänzen Sie \`contacts\` (Name, Funktion, Telefon oder E-Mail) und \`contactsUpdated\` mit dem Datum der Bestätigung.`,
            en: `No contact person is listed for ${p.label}, neither on the partner nor on any unit. Add \`contacts\` (name, role, phone or email) and \`contactsUpdated\` with the date they were confirmed.`,
          },
        });
        continue;
      }
      const updated = toIsoDate(p.record.contactsUpdated);
      if (!today || !updated) continue;
      const limit = addMonths(today, -MAX_AGE_MONTHS);
      if (updated >= limit) continue;
      ctx.report({
        pointer: `/partners/${p.index}/contactsUpdated`,
        message: {
          de: `Die Ansprechpersonen von ${p.label} wurden zuletzt am ${formatDate(updated, 'de')} bestätigt, vor mehr als ${MAX_AGE_MONTHS} Monaten. Fragen Sie die Liste beim Partner ab, korrigieren Sie \`contacts\` und setzen Sie \`contactsUpdated\` auf das heutige Datum.`,
          en: `The contacts of ${p.label} were last confirmed on ${formatDate(updated, 'en')}, more than ${MAX_AGE_MONTHS} months ago. Check the list with the partner, correct \`contacts\` and set \`contactsUpdated\` to today's date.`,
        },
      });
    }
  },
};

export default rule;
