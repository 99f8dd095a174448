// Where a schema finding is, named the way the document names it: "Partner 3
// (Diakonie)", "Datenfluss 1 (Jobcenter → JMD)", "Aufgabe 2 von MBE und JMD",
// "Ziel 2" — never a bare list index such as "in `2`". A JSON pointer is read
// against the document it points into: the nearest list entry agree has a
// name for is the thing, the keys below it are the key path (`address.city`).
// The words come from the language pack (diagnostics.schema); this module only
// finds the parts. The engine's describePointer() (the rules' naming) uses the
// same words for the same things.

import { pointerSegments } from '../model/source.js';
import type { SchemaName } from './schema.js';

/** A list entry agree can name; numbers count from 1, as people do. */
export type Thing =
  | { kind: 'partner'; n: number; id?: string; label?: string }
  | { kind: 'unit'; n: number; id?: string; label?: string; of: Thing }
  | { kind: 'contact'; n: number; label?: string; of: Thing }
  | { kind: 'signatory'; n: number; label?: string; of: Thing }
  | { kind: 'responsibility'; n: number; parties: string[] }
  | { kind: 'task'; n: number; label?: string; of: Thing }
  | { kind: 'sharedTask'; n: number; label?: string }
  | { kind: 'dataFlow'; n: number; from?: string; to: string[] }
  | { kind: 'body'; n: number; label?: string }
  | { kind: 'offer'; n: number; label?: string }
  | { kind: 'goal'; n: number }
  | { kind: 'indicator'; n: number; of: Thing }
  /** an entry of another list (`legalBasis`, `data`, `members` …); list is "" for a list that is itself an entry */
  | { kind: 'entry'; n: number; list: string; of?: Thing }
  // the results file
  | { kind: 'resultTask'; id: string }
  | { kind: 'meeting'; id: string }
  | { kind: 'question'; key: string }
  | { kind: 'indicatorResult'; n: number; goal?: number; indicator?: string };

export interface Place {
  /** the named entry the pointer is in, or null above every list */
  thing: Thing | null;
  /** the keys from the thing (or the document) down to the value */
  keys: string[];
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined);

/** a name short enough to stand in a message */
function short(text: string | undefined, max = 40): string | undefined {
  if (text === undefined) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** what a party id stands for in the document: its short name, else its name, else the id */
function partyLabels(doc: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  if (!isRecord(doc) || !Array.isArray(doc.partners)) return labels;
  for (const p of doc.partners) {
    if (!isRecord(p)) continue;
    const id = str(p.id);
    if (id) labels.set(id, short(str(p.shortName) ?? str(p.name), 30) ?? id);
    for (const u of Array.isArray(p.units) ? p.units : []) {
      if (!isRecord(u)) continue;
      const uid = str(u.id);
      if (uid) labels.set(uid, short(str(u.shortName) ?? str(u.name), 30) ?? uid);
    }
  }
  return labels;
}

const isIndex = (s: string) => /^(?:0|[1-9]\d*)$/.test(s);

/** The place a pointer names in a document (an agreement or a results file). */
export function placeOf(schema: SchemaName, doc: unknown, pointer: string): Place {
  const segments = pointerSegments(pointer);
  const labels = schema === 'agreement' ? partyLabels(doc) : new Map<string, string>();
  const party = (id: unknown) => (typeof id === 'string' ? (labels.get(id) ?? id) : undefined);
  let thing: Thing | null = null;
  let keys: string[] = [];
  let value: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const parentKey = keys.at(-1);
    const child = Array.isArray(value) ? value[Number(seg)] : isRecord(value) ? value[seg] : undefined;
    const entry = isRecord(child) ? child : undefined;
    let named: Thing | null = null;
    // a number names a list entry, also where the list is missing (a mapping may have the key "3")
    if (isIndex(seg) && !isRecord(value)) {
      const n = Number(seg) + 1;
      const topLevel = thing === null && keys.length === 1;
      if (schema === 'agreement' && topLevel && parentKey === 'partners') {
        named = { kind: 'partner', n, id: str(entry?.id), label: short(str(entry?.shortName) ?? str(entry?.name)) };
      } else if (schema === 'agreement' && thing?.kind === 'partner' && keys.length === 1 && parentKey === 'units') {
        named = { kind: 'unit', n, id: str(entry?.id), label: short(str(entry?.shortName) ?? str(entry?.name)), of: thing };
      } else if (schema === 'agreement' && (thing?.kind === 'partner' || thing?.kind === 'unit') && keys.length === 1 && parentKey === 'contacts') {
        named = { kind: 'contact', n, label: short(str(entry?.name)), of: thing };
      } else if (schema === 'agreement' && thing?.kind === 'partner' && keys.length === 1 && parentKey === 'signatories') {
        named = { kind: 'signatory', n, label: short(str(entry?.name) ?? str(entry?.role)), of: thing };
      } else if (schema === 'agreement' && topLevel && parentKey === 'responsibilities') {
        const by = entry?.by;
        const ids = (Array.isArray(by) ? by : [by]).filter((b): b is string => typeof b === 'string');
        named = { kind: 'responsibility', n, parties: ids.map((b) => party(b)!) };
      } else if (schema === 'agreement' && thing?.kind === 'responsibility' && keys.length === 1 && parentKey === 'tasks') {
        const label = typeof child === 'string' ? str(child) : (str(entry?.id) ?? str(entry?.text));
        named = { kind: 'task', n, label: short(label, 30), of: thing };
      } else if (schema === 'agreement' && topLevel && parentKey === 'sharedTasks') {
        named = { kind: 'sharedTask', n, label: short(str(entry?.id) ?? str(entry?.text), 30) };
      } else if (schema === 'agreement' && topLevel && parentKey === 'dataFlows') {
        const to = entry?.to;
        named = { kind: 'dataFlow', n, from: party(entry?.from), to: (Array.isArray(to) ? to : [to]).filter((t): t is string => typeof t === 'string').map((t) => party(t)!) };
      } else if (schema === 'agreement' && topLevel && parentKey === 'bodies') {
        named = { kind: 'body', n, label: short(str(entry?.name)) };
      } else if (schema === 'agreement' && topLevel && parentKey === 'offers') {
        named = { kind: 'offer', n, label: short(str(entry?.name)) };
      } else if (schema === 'agreement' && topLevel && parentKey === 'goals') {
        named = { kind: 'goal', n };
      } else if (schema === 'agreement' && thing?.kind === 'goal' && keys.length === 1 && parentKey === 'indicators') {
        named = { kind: 'indicator', n, of: thing };
      } else if (schema === 'review-results' && topLevel && parentKey === 'indicators') {
        named = { kind: 'indicatorResult', n, goal: typeof entry?.goal === 'number' ? entry.goal : undefined, indicator: short(str(entry?.indicator)) };
      } else {
        named = { kind: 'entry', n, list: keys.join('.'), ...(thing ? { of: thing } : {}) };
      }
    } else if (schema === 'review-results' && thing === null && keys.length === 1) {
      // the results file keys its tasks, meetings and questions by id
      if (parentKey === 'tasks') named = { kind: 'resultTask', id: seg };
      else if (parentKey === 'meetings') named = { kind: 'meeting', id: seg };
      else if (parentKey === 'questions') named = { kind: 'question', key: seg };
    }
    if (named) {
      thing = named;
      keys = [];
    } else {
      keys.push(seg);
    }
    value = child;
  }
  return { thing, keys };
}
