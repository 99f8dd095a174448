// Naming partners and units in running text, in the document's language.
//
// Which name: units by their full name ("Migrationssozialberatung"); partners by
// their full name, unless it is long (over 40 characters, e.g. "Arbeitsgemeinschaft
// für Arbeit und Soziales im Kreis Dithmarschen") and the short name can be used
// in a sentence — then the short name ("Arge"), as the Dithmarschen agreement does.
// The party blocks at the top always show the full name with the short one.

import type { Agreement, Lang, Partner, Unit } from '../../model/types.js';
import { pack } from '../../lang/index.js';
import type { Case } from '../../lang/types.js';
import { joinList } from './format.js';

export interface Party {
  id: string;
  kind: 'partner' | 'unit';
  name: string;
  shortName?: string;
  partner: Partner;
  unit?: Unit;
  /** the name used in sentences and headings (see above) */
  label: string;
}

const LONG_NAME = 40;

export class PartyIndex {
  private readonly byId = new Map<string, Party>();

  constructor(
    doc: Agreement,
    readonly lang: Lang,
  ) {
    for (const partner of doc.partners ?? []) {
      if (!partner || typeof partner.id !== 'string') continue;
      if (!this.byId.has(partner.id)) {
        this.byId.set(partner.id, {
          id: partner.id,
          kind: 'partner',
          name: partner.name,
          shortName: partner.shortName,
          partner,
          label: partnerLabel(partner, lang),
        });
      }
      for (const unit of partner.units ?? []) {
        if (!unit || typeof unit.id !== 'string' || this.byId.has(unit.id)) continue;
        this.byId.set(unit.id, { id: unit.id, kind: 'unit', name: unit.name, shortName: unit.shortName, partner, unit, label: unit.name });
      }
    }
  }

  get(id: string): Party | undefined {
    return this.byId.get(id);
  }

  /** the label of a party id; an unknown id (the checker reports it) or free text is shown as written */
  label(idOrText: string): string {
    return this.byId.get(idOrText)?.label ?? idOrText;
  }

  /** a phrase for one or several ids in a case, or null when German grammar is unsure */
  phrase(ids: string[], c: Case): string | null {
    return phraseOf(ids.map((id) => this.label(id)), c, this.lang);
  }

  /** the labels joined without articles: "Jobcenter Dithmarschen und DWD" */
  bare(ids: string[]): string {
    return joinList(ids.map((id) => this.label(id)), this.lang);
  }
}

function partnerLabel(p: Partner, lang: Lang): string {
  const name = typeof p.name === 'string' ? p.name : p.id;
  const short = p.shortName?.trim();
  if (!short || name.length <= LONG_NAME) return name;
  return pack(lang).grammar.shortNameUsable(short) ? short : name;
}

/**
 * Names with article in a case, joined: German "der Migrationssozialberatung und
 * des Jugendmigrationsdienstes"; English "the Migration Social Counselling and the
 * Youth Migration Service". null when the grammar is unsure of a name.
 */
export function phraseOf(names: string[], c: Case, lang: Lang): string | null {
  if (names.length === 0) return null;
  const grammar = pack(lang).grammar;
  const parts: string[] = [];
  for (const n of names) {
    const d = grammar.withArticle(n, c);
    if (!d) return null;
    parts.push(d);
  }
  return joinList(parts, lang);
}
