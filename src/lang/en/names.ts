// How findings name the things of an agreement (English). English names
// parties without articles in messages: "the contacts of Jobcenter Kiel".

import type { NameWords } from '../names.js';
import { document } from './document.js';

const quote = (s: string) => `"${s}"`;
const join = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const named = (label: string | undefined) => (label ? ` (${label})` : '');
const quoted = (text: string | undefined) => (text ? ` (${quote(text)})` : '');

export const names: NameWords = {
  party: (party) => party.name,
  parties: (parties) => join(parties.map((p) => p.name)),
  partner: (n, id, label) => (id ? `partner \`${id}\`${named(label)}` : `partner ${n}${named(label)}`),
  unit: (n, id, label, partner) => (id ? `unit \`${id}\`${named(label)}` : `unit ${n}${named(label)} of ${partner}`),
  contact: (n, name, of) => `contact ${n}${named(name)} of ${of}`,
  signatory: (n, name, of) => `signatory ${n}${named(name)} of ${of}`,
  responsibility: (n, parties) =>
    parties.length > 0 ? `section ${quote(document.tasksOf(join(parties.map((p) => `the ${p.name}`)), join(parties.map((p) => p.name))))}` : `responsibility ${n}`,
  task: (n, parties, responsibility) => (parties.length > 0 ? `task ${n} of ${join(parties.map((p) => p.name))}` : `task ${n} of responsibility ${responsibility}`),
  sharedTask: (n, text) => `shared task ${n}${quoted(text)}`,
  dataFlow: (n, from, to) => `data flow ${n}${from !== undefined || to.length > 0 ? ` (${from ?? '?'} → ${to.length > 0 ? to.join(', ') : '?'})` : ''}`,
  body: (n, name) => `body ${n}${named(name)}`,
  offer: (n, name) => `offer ${n}${named(name)}`,
  goal: (n, text) => `goal ${n}${quoted(text)}`,
  indicator: (n, goal) => `indicator ${n} of ${goal}`,
  legalBasis: (n) => `legal basis ${n}`,
  annex: (n) => `annex ${n}`,
  entry: (n, key, of) => `entry ${n} of \`${key}\` in ${of}`,
  key: (key, of) => `\`${key}\` of ${of}`,
  quote,
  empty: '(empty)',
  document: 'the document',
};
