// How findings name the things of an agreement (German). Parties take their
// article in the case the sentence needs ("des Jobcenters Kiel"); where the
// declension is unsure of a name, a noun carries the case ("des Partners Foo"),
// so the sentence stays grammatical with the bare name.

import type { Case } from '../types.js';
import type { NameWords, PartyRef } from '../names.js';
import { declineName } from './declension.js';
import { document } from './document.js';

const quote = (s: string) => `„${s}“`;
const join = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`);
const named = (label: string | undefined) => (label ? ` (${label})` : '');
const quoted = (text: string | undefined) => (text ? ` (${quote(text)})` : '');

/** the noun that carries the case before a name the grammar is unsure of */
const NOUN: Record<PartyRef['kind'], Record<Case, string>> = {
  partner: { nom: 'der Partner', gen: 'des Partners', dat: 'dem Partner', acc: 'den Partner' },
  unit: { nom: 'die Einheit', gen: 'der Einheit', dat: 'der Einheit', acc: 'die Einheit' },
};

const party = (p: PartyRef, c: Case): string => declineName(p.name, c) ?? `${NOUN[p.kind][c]} ${p.name}`;

export const names: NameWords = {
  party,
  parties: (parties, c) => join(parties.map((p) => party(p, c))),
  partner: (n, id, label) => (id ? `Partner \`${id}\`${named(label)}` : `Partner ${n}${named(label)}`),
  unit: (n, id, label, partner) => (id ? `Einheit \`${id}\`${named(label)}` : `Einheit ${n}${named(label)} von ${partner}`),
  contact: (n, name, of) => `Ansprechperson ${n}${named(name)} bei ${of}`,
  signatory: (n, name, of) => `Unterzeichnende Person ${n}${named(name)} bei ${of}`,
  responsibility: (n, parties) => {
    if (parties.length === 0) return `Zuständigkeit ${n}`;
    // the heading the rendered document gives the section
    const gen = parties.map((p) => declineName(p.name, 'gen'));
    const heading = document.tasksOf(gen.every((g) => g !== null) ? join(gen as string[]) : null, join(parties.map((p) => p.name)));
    return `Abschnitt ${quote(heading)}`;
  },
  task: (n, parties, responsibility) =>
    parties.length > 0 ? `Aufgabe ${n} ${join(parties.map((p) => party(p, 'gen')))}` : `Aufgabe ${n} in Zuständigkeit ${responsibility}`,
  sharedTask: (n, text) => `Gemeinsame Aufgabe ${n}${quoted(text)}`,
  dataFlow: (n, from, to) => `Datenfluss ${n}${from !== undefined || to.length > 0 ? ` (${from ?? '?'} → ${to.length > 0 ? to.join(', ') : '?'})` : ''}`,
  body: (n, name) => `Gremium ${n}${named(name)}`,
  offer: (n, name) => `Angebot ${n}${named(name)}`,
  goal: (n, text) => `Ziel ${n}${quoted(text)}`,
  indicator: (n, goal) => `Indikator ${n} zu ${goal}`,
  legalBasis: (n) => `Rechtsgrundlage ${n}`,
  annex: (n) => `Anlage ${n}`,
  entry: (n, key, of) => `Eintrag ${n} von \`${key}\` in ${of}`,
  key: (key, of) => `\`${key}\` in ${of}`,
  quote,
  empty: '(leer)',
  document: 'das Dokument',
};
