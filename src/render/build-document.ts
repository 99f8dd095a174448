// Agreement (the YAML, merged and checked) → DocumentModel, the one model the
// Markdown and PDF renderers lay out. All wording comes from the language pack (render/words.ts);
// German inflection of party names from text/german.ts. Plain text only: each
// renderer escapes for its own output.
//
// Nothing the YAML does not say: a clause (term, notice, amendment, the review
// interval) is written only when the document states it. Lead-ins ("… folgende
// Aufgabenverteilung vereinbart:") only introduce what the YAML lists.
//
// Agreement sections, numbered in this order, empty ones left out:
//   Gegenstand und Zweck · Aufteilung der Zuständigkeiten (one subsection per
//   responsibility, then Gemeinsame Aufgaben) · Gremien · Angebote · Ziele ·
//   Ansprechpersonen · Datenschutz · Laufzeit und Kündigung · Änderungen ·
//   Überprüfung · Anlagen
// Cooperation profile (kind: informal), no signatures:
//   Gegenstand der Zusammenarbeit (if purpose) · Beteiligte · Ansprechpersonen ·
//   Gremien · Angebote · Aufgaben · Ziele · Datenschutz · Überprüfung · Anlagen

import type { Agreement, Contact, DataFlow, Lang, Partner, Responsibility, SharedTask, TaskEntry, Unit } from '../model/types.js';
import { asList, listTasks } from '../model/tasks.js';
import type { DocumentWords } from './words.js';
import { documentLanguage, pack } from '../lang/index.js';
import type { Block, DocumentModel, PartyBlock, Section, SignatureBlock } from './document.js';
import { formatDate, isoDate, joinItems, joinList, numberWord, oneLine, sentence } from './text/format.js';
import { PartyIndex, phraseOf } from './text/parties.js';

interface Ctx {
  doc: Agreement;
  lang: Lang;
  w: DocumentWords;
  parties: PartyIndex;
  profile: boolean;
  /** task id → text, for data flows that name their task */
  taskText: Map<string, string>;
}

type SectionDraft = Omit<Section, 'number'> & { subsections: Array<Omit<Section, 'number'> & { subsections: Section[] }> };

export function buildDocument(doc: Agreement): DocumentModel {
  const lang: Lang = documentLanguage(doc);
  const w = pack(lang).document;
  const profile = doc.kind === 'informal';
  const taskText = new Map<string, string>();
  for (const t of listTasks(doc)) taskText.set(t.id, oneLine(t.text));
  const ctx: Ctx = { doc, lang, w, parties: new PartyIndex(doc, lang), profile, taskText };

  const title = text(doc.title) || (profile ? w.titleProfile : w.titleAgreement);
  const district = text(doc.district);
  const date = formatDate(doc.version, lang);
  const stand = date ? w.stand(date) : '';
  const partners = (doc.partners ?? []).filter((p): p is Partner => !!p && typeof p.id === 'string');
  const partnerNames = partners.map((p) => text(p.name) || p.id);

  const drafts = profile ? profileSections(ctx) : agreementSections(ctx);
  const sections = number(drafts.filter((s) => s.blocks.length > 0 || s.subsections.length > 0));

  // the subject names the partners by their full names: "… zwischen dem Diakonischen Werk Dithmarschen und …"
  const subject = profile
    ? w.subjectProfile(district, joinList(partnerNames, lang))
    : w.subjectAgreement(phraseOf(partnerNames, 'dat', lang), joinList(partnerNames, lang));

  return {
    lang,
    kind: profile ? 'informal' : 'agreement',
    id: doc.id,
    title,
    between: profile ? '' : w.between,
    and: w.and,
    parties: profile ? partners.map((p) => ({ lines: [withShort(p.name, p.shortName)] })) : partners.map((p) => partyBlock(p, w, lang)),
    ...(profile && district ? { subtitle: district } : {}),
    sections,
    stand,
    signatures: profile ? [] : signatures(partners, w, doc.signatureLines === 'combined'),
    footer: [title, district, stand].filter(Boolean).join(' · '),
    pageLabel: w.pageLabel,
    meta: {
      title: district ? `${title} – ${district}` : title,
      subject,
      author: partnerNames.join('; '),
      keywords: keywords(title, district, partners),
      lang,
      date: isoDate(doc.version),
    },
  };
}

