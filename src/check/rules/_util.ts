// Small helpers the agreement's rules share. Rules read the document through
// its view (check/view.ts): what is there has the schema's type, but any key
// may be missing and any list item may be null.

import type { LanguagePack } from '../../lang/types.js';
import type { PartyRef } from '../../lang/names.js';
import type { PartnerEntry } from '../../render/text/parties.js';
import { labelIn } from '../../render/text/parties.js';
import type { AgreementView, RuleContext } from '../rule.js';

export { short } from '../names.js';
export { escapePointerSegment } from '../../model/source.js';

/** The value if it is a string with something other than white space in it. */
export function text(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The entries of a field that takes one id or a list of ids (`by`, `to`, `members`), each with its pointer. */
export function references(value: string | ReadonlyArray<string | null> | null | undefined, pointer: string): Array<{ value: string; pointer: string }> {
  if (typeof value === 'string') return [{ value, pointer }];
  if (!Array.isArray(value)) return [];
  const out: Array<{ value: string; pointer: string }> = [];
  value.forEach((v, i) => {
    if (typeof v === 'string') out.push({ value: v, pointer: `${pointer}/${i}` });
  });
  return out;
}

/** The ids of a field that takes one id or a list of ids. */
export function ids(value: string | ReadonlyArray<string | null> | null | undefined): string[] {
  return references(value, '').map((r) => r.value);
}

/** `kind: agreement` — the rules about contract clauses apply only to written agreements. */
export function isAgreement(doc: AgreementView): boolean {
  return doc.kind === 'agreement';
}

/** How a message names a partner of the document: as the document does, "Partner 2" when it has no name. */
export function partnerRef(entry: PartnerEntry<AgreementView>, ctx: Pick<RuleContext, 'parties'>, t: LanguagePack): PartyRef {
  const party = entry.id !== undefined ? ctx.parties.get(entry.id) : undefined;
  if (party && party.partnerIndex === entry.index) return { name: labelIn(party, t.grammar), kind: 'partner' };
  const name = text(entry.record.name) ?? entry.id ?? t.names.partner(entry.index + 1, undefined, undefined);
  return { name: labelIn({ kind: 'partner', name, shortName: entry.record.shortName }, t.grammar), kind: 'partner' };
}
