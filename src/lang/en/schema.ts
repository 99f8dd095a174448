// What the schema check says (src/check/schema.ts), in English: where a value
// is, named as the document names it (src/check/schema-names.ts), and what is
// wrong with it. Part of the diagnostics section.

import type { Place, Thing } from '../../check/schema-names.js';

const code = (s: string) => `\`${s}\``;
const quote = (s: string) => `"${s}"`;
const label = (s: string | undefined) => (s ? ` (${s})` : '');

function and(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "partner `dw` (Diakonie)", "data flow 1 (Jobcenter → JMD)", "task 3 of JMD ("Erstberatung")" */
function thing(x: Thing): string {
  switch (x.kind) {
    case 'partner':
      return x.id ? `partner ${code(x.id)}${label(x.label)}` : `partner ${x.n}${label(x.label)}`;
    case 'unit':
      return x.id ? `unit ${code(x.id)}${label(x.label)}` : `unit ${x.n}${label(x.label)} of ${thing(x.of)}`;
    case 'contact':
      return `contact ${x.n}${label(x.label)} of ${thing(x.of)}`;
    case 'signatory':
      return `signatory ${x.n}${label(x.label)} of ${thing(x.of)}`;
    case 'responsibility':
      return `responsibility ${x.n}${label(and(x.parties))}`;
    case 'task': {
      const of = x.of.kind === 'responsibility' && x.of.parties.length > 0 ? and(x.of.parties) : thing(x.of);
      return `task ${x.n} of ${of}${label(x.label && quote(x.label))}`;
    }
    case 'sharedTask':
      return `shared task ${x.n}${label(x.label && quote(x.label))}`;
    case 'dataFlow':
      return `data flow ${x.n}${x.from || x.to.length ? ` (${x.from ?? '?'} → ${x.to.length ? and(x.to) : '?'})` : ''}`;
    case 'body':
      return `body ${x.n}${label(x.label)}`;
    case 'offer':
      return `offer ${x.n}${label(x.label)}`;
    case 'goal':
      return `goal ${x.n}`;
    case 'indicator':
      return `indicator ${x.n} of ${thing(x.of)}`;
    case 'entry':
      return x.list ? `entry ${x.n} of ${code(x.list)}${x.of ? ` in ${thing(x.of)}` : ''}` : `entry ${x.n} of ${x.of ? thing(x.of) : 'the document'}`;
    case 'resultTask':
      return `task ${code(x.id)}`;
    case 'meeting':
      return `the meetings of ${code(x.id)}`;
    case 'question':
      return `question ${code(x.key)}`;
    case 'indicatorResult': {
      const parts = [x.goal !== undefined ? code(`goal: ${x.goal}`) : '', x.indicator ? quote(x.indicator) : ''].filter(Boolean);
      return `indicator value ${x.n}${parts.length ? ` (${parts.join(', ')})` : ''}`;
    }
  }
}

/** what a message is about: "`address.city` of partner 3 (Diakonie)", "partner 3 (Diakonie)", "`review.intervalMonths`" */
function subject(p: Place): string {
  const keys = p.keys.length > 0 ? code(p.keys.join('.')) : '';
  if (keys && p.thing) return `${keys} of ${thing(p.thing)}`;
  if (p.thing) return thing(p.thing);
  return keys || 'the document';
}

/** where something is missing: " in `review`", " in partner 3 (Diakonie)", "" for the document */
function container(p: Place): string {
  const keys = p.keys.length > 0 ? code(p.keys.join('.')) : '';
  if (keys && p.thing) return ` in ${keys} of ${thing(p.thing)}`;
  if (p.thing) return ` in ${thing(p.thing)}`;
  return keys ? ` in ${keys}` : '';
}

const written = (forAgreement: boolean) => (forAgreement ? ' (for a written agreement, `kind: agreement`)' : '');
const list = (items: string[]) => items.map(code).join(', ');

export const schema = {
  thing,
  subject,
  container,
  /** a value as the message shows it */
  value: (v: unknown): string => {
    if (v === null || v === undefined) return 'empty';
    if (Array.isArray(v)) return 'a list';
    if (typeof v === 'object') return 'a mapping';
    if (typeof v === 'string') return quote(v.length > 40 ? `${v.slice(0, 39)}…` : v);
    return String(v);
  },
  types: {
    string: 'a text (string)',
    number: 'a number',
    integer: 'a whole number (integer)',
    boolean: 'true or false',
    array: 'a list (- …)',
    object: 'a mapping (key: value)',
    null: 'empty (null)',
  } as Record<string, string>,
  or: (names: string[]): string => names.join(' or '),
  unknownKey: (key: string, hint: string | undefined, allowed: string[], where: Place): string =>
    `unknown key ${code(key)}${container(where)}${hint ? ` – did you mean ${code(hint)}?` : ''}${allowed.length ? `${hint ? ' Allowed' : '; allowed'} here: ${list(allowed)}` : ''}`,
  required: (key: string, where: Place, forAgreement: boolean): string => `required key ${code(key)} is missing${container(where)}${written(forAgreement)}`,
  type: (where: Place, expected: string, shown: string, quoted: string | undefined): string =>
    `${subject(where)} must be ${expected}, not ${shown}${quoted ? ` – write it in quotes: ${code(quoted)}` : ''}`,
  enum: (where: Place, shown: string, allowed: string[], hint: string | undefined): string =>
    `${shown} is not allowed for ${subject(where)}; allowed: ${list(allowed)}${hint ? ` – did you mean ${code(hint)}?` : ''}`,
  const: (where: Place, allowed: string): string => `${subject(where)} must be ${allowed}`,
  date: (where: Place, shown: string): string => `${shown} is not a valid date for ${subject(where)}; write YYYY-MM-DD, e.g. 2026-07-06`,
  id: (where: Place, shown: string): string =>
    `${shown} is not a valid id for ${subject(where)}: lowercase letters a–z, digits and hyphens only, starting with a letter or digit, at most 64 characters (e.g. \`kreis-dithmarschen\`)`,
  postalCode: (where: Place, shown: string): string => `${shown} is not a postal code (${subject(where)}): 5 digits, in quotes, e.g. \`"25704"\``,
  email: (where: Place, shown: string): string => `${shown} is not a valid e-mail address (${subject(where)})`,
  pattern: (where: Place, shown: string, pattern: string): string => `${shown} does not have the form ${subject(where)} needs (${code(pattern)})`,
  empty: (where: Place): string => `${subject(where)} must not be empty`,
  minLength: (where: Place, limit: number): string => `${subject(where)} needs at least ${limit} characters`,
  maxLength: (where: Place, limit: number): string => `${subject(where)} may have at most ${limit} characters`,
  minimum: (where: Place, shown: string, limit: number): string => `${shown} is too small for ${subject(where)}; the least allowed is ${limit}`,
  maximum: (where: Place, shown: string, limit: number): string => `${shown} is too large for ${subject(where)}; the most allowed is ${limit}`,
  minItems: (where: Place, limit: number, forAgreement: boolean): string => `${subject(where)} needs at least ${limit} ${limit === 1 ? 'entry' : 'entries'}${written(forAgreement)}`,
  maxItems: (where: Place, limit: number): string => `${subject(where)} may have at most ${limit} ${limit === 1 ? 'entry' : 'entries'}`,
  uniqueItems: (where: Place, shown: string): string => `${subject(where)} names ${shown} more than once; name each only once`,
  propertyName: (key: string, where: Place): string =>
    `${code(key)}${container(where)} is not a valid key: lowercase letters a–z, digits and hyphens only (e.g. \`contacts-current\`)`,
  other: (where: Place, keyword: string): string => `${subject(where)} does not match the schema (rule ${code(keyword)})`,
};
