// Cooperation runs through people. The Lübeck model has no written agreement at
// all and works because "die Migrationsdienste regelmäßig aktuelle Listen aller
// AnsprechpartnerInnen" receive; a contact list that is missing or a year old
// sends clients to people who have left.

import type { Rule } from '../rule.js';
import { addMonths, formatDate, toIsoDate } from '../../model/dates.js';
import { partnerRef } from './_util.js';

const MAX_AGE_MONTHS = 12;

export const rule: Rule = {
  id: 'contacts-current',
  severity: 'warning',
  description: (t) => t.rules['contacts-current'].description,
  check(ctx) {
    const today = toIsoDate(ctx.today);
    for (const p of ctx.parties.partners) {
      const units = p.record.units ?? [];
      const count = (p.record.contacts?.length ?? 0) + units.reduce((n, u) => n + (u?.contacts?.length ?? 0), 0);
      if (count === 0) {
        ctx.report({ pointer: `/partners/${p.index}`, about: `/partners/${p.index}/contacts`, message: (t) => t.rules['contacts-current'].none(partnerRef(p, ctx, t)) });
        continue;
      }
      const updated = toIsoDate(p.record.contactsUpdated);
      if (!today || !updated) continue;
      if (updated >= addMonths(today, -MAX_AGE_MONTHS)) continue;
      ctx.report({
        pointer: `/partners/${p.index}/contactsUpdated`,
        message: (t) => t.rules['contacts-current'].stale(partnerRef(p, ctx, t), formatDate(updated, t.code), MAX_AGE_MONTHS),
      });
    }
  },
};
