// Was die Schemaprüfung sagt (src/check/schema.ts), auf Deutsch: wo ein Wert
// steht, so benannt wie im Dokument (src/check/schema-names.ts), und was an
// ihm falsch ist. Teil des Abschnitts diagnostics.

import type { Place, Thing } from '../../check/schema-names.js';
import type { schema as reference } from '../en/schema.js';

const code = (s: string) => `\`${s}\``;
const quote = (s: string) => `„${s}“`;
const label = (s: string | undefined) => (s ? ` (${s})` : '');

function and(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

type Case = 'nom' | 'dat';

/** „Partner `dw` (Diakonie)“, „Datenfluss 1 (Jobcenter → JMD)“, „Aufgabe 3 von JMD („Erstberatung“)“ */
function thing(x: Thing, c: Case = 'nom'): string {
  switch (x.kind) {
    case 'partner':
      return x.id ? `Partner ${code(x.id)}${label(x.label)}` : `Partner ${x.n}${label(x.label)}`;
    case 'unit':
      return x.id ? `Einheit ${code(x.id)}${label(x.label)}` : `Einheit ${x.n}${label(x.label)} von ${thing(x.of, 'dat')}`;
    case 'contact':
      return `Ansprechperson ${x.n}${label(x.label)} von ${thing(x.of, 'dat')}`;
    case 'signatory':
      return `Unterschrift ${x.n}${label(x.label)} von ${thing(x.of, 'dat')}`;
    case 'responsibility':
      return `Zuständigkeit ${x.n}${label(and(x.parties))}`;
    case 'task': {
      const of = x.of.kind === 'responsibility' && x.of.parties.length > 0 ? and(x.of.parties) : thing(x.of, 'dat');
      return `Aufgabe ${x.n} von ${of}${label(x.label && quote(x.label))}`;
    }
    case 'sharedTask':
      return `${c === 'dat' ? 'gemeinsamer' : 'gemeinsame'} Aufgabe ${x.n}${label(x.label && quote(x.label))}`;
    case 'dataFlow':
      return `Datenfluss ${x.n}${x.from || x.to.length ? ` (${x.from ?? '?'} → ${x.to.length ? and(x.to) : '?'})` : ''}`;
    case 'body':
      return `Gremium ${x.n}${label(x.label)}`;
    case 'offer':
      return `Angebot ${x.n}${label(x.label)}`;
    case 'goal':
      return `Ziel ${x.n}`;
    case 'indicator':
      return `Indikator ${x.n} von ${thing(x.of, 'dat')}`;
    case 'entry':
      return x.list
        ? `Eintrag ${x.n} von ${code(x.list)}${x.of ? ` in ${thing(x.of, 'dat')}` : ''}`
        : `Eintrag ${x.n} von ${x.of ? thing(x.of, 'dat') : 'dem Dokument'}`;
    case 'resultTask':
      return `Aufgabe ${code(x.id)}`;
    case 'meeting':
      return `Treffen zu ${code(x.id)}`;
    case 'question':
      return `Frage ${code(x.key)}`;
    case 'indicatorResult': {
      const parts = [x.goal !== undefined ? code(`goal: ${x.goal}`) : '', x.indicator ? quote(x.indicator) : ''].filter(Boolean);
      return `Indikatorwert ${x.n}${parts.length ? ` (${parts.join(', ')})` : ''}`;
    }
  }
}

/** worum es geht: „`address.city` von Partner 3 (Diakonie)“, „Partner 3 (Diakonie)“, „`review.intervalMonths`“ */
function subject(p: Place): string {
  const keys = p.keys.length > 0 ? code(p.keys.join('.')) : '';
  if (keys && p.thing) return `${keys} von ${thing(p.thing, 'dat')}`;
  if (p.thing) return thing(p.thing);
  return keys || 'das Dokument';
}

/** wo etwas fehlt: „ in `review`“, „ bei Partner 3 (Diakonie)“, „“ für das Dokument */
function container(p: Place): string {
  const keys = p.keys.length > 0 ? code(p.keys.join('.')) : '';
  if (keys && p.thing) return ` in ${keys} von ${thing(p.thing, 'dat')}`;
  if (p.thing) return ` bei ${thing(p.thing, 'dat')}`;
  return keys ? ` in ${keys}` : '';
}

const written = (forAgreement: boolean) => (forAgreement ? ' (nötig für eine schriftliche Vereinbarung, `kind: agreement`)' : '');
const list = (items: string[]) => items.map(code).join(', ');

export const schema: typeof reference = {
  thing: (x) => thing(x),
  subject,
  container,
  value: (v) => {
    if (v === null || v === undefined) return 'leer';
    if (Array.isArray(v)) return 'eine Liste';
    if (typeof v === 'object') return 'eine Abbildung';
    if (typeof v === 'string') return quote(v.length > 40 ? `${v.slice(0, 39)}…` : v);
    return String(v);
  },
  types: {
    string: 'ein Text',
    number: 'eine Zahl',
    integer: 'eine ganze Zahl',
    boolean: 'true oder false',
    array: 'eine Liste (- …)',
    object: 'eine Abbildung (Schlüssel: Wert)',
    null: 'leer (null)',
  },
  or: (names) => names.join(' oder '),
  unknownKey: (key, hint, allowed, where) =>
    `unbekannter Schlüssel ${code(key)}${container(where)}${hint ? ` – meinten Sie ${code(hint)}?` : ''}${allowed.length ? `${hint ? ' Erlaubt' : '; erlaubt'} sind hier: ${list(allowed)}` : ''}`,
  required: (key, where, forAgreement) => `Pflichtangabe ${code(key)} fehlt${container(where)}${written(forAgreement)}`,
  type: (where, expected, shown, quoted) => `${subject(where)} muss ${expected} sein, nicht ${shown}${quoted ? ` – in Anführungszeichen schreiben: ${code(quoted)}` : ''}`,
  enum: (where, shown, allowed, hint) => `${shown} ist für ${subject(where)} nicht erlaubt; erlaubt: ${list(allowed)}${hint ? ` – meinten Sie ${code(hint)}?` : ''}`,
  const: (where, allowed) => `${subject(where)} muss ${allowed} sein`,
  date: (where, shown) => `${shown} ist kein gültiges Datum für ${subject(where)}; schreiben Sie JJJJ-MM-TT, z. B. 2026-07-06`,
  id: (where, shown) =>
    `${shown} ist keine gültige Kennung für ${subject(where)}: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, Beginn mit Buchstabe oder Ziffer, höchstens 64 Zeichen (z. B. \`kreis-dithmarschen\`)`,
  postalCode: (where, shown) => `${shown} ist keine Postleitzahl (${subject(where)}): 5 Ziffern, in Anführungszeichen, z. B. \`"25704"\``,
  email: (where, shown) => `${shown} ist keine gültige E-Mail-Adresse (${subject(where)})`,
  pattern: (where, shown, pattern) => `${shown} hat nicht die Form, die ${subject(where)} braucht (${code(pattern)})`,
  empty: (where) => `${subject(where)} darf nicht leer sein`,
  minLength: (where, limit) => `${subject(where)} braucht mindestens ${limit} Zeichen`,
  maxLength: (where, limit) => `${subject(where)} darf höchstens ${limit} Zeichen haben`,
  minimum: (where, shown, limit) => `${shown} ist für ${subject(where)} zu klein; erlaubt ist mindestens ${limit}`,
  maximum: (where, shown, limit) => `${shown} ist für ${subject(where)} zu groß; erlaubt ist höchstens ${limit}`,
  minItems: (where, limit, forAgreement) => `${subject(where)} braucht mindestens ${limit} ${limit === 1 ? 'Eintrag' : 'Einträge'}${written(forAgreement)}`,
  maxItems: (where, limit) => `${subject(where)} darf höchstens ${limit} ${limit === 1 ? 'Eintrag' : 'Einträge'} haben`,
  uniqueItems: (where, shown) => `${subject(where)} nennt ${shown} mehrmals; jeden Eintrag nur einmal nennen`,
  propertyName: (key, where) => `${code(key)}${container(where)} ist kein gültiger Schlüssel: nur Kleinbuchstaben a–z, Ziffern und Bindestriche (z. B. \`contacts-current\`)`,
  other: (where, keyword) => `${subject(where)} entspricht nicht dem Schema (Regel ${code(keyword)})`,
};
