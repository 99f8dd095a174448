// Findings name things the way the document does — "Datenfluss 1 (Jobcenter →
// JMD)", "Partner `dw` (Diakonie)", "Aufgabe 3 der JMD", "Ziel 2" — never by a
// JSON pointer or a bare index. This module picks the thing a pointer points
// at and its parts (numbers from 1, labels of parties as the rendered document
// gives them); the words are the pack's (t.names).
//
// The document may be anything (a schema message is about a document that
// failed the schema): nothing here trusts its shape.

import type { LanguagePack, Text } from '../lang/types.js';
import type { PartyRef } from '../lang/names.js';
import { DEFAULT_DOCUMENT_LANGUAGE, pack, REFERENCE_LANGUAGE } from '../lang/index.js';
import { labelIn, PartyIndex, type Party } from '../render/text/parties.js';
import { escapePointerSegment, pointerSegments } from '../model/source.js';
import type { AgreementView } from './rule.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const index = (segment: string | undefined): number | undefined => (segment !== undefined && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined);

/** Shortened for a message: at most `max` characters, white space collapsed, cut after a whole word where one ends near the limit. */
export function short(value: string, max = 80): string {
  const s = value.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first letter upper case: a name at the start of a sentence. */
export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** A party as a message in a language names it. */
function partyRef(party: Pick<Party<AgreementView>, 'kind' | 'name' | 'shortName'>, t: LanguagePack): PartyRef {
  return { name: labelIn(party, t.grammar), kind: party.kind };
}

const indexes = new WeakMap<object, PartyIndex<AgreementView>>();

function partiesOf(doc: Record<string, unknown>): PartyIndex<AgreementView> {
  let index = indexes.get(doc);
  if (!index) {
    index = new PartyIndex(doc as AgreementView, DEFAULT_DOCUMENT_LANGUAGE);
    indexes.set(doc, index);
  }
  return index;
}

/** a reference to a party by id: its label when the document has it, else the id as written */
function refOf(doc: Record<string, unknown>, id: string, t: LanguagePack): PartyRef {
  const party = partiesOf(doc).get(id);
  return party ? partyRef(party, t) : { name: id, kind: 'partner' };
}

function labelOf(doc: Record<string, unknown>, id: string, t: LanguagePack): string {
  return refOf(doc, id, t).name;
}

function valueAt(doc: unknown, segments: readonly string[]): unknown {
  let cur = doc;
  for (const seg of segments) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  return cur;
}

const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

const at = (value: unknown, i: number): unknown => (Array.isArray(value) ? value[i] : undefined);

function partnerName(doc: Record<string, unknown>, i: number, t: LanguagePack): string {
  const p = at(doc.partners, i);
  const id = isRecord(p) ? str(p.id) : undefined;
  const party = id !== undefined ? partiesOf(doc).get(id) : undefined;
  const label = party && party.partnerIndex === i ? labelIn(party, t.grammar) : isRecord(p) ? str(p.shortName) ?? str(p.name) : undefined;
  return t.names.partner(i + 1, id, label);
}

function unitName(doc: Record<string, unknown>, pi: number, ui: number, t: LanguagePack): string {
  const p = at(doc.partners, pi);
  const u = isRecord(p) ? at(p.units, ui) : undefined;
  const id = isRecord(u) ? str(u.id) : undefined;
  const label = isRecord(u) ? str(u.name) ?? str(u.shortName) : undefined;
  return t.names.unit(ui + 1, id, label, partnerName(doc, pi, t));
}

/** the thing a list item or section is, when the segments name one */
function thing(doc: Record<string, unknown>, s: string[], t: LanguagePack): string | undefined {
  const [list, a, sub, b, subsub, c] = s;
  const i = index(a);
  if (i === undefined) return undefined;
  const item = at(doc[list!], i);
  // a pointer to nothing (a list item that is not there) names nothing
  if (item === undefined) return undefined;
  const j = index(b);
  switch (list) {
    case 'partners': {
      if (s.length === 2) return partnerName(doc, i, t);
      if (sub === 'units' && j !== undefined) {
        if (!isRecord(item) || at(item.units, j) === undefined) return undefined;
        if (s.length === 4) return unitName(doc, i, j, t);
        const k = index(c);
        if (subsub === 'contacts' && k !== undefined && s.length === 6) {
          const u = isRecord(item) ? at(item.units, j) : undefined;
          const contact = isRecord(u) ? at(u.contacts, k) : undefined;
          return t.names.contact(k + 1, isRecord(contact) ? str(contact.name) : undefined, unitName(doc, i, j, t));
        }
        return undefined;
      }
      if ((sub === 'contacts' || sub === 'signatories') && j !== undefined && s.length === 4) {
        const entry = isRecord(item) ? at(item[sub], j) : undefined;
        if (entry === undefined) return undefined;
        const name = isRecord(entry) ? str(entry.name) : undefined;
        return sub === 'contacts' ? t.names.contact(j + 1, name, partnerName(doc, i, t)) : t.names.signatory(j + 1, name, partnerName(doc, i, t));
      }
      return undefined;
    }
    case 'responsibilities': {
      const by = isRecord(item) ? idsIn(item.by).map((id) => refOf(doc, id, t)) : [];
      if (s.length === 2) return t.names.responsibility(i + 1, by);
      if (sub === 'tasks' && j !== undefined && s.length === 4 && isRecord(item) && at(item.tasks, j) !== undefined) return t.names.task(j + 1, by, i + 1);
      return undefined;
    }
    case 'sharedTasks':
      return s.length === 2 ? t.names.sharedTask(i + 1, isRecord(item) && str(item.text) ? short(item.text as string, 40) : undefined) : undefined;
    case 'dataFlows': {
      if (s.length !== 2) return undefined;
      const from = isRecord(item) && typeof item.from === 'string' ? labelOf(doc, item.from, t) : undefined;
      const to = isRecord(item) ? idsIn(item.to).map((id) => labelOf(doc, id, t)) : [];
      return t.names.dataFlow(i + 1, from, to);
    }
    case 'bodies':
      return s.length === 2 ? t.names.body(i + 1, isRecord(item) ? str(item.name) : undefined) : undefined;
    case 'offers':
      return s.length === 2 ? t.names.offer(i + 1, isRecord(item) ? str(item.name) : undefined) : undefined;
    case 'goals': {
      const goal = t.names.goal(i + 1, isRecord(item) && str(item.text) ? short(item.text as string, 40) : undefined);
      if (s.length === 2) return goal;
      if (sub === 'indicators' && j !== undefined && s.length === 4 && isRecord(item) && at(item.indicators, j) !== undefined) return t.names.indicator(j + 1, goal);
      return undefined;
    }
    case 'legalBasis':
      return s.length === 2 ? t.names.legalBasis(i + 1) : undefined;
    case 'annexes':
      return s.length === 2 ? t.names.annex(i + 1) : undefined;
  }
  return undefined;
}

function describe(doc: unknown, pointer: string, t: LanguagePack): string | undefined {
  if (!isRecord(doc)) return undefined;
  const s = pointerSegments(pointer);
  const named = thing(doc, s, t);
  if (named !== undefined) return named;
  // an entry of a list of ids or texts inside a thing: `to`, `by`, `members`, `data`
  const n = index(s.at(-1));
  if (n !== undefined && s.length >= 4) {
    const owner = thing(doc, s.slice(0, -2), t);
    const list = owner !== undefined ? valueAt(doc, s.slice(0, -1)) : undefined;
    if (owner !== undefined && Array.isArray(list) && n < list.length) return t.names.entry(n + 1, s.at(-2)!, owner);
  }
  return undefined;
}

/**
 * The name of the thing at a JSON pointer into an agreement — a partner, unit,
 * contact, task, shared task, data flow, body, offer, goal, indicator, or an
 * entry of a list inside one of them — or undefined when the pointer names
 * nothing of the kind (a key such as `/district`, or `/review`).
 */
export function describePointer(doc: unknown, pointer: string): Text | undefined {
  // which things have names does not depend on the language: ask the reference pack once
  if (describe(doc, pointer, pack(REFERENCE_LANGUAGE)) === undefined) return undefined;
  return (t) => describe(doc, pointer, t)!;
}

/**
 * A name for any place in an agreement: the thing at the pointer
 * (describePointer), else the key with the nearest thing it belongs to
 * ("`statute` in Datenfluss 1 (…)"), else the key path ("`review.intervalMonths`"),
 * and the document as a whole for "".
 */
export function describePlace(doc: unknown, pointer: string): Text {
  return (t) => {
    const s = pointerSegments(pointer);
    if (s.length === 0) return t.names.document;
    const named = describe(doc, pointer, t);
    if (named !== undefined) return named;
    for (let n = s.length - 1; n > 0; n--) {
      const owner = describe(doc, '/' + s.slice(0, n).map(escapePointerSegment).join('/'), t);
      if (owner !== undefined) return t.names.key(s.slice(n).join('.'), owner);
    }
    return `\`${s.join('.')}\``;
  };
}
