// Diakonie and Caritas are not bound by the BDSG but by their church's own law
// (DSG-EKD for the Protestant, KDG for the Catholic church; Art. 91 DSGVO). A
// data flow that involves a church provider and cites only DSGVO/BDSG names the
// wrong law for that side.

import type { ChurchLaw } from '../../model/types.js';
import type { PartnerEntry } from '../../render/text/parties.js';
import type { AgreementView, Rule } from '../rule.js';
import { churchDataProtectionLaw, findTerms, secularDataProtectionLaw } from '../words/index.js';
import { ids, partnerRef, text } from './_util.js';

const LAWS: readonly ChurchLaw[] = ['DSG-EKD', 'KDG'];

export const rule: Rule = {
  id: 'church-data-law',
  severity: 'warning',
  description: (t) => t.rules['church-data-law'].description,
  check(ctx) {
    // party id → its partner, when that partner is bound by a church's law
    const church = new Map<string, { law: ChurchLaw; partner: PartnerEntry<AgreementView> }>();
    for (const p of ctx.parties.partners) {
      const law = p.record.churchLaw;
      if (law === undefined) continue;
      for (const id of p.ids) if (!church.has(id)) church.set(id, { law, partner: p });
    }
    if (church.size === 0) return;
    ctx.doc.dataFlows?.forEach((f, i) => {
      if (!f) return;
      const field = f.legalBasis === 'consent' ? 'consentForm' : f.legalBasis === 'statute' ? 'statute' : undefined;
      if (!field) return;
      const basis = text(f[field]);
      if (!basis) return;
      const secular = findTerms(basis, secularDataProtectionLaw)[0];
      const names = (law: ChurchLaw) => findTerms(basis, churchDataProtectionLaw[law]).length > 0;
      const unspecified = findTerms(basis, churchDataProtectionLaw.unspecified).length > 0;
      // each church partner once, however many of its units the flow names
      const involved = new Map<number, { law: ChurchLaw; partner: PartnerEntry<AgreementView> }>();
      for (const id of [...(f.from !== undefined ? [f.from] : []), ...ids(f.to)]) {
        const c = church.get(id);
        if (c && !involved.has(c.partner.index)) involved.set(c.partner.index, c);
      }
      for (const c of involved.values()) {
        if (names(c.law) || unspecified) continue;
        const other = LAWS.find((l) => l !== c.law && names(l));
        const pointer = `/dataFlows/${i}/${field}`;
        if (other) {
          ctx.report({ pointer, message: (t) => t.rules['church-data-law'].otherChurch(partnerRef(c.partner, ctx, t), c.law, other, field) });
        } else if (secular) {
          ctx.report({ pointer, message: (t) => t.rules['church-data-law'].secularOnly(partnerRef(c.partner, ctx, t), c.law, secular.text, field) });
        }
      }
    });
  },
};
