// The change list as an amendment states it: instructions, one per numbered
// part of the old agreement ("Nummer 2.1 wird wie folgt geändert: a) …"),
// each made of edits that name their place in the OLD document — the
// Spiegelstrich by its position, the Nummer by its number — and quote the NEW
// document's wording. Places and wordings come from the two rendered
// documents (outline.ts), so the amendment says exactly what the
// consolidated agreement will read. Sections that are new are inserted whole,
// sections that are gone are struck out, and the renumbering that follows is
// the last instruction (the other instructions refer to the old numbers, as
// amendments do).

import type { Agreement, Lang, Partner, Unit } from '../model/types.js';
import type { TaskInfo } from '../model/tasks.js';
import { pack } from '../lang/index.js';
import type { Block, DocumentModel } from '../render/document.js';
import type { DocumentWords } from '../render/words.js';
import type { Comparison } from './compare.js';
import { contactRows } from './compare.js';
import { outline, type Outline, type OutlineSection } from './outline.js';
import type { Change } from './types.js';
import type { AmendWords, InsertAt, Named } from './words.js';

export interface Edit {
  /** indices into the change list of what this edit states */
  changes: number[];
  /** the sentence on its own: "In Nummer 2.1 erhält der erste Spiegelstrich folgende Fassung: „…“" */
  alone: string;
  /** the sentence under "Nummer 2.1 wird wie folgt geändert:" */
  inGroup: string;
  /** the new wording that follows the sentence, when it is not quoted in it */
  content: Block[];
  order: number;
}

export interface Instruction {
  heading: string;
  /** "Nummer 2.1 wird wie folgt geändert:" when there are several edits, else null */
  lead: string | null;
  edits: Edit[];
  order: number;
}

export interface Statement {
  instructions: Instruction[];
  /** per change (index into the change list): its sentence, or null when the amendment does not state it */
  sentences: Array<string | null>;
  /** per change: the number of the section it stands in, in the old and the new document (null: the partners, or not there) */
  sections: Array<{ old: string | null; new: string | null }>;
}

interface Ctx {
  oldDoc: Agreement;
  newDoc: Agreement;
  cmp: Comparison;
  a: AmendWords;
  oldWords: DocumentWords;
  newWords: DocumentWords;
  lang: Lang;
  oldLang: Lang;
  oldOutline: Outline;
  newOutline: Outline;
  /** the stated changes of list items by "kind|old|new" (old and new indices, or null) */
  byPlace: Map<string, number[]>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null);

export function stateChanges(oldDoc: Agreement, newDoc: Agreement, cmp: Comparison, models: { old: DocumentModel; new: DocumentModel }, lang: Lang, oldLang: Lang): Statement {
  const t = pack(lang);
  const ctx: Ctx = {
    oldDoc,
    newDoc,
    cmp,
    a: t.amend,
    oldWords: pack(oldLang).document,
    newWords: t.document,
    lang,
    oldLang,
    oldOutline: outline(oldDoc, models.old, pack(oldLang).document),
    newOutline: outline(newDoc, models.new, t.document),
    byPlace: new Map(),
  };
  cmp.changes.forEach((c, i) => {
    if (!c.amends || !('old' in c.place) || c.place.kind === 'unit') return;
    const key = `${c.place.kind}|${c.place.old}|${c.place.new}`;
    const list = ctx.byPlace.get(key);
    if (list) list.push(i);
    else ctx.byPlace.set(key, [i]);
  });
  const instructions: Instruction[] = [];
  const title = titleEdits(ctx);
  if (title.length) instructions.push({ heading: ctx.a.amendment.headings.title, lead: null, edits: title, order: -2 });
  const parties = partyEdits(ctx);
  if (parties.length) instructions.push({ heading: ctx.a.amendment.headings.parties, lead: null, edits: parties, order: -1 });
  instructions.push(...sectionInstructions(ctx));
  instructions.sort((x, y) => x.order - y.order);
  for (const i of instructions) i.edits.sort((x, y) => x.order - y.order);

  const sentences: Array<string | null> = cmp.changes.map(() => null);
  for (const i of instructions) {
    for (const e of i.edits) {
      const text = e.alone + (e.content.length ? ` ${ctx.a.quote(contentText(e.content))}` : '');
      for (const c of e.changes) sentences[c] = sentences[c] ? `${sentences[c]} ${text}` : text;
    }
  }
  const number = (o: Outline, keys: string[]) => (keys.length ? (o.get(keys[0]!)?.number ?? null) : null);
  const sections = cmp.changes.map((c) => ({ old: number(ctx.oldOutline, sectionsOf(ctx, c, 'old')), new: number(ctx.newOutline, sectionsOf(ctx, c, 'new')) }));
  return { instructions, sentences, sections };
}

