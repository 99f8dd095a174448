// Two versions of one agreement → the structural change list (types.ts), in
// document order. Things are matched by what identifies them in the format:
// partners and units by `id`, tasks by their id (given or derived), bodies by
// id or name, offers by name, contacts by name within their party. What is
// left over is matched by kind or wording:
//   - a partner that left and one that joined, of the same `type` (not
//     "other") or at the same address, or with alike names: the new one
//     "replaced" the old one (ARGE → Jobcenter, the legal successor);
//   - a unit of the same partner likewise, by `service`, alike names, or as
//     the only unit that left and the only one that joined (MSB → MBE);
//   - a task, goal, body, offer, annex or data flow by its wording
//     (similarity.ts), so that a reworded task without a fixed id is one
//     "reworded" change and not a removal plus an addition.
// References (by, lead, costBearer, from, to, members …) are compared through
// these pairs: a task of the ARGE that is now a task of the Jobcenter that
// replaced it has not moved.

import type { Agreement, Contact, DataFlow, Partner, Responsibility, Unit } from '../model/types.js';
import { asList, foldToAscii, listTasks, slugify, type TaskInfo } from '../model/tasks.js';
import { MAX_CANDIDATES, OTHER_LIST_THRESHOLD, pairBySimilarity, SAME_LIST_THRESHOLD, similarity, type Candidate } from './similarity.js';
import { CLAUSES, type Attention, type Change, type ChangeKind, type Clause, type FieldChange, type PartyPair, type Place, type Subject, type Value } from './types.js';

export interface Comparison {
  changes: Change[];
  attention: Attention[];
  /** partners and units of the old version and what became of them in the new one */
  parties: PartyPair[];
  /** old task index (listTasks) → new task index, for the tasks in both */
  tasks: Map<number, number>;
  /** old responsibility index → new one, for the groups in both */
  groups: Map<number, number>;
  /** old → new index of paired list items (data flows, bodies, offers, goals, annexes) */
  items: Record<'dataFlow' | 'body' | 'offer' | 'goal' | 'annex', Map<number, number>>;
  /** contacts (in the order of the contact table) paired by name: old row → new row */
  contacts: Map<number, number>;
  oldTasks: TaskInfo[];
  newTasks: TaskInfo[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null);
const fold = (v: unknown): string => (typeof v === 'string' ? foldToAscii(v, ' ') : '');
const arr = <T>(v: T[] | undefined | null): T[] => (Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined) : []);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function withShort(name: unknown, short: unknown): string | null {
  const n = str(name);
  const s = str(short);
  if (!n) return s;
  return s && !n.includes(s) ? `${n} (${s})` : n;
}

function addressText(p: Partner | undefined): string | null {
  const a = p?.address;
  if (!a) return null;
  const place = [str(a.postalCode), str(a.city)].filter(Boolean).join(' ');
  return [str(a.street), place].filter(Boolean).join(', ') || null;
}

function targetGroupText(u: Unit | undefined): string | null {
  const tg = u?.targetGroup;
  if (!tg) return null;
  const ages = tg.ageMin !== undefined && tg.ageMax !== undefined ? `${tg.ageMin}–${tg.ageMax}` : tg.ageMin !== undefined ? `≥ ${tg.ageMin}` : tg.ageMax !== undefined ? `≤ ${tg.ageMax}` : '';
  return [ages, str(tg.description) ?? ''].filter(Boolean).join(', ') || null;
}

/** one row of the contact table: the party (partner or unit) and the contact */
export interface ContactRow {
  party: string;
  contact: Contact;
  pointer: string;
}

/** the contacts in the order the rendered contact table lists them: each partner's own, then its units' */
export function contactRows(doc: Agreement): ContactRow[] {
  const rows: ContactRow[] = [];
  arr(doc.partners).forEach((p, pi) => {
    if (typeof p.id !== 'string') return;
    arr(p.contacts).forEach((c, ci) => {
      if (typeof c.name === 'string') rows.push({ party: p.id, contact: c, pointer: `/partners/${pi}/contacts/${ci}` });
    });
    arr(p.units).forEach((u, ui) => {
      if (typeof u.id !== 'string') return;
      arr(u.contacts).forEach((c, ci) => {
        if (typeof c.name === 'string') rows.push({ party: u.id, contact: c, pointer: `/partners/${pi}/units/${ui}/contacts/${ci}` });
      });
    });
  });
  return rows;
}

interface Indexed<T> {
  index: number;
  value: T;
}

/** the items of a list the renderer shows (the document passed the schema; this keeps hostile leftovers out) */
function items<T>(list: T[] | undefined, valid: (v: T) => boolean): Array<Indexed<T>> {
  const out: Array<Indexed<T>> = [];
  (Array.isArray(list) ? list : []).forEach((value, index) => {
    if (value !== null && value !== undefined && valid(value)) out.push({ index, value });
  });
  return out;
}