function text(v: unknown): string {
  return typeof v === 'string' ? oneLine(v) : '';
}

/** "Name (SHORT)" unless the short name is the name or already in it */
function withShort(name: string, short: string | undefined): string {
  const n = text(name);
  const s = text(short);
  return s && !n.includes(s) ? `${n} (${s})` : n;
}

function partyBlock(p: Partner, w: DocumentWords, lang: Lang): PartyBlock {
  const lines: string[] = [];
  const units = (p.units ?? []).filter((u): u is Unit => !!u && typeof u.name === 'string');
  const addr = p.address;
  const place = addr ? [text(addr.postalCode), text(addr.city)].filter(Boolean).join(' ') : '';
  const represented = p.representedBy ? representedBy(text(p.representedBy), w, lang) : '';
  if (units.length > 0) {
    // like the Dithmarschen agreement: the services first, the organisation as address
    lines.push(joinList(units.map((u) => withShort(u.name, u.shortName)), lang));
    lines.push(w.address(withShort(p.name, p.shortName)));
    if (addr && text(addr.street)) lines.push(text(addr.street));
    if (place) lines.push(place);
    if (represented) lines.push(represented);
  } else {
    lines.push(withShort(p.name, p.shortName));
    if (addr && text(addr.street)) lines.push(w.address(text(addr.street)));
    if (place) lines.push(place);
    // last, as in the block of a partner with services: both blocks read alike
    if (represented) lines.push(represented);
  }
  return { lines };
}

function representedBy(who: string, w: DocumentWords, lang: Lang): string {
  return w.representedBy(pack(lang).grammar.role(who, 'acc'), who);
}

/** " (inner)" — or " – inner" where parentheses would nest */
function addition(body: string, inner: string): string {
  if (!inner) return body;
  return /\)\s*$/.test(body) || inner.includes('(') ? `${body} – ${inner}` : `${body} (${inner})`;
}

/** `combined`: the seed's one line "Datum, Unterschrift (DWD)"; else "Ort, Datum" and "Unterschrift (DWD)", the date asked once */
function signatures(partners: Partner[], w: DocumentWords, combined: boolean): SignatureBlock[] {
  const out: SignatureBlock[] = [];
  for (const p of partners) {
    const signatories = p.signatories && p.signatories.length > 0 ? p.signatories : [{}];
    signatories.forEach((s, i) => {
      out.push({
        partnerId: p.id,
        // form field names must be unique: dwd, or dwd-1, dwd-2 … for several signatories
        fieldId: signatories.length > 1 ? `${p.id}-${i + 1}` : p.id,
        partyName: text(p.name),
        // no invented title: the role given, else "vertreten durch", else a blank to fill in
        role: text(s?.role) || text(p.representedBy),
        signatoryName: text(s?.name),
        placeDateCaption: combined ? '' : w.placeDate,
        signatureCaption: (combined ? w.dateSignatureCaption : w.signatureCaption)(text(p.shortName) || text(p.name)),
      });
    });
  }
  return out;
}

function keywords(title: string, district: string, partners: Partner[]): string {
  const words = [title, district];
  for (const p of partners) {
    words.push(text(p.shortName) || text(p.name));
    for (const u of p.units ?? []) if (u) words.push(text(u.name));
  }
  return [...new Set(words.filter(Boolean))].join(', ');
}

// ---- sections -------------------------------------------------------------

function section(heading: string, blocks: Block[], subsections: SectionDraft['subsections'] = []): SectionDraft {
  return { heading, blocks: blocks.filter(nonEmpty), subsections };
}

function nonEmpty(b: Block): boolean {
  if (b.type === 'paragraph') return b.text !== '';
  if (b.type === 'list') return b.items.length > 0;
  return b.rows.length > 0;
}

const para = (t: string): Block => ({ type: 'paragraph', text: t });
const list = (items: string[]): Block => ({ type: 'list', items: items.filter(Boolean) });

