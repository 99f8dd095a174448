// Diakonie and Caritas are not bound by the BDSG but by their church's own law
// (DSG-EKD for the Protestant, KDG for the Catholic church; Art. 91 DSGVO). A
// data flow that involves a church provider and cites only DSGVO/BDSG names the
// wrong law for that side.

import type { ChurchLaw } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { churchDataProtectionLaw, findTerms, secularDataProtectionLaw } from '../words/index.js';
import { ids, isRecord, list, partners, root, text } from './_util.js';

const LAWS: readonly ChurchLaw[] = ['DSG-EKD', 'KDG'];

export const rule: Rule = {
  id: 'church-data-law',
  severity: 'warning',
  description: {
    de: 'Ein kirchlicher Träger (`churchLaw`) in einem Datenfluss, dessen Rechtsgrundlage nur DSGVO/BDSG nennt',
    en: 'A church provider (`churchLaw`) in a data flow whose basis names only DSGVO/BDSG',
  },
  check(ctx) {
    // party id → the church law of its partner
    const church = new Map<string, { law: ChurchLaw; label: string }>();
    for (const p of partners(ctx.doc)) {
      const law = p.record.churchLaw;
      if (typeof law !== 'string' || !(LAWS as readonly string[]).includes(law)) continue;
      for (const id of p.ids) if (!church.has(id)) church.set(id, { law: law as ChurchLaw, label: p.label });
    }
    if (church.size === 0) return;

    list(root(ctx.doc).dataFlows).forEach((f, i) => {
      if (!isRecord(f)) return;
      const field = f.legalBasis === 'consent' ? 'consentForm' : f.legalBasis === 'statute' ? 'statute' : undefined;
      if (!field) return;
      const basis = text(f[field]);
      if (!basis) return;
      const secular = findTerms(basis, secularDataProtectionLaw)[0];
      const names = (law: ChurchLaw) => findTerms(basis, churchDataProtectionLaw[law]).length > 0;
      const unspecified = findTerms(basis, churchDataProtectionLaw.unspecified).length > 0;

      const involved = new Map<string, { law: ChurchLaw; label: string }>();
      for (const id of [...ids(f.from), ...ids(f.to)]) {
        const c = church.get(id);
        if (c && !involved.has(c.label)) involved.set(c.label, c);
      }
      for (const c of involved.values()) {
        if (names(c.law) || unspecified) continue;
        const other = LAWS.find((l) => l !== c.law && names(l));
        const where = field === 'consentForm' ? { de: 'in der Einwilligungserklärung', en: 'in the consent form' } : { de: 'in `statute`', en: 'in `statute`' };
        if (other) {
          ctx.report({
            pointer: `/dataFlows/${i}/${field}`,
            message: {
              de: `${c.label} unterliegt dem ${c.law}, die Rechtsgrundlage dieses Datenflusses nennt aber das ${other}, das Datenschutzgesetz der anderen Kirche. Ersetzen Sie ${where.de} ${other} durch ${c.law}.`,
              en: `${c.label} is bound by ${c.law}, but this data flow's basis names ${other}, the other church's data-protection law. Replace ${other} with ${c.law} ${where.en}.`,
            },
          });
        } else if (secular) {
          ctx.report({
            pointer: `/dataFlows/${i}/${field}`,
            message: {
              de: `${c.label} ist ein kirchlicher Träger und unterliegt dem ${c.law}, nicht dem BDSG; die Rechtsgrundlage dieses Datenflusses nennt aber nur „${secular.text}“. Nennen Sie ${where.de} auch das ${c.law} (z. B. „${secular.text} bzw. ${c.law}“).`,
              en: `${c.label} is a church provider bound by ${c.law}, not the BDSG, but this data flow's basis names only "${secular.text}". Name ${c.law} as well ${where.en} (e.g. "${secular.text} / ${c.law}").`,
            },
          });
        }
      }
    });
  },
};

export default rule;