/** the wording of blocks on one line, for a sentence that quotes it */
function contentText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? b.text : b.type === 'list' ? b.items.map((i) => `– ${i}`).join(' ') : b.rows.map((r) => r.filter(Boolean).join(', ').replace(/\n/g, ', ')).join('; ')))
    .join(' ');
}

// ---- names ----------------------------------------------------------------------

export function named(name: string, short: string | undefined | null, lang: Lang): Named {
  const g = pack(lang).grammar;
  const s = str(short);
  return {
    nom: g.withArticle(name, 'nom'),
    gen: g.withArticle(name, 'gen'),
    dat: g.withArticle(name, 'dat'),
    acc: g.withArticle(name, 'acc'),
    bare: name,
    short: s && !name.includes(s) ? s : null,
  };
}

const partnerNamed = (p: Partner, lang: Lang) => named(str(p.name) ?? p.id, p.shortName, lang);
const unitNamed = (u: Unit, lang: Lang) => named(str(u.name) ?? u.id, u.shortName, lang);

function findChange(cmp: Comparison, test: (c: Change) => boolean): number[] {
  const out: number[] = [];
  cmp.changes.forEach((c, i) => test(c) && out.push(i));
  return out;
}

// ---- title and partners ------------------------------------------------------------

function titleEdits(ctx: Ctx): Edit[] {
  const out: Edit[] = [];
  ctx.cmp.changes.forEach((c, i) => {
    if (c.subject !== 'title') return;
    const title = str(ctx.newDoc.title) ?? (ctx.newDoc.kind === 'informal' ? ctx.newWords.titleProfile : ctx.newWords.titleAgreement);
    const s = ctx.a.titleChanged(ctx.a.quote(title));
    out.push({ changes: [i], alone: s, inGroup: s, content: [], order: i });
  });
  return out;
}

function address(p: Partner | undefined): string | null {
  const a = p?.address;
  if (!a) return null;
  const place = [str(a.postalCode), str(a.city)].filter(Boolean).join(' ');
  return [str(a.street), place].filter(Boolean).join(', ') || null;
}