/** old → new pairs: first by equal keys (in order), then by wording */
function pairItems<T>(
  olds: Array<Indexed<T>>,
  news: Array<Indexed<T>>,
  key: (v: T, side: 'old' | 'new') => string | null,
  wording: (v: T) => string,
  threshold: (o: T, n: T) => number,
): { pairs: Array<{ old: number; new: number; similarity: number | null }>; removed: number[]; added: number[] } {
  const pairs: Array<{ old: number; new: number; similarity: number | null }> = [];
  const usedNew = new Set<number>();
  const usedOld = new Set<number>();
  for (const o of olds) {
    const k = key(o.value, 'old');
    if (k === null) continue;
    const n = news.find((x) => !usedNew.has(x.index) && key(x.value, 'new') === k);
    if (!n) continue;
    pairs.push({ old: o.index, new: n.index, similarity: null });
    usedOld.add(o.index);
    usedNew.add(n.index);
  }
  const leftOld = olds.filter((o) => !usedOld.has(o.index));
  const leftNew = news.filter((n) => !usedNew.has(n.index));
  const candidates: Candidate[] = [];
  outer: for (const o of leftOld) {
    for (const n of leftNew) {
      if (candidates.length >= MAX_CANDIDATES) break outer;
      candidates.push({ old: o.index, new: n.index, threshold: threshold(o.value, n.value), text: { old: wording(o.value), new: wording(n.value) } });
    }
  }
  for (const p of pairBySimilarity(candidates)) {
    pairs.push({ old: p.old, new: p.new, similarity: round(p.similarity) });
    usedOld.add(p.old);
    usedNew.add(p.new);
  }
  pairs.sort((a, b) => a.new - b.new);
  return {
    pairs,
    removed: olds.filter((o) => !usedOld.has(o.index)).map((o) => o.index),
    added: news.filter((n) => !usedNew.has(n.index)).map((n) => n.index),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function compareAgreements(oldDoc: Agreement, newDoc: Agreement): Comparison {
  const changes: Change[] = [];
  const attention: Attention[] = [];
  const add = (c: Omit<Change, 'fields' | 'similarity' | 'attention' | 'amends' | 'id'> & Partial<Pick<Change, 'fields' | 'similarity' | 'attention' | 'amends' | 'id'>>): number => {
    changes.push({ id: null, fields: [], similarity: null, attention: [], amends: true, ...c });
    return changes.length - 1;
  };
  const field = (out: FieldChange[], name: string, o: Value, n: Value, same?: boolean) => {
    const equal = same ?? JSON.stringify(o) === JSON.stringify(n);
    if (!equal) out.push({ field: name, old: o, new: n });
  };

  // ---- partners and units -------------------------------------------------
  const oldPartners = items(oldDoc.partners, (p) => typeof p.id === 'string');
  const newPartners = items(newDoc.partners, (p) => typeof p.id === 'string');
  const partnerPairs = pairPartners(oldPartners, newPartners);
  const parties: PartyPair[] = [];
  /** old party id → new party id */
  const idMap = new Map<string, string>();
  for (const p of partnerPairs.pairs) {
    const o = oldDoc.partners[p.old]!;
    const n = newDoc.partners[p.new]!;
    const relation = o.id !== n.id ? 'replaced' : str(o.name) !== str(n.name) ? 'renamed' : 'same';
    parties.push({ old: o.id, new: n.id, relation });
    idMap.set(o.id, n.id);
  }
  const unitPairs = pairUnits(oldDoc, newDoc, partnerPairs.pairs);
  for (const u of unitPairs.pairs) {
    const o = oldDoc.partners[u.old[0]]!.units![u.old[1]]!;
    const n = newDoc.partners[u.new[0]]!.units![u.new[1]]!;
    parties.push({ old: o.id, new: n.id, relation: o.id !== n.id ? 'replaced' : str(o.name) !== str(n.name) ? 'renamed' : 'same' });
    idMap.set(o.id, n.id);
  }
  const mapId = (id: unknown): string | null => (typeof id === 'string' ? (idMap.get(id) ?? `\u0000${id}`) : null);
  const mapIds = (ids: unknown): string[] => asList(ids as string | string[]).filter((x): x is string => typeof x === 'string').map((x) => mapId(x)!);
  const rawIds = (ids: unknown): string[] => asList(ids as string | string[]).filter((x): x is string => typeof x === 'string');
  /** a reference that may also be free text (offers' provider and funder) */
  const mapRef = (v: unknown) => (typeof v === 'string' ? (idMap.get(v) ?? v) : null);

  if (str(oldDoc.title) !== str(newDoc.title)) {
    add({ clause: 'title', subject: 'title', change: 'changed', pointer: { old: oldDoc.title ? '/title' : null, new: newDoc.title ? '/title' : null }, old: str(oldDoc.title), new: str(newDoc.title), place: { kind: 'document' } });
  }

  for (const p of partnerPairs.pairs) {
    const o = oldDoc.partners[p.old]!;
    const n = newDoc.partners[p.new]!;
    const fields: FieldChange[] = [];
    if (o.id !== n.id) field(fields, 'id', o.id, n.id);
    field(fields, 'name', str(o.name), str(n.name));
    field(fields, 'shortName', str(o.shortName), str(n.shortName));
    field(fields, 'type', str(o.type), str(n.type));
    field(fields, 'churchLaw', str(o.churchLaw), str(n.churchLaw));
    field(fields, 'representedBy', str(o.representedBy), str(n.representedBy));
    field(fields, 'address', addressText(o), addressText(n));
    const pointer = { old: `/partners/${p.old}`, new: `/partners/${p.new}` };
    const place: Place = { kind: 'partner', old: p.old, new: p.new };
    const id = { old: o.id, new: n.id };
    const names = { old: withShort(o.name, o.shortName), new: withShort(n.name, n.shortName) };
    if (o.id !== n.id) add({ clause: 'partners', subject: 'partner', change: 'replaced', id, pointer, ...names, fields, place });
    else if (fields.length > 0) add({ clause: 'partners', subject: 'partner', change: fields.some((f) => f.field === 'name') ? 'renamed' : 'changed', id, pointer, ...names, fields, place });
    // what only keeps records: not a clause of the agreement
    const record: FieldChange[] = [];
    field(record, 'contactsUpdated', str(o.contactsUpdated), str(n.contactsUpdated));
    const signatories = (x: Partner) => arr(x.signatories).map((s) => [str(s.name), str(s.role)].filter(Boolean).join(', ') || '—');
    field(record, 'signatories', signatories(o), signatories(n));
    if (record.length > 0) add({ clause: 'record', subject: 'partner', change: 'changed', id, pointer, ...names, fields: record, amends: false, place });
  }
  for (const i of partnerPairs.removed) {
    const o = oldDoc.partners[i]!;
    add({ clause: 'partners', subject: 'partner', change: 'removed', id: { old: o.id, new: null }, pointer: { old: `/partners/${i}`, new: null }, old: withShort(o.name, o.shortName), new: null, place: { kind: 'partner', old: i, new: null } });
  }
  for (const j of partnerPairs.added) {
    const n = newDoc.partners[j]!;
    add({ clause: 'partners', subject: 'partner', change: 'added', id: { old: null, new: n.id }, pointer: { old: null, new: `/partners/${j}` }, old: null, new: withShort(n.name, n.shortName), place: { kind: 'partner', old: null, new: j } });
  }

  for (const u of unitPairs.pairs) {
    const o = oldDoc.partners[u.old[0]]!.units![u.old[1]]!;
    const n = newDoc.partners[u.new[0]]!.units![u.new[1]]!;
    const fields: FieldChange[] = [];
    if (o.id !== n.id) field(fields, 'id', o.id, n.id);
    const movedFrom = oldDoc.partners[u.old[0]]!.id;
    const movedTo = newDoc.partners[u.new[0]]!.id;
    field(fields, 'partner', movedFrom, movedTo, idMap.get(movedFrom) === movedTo);
    field(fields, 'name', str(o.name), str(n.name));
    field(fields, 'shortName', str(o.shortName), str(n.shortName));
    field(fields, 'service', str(o.service), str(n.service));
    field(fields, 'targetGroup', targetGroupText(o), targetGroupText(n));
    field(fields, 'framework', str(o.framework), str(n.framework));
    if (fields.length === 0) continue;
    const kind: ChangeKind = o.id !== n.id ? 'replaced' : fields.some((f) => f.field === 'partner') ? 'moved' : fields.some((f) => f.field === 'name') ? 'renamed' : 'changed';
    add({
      clause: 'partners',
      subject: 'unit',
      change: kind,
      id: { old: o.id, new: n.id },
      pointer: { old: `/partners/${u.old[0]}/units/${u.old[1]}`, new: `/partners/${u.new[0]}/units/${u.new[1]}` },
      old: withShort(o.name, o.shortName),
      new: withShort(n.name, n.shortName),
      fields,
      place: { kind: 'unit', old: u.old, new: u.new },
    });
  }
  for (const [pi, ui] of unitPairs.removed) {
    const o = oldDoc.partners[pi]!.units![ui]!;
    // a partner that left takes its units with it: one change says it
    if (partnerPairs.removed.includes(pi)) continue;
    add({ clause: 'partners', subject: 'unit', change: 'removed', id: { old: o.id, new: null }, pointer: { old: `/partners/${pi}/units/${ui}`, new: null }, old: withShort(o.name, o.shortName), new: null, place: { kind: 'unit', old: [pi, ui], new: null } });
  }
  for (const [pj, uj] of unitPairs.added) {
    const n = newDoc.partners[pj]!.units![uj]!;
    if (partnerPairs.added.includes(pj)) continue;
    add({ clause: 'partners', subject: 'unit', change: 'added', id: { old: null, new: n.id }, pointer: { old: null, new: `/partners/${pj}/units/${uj}` }, old: null, new: withShort(n.name, n.shortName), place: { kind: 'unit', old: null, new: [pj, uj] } });
  }

  // ---- purpose and legal basis ----------------------------------------------
  if (str(oldDoc.purpose) !== str(newDoc.purpose)) {
    add({ clause: 'purpose', subject: 'purpose', change: oldDoc.purpose === undefined ? 'added' : newDoc.purpose === undefined ? 'removed' : 'reworded', pointer: { old: oldDoc.purpose !== undefined ? '/purpose' : null, new: newDoc.purpose !== undefined ? '/purpose' : null }, old: str(oldDoc.purpose), new: str(newDoc.purpose), place: { kind: 'purpose' } });
  }
  const oldBasis = arr(oldDoc.legalBasis).map(str).filter((x): x is string => x !== null);
  const newBasis = arr(newDoc.legalBasis).map(str).filter((x): x is string => x !== null);
  if (JSON.stringify(oldBasis) !== JSON.stringify(newBasis)) {
    add({
      clause: 'purpose',
      subject: 'legalBasis',
      change: oldBasis.length === 0 ? 'added' : newBasis.length === 0 ? 'removed' : 'changed',
      pointer: { old: oldBasis.length ? '/legalBasis' : null, new: newBasis.length ? '/legalBasis' : null },
      old: oldBasis.join('; ') || null,
      new: newBasis.join('; ') || null,
      fields: [{ field: 'legalBasis', old: oldBasis, new: newBasis }],
      place: { kind: 'legalBasis' },
    });
  }

  // ---- responsibilities: groups, then tasks ----------------------------------
  const oldGroups = items(oldDoc.responsibilities, (r: Responsibility) => typeof r === 'object');
  const newGroups = items(newDoc.responsibilities, (r: Responsibility) => typeof r === 'object');
  const groups = pairGroups(oldGroups, newGroups, mapIds, rawIds);
  const oldTasks = listTasks(oldDoc);
  const newTasks = listTasks(newDoc);
  const sameList = (o: TaskInfo, n: TaskInfo) => (o.kind === 'shared' ? n.kind === 'shared' : n.kind === 'responsibility' && groups.get(o.groupIndex) === n.groupIndex);
  const taskPairs = pairTasks(oldTasks, newTasks, sameList);
  const taskMap = new Map(taskPairs.pairs.map((p) => [p.old, p.new]));
  const oldTaskIdMap = new Map(taskPairs.pairs.map((p) => [oldTasks[p.old]!.id, newTasks[p.new]!.id]));

  const groupLabel = (ids: string[]) => ids.join(', ');
  for (const og of oldGroups) {
    const ng = groups.get(og.index);
    if (ng === undefined) continue;
    const n = newDoc.responsibilities![ng]!;
    const fields: FieldChange[] = [];
    field(fields, 'by', rawIds(og.value.by), rawIds(n.by), sameSet(mapIds(og.value.by), rawIds(n.by)));
    field(fields, 'intro', str(og.value.intro), str(n.intro));
    field(fields, 'notes', str(og.value.notes), str(n.notes));
    if (fields.length === 0) continue;
    add({ clause: 'responsibilities', subject: 'responsibility', change: 'changed', pointer: { old: `/responsibilities/${og.index}`, new: `/responsibilities/${ng}` }, old: groupLabel(rawIds(og.value.by)), new: groupLabel(rawIds(n.by)), fields, place: { kind: 'group', old: og.index, new: ng } });
  }
  const pairedNewGroups = new Set(groups.values());
  for (const og of oldGroups) {
    if (groups.has(og.index)) continue;
    add({ clause: 'responsibilities', subject: 'responsibility', change: 'removed', pointer: { old: `/responsibilities/${og.index}`, new: null }, old: groupLabel(rawIds(og.value.by)), new: null, place: { kind: 'group', old: og.index, new: null } });
  }
  for (const ng of newGroups) {
    if (pairedNewGroups.has(ng.index)) continue;
    add({ clause: 'responsibilities', subject: 'responsibility', change: 'added', pointer: { old: null, new: `/responsibilities/${ng.index}` }, old: null, new: groupLabel(rawIds(ng.value.by)), place: { kind: 'group', old: null, new: ng.index } });
  }

  const taskSubject = (t: TaskInfo): Subject => (t.kind === 'shared' ? 'sharedTask' : 'task');
  const taskChanges: Array<{ index: number; old: TaskInfo | null }> = [];
  // in the order of the new document, removed tasks after
  for (const p of taskPairs.pairs) {
    const o = oldTasks[p.old]!;
    const n = newTasks[p.new]!;
    const fields: FieldChange[] = [];
    const moved = !sameList(o, n);
    if (moved) field(fields, o.kind === 'shared' || n.kind === 'shared' ? 'kind' : 'by', o.kind === 'shared' ? 'sharedTasks' : o.by, n.kind === 'shared' ? 'sharedTasks' : n.by);
    field(fields, 'text', str(o.text), str(n.text));
    field(fields, 'costBearer', str(o.costBearer), str(n.costBearer), mapId(o.costBearer) === (typeof n.costBearer === 'string' ? n.costBearer : null) || (o.costBearer === undefined && n.costBearer === undefined));
    field(fields, 'lead', str(o.lead), str(n.lead), mapId(o.lead) === (typeof n.lead === 'string' ? n.lead : null) || (o.lead === undefined && n.lead === undefined));
    field(fields, 'frequency', str(o.frequency), str(n.frequency));
    if (fields.length === 0) continue;
    const kind: ChangeKind = moved ? 'moved' : fields.some((f) => f.field === 'text') ? 'reworded' : 'changed';
    const index = add({
      clause: 'responsibilities',
      subject: taskSubject(n),
      change: kind,
      id: { old: o.id, new: n.id },
      pointer: { old: o.pointer, new: n.pointer },
      old: str(o.text),
      new: str(n.text),
      fields,
      similarity: p.similarity,
      place: { kind: 'task', old: p.old, new: p.new },
    });
    if (moved) taskChanges.push({ index, old: o });
  }
  for (const j of taskPairs.added) {
    const n = newTasks[j]!;
    add({ clause: 'responsibilities', subject: taskSubject(n), change: 'added', id: { old: null, new: n.id }, pointer: { old: null, new: n.pointer }, old: null, new: str(n.text), place: { kind: 'task', old: null, new: j } });
  }
  for (const i of taskPairs.removed) {
    const o = oldTasks[i]!;
    const index = add({ clause: 'responsibilities', subject: taskSubject(o), change: 'removed', id: { old: o.id, new: null }, pointer: { old: o.pointer, new: null }, old: str(o.text), new: null, place: { kind: 'task', old: i, new: null } });
    taskChanges.push({ index, old: o });
  }

  // a partner that had tasks and has none now: management must see it
  const active = (doc: Agreement) => {
    const ids = new Set<string>();
    for (const r of arr(doc.responsibilities)) for (const id of rawIds(r.by)) ids.add(id);
    for (const t of arr(doc.sharedTasks)) if (typeof t.lead === 'string') ids.add(t.lead);
    return ids;
  };
  const oldActive = active(oldDoc);
  const newActive = active(newDoc);
  const partyIds = (p: Partner) => [p.id, ...arr(p.units).map((u) => u.id)].filter((x): x is string => typeof x === 'string');
  for (const p of partnerPairs.pairs) {
    const o = oldDoc.partners[p.old]!;
    const n = newDoc.partners[p.new]!;
    if (!partyIds(o).some((id) => oldActive.has(id)) || partyIds(n).some((id) => newActive.has(id))) continue;
    const mine = new Set(partyIds(o));
    const responsible = taskChanges.filter((t) => t.old && t.old.by.some((b) => mine.has(b)));
    const groupRemoved = changes.findIndex((c) => c.subject === 'responsibility' && c.change === 'removed' && c.place.kind === 'group' && c.place.old !== null && rawIds(oldDoc.responsibilities![c.place.old]!.by).some((b) => mine.has(b)));
    const indices = responsible.length > 0 ? responsible.map((t) => t.index) : groupRemoved >= 0 ? [groupRemoved] : [];
    for (const i of indices) if (!changes[i]!.attention.includes('lastTaskRemoved')) changes[i]!.attention.push('lastTaskRemoved');
    if (indices.length > 0) attention.push({ kind: 'lastTaskRemoved', change: indices[0]!, party: n.id });
  }

  // ---- bodies, offers, goals ---------------------------------------------------
  const oldBodies = items(oldDoc.bodies, (b) => typeof b.name === 'string');
  const newBodies = items(newDoc.bodies, (b) => typeof b.name === 'string');
  const bodyKey = (b: { id?: string; name: string }) => (typeof b.id === 'string' ? b.id : slugify(b.name));
  const bodies = pairItems(oldBodies, newBodies, bodyKey, (b) => b.name, () => OTHER_LIST_THRESHOLD);
  const bodyMap = new Map(bodies.pairs.map((p) => [p.old, p.new]));
  listChanges('bodies', 'body', 'bodies', bodies, oldDoc.bodies, newDoc.bodies, (b) => b.name, (b) => ({ old: bodyKey(b), new: null }), (o, n) => {
    const f: FieldChange[] = [];
    field(f, 'name', str(o.name), str(n.name));
    field(f, 'convener', str(o.convener), str(n.convener), mapId(o.convener) === (typeof n.convener === 'string' ? n.convener : null) || (o.convener === undefined && n.convener === undefined));
    field(f, 'members', rawIds(o.members), rawIds(n.members), sameSet(mapIds(o.members), rawIds(n.members)));
    field(f, 'frequency', str(o.frequency), str(n.frequency));
    field(f, 'purpose', str(o.purpose), str(n.purpose));
    return f;
  }, (o, n) => ({ old: bodyKey(o), new: bodyKey(n) }));

  const oldOffers = items(oldDoc.offers, (o) => typeof o.name === 'string');
  const newOffers = items(newDoc.offers, (o) => typeof o.name === 'string');
  const offers = pairItems(oldOffers, newOffers, (o) => fold(o.name), (o) => o.name, () => OTHER_LIST_THRESHOLD);
  const offerMap = new Map(offers.pairs.map((p) => [p.old, p.new]));
  listChanges('offers', 'offer', 'offers', offers, oldDoc.offers, newDoc.offers, (o) => o.name, null, (o, n) => {
    const f: FieldChange[] = [];
    field(f, 'name', str(o.name), str(n.name));
    field(f, 'provider', str(o.provider), str(n.provider), str(mapRef(o.provider)) === str(n.provider));
    field(f, 'funder', str(o.funder), str(n.funder), str(mapRef(o.funder)) === str(n.funder));
    field(f, 'description', str(o.description), str(n.description));
    field(f, 'targetGroup', str(o.targetGroup), str(n.targetGroup));
    return f;
  });

  const oldGoals = items(oldDoc.goals, (g) => typeof g.text === 'string');
  const newGoals = items(newDoc.goals, (g) => typeof g.text === 'string');
  const goals = pairItems(oldGoals, newGoals, (g) => fold(g.text), (g) => g.text, () => SAME_LIST_THRESHOLD);
  const goalMap = new Map(goals.pairs.map((p) => [p.old, p.new]));
  listChanges('goals', 'goal', 'goals', goals, oldDoc.goals, newDoc.goals, (g) => g.text, null, (o, n) => {
    const f: FieldChange[] = [];
    field(f, 'text', str(o.text), str(n.text));
    const oi = arr(o.indicators).map(str).filter((x): x is string => x !== null);
    const ni = arr(n.indicators).map(str).filter((x): x is string => x !== null);
    field(f, 'indicators', oi, ni);
    return f;
  });

  // ---- contacts ------------------------------------------------------------------
  const oldRows = contactRows(oldDoc);
  const newRows = contactRows(newDoc);
  const contactMap = new Map<number, number>();
  const usedNewRows = new Set<number>();
  // new rows by party and folded name, each taken once
  const rowsByKey = new Map<string, number[]>();
  newRows.forEach((n, j) => {
    const key = `${n.party}\u0000${fold(n.contact.name)}`;
    const list = rowsByKey.get(key);
    if (list) list.push(j);
    else rowsByKey.set(key, [j]);
  });
  oldRows.forEach((o, i) => {
    const party = idMap.get(o.party);
    if (party === undefined) return;
    const j = rowsByKey.get(`${party}\u0000${fold(o.contact.name)}`)?.find((k) => !usedNewRows.has(k));
    if (j === undefined) return;
    contactMap.set(i, j);
    usedNewRows.add(j);
  });
  const contactLabel = (r: ContactRow) => `${str(r.contact.name) ?? ''} (${r.party})`;
  const contactOf = new Map([...contactMap].map(([o, n]) => [n, o]));
  newRows.forEach((n, j) => {
    const i = contactOf.get(j);
    if (i === undefined) {
      add({ clause: 'contacts', subject: 'contact', change: 'added', pointer: { old: null, new: n.pointer }, old: null, new: contactLabel(n), place: { kind: 'contact', old: null, new: j } });
      return;
    }
    const o = oldRows[i]!;
    const fields: FieldChange[] = [];
    field(fields, 'name', str(o.contact.name), str(n.contact.name));
    for (const k of ['role', 'topic', 'phone', 'email'] as const) field(fields, k, str(o.contact[k]), str(n.contact[k]));
    if (fields.length === 0) return;
    add({ clause: 'contacts', subject: 'contact', change: 'changed', pointer: { old: o.pointer, new: n.pointer }, old: contactLabel(o), new: contactLabel(n), fields, place: { kind: 'contact', old: i, new: j } });
  });
  oldRows.forEach((o, i) => {
    if (contactMap.has(i)) return;
    add({ clause: 'contacts', subject: 'contact', change: 'removed', pointer: { old: o.pointer, new: null }, old: contactLabel(o), new: null, place: { kind: 'contact', old: i, new: null } });
  });

  // ---- data flows -------------------------------------------------------------------
  const oldFlows = items(oldDoc.dataFlows, (f: DataFlow) => typeof f.from === 'string');
  const newFlows = items(newDoc.dataFlows, (f: DataFlow) => typeof f.from === 'string');
  const flowText = (f: DataFlow) => [...arr(f.data), f.purpose ?? ''].join(' ');
  const endpoints = (f: DataFlow, side: 'old' | 'new') => (side === 'old' ? [mapId(f.from), ...mapIds(f.to).sort()] : [f.from, ...rawIds(f.to).sort()]).join(' ');
  const flowDescription = (f: DataFlow) => `${f.from} → ${rawIds(f.to).join(', ')}: ${arr(f.data).map((d) => str(d)).filter(Boolean).join('; ')}`;
  const flows = pairItems(
    oldFlows,
    newFlows,
    () => null,
    flowText,
    (o, n) => (endpoints(o, 'old') === endpoints(n, 'new') ? 0 : OTHER_LIST_THRESHOLD),
  );
  const flowMap = new Map(flows.pairs.map((p) => [p.old, p.new]));
  for (const p of flows.pairs) {
    const o = oldDoc.dataFlows![p.old]!;
    const n = newDoc.dataFlows![p.new]!;
    const f: FieldChange[] = [];
    field(f, 'from', o.from, n.from, mapId(o.from) === n.from);
    field(f, 'to', rawIds(o.to), rawIds(n.to), sameSet(mapIds(o.to), rawIds(n.to)));
    const od = arr(o.data).map(str).filter((x): x is string => x !== null);
    const nd = arr(n.data).map(str).filter((x): x is string => x !== null);
    field(f, 'data', od, nd);
    field(f, 'purpose', str(o.purpose), str(n.purpose));
    field(f, 'legalBasis', str(o.legalBasis), str(n.legalBasis));
    field(f, 'consentForm', str(o.consentForm), str(n.consentForm));
    field(f, 'statute', str(o.statute), str(n.statute));
    field(f, 'task', str(o.task), str(n.task), (o.task === undefined && n.task === undefined) || (typeof o.task === 'string' && oldTaskIdMap.get(o.task) === n.task));
    if (f.length === 0) continue;
    const flags: Change['attention'] = [];
    const oldFolded = new Set(od.map(fold));
    if (nd.some((d) => !oldFolded.has(fold(d)))) flags.push('dataItemsAdded');
    if (f.some((x) => x.field === 'legalBasis' || x.field === 'statute')) flags.push('legalBasisChanged');
    // a new basis says it all: the consent form of a flow that is now by statute is no news of its own
    if (f.some((x) => x.field === 'consentForm') && o.legalBasis === 'consent' && n.legalBasis === 'consent') flags.push('consentFormChanged');
    const index = add({ clause: 'dataProtection', subject: 'dataFlow', change: 'changed', pointer: { old: `/dataFlows/${p.old}`, new: `/dataFlows/${p.new}` }, old: flowDescription(o), new: flowDescription(n), fields: f, similarity: p.similarity, attention: flags, place: { kind: 'dataFlow', old: p.old, new: p.new } });
    for (const kind of flags) attention.push({ kind, change: index, party: n.from });
  }
  for (const j of flows.added) {
    const n = newDoc.dataFlows![j]!;
    const index = add({ clause: 'dataProtection', subject: 'dataFlow', change: 'added', pointer: { old: null, new: `/dataFlows/${j}` }, old: null, new: flowDescription(n), attention: ['dataFlowAdded'], place: { kind: 'dataFlow', old: null, new: j } });
    attention.push({ kind: 'dataFlowAdded', change: index, party: n.from });
  }
  for (const i of flows.removed) {
    const o = oldDoc.dataFlows![i]!;
    add({ clause: 'dataProtection', subject: 'dataFlow', change: 'removed', pointer: { old: `/dataFlows/${i}`, new: null }, old: flowDescription(o), new: null, place: { kind: 'dataFlow', old: i, new: null } });
  }

  // ---- term, amendment, review --------------------------------------------------------
  {
    const o = oldDoc.term;
    const n = newDoc.term;
    const f: FieldChange[] = [];
    field(f, 'from', str(o?.from), str(n?.from));
    field(f, 'until', str(o?.until), str(n?.until));
    field(f, 'noticeMonths', numberOrNull(o?.noticeMonths), numberOrNull(n?.noticeMonths));
    if (f.length > 0 || (o === undefined) !== (n === undefined)) {
      add({ clause: 'term', subject: 'term', change: o === undefined ? 'added' : n === undefined ? 'removed' : 'changed', pointer: { old: o ? '/term' : null, new: n ? '/term' : null }, old: null, new: null, fields: f, place: { kind: 'term' } });
    }
  }
  {
    const written = (d: Agreement) => d.amendment?.writtenRequest !== false;
    if (written(oldDoc) !== written(newDoc)) {
      add({ clause: 'amendment', subject: 'amendment', change: 'changed', pointer: { old: oldDoc.amendment ? '/amendment' : null, new: newDoc.amendment ? '/amendment' : null }, old: null, new: null, fields: [{ field: 'writtenRequest', old: written(oldDoc), new: written(newDoc) }], place: { kind: 'amendment' } });
    }
  }
  {
    const o = oldDoc.review;
    const n = newDoc.review;
    const f: FieldChange[] = [];
    field(f, 'intervalMonths', numberOrNull(o?.intervalMonths), numberOrNull(n?.intervalMonths));
    field(f, 'owner', str(o?.owner), str(n?.owner), mapId(o?.owner) === (typeof n?.owner === 'string' ? n.owner : null) || (o?.owner === undefined && n?.owner === undefined));
    const pointer = { old: o ? '/review' : null, new: n ? '/review' : null };
    if (f.length > 0) add({ clause: 'review', subject: 'review', change: o === undefined ? 'added' : n === undefined ? 'removed' : 'changed', pointer, old: null, new: null, fields: f, place: { kind: 'review' } });
    const record: FieldChange[] = [];
    field(record, 'lastReview', str(o?.lastReview), str(n?.lastReview));
    field(record, 'next', str(o?.next), str(n?.next));
    if (record.length > 0) add({ clause: 'record', subject: 'review', change: 'changed', pointer, old: null, new: null, fields: record, amends: false, place: { kind: 'review' } });
  }

  // ---- annexes ------------------------------------------------------------------------
  const oldAnnexes = items(oldDoc.annexes, (a) => typeof a === 'string');
  const newAnnexes = items(newDoc.annexes, (a) => typeof a === 'string');
  const annexes = pairItems(oldAnnexes, newAnnexes, (a) => fold(a), (a) => a, () => OTHER_LIST_THRESHOLD);
  const annexMap = new Map(annexes.pairs.map((p) => [p.old, p.new]));
  listChanges('annexes', 'annex', 'annexes', annexes, oldDoc.annexes, newDoc.annexes, (a) => a, null, (o, n) => {
    const f: FieldChange[] = [];
    field(f, 'text', str(o), str(n));
    return f;
  });

  // ---- what only keeps records ------------------------------------------------------------
  if (str(oldDoc.district) !== str(newDoc.district)) {
    add({ clause: 'record', subject: 'district', change: 'changed', pointer: { old: '/district', new: '/district' }, old: str(oldDoc.district), new: str(newDoc.district), amends: false, place: { kind: 'document' } });
  }
  if (str(oldDoc.version) !== str(newDoc.version)) {
    add({ clause: 'record', subject: 'version', change: 'changed', pointer: { old: '/version', new: '/version' }, old: str(oldDoc.version), new: str(newDoc.version), amends: false, place: { kind: 'document' } });
  }

  // document order: by clause; within a list by the new position, a removed item after the one it followed
  const order = new Map(changes.map((c, i) => [c, i]));
  const clauseOrder = (c: Clause) => CLAUSES.indexOf(c);
  const itemMaps: Record<string, Map<number, number>> = { dataFlow: flowMap, body: bodyMap, offer: offerMap, goal: goalMap, annex: annexMap, contact: contactMap, task: taskMap };
  const firstTaskOf = (group: number) => {
    const j = newTasks.findIndex((t) => t.kind === 'responsibility' && t.groupIndex >= group);
    return j < 0 ? newTasks.length : j;
  };
  const positionOf = (c: Change): number | null => {
    const p = c.place;
    if (p.kind === 'group') {
      if (p.new !== null) return firstTaskOf(p.new) - 0.25;
      const mine = oldTasks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'responsibility' && x.t.groupIndex === p.old);
      return Math.min(-0.5, ...mine.map((x) => listPosition(x.i, null, taskMap))) - 0.25;
    }
    const map = itemMaps[p.kind];
    if (!map || !('old' in p)) return null;
    return listPosition(p.old as number | null, p.new as number | null, map);
  };
  const sorted = [...changes].sort((a, b) => {
    const byClause = clauseOrder(a.clause) - clauseOrder(b.clause);
    if (byClause !== 0) return byClause;
    const pa = positionOf(a);
    const pb = positionOf(b);
    return (pa !== null && pb !== null ? pa - pb : 0) || order.get(a)! - order.get(b)!;
  });
  const newIndex = new Map(sorted.map((c, i) => [order.get(c)!, i]));
  for (const a of attention) a.change = newIndex.get(a.change)!;
  attention.sort((a, b) => a.change - b.change);

  return {
    changes: sorted,
    attention,
    parties,
    tasks: taskMap,
    groups,
    items: { dataFlow: flowMap, body: bodyMap, offer: offerMap, goal: goalMap, annex: annexMap },
    contacts: contactMap,
    oldTasks,
    newTasks,
  };

  /** the changes of a list of items (bodies, offers, goals, annexes): added, changed, removed */
  function listChanges<T>(
    clause: Clause,
    subject: 'body' | 'offer' | 'goal' | 'annex',
    key: string,
    paired: ReturnType<typeof pairItems<T>>,
    oldList: T[] | undefined,
    newList: T[] | undefined,
    wording: (v: T) => string,
    idOf: ((v: T) => { old: string | null; new: string | null }) | null,
    compare: (o: T, n: T) => FieldChange[],
    pairId?: (o: T, n: T) => { old: string | null; new: string | null },
  ): void {
    for (const p of paired.pairs) {
      const o = oldList![p.old]!;
      const n = newList![p.new]!;
      const f = compare(o, n);
      if (f.length === 0) continue;
      const reworded = f.some((x) => x.field === 'text' || x.field === 'name');
      add({
        clause,
        subject,
        change: reworded ? (subject === 'body' || subject === 'offer' ? 'renamed' : 'reworded') : 'changed',
        id: pairId ? pairId(o, n) : null,
        pointer: { old: `/${key}/${p.old}`, new: `/${key}/${p.new}` },
        old: str(wording(o)),
        new: str(wording(n)),
        fields: f,
        similarity: p.similarity,
        place: { kind: subject, old: p.old, new: p.new },
      });
    }
    for (const j of paired.added) {
      const n = newList![j]!;
      add({ clause, subject, change: 'added', id: idOf ? { old: null, new: idOf(n).old } : null, pointer: { old: null, new: `/${key}/${j}` }, old: null, new: str(wording(n)), place: { kind: subject, old: null, new: j } });
    }
    for (const i of paired.removed) {
      const o = oldList![i]!;
      add({ clause, subject, change: 'removed', id: idOf ? idOf(o) : null, pointer: { old: `/${key}/${i}`, new: null }, old: str(wording(o)), new: null, place: { kind: subject, old: i, new: null } });
    }
  }
}

/** where an item stands in the new list; a removed one just after the item before it that stayed */
function listPosition(oldIndex: number | null, newIndex: number | null, map: Map<number, number>): number {
  if (newIndex !== null) return newIndex;
  for (let k = (oldIndex ?? 0) - 1; k >= 0; k--) {
    const n = map.get(k);
    if (n !== undefined) return n + 0.5;
  }
  return -0.5;
}

// ---- pairing ------------------------------------------------------------------

function pairPartners(olds: Array<Indexed<Partner>>, news: Array<Indexed<Partner>>) {
  return pairItems(
    olds,
    news,
    (p) => p.id,
    (p) => p.name ?? p.id,
    (o, n) => (sameKind(o.type, n.type) || (addressText(o) !== null && fold(addressText(o)) === fold(addressText(n))) ? 0 : OTHER_LIST_THRESHOLD),
  );
}

const sameKind = (a: unknown, b: unknown) => typeof a === 'string' && a === b && a !== 'other';

function pairUnits(oldDoc: Agreement, newDoc: Agreement, partnerPairs: Array<{ old: number; new: number }>) {
  type At = [number, number];
  const all = (doc: Agreement) => {
    const out: Array<{ at: At; unit: Unit }> = [];
    arr(doc.partners).forEach((p, pi) => arr(p.units).forEach((u, ui) => typeof u.id === 'string' && out.push({ at: [pi, ui], unit: u })));
    return out;
  };
  const olds = all(oldDoc);
  const news = all(newDoc);
  const pairs: Array<{ old: At; new: At }> = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  olds.forEach((o, i) => {
    const j = news.findIndex((n, k) => !usedNew.has(k) && n.unit.id === o.unit.id);
    if (j < 0) return;
    pairs.push({ old: o.at, new: news[j]!.at });
    usedOld.add(i);
    usedNew.add(j);
  });
  // what is left within a partner that stayed (or was replaced): by service, name, or as the one left on each side
  for (const pp of partnerPairs) {
    const leftOld = olds.map((o, i) => ({ ...o, i })).filter((o) => !usedOld.has(o.i) && o.at[0] === pp.old);
    const leftNew = news.map((n, k) => ({ ...n, k })).filter((n) => !usedNew.has(n.k) && n.at[0] === pp.new);
    const only = leftOld.length === 1 && leftNew.length === 1;
    const candidates: Candidate[] = [];
    for (const o of leftOld) {
      for (const n of leftNew) {
        if (candidates.length >= MAX_CANDIDATES) break;
        candidates.push({ old: o.i, new: n.k, threshold: only || sameKind(o.unit.service, n.unit.service) ? 0 : OTHER_LIST_THRESHOLD, text: { old: o.unit.name ?? '', new: n.unit.name ?? '' } });
      }
    }
    for (const p of pairBySimilarity(candidates)) {
      pairs.push({ old: olds[p.old]!.at, new: news[p.new]!.at });
      usedOld.add(p.old);
      usedNew.add(p.new);
    }
  }
  return {
    pairs,
    removed: olds.filter((_, i) => !usedOld.has(i)).map((o) => o.at),
    added: news.filter((_, k) => !usedNew.has(k)).map((n) => n.at),
  };
}

/** groups of responsibilities: by the same parties (through the party pairs), else by parties in common */
function pairGroups(
  olds: Array<Indexed<Responsibility>>,
  news: Array<Indexed<Responsibility>>,
  mapIds: (ids: unknown) => string[],
  rawIds: (ids: unknown) => string[],
): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const o of olds) {
    const n = news.find((x) => !used.has(x.index) && sameSet(mapIds(o.value.by), rawIds(x.value.by)));
    if (!n) continue;
    out.set(o.index, n.index);
    used.add(n.index);
  }
  const scored: Array<{ o: number; n: number; score: number }> = [];
  for (const o of olds) {
    if (out.has(o.index)) continue;
    const mine = new Set(mapIds(o.value.by));
    for (const n of news) {
      if (used.has(n.index)) continue;
      const theirs = rawIds(n.value.by);
      const common = theirs.filter((x) => mine.has(x)).length;
      if (common > 0) scored.push({ o: o.index, n: n.index, score: common / new Set([...mine, ...theirs]).size });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n);
  for (const s of scored) {
    if (out.has(s.o) || used.has(s.n)) continue;
    out.set(s.o, s.n);
    used.add(s.n);
  }
  return out;
}