function number(drafts: SectionDraft[]): Section[] {
  return drafts.map((s, i) => ({
    number: String(i + 1),
    heading: s.heading,
    blocks: s.blocks,
    subsections: s.subsections.map((sub, j) => ({ ...sub, number: `${i + 1}.${j + 1}` })),
  }));
}

function agreementSections(ctx: Ctx): SectionDraft[] {
  const { w } = ctx;
  return [
    section(w.sections.purpose, [...paragraphs(ctx.doc.purpose), legalBasis(ctx)]),
    responsibilitiesSection(ctx),
    section(w.sections.bodies, [bodies(ctx)]),
    section(w.sections.offers, [offers(ctx)]),
    goalsSection(ctx),
    contactsSection(ctx),
    dataProtectionSection(ctx),
    termSection(ctx),
    section(w.sections.amendment, [para(amendment(ctx))]),
    section(w.sections.review, ctx.doc.review ? reviewBlocks(ctx) : []),
    section(w.sections.annexes, [list(asList(ctx.doc.annexes).map(text))]),
  ];
}

function profileSections(ctx: Ctx): SectionDraft[] {
  const { w } = ctx;
  return [
    section(w.sections.purposeProfile, [...paragraphs(ctx.doc.purpose), legalBasis(ctx)]),
    section(w.sections.participants, participants(ctx)),
    contactsSection(ctx),
    section(w.sections.bodies, [bodies(ctx)]),
    section(w.sections.offers, [offers(ctx)]),
    responsibilitiesSection(ctx),
    goalsSection(ctx),
    dataProtectionSection(ctx),
    section(w.sections.review, ctx.doc.review ? reviewBlocks(ctx) : []),
    section(w.sections.annexes, [list(asList(ctx.doc.annexes).map(text))]),
  ];
}

/** a text with blank lines as several paragraphs */
function paragraphs(v: unknown): Block[] {
  if (typeof v !== 'string') return [];
  return v
    .split(/\n[ \t]*\n/)
    .map(oneLine)
    .filter(Boolean)
    .map(para);
}

function legalBasis(ctx: Ctx): Block {
  const items = asList(ctx.doc.legalBasis).map(text).filter(Boolean);
  return para(items.length ? ctx.w.legalBasis(items.join(', ')) : '');
}

// ---- responsibilities ------------------------------------------------------

function responsibilitiesSection(ctx: Ctx): SectionDraft {
  const { w } = ctx;
  const subs: SectionDraft['subsections'] = [];
  const covered = new Set<string>();
  for (const r of ctx.doc.responsibilities ?? []) {
    if (!r) continue;
    const ids = asList(r.by as string | string[]);
    ids.forEach((id) => covered.add(id));
    subs.push({ heading: w.tasksOf(ctx.parties.phrase(ids, 'gen'), ctx.parties.bare(ids)), blocks: responsibilityBlocks(ctx, r, ids), subsections: [] });
  }
  const shared = (ctx.doc.sharedTasks ?? []).filter((t): t is SharedTask => !!t && typeof t.text === 'string');
  if (shared.length > 0) {
    subs.push({ heading: w.sections.shared, blocks: [list(shared.map((t) => sharedTask(ctx, t)))], subsections: [] });
  }
  if (subs.length === 0) return section(ctx.profile ? w.sections.responsibilitiesProfile : w.sections.responsibilities, []);
  return section(
    ctx.profile ? w.sections.responsibilitiesProfile : w.sections.responsibilities,
    [para(ctx.profile ? w.responsibilitiesLeadProfile : w.responsibilitiesLead)],
    subs,
  );
}

function responsibilityBlocks(ctx: Ctx, r: Responsibility, ids: string[]): Block[] {
  const { w } = ctx;
  const blocks: Block[] = [];
  const intro = text(r.intro);
  blocks.push(intro ? para(intro) : para(w.tasksIntro(ctx.parties.phrase(ids, 'gen'), ctx.parties.bare(ids))));
  blocks.push(list((r.tasks ?? []).map((t) => taskLine(ctx, t))));
  blocks.push(...paragraphs(r.notes));
  // Without notes, say whom the units serve and what they work by (targetGroup,
  // framework); with notes, the author has said it in their own words, as the
  // Dithmarschen agreement does, and a generated line would repeat it.
  if (!text(r.notes)) {
    for (const id of ids) {
      const unit = ctx.parties.get(id)?.unit;
      if (unit) blocks.push(...unitDetails(ctx, unit, intro));
    }
  }
  return blocks.filter(nonEmpty);
}

