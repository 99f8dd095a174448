// The data-flow matrix: which kind of partner passes which personal data to
// whom, on which basis. A data-protection officer asks about kinds of
// partners ("does any job centre pass absences to a JMD without consent?"),
// not about the 400 ids, so each end of a flow becomes a role — a unit by its
// counselling service, anything else by its partner's type — and identical
// flows of many districts become one group that counts them.

import type { Agreement, DataFlow } from '../model/types.js';
import { asList } from '../model/tasks.js';
import { FLOW_ROLES, type FlowRole, type OverviewFlowGroup } from './types.js';

/** the role of a partner or unit id in a document; an id that names nothing is "unknown" */
export function roleOf(doc: Agreement, id: string): FlowRole {
  for (const partner of doc.partners ?? []) {
    if (partner.id === id) return partnerRole(partner.type);
    for (const unit of partner.units ?? []) {
      if (unit.id !== id) continue;
      if (unit.service === 'mbe' || unit.service === 'msb' || unit.service === 'jmd' || unit.service === 'jobcenter') return unit.service;
      return partnerRole(partner.type);
    }
  }
  return 'unknown';
}

function partnerRole(type: string | undefined): FlowRole {
  return type === 'jobcenter' || type === 'county' || type === 'welfare' || type === 'agency' || type === 'other' ? type : 'unknown';
}

export interface FlowDocument {
  anchor: string;
  id: string;
  district: string;
}

/** Collects the flows of many documents into groups; call add() per document in table order, then groups(). */
export class FlowCollector {
  private readonly byKey = new Map<string, OverviewFlowGroup>();

  add(doc: Agreement, where: FlowDocument): void {
    for (const flow of doc.dataFlows ?? []) {
      const from = roleOf(doc, flow.from);
      const targets = [...new Set(asList(flow.to).map((id) => roleOf(doc, id)))];
      for (const to of targets) this.addOne(flow, from, to, where);
    }
  }

  private addOne(flow: DataFlow, from: FlowRole, to: FlowRole, where: FlowDocument): void {
    const legalBasis = flow.legalBasis === 'statute' ? 'statute' : 'consent';
    const basisText = ((legalBasis === 'statute' ? flow.statute : flow.consentForm) ?? '').trim();
    const data = (flow.data ?? []).map((d) => String(d).trim()).filter((d) => d !== '');
    const key = JSON.stringify([from, to, legalBasis, basisText, data]);
    let group = this.byKey.get(key);
    if (!group) this.byKey.set(key, (group = { from, to, legalBasis, basisText, data, documents: [] }));
    if (!group.documents.some((d) => d.anchor === where.anchor)) group.documents.push(where);
  }

  /** every group, in the matrix's role order, then basis, form and data */
  groups(): OverviewFlowGroup[] {
    const rank = (r: FlowRole) => FLOW_ROLES.indexOf(r);
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.byKey.values()].sort(
      (a, b) =>
        rank(a.from) - rank(b.from) ||
        rank(a.to) - rank(b.to) ||
        text(a.legalBasis, b.legalBasis) ||
        text(a.basisText, b.basisText) ||
        text(JSON.stringify(a.data), JSON.stringify(b.data)),
    );
  }
}