function pairTasks(olds: TaskInfo[], news: TaskInfo[], sameList: (o: TaskInfo, n: TaskInfo) => boolean) {
  const pairs: Array<{ old: number; new: number; similarity: number | null }> = [];
  const byId = new Map(news.map((t, j) => [t.id, j]));
  const usedNew = new Set<number>();
  const usedOld = new Set<number>();
  olds.forEach((o, i) => {
    const j = byId.get(o.id);
    if (j === undefined || usedNew.has(j)) return;
    pairs.push({ old: i, new: j, similarity: null });
    usedOld.add(i);
    usedNew.add(j);
  });
  const candidates: Candidate[] = [];
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    news.forEach((n, j) => {
      if (usedNew.has(j) || candidates.length >= MAX_CANDIDATES) return;
      candidates.push({ old: i, new: j, threshold: sameList(o, n) ? SAME_LIST_THRESHOLD : OTHER_LIST_THRESHOLD, text: { old: o.text, new: n.text } });
    });
  });
  for (const p of pairBySimilarity(candidates)) {
    pairs.push({ old: p.old, new: p.new, similarity: round(p.similarity) });
    usedOld.add(p.old);
    usedNew.add(p.new);
  }
  pairs.sort((a, b) => a.new - b.new);
  return {
    pairs,
    removed: olds.map((_, i) => i).filter((i) => !usedOld.has(i)),
    added: news.map((_, j) => j).filter((j) => !usedNew.has(j)),
  };
}

export { similarity };