function unitDetails(ctx: Ctx, unit: Unit, alreadySaid: string): Block[] {
  const { w } = ctx;
  const out: Block[] = [];
  const tg = unit.targetGroup;
  if (tg) {
    const ages = w.ages(tg.ageMin, tg.ageMax);
    const agesSaid = tg.ageMin !== undefined && tg.ageMax !== undefined && alreadySaid.includes(`${tg.ageMin} bis ${tg.ageMax}`);
    const description = text(tg.description);
    if ((ages && !agesSaid) || (description && !alreadySaid.includes(description))) {
      out.push(para(w.targetGroup(text(unit.shortName) || text(unit.name), agesSaid ? null : ages, description || undefined)));
    }
  }
  const framework = text(unit.framework);
  if (framework && !alreadySaid.includes(framework)) {
    out.push(para(sentence(w.framework(text(unit.shortName) || text(unit.name), framework))));
  }
  return out;
}

function taskLine(ctx: Ctx, t: TaskEntry): string {
  if (typeof t === 'string') return text(t);
  if (!t || typeof t.text !== 'string') return '';
  const body = text(t.text);
  const cost = t.costBearer && !ctx.w.costKeyword.test(body) ? costBearer(ctx, t.costBearer) : '';
  return addition(body, cost);
}

function costBearer(ctx: Ctx, id: string): string {
  return ctx.w.costBearer(ctx.parties.phrase([id], 'acc'), ctx.parties.label(id));
}

function sharedTask(ctx: Ctx, t: SharedTask): string {
  const { w } = ctx;
  const body = text(t.text);
  const details: string[] = [];
  if (t.lead) details.push(w.lead(ctx.parties.label(t.lead)));
  if (t.frequency && w.frequency[t.frequency]) details.push(w.frequency[t.frequency]);
  if (t.costBearer && !w.costKeyword.test(body)) details.push(costBearer(ctx, t.costBearer));
  return addition(body, details.join('; '));
}

// ---- bodies, offers, goals -------------------------------------------------

function bodies(ctx: Ctx): Block {
  const { w } = ctx;
  const items = (ctx.doc.bodies ?? []).filter((b) => b && typeof b.name === 'string').map((b) => {
    const parts: string[] = [];
    const purpose = text(b.purpose);
    if (purpose) parts.push(sentence(purpose));
    if (b.convener) parts.push(`${w.body.convener}: ${sentence(ctx.parties.label(b.convener))}`);
    const members = asList(b.members);
    if (members.length) parts.push(`${w.body.members}: ${sentence(joinList(members.map((m) => ctx.parties.label(m)), ctx.lang))}`);
    if (b.frequency && w.frequency[b.frequency]) parts.push(`${w.body.frequency}: ${w.frequency[b.frequency]}.`);
    return parts.length ? `${text(b.name)} – ${parts.join(' ')}` : text(b.name);
  });
  return list(items);
}

function offers(ctx: Ctx): Block {
  const { w } = ctx;
  const items = (ctx.doc.offers ?? []).filter((o) => o && typeof o.name === 'string').map((o) => {
    const parts: string[] = [];
    const description = text(o.description);
    if (description) parts.push(sentence(description));
    // provider and funder are free text or a party id
    if (o.provider) parts.push(`${w.offer.provider}: ${sentence(ctx.parties.label(text(o.provider)))}`);
    if (o.funder) parts.push(`${w.offer.funder}: ${sentence(ctx.parties.label(text(o.funder)))}`);
    if (o.targetGroup) parts.push(`${w.offer.targetGroup}: ${sentence(text(o.targetGroup))}`);
    return parts.length ? `${text(o.name)} – ${parts.join(' ')}` : text(o.name);
  });
  return list(items);
}

