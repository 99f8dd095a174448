// The partners and units of an agreement, and how running text names them —
// the one index the renderers, the review and the rules share.
//
// Which name: units by their full name ("Migrationssozialberatung"); partners by
// their full name, unless it is long (over 40 characters, e.g. "Arbeitsgemeinschaft
// für Arbeit und Soziales im Kreis Dithmarschen") and the short name can be used
// in a sentence — then the short name ("Arge"), as the Dithmarschen agreement does.
// The party blocks at the top always show the full name with the short one.
//
// Rules build the index from what the schema accepts of a document (a view,
// check/view.ts): partners without an id, or with units that are null, are
// left out of the ids but stay in `partners`.

import type { Agreement, Lang } from '../../model/types.js';
import { pack } from '../../lang/index.js';
import type { Case, Grammar } from '../../lang/types.js';
import type { View } from '../../check/view.js';
import { joinList } from './format.js';

type AnyAgreement = View<Agreement>;
/** the partner type of a document: Partner for a checked agreement, its view for a rule's document */
export type PartnerOf<D extends AnyAgreement> = NonNullable<NonNullable<D['partners']>[number]>;
export type UnitOf<D extends AnyAgreement> = NonNullable<NonNullable<PartnerOf<D>['units']>[number]>;

export interface Party<D extends AnyAgreement = Agreement> {
  id: string;
  kind: 'partner' | 'unit';
  /** the full name (the id when the document gives none) */
  name: string;
  shortName?: string;
  partner: PartnerOf<D>;
  unit?: UnitOf<D>;
  /** the name used in sentences and headings (see above), in the index's language */
  label: string;
  /** JSON pointer of its `id` */
  pointer: string;
  /** 0-based place in `partners` */
  partnerIndex: number;
}

/** A partner of the document with the ids that stand for it (its own and its units'). */
export interface PartnerEntry<D extends AnyAgreement = Agreement> {
  /** 0-based place in `partners` */
  index: number;
  id: string | undefined;
  record: PartnerOf<D>;
  /** its own id (if any) and its units' ids */
  ids: string[];
}

const LONG_NAME = 40;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const items = <T>(value: readonly T[] | T | undefined | null): T[] => (Array.isArray(value) ? (value as T[]) : []);

export class PartyIndex<D extends AnyAgreement = Agreement> {
  private readonly byId = new Map<string, Party<D>>();
  private readonly families = new Map<string, ReadonlySet<string>>();
  /** every partner that is a mapping, in document order */
  readonly partners: ReadonlyArray<PartnerEntry<D>>;

  constructor(
    doc: D,
    readonly lang: Lang,
  ) {
    const grammar = pack(lang).grammar;
    const partners: Array<PartnerEntry<D>> = [];
    items(doc?.partners).forEach((partner, pi) => {
      if (!partner || typeof partner !== 'object') return;
      const p = partner as PartnerOf<D>;
      const id = text(p.id);
      if (id !== undefined && !this.byId.has(id)) {
        const name = text(p.name) ?? id;
        this.byId.set(id, { id, kind: 'partner', name, shortName: text(p.shortName), partner: p, label: partnerLabel(name, p.shortName, grammar), pointer: `/partners/${pi}/id`, partnerIndex: pi });
      }
      const ids = id !== undefined ? [id] : [];
      items(p.units).forEach((unit, ui) => {
        if (!unit || typeof unit !== 'object') return;
        const u = unit as UnitOf<D>;
        const uid = text(u.id);
        if (uid === undefined) return;
        ids.push(uid);
        if (this.byId.has(uid)) return;
        const name = text(u.name) ?? uid;
        this.byId.set(uid, { id: uid, kind: 'unit', name, shortName: text(u.shortName), partner: p, unit: u, label: name, pointer: `/partners/${pi}/units/${ui}/id`, partnerIndex: pi });
      });
      partners.push({ index: pi, id, record: p, ids });
    });
    this.partners = partners;
    for (const p of partners) {
      const family: ReadonlySet<string> = new Set(p.ids);
      for (const id of p.ids) if (!this.families.has(id)) this.families.set(id, family);
    }
  }

  get(id: string): Party<D> | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** every party id, partners before their units, in document order */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  all(): Array<Party<D>> {
    return [...this.byId.values()];
  }

  /** the ids of the whole partner an id belongs to (the partner and all its units); an unknown id alone */
  family(id: string): ReadonlySet<string> {
    return this.families.get(id) ?? new Set([id]);
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

/** How running text in a language names a party (its label for that language's grammar). */
export function labelIn(party: Pick<Party<AnyAgreement>, 'kind' | 'name' | 'shortName'>, grammar: Grammar): string {
  return party.kind === 'unit' ? party.name : partnerLabel(party.name, party.shortName, grammar);
}

function partnerLabel(name: string, shortName: unknown, grammar: Grammar): string {
  const short = typeof shortName === 'string' ? shortName.trim() : '';
  if (!short || name.length <= LONG_NAME) return name;
  return grammar.shortNameUsable(short) ? short : name;
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