function partyEdits(ctx: Ctx): Edit[] {
  const { a, lang, oldDoc, newDoc } = ctx;
  const out: Edit[] = [];
  const push = (i: number, s: string) => out.push({ changes: [i], alone: s, inGroup: s, content: [], order: i * 10 + out.length });
  const represented = (p: Partner): { role: string | null; bare: string | null } => {
    const who = str(p.representedBy);
    return { role: who ? pack(lang).grammar.role(who, 'acc') : null, bare: who };
  };
  const representedText = (p: Partner) => {
    const r = represented(p);
    return r.bare ? ctx.newWords.representedBy(r.role, r.bare) : null;
  };
  const unitsOf = (p: Partner) => {
    const units = (Array.isArray(p.units) ? p.units : []).filter((u) => u && typeof u.name === 'string');
    if (units.length === 0) return null;
    const phrases = units.map((u) => {
      const n = unitNamed(u, lang);
      return `${n.dat ?? n.bare}${n.short ? ` (${n.short})` : ''}`;
    });
    return joinList(phrases, lang);
  };
  ctx.cmp.changes.forEach((c, i) => {
    if (c.clause !== 'partners') return;
    const place = c.place;
    if (place.kind === 'partner') {
      const o = place.old !== null ? oldDoc.partners[place.old]! : null;
      const n = place.new !== null ? newDoc.partners[place.new]! : null;
      if (c.change === 'removed' && o) return push(i, a.partnerRemoved(partnerNamed(o, ctx.oldLang)));
      if (c.change === 'added' && n) return push(i, a.partnerAdded(partnerNamed(n, lang), a.partnerDetails(address(n), representedText(n), unitsOf(n))));
      if (!o || !n) return;
      if (c.change === 'replaced') return push(i, a.partnerReplaced(partnerNamed(o, ctx.oldLang), partnerNamed(n, lang), a.partnerDetails(address(n), representedText(n), null)));
      const has = (f: string) => c.fields.some((x) => x.field === f);
      if (has('name')) push(i, a.partnerRenamed(partnerNamed(o, ctx.oldLang), str(n.name) ?? n.id));
      const now = partnerNamed(n, lang);
      if (has('shortName')) push(i, a.partnerShortName(now, str(n.shortName)));
      if (has('address')) push(i, a.partnerAddress(now, address(n)));
      if (has('representedBy')) {
        const r = represented(n);
        push(i, a.partnerRepresented(now, r.role, r.bare));
      }
      if (has('churchLaw')) push(i, a.partnerChurchLaw(now, str(n.churchLaw)));
      return;
    }
    if (place.kind === 'unit') {
      const o = place.old ? oldDoc.partners[place.old[0]]!.units![place.old[1]]! : null;
      const n = place.new ? newDoc.partners[place.new[0]]!.units![place.new[1]]! : null;
      const oldPartner = place.old ? oldDoc.partners[place.old[0]]! : null;
      const newPartner = place.new ? newDoc.partners[place.new[0]]! : null;
      if (c.change === 'removed' && o && oldPartner) return push(i, a.unitRemoved(partnerNamed(oldPartner, ctx.oldLang), unitNamed(o, ctx.oldLang)));
      if (c.change === 'added' && n && newPartner) return push(i, a.unitAdded(partnerNamed(newPartner, lang), unitNamed(n, lang)));
      if (!o || !n || !newPartner || !oldPartner) return;
      if (c.change === 'replaced') push(i, a.unitReplaced(partnerNamed(newPartner, lang), unitNamed(o, ctx.oldLang), unitNamed(n, lang)));
      else if (c.fields.some((x) => x.field === 'name')) push(i, a.unitRenamed(unitNamed(o, ctx.oldLang), str(n.name) ?? n.id));
      if (c.change === 'moved') push(i, a.unitMoved(unitNamed(n, lang), partnerNamed(oldPartner, ctx.oldLang), partnerNamed(newPartner, lang)));
      const unit = unitNamed(n, lang);
      if (c.change !== 'replaced' && c.fields.some((x) => x.field === 'shortName')) push(i, a.partnerShortName(unit, str(n.shortName)));
      if (c.fields.some((x) => x.field === 'targetGroup')) {
        const tg = n.targetGroup;
        const description = str(tg?.description);
        // "von 12 bis 27 Jahren" in the description says the ages already
        const agesSaid = !!description && [tg?.ageMin, tg?.ageMax].every((n) => n === undefined || description.includes(String(n)));
        const text = tg ? [description, agesSaid ? null : ctx.newWords.ages(tg.ageMin, tg.ageMax)].filter(Boolean).join(', ') : '';
        push(i, a.unitTargetGroup(unit, text || null));
      }
      if (c.fields.some((x) => x.field === 'framework')) push(i, a.unitFramework(unit, str(n.framework)));
    }
  });
  return out;
}

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${pack(lang).format.and} ${items.at(-1)}`;
}

// ---- numbered sections -------------------------------------------------------------

function sectionInstructions(ctx: Ctx): Instruction[] {
  const { a, cmp, oldOutline, newOutline } = ctx;
  const out: Instruction[] = [];
  const newKeyOf = (key: string): string | null => {
    const m = /^group:(\d+)$/.exec(key);
    if (m) {
      const j = cmp.groups.get(Number(m[1]));
      return j === undefined ? null : `group:${j}`;
    }
    return key;
  };
  const matched = new Map<string, OutlineSection>();
  const oldOf = new Map<string, OutlineSection>();
  for (const s of oldOutline.sections) {
    const k = newKeyOf(s.key);
    const n = k ? newOutline.get(k) : undefined;
    if (n) {
      matched.set(s.key, n);
      oldOf.set(n.key, s);
    }
  }
  const sectionChanges = (side: 'old' | 'new', key: string) =>
    findChange(cmp, (c) => c.amends && sectionsOf(ctx, c, side).some((k) => k === key || parentOf(ctx, side, k) === key));

  // First what is struck out, by its old number; then the renumbering; then
  // everything else by the new numbers, in the new document's order — so
  // every number an instruction names is the one the text has at that point.
  let order = 0;
  for (const s of oldOutline.sections) {
    if (matched.has(s.key)) continue;
    if (s.parent && !matched.has(s.parent)) continue; // gone with its parent
    out.push({ heading: a.amendment.headings.section(s.number, s.heading), lead: null, edits: [whole(a.sectionRemoved(s.number, s.heading), sectionChanges('old', s.key), 0)], order: order++ });
  }
  const olds: string[] = [];
  const news: string[] = [];
  for (const s of oldOutline.sections) {
    const n = matched.get(s.key);
    if (!n || n.number === s.number) continue;
    // "2.3" → "3.3" follows from "2" → "3"
    const parentMoved = s.parent !== null && matched.get(s.parent)?.number !== oldOutline.get(s.parent)?.number;
    if (parentMoved && s.number.split('.').at(-1) === n.number.split('.').at(-1)) continue;
    olds.push(s.number);
    news.push(n.number);
  }
  if (olds.length) out.push({ heading: a.amendment.headings.renumbering, lead: null, edits: [whole(a.renumbered(olds, news), [], 0)], order: order++ });

  newOutline.sections.forEach((n, index) => {
    const s = oldOf.get(n.key);
    if (s) {
      const edits = editsWithin(ctx, s, n);
      if (edits.length) out.push({ heading: a.amendment.headings.section(n.number, n.heading), lead: edits.length > 1 ? a.changedAsFollows(n.number) : null, edits, order: order++ });
      return;
    }
    if (n.parent && !oldOf.has(n.parent)) return; // inserted with its parent
    const before = newOutline.sections.slice(0, index).filter((x) => x.parent === n.parent).at(-1);
    const content: Block[] = [...n.blocks];
    for (const sub of newOutline.sections.filter((x) => x.parent === n.key)) content.push({ type: 'paragraph', text: `${sub.number} ${sub.heading}` }, ...sub.blocks);
    const sentence = a.sectionInserted(before?.number ?? null, n.number, n.heading);
    out.push({ heading: a.amendment.headings.inserted(n.number, n.heading), lead: null, edits: [{ ...whole(sentence, sectionChanges('new', n.key), 0), content }], order: order++ });
  });
  return out;
}

function whole(sentence: string, changes: number[], order: number): Edit {
  return { changes, alone: sentence, inGroup: sentence, content: [], order };
}

/** the sections (keys) a change concerns in the old or the new document */
function sectionsOf(ctx: Ctx, c: Change, side: 'old' | 'new'): string[] {
  const p = c.place;
  const at = (v: { old: unknown; new: unknown }) => (side === 'old' ? v.old : v.new);
  switch (p.kind) {
    case 'task': {
      const i = at(p) as number | null;
      if (i === null) return [];
      const task: TaskInfo = (side === 'old' ? ctx.cmp.oldTasks : ctx.cmp.newTasks)[i]!;
      return [task.kind === 'shared' ? 'shared' : `group:${task.groupIndex}`];
    }
    case 'group': {
      const i = at(p) as number | null;
      return i === null ? [] : [`group:${i}`];
    }
    case 'dataFlow':
      return at(p) === null ? [] : ['dataProtection'];
    case 'body':
      return at(p) === null ? [] : ['bodies'];
    case 'offer':
      return at(p) === null ? [] : ['offers'];
    case 'goal':
      return at(p) === null ? [] : ['goals'];
    case 'annex':
      return at(p) === null ? [] : ['annexes'];
    case 'contact':
      return at(p) === null ? [] : ['contacts'];
    case 'purpose':
    case 'legalBasis':
      return ['purpose'];
    case 'term':
    case 'amendment':
    case 'review':
      return [p.kind];
    default:
      return [];
  }
}

function parentOf(ctx: Ctx, side: 'old' | 'new', key: string): string | null {
  return (side === 'old' ? ctx.oldOutline : ctx.newOutline).get(key)?.parent ?? null;
}

/** the edits within a section that both documents have */
function editsWithin(ctx: Ctx, s: OutlineSection, n: OutlineSection): Edit[] {
  const { a, cmp } = ctx;
  // the section by its new number: the renumbering comes before these instructions
  const at = a.number(n.number);
  const changesHere = findChange(cmp, (c) => c.amends && (sectionsOf(ctx, c, 'old').includes(s.key) || sectionsOf(ctx, c, 'new').includes(n.key)));
  switch (s.key) {
    case 'purpose':
    case 'term':
    case 'amendment':
    case 'review': {
      if (changesHere.length === 0 || sameBlocks(s.blocks, n.blocks)) return [];
      const single = n.blocks.length === 1 && n.blocks[0]!.type === 'paragraph' ? n.blocks[0].text : null;
      const sentence = a.sectionReplaced(n.number, single !== null ? a.quote(single) : null);
      return [{ changes: changesHere, alone: sentence, inGroup: sentence, content: single !== null ? [] : n.blocks, order: 0 }];
    }
    case 'contacts':
      return contactEdits(ctx, s, n, at);
    case 'shared':
      return listEdits(ctx, s, n, at, {
        kind: 'task',
        olds: ctx.cmp.oldTasks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'shared').map((x) => x.i),
        news: ctx.cmp.newTasks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'shared').map((x) => x.i),
        map: cmp.tasks,
      });
    case 'dataProtection':
    case 'bodies':
    case 'offers':
    case 'goals':
    case 'annexes': {
      const kind = ({ dataProtection: 'dataFlow', bodies: 'body', offers: 'offer', goals: 'goal', annexes: 'annex' } as const)[s.key];
      const listOf = (doc: Agreement) => validIndices(doc, kind);
      return listEdits(ctx, s, n, at, { kind, olds: listOf(ctx.oldDoc), news: listOf(ctx.newDoc), map: cmp.items[kind] });
    }
    default: {
      const m = /^group:(\d+)$/.exec(s.key);
      if (!m) return [];
      const oi = Number(m[1]);
      const ni = Number(/^group:(\d+)$/.exec(n.key)![1]);
      const edits = groupEdits(ctx, s, n, at, oi, ni);
      edits.push(
        ...listEdits(ctx, s, n, at, {
          kind: 'task',
          olds: ctx.cmp.oldTasks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'responsibility' && x.t.groupIndex === oi).map((x) => x.i),
          news: ctx.cmp.newTasks.map((t, i) => ({ t, i })).filter((x) => x.t.kind === 'responsibility' && x.t.groupIndex === ni).map((x) => x.i),
          map: cmp.tasks,
        }),
      );
      return edits;
    }
  }
}

function sameBlocks(a: Block[], b: Block[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** the indices of a list's items as the document renders them */
function validIndices(doc: Agreement, kind: 'dataFlow' | 'body' | 'offer' | 'goal' | 'annex'): number[] {
  const list: unknown[] = (
    kind === 'dataFlow' ? doc.dataFlows : kind === 'body' ? doc.bodies : kind === 'offer' ? doc.offers : kind === 'goal' ? doc.goals : doc.annexes
  ) as unknown[] | undefined ?? [];
  const ok = (v: unknown): boolean => {
    if (kind === 'annex') return str(v) !== null;
    if (!v || typeof v !== 'object') return false;
    const o = v as Record<string, unknown>;
    return kind === 'dataFlow' ? typeof o.from === 'string' : kind === 'goal' ? typeof o.text === 'string' : typeof o.name === 'string';
  };
  return (Array.isArray(list) ? list : []).map((v, i) => (ok(v) ? i : -1)).filter((i) => i >= 0);
}

interface ListSpec {
  kind: 'task' | 'dataFlow' | 'body' | 'offer' | 'goal' | 'annex';
  /** the items of the old list (indices of the old document's tasks, flows …), in order */
  olds: number[];
  news: number[];
  /** old item → new item, for every item in both documents (any list) */
  map: Map<number, number>;
}

/**
 * Edits of one list (the tasks of a party, the data flows …): items struck
 * out, items that read differently, items inserted after the item they
 * follow. Positions count in the old list.
 */
function listEdits(ctx: Ctx, s: OutlineSection, n: OutlineSection, at: string, spec: ListSpec): Edit[] {
  const { a } = ctx;
  const out: Edit[] = [];
  const reverse = new Map([...spec.map].map(([o, x]) => [x, o]));
  const change = (o: number | null, x: number | null) => ctx.byPlace.get(`${spec.kind}|${o}|${x}`) ?? [];
  const oldLines = s.items;
  const newLines = n.items;
  const newPosition = new Map(spec.news.map((x, q) => [x, q]));
  const oldPosition = new Map(spec.olds.map((o, p) => [o, p]));
  spec.olds.forEach((o, p) => {
    const x = spec.map.get(o);
    const q = x === undefined ? -1 : (newPosition.get(x) ?? -1);
    const old = oldLines[p] ?? '';
    if (q < 0) {
      const changes = change(o, x ?? null);
      out.push({ changes, alone: a.removeItem(at, p + 1, a.quote(old)), inGroup: a.removeItem(null, p + 1, a.quote(old)), content: [], order: (p + 1) * 10 });
      return;
    }
    const changes = change(o, x!);
    const now = newLines[q] ?? '';
    if (changes.length === 0 || now === old) return;
    out.push({ changes, alone: a.replaceItem(at, p + 1, a.quote(now)), inGroup: a.replaceItem(null, p + 1, a.quote(now)), content: [], order: (p + 1) * 10 });
  });
  // insertions, grouped by the item they follow
  let pending: { where: InsertAt; order: number; lines: string[]; changes: number[] } | null = null;
  const flush = () => {
    if (!pending) return;
    const one = pending.lines.length === 1;
    const quoted = one ? a.quote(pending.lines[0]!) : null;
    const content: Block[] = one ? [] : [{ type: 'list', items: pending.lines }];
    out.push({
      changes: [...new Set(pending.changes)],
      alone: a.insertItems(at, pending.where, quoted, pending.lines.length),
      inGroup: a.insertItems(null, pending.where, quoted, pending.lines.length),
      content,
      order: pending.order,
    });
    pending = null;
  };
  spec.news.forEach((x, q) => {
    const o = reverse.get(x);
    if (o !== undefined && oldPosition.has(o)) {
      flush();
      return;
    }
    // the nearest item before it that was there before
    let where: InsertAt = spec.olds.length === 0 ? 'end' : 'start';
    let order = 5;
    for (let k = q - 1; k >= 0; k--) {
      const before = reverse.get(spec.news[k]!);
      const p = before === undefined ? -1 : (oldPosition.get(before) ?? -1);
      if (p >= 0) {
        where = p + 1 === spec.olds.length ? 'end' : p + 1;
        order = (p + 1) * 10 + 5;
        break;
      }
    }
    if (spec.olds.length === 0) order = 5;
    const changes = change(o ?? null, x);
    if (pending && pending.where === where) {
      pending.lines.push(newLines[q] ?? '');
      pending.changes.push(...changes);
    } else {
      flush();
      pending = { where, order, lines: [newLines[q] ?? ''], changes };
    }
  });
  flush();
  return out;
}

/** a responsibility's heading (its parties), the sentence that leads into its tasks, and the paragraphs after them */
function groupEdits(ctx: Ctx, s: OutlineSection, n: OutlineSection, at: string, oi: number, ni: number): Edit[] {
  const { a, cmp } = ctx;
  const changes = findChange(cmp, (c) => c.amends && c.subject === 'responsibility' && c.place.kind === 'group' && c.place.old === oi && c.place.new === ni);
  if (changes.length === 0) return [];
  const c = cmp.changes[changes[0]!]!;
  const has = (f: string) => c.fields.some((x) => x.field === f);
  const out: Edit[] = [];
  if (has('by') && s.heading !== n.heading) {
    out.push({ changes, alone: a.replaceHeading(at, a.quote(n.heading)), inGroup: a.replaceHeading(null, a.quote(n.heading)), content: [], order: 1 });
  }
  const listAt = (blocks: Block[]) => blocks.findIndex((b) => b.type === 'list');
  const oldList = listAt(s.blocks);
  const newList = listAt(n.blocks);
  const introOld = oldList > 0 ? s.blocks[0] : undefined;
  const introNew = newList > 0 ? n.blocks[0] : undefined;
  if ((has('intro') || has('by')) && introNew?.type === 'paragraph' && (introOld?.type !== 'paragraph' || introOld.text !== introNew.text)) {
    out.push({ changes, alone: a.replaceIntro(at, a.quote(introNew.text)), inGroup: a.replaceIntro(null, a.quote(introNew.text)), content: [], order: 2 });
  }
  if (has('notes')) {
    const closingOld = oldList >= 0 ? s.blocks.slice(oldList + 1) : [];
    const closingNew = newList >= 0 ? n.blocks.slice(newList + 1) : [];
    if (!sameBlocks(closingOld, closingNew)) {
      const single = closingNew.length === 1 && closingNew[0]!.type === 'paragraph' ? a.quote(closingNew[0].text) : null;
      const content = single === null ? closingNew : [];
      const order = 10_000;
      if (closingNew.length === 0) out.push({ changes, alone: a.removeClosing(at), inGroup: a.removeClosing(null), content: [], order });
      else if (closingOld.length === 0) out.push({ changes, alone: a.addClosing(at, single), inGroup: a.addClosing(null, single), content, order });
      else out.push({ changes, alone: a.replaceClosing(at, single), inGroup: a.replaceClosing(null, single), content, order });
    }
  }
  return out;
}

/** contact persons: taken up, struck out, or with new details — one sentence each */
function contactEdits(ctx: Ctx, s: OutlineSection, n: OutlineSection, at: string): Edit[] {
  const { a, cmp } = ctx;
  const out: Edit[] = [];
  const oldRows = contactRows(ctx.oldDoc);
  const rowText = (cells: string[] | undefined) => {
    if (!cells) return '';
    const [party, ...rest] = cells.map((x) => x.replace(/\n/g, ', '));
    return `${party}: ${rest.filter(Boolean).join(', ')}`;
  };
  cmp.changes.forEach((c, i) => {
    if (!c.amends || c.place.kind !== 'contact') return;
    const { old: o, new: x } = c.place;
    const order = (o ?? x ?? 0) * 10 + (o === null ? 5 : 0);
    if (c.change === 'added' && x !== null) {
      const q = a.quote(rowText(n.rows[x]));
      out.push({ changes: [i], alone: a.contactAdded(at, q), inGroup: a.contactAdded(null, q), content: [], order });
    } else if (c.change === 'removed' && o !== null) {
      const row = s.rows[o];
      const name = row?.[1] ?? str(oldRows[o]?.contact.name) ?? '';
      const party = row?.[0] ?? '';
      out.push({ changes: [i], alone: a.contactRemoved(at, name, party), inGroup: a.contactRemoved(null, name, party), content: [], order });
    } else if (x !== null && o !== null) {
      const row = s.rows[o];
      const q = a.quote(rowText(n.rows[x]));
      out.push({ changes: [i], alone: a.contactChanged(at, row?.[1] ?? '', row?.[0] ?? '', q), inGroup: a.contactChanged(null, row?.[1] ?? '', row?.[0] ?? '', q), content: [], order });
    }
  });
  return out;
}