function goalsSection(ctx: Ctx): SectionDraft {
  const { w } = ctx;
  const goals = (ctx.doc.goals ?? []).filter((g) => g && typeof g.text === 'string');
  if (goals.length === 0) return section(w.sections.goals, []);
  const items = goals.map((g) => {
    const indicators = asList(g.indicators).map(text).filter(Boolean);
    const body = text(g.text);
    return indicators.length ? `${sentence(body)} ${w.indicators}: ${indicators.join('; ')}.` : body;
  });
  return section(w.sections.goals, [para(ctx.profile ? w.goalsLeadProfile : w.goalsLead), list(items)]);
}

// ---- participants (profile) ------------------------------------------------

function participants(ctx: Ctx): Block[] {
  const { w, lang } = ctx;
  const items: string[] = [];
  const details: Block[] = [];
  for (const p of ctx.doc.partners ?? []) {
    if (!p || typeof p.id !== 'string') continue;
    const parts = [withShort(p.name, p.shortName)];
    const units = (p.units ?? []).filter((u): u is Unit => !!u && typeof u.name === 'string');
    if (units.length) parts.push(w.unitsOf(joinList(units.map((u) => withShort(u.name, u.shortName)), lang)));
    let line = parts.join(' ');
    if (p.representedBy) line += `, ${representedBy(text(p.representedBy), w, lang)}`;
    const a = p.address;
    if (a && (text(a.street) || text(a.city))) {
      line += ` – ${[text(a.street), [text(a.postalCode), text(a.city)].filter(Boolean).join(' ')].filter(Boolean).join(', ')}`;
    }
    items.push(line);
    for (const u of units) details.push(...unitDetails(ctx, u, ''));
  }
  return [list(items), ...details];
}

// ---- contacts ----------------------------------------------------------------

function contactsSection(ctx: Ctx): SectionDraft {
  const { w, lang } = ctx;
  const rows: Array<{ party: string; c: Contact }> = [];
  const updated: Array<{ party: string; date: string }> = [];
  for (const p of ctx.doc.partners ?? []) {
    if (!p || typeof p.id !== 'string') continue;
    // short names keep the table narrow; the party blocks above introduce them
    const partyLabel = text(p.shortName) || text(p.name);
    for (const c of p.contacts ?? []) if (c && typeof c.name === 'string') rows.push({ party: partyLabel, c });
    for (const u of p.units ?? []) {
      if (!u) continue;
      for (const c of u.contacts ?? []) if (c && typeof c.name === 'string') rows.push({ party: text(u.shortName) || text(u.name), c });
    }
    if (p.contactsUpdated) updated.push({ party: text(p.name), date: formatDate(p.contactsUpdated, lang) });
  }
  if (rows.length === 0) return section(w.sections.contacts, []);
  const cols = w.contactColumns;
  // phone and e-mail share one column, one per line: six columns do not fit
  // portrait A4 without breaking phone numbers
  const reach = (c: Contact) => [text(c.phone), text(c.email)].filter((x) => x !== '').join('\n');
  const fields: Array<{ title: string; value: (c: Contact) => string }> = [
    { title: cols.role, value: (c) => text(c.role) },
    { title: cols.topic, value: (c) => text(c.topic) },
    { title: cols.reach, value: reach },
  ];
  // leave out columns nobody filled in
  const used = fields.filter((f) => rows.some((r) => f.value(r.c) !== ''));
  const columns = [cols.party, cols.name, ...used.map((f) => f.title)];
  const tableRows = rows.map((r) => [r.party, text(r.c.name), ...used.map((f) => f.value(r.c))]);
  const blocks: Block[] = [{ type: 'table', columns, rows: tableRows }];
  const dates = new Set(updated.map((u) => u.date));
  if (dates.size === 1) blocks.push(para(w.contactsUpdated([...dates][0]!, null)));
  else for (const u of updated) blocks.push(para(w.contactsUpdated(u.date, u.party)));
  return section(w.sections.contacts, blocks);
}

// ---- data protection ---------------------------------------------------------

function dataProtectionSection(ctx: Ctx): SectionDraft {
  const { w } = ctx;
  const flows = (ctx.doc.dataFlows ?? []).filter((f): f is DataFlow => !!f && typeof f.from === 'string');
  if (flows.length === 0) return section(w.sections.dataProtection, []);
  const items = flows.map((f) => dataFlow(ctx, f));
  const church: Block[] = [];
  for (const p of ctx.doc.partners ?? []) {
    if (!p?.churchLaw || !w.churchLaw[p.churchLaw]) continue;
    church.push(para(w.churchLaw[p.churchLaw](ctx.parties.phrase([p.id], 'acc'), ctx.parties.label(p.id))));
  }
  return section(w.sections.dataProtection, [para(w.dataProtectionLead), list(items), ...church]);
}

function dataFlow(ctx: Ctx, f: DataFlow): string {
  const { w, lang } = ctx;
  const to = asList(f.to);
  const data = joinItems(asList(f.data).map(text).filter(Boolean), lang);
  const parts = [
    w.dataFlow(
      { nom: ctx.parties.phrase([f.from], 'nom'), bare: ctx.parties.label(f.from) },
      { dat: ctx.parties.phrase(to, 'dat'), acc: ctx.parties.phrase(to, 'acc'), bare: ctx.parties.bare(to) },
      data,
    ),
  ];
  if (text(f.purpose)) parts.push(sentence(w.purposeOf(text(f.purpose))));
  if (f.legalBasis === 'consent') {
    const form = text(f.consentForm);
    parts.push(w.consent(form ? addition('', form) : undefined));
  }
  else if (f.legalBasis === 'statute' && text(f.statute)) parts.push(sentence(w.statute(text(f.statute))));
  const task = f.task ? ctx.taskText.get(f.task) : undefined;
  if (task) parts.push(w.relatedTask(task));
  return parts.join(' ');
}

// ---- term, amendment, review -------------------------------------------------

/**
 * What `term` says, and no more: without `term` no section; "unbefristet" only
 * when stated (`indefinite: true` or `until: null`); the heading names what the
 * section holds ("Laufzeit", "Kündigung" or both).
 */
function termSection(ctx: Ctx): SectionDraft {
  const { w, lang } = ctx;
  const term = ctx.doc.term;
  if (!term || typeof term !== 'object') return section(w.sections.term, []);
  const from = formatDate(term.from, lang);
  const until = typeof term.until === 'string' ? formatDate(term.until, lang) : '';
  const open = !until && (term.indefinite === true || term.until === null);
  const first =
    from && until ? w.termFromUntil(from, until)
    : from && open ? w.termFromOpen(from)
    : from ? w.termFrom(from)
    : until ? w.termUntil(until)
    : open ? w.termOpen
    : '';
  const months = term.noticeMonths;
  const stated = typeof months === 'number' && Number.isInteger(months) && months >= 0;
  const notice = !stated ? '' : months > 0 ? w.notice(months, numberWord(months, lang), !!first) : w.noticeNone(!!first);
  const heading = first && notice ? w.sections.term : first ? w.sections.termOnly : w.sections.notice;
  return section(heading, [para([first, notice].filter(Boolean).join(' '))]);
}

/** only with `amendment`; the written, specific request only when `writtenRequest: true` says so */
function amendment(ctx: Ctx): string {
  const { w } = ctx;
  const a = ctx.doc.amendment;
  if (!a || typeof a !== 'object') return '';
  return a.writtenRequest === true ? `${w.amendmentClause} ${w.amendmentWritten}` : w.amendmentClause;
}

function reviewBlocks(ctx: Ctx): Block[] {
  const { w, lang } = ctx;
  const review = ctx.doc.review ?? {};
  const months = typeof review.intervalMonths === 'number' && review.intervalMonths > 0 ? review.intervalMonths : undefined;
  const count = (ctx.doc.partners ?? []).filter(Boolean).length;
  // no interval given: "regelmäßig", as `review` promises, not an invented "einmal jährlich"
  const interval = months === undefined ? w.intervalUnset : w.interval(months, (n) => numberWord(n, lang));
  const sentences = [w.reviewClause(interval, count, ctx.profile)];
  if (review.owner) sentences.push(w.reviewOwner(ctx.parties.phrase([review.owner], 'nom'), ctx.parties.label(review.owner)));
  const blocks = [para(sentences.join(' '))];
  if (review.lastReview) blocks.push(para(w.lastReview(formatDate(review.lastReview, lang))));
  return blocks;
}
