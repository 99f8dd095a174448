// Amendments as a library: the structural change list between two versions of
// one agreement (diffAgreements), the signable amendment ("1. Nachtrag zur
// Kooperationsvereinbarung vom 6. Juli 2006") and the request that precedes it
// as DocumentModels, which the registry's `agreement` renderers lay out like
// any agreement (PDF with signature fields, Markdown, DOCX).
//
// Both versions must have passed the checks (no errors): load them with
// checkFile and pass the merged documents.

import type { Agreement, AmendmentRecord, Lang, Partner } from '../model/types.js';
import { documentLanguage, pack } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';
import { buildDocument } from '../render/build-document.js';
import type { Block, DocumentModel, PartyBlock, Section, SignatureBlock } from '../render/document.js';
import { formatDate, isoDate, joinList } from '../render/text/format.js';
import { PartyIndex } from '../render/text/parties.js';
import { reviewSchedule } from '../model/review-schedule.js';
import { compareAgreements, type Comparison } from './compare.js';
import { named, stateChanges, type Instruction, type Statement } from './edits.js';
import { outline } from './outline.js';
import { CLAUSES, type Attention, type Change, type Clause } from './types.js';

export interface AgreementDiff {
  /** every change, in document order; `amends` is true where the amendment states it */
  changes: Change[];
  /** per change: how the amendment states it, in the document's language (null: not stated) */
  sentences: Array<string | null>;
  /** per change: the number of its section in the old and the new document ("2.1"), null for the partners */
  sections: Array<{ old: string | null; new: string | null }>;
  /** what the data-protection officers and management must see */
  attention: Attention[];
  /** the language of the (new) document */
  lang: Lang;
  old: Agreement;
  new: Agreement;
  /** internal: the comparison and the instructions, for the documents below */
  comparison: Comparison;
  statement: Statement;
  models: { old: DocumentModel; new: DocumentModel };
}

export function diffAgreements(oldDoc: Agreement, newDoc: Agreement): AgreementDiff {
  const lang = documentLanguage(newDoc);
  const oldLang = documentLanguage(oldDoc);
  const comparison = compareAgreements(oldDoc, newDoc);
  const models = { old: buildDocument(oldDoc), new: buildDocument(newDoc) };
  const statement = stateChanges(oldDoc, newDoc, comparison, models, lang, oldLang);
  // a change the documents show no difference for (a value they do not print, e.g. a partner's `type`) is not stated
  const changes = comparison.changes.map((c, i) => ({ ...c, amends: c.amends && statement.sentences[i] !== null }));
  return { changes, sentences: statement.sentences, sections: statement.sections, attention: comparison.attention, lang, old: oldDoc, new: newDoc, comparison, statement, models };
}

/** the changes an amendment states */
export const amending = (diff: AgreementDiff): Change[] => diff.changes.filter((c) => c.amends);

// ---- facts from the recorded amendments -------------------------------------------

export interface AmendmentFacts {
  /** this amendment's number: one more than the highest recorded in the old version */
  number: number;
  /** ISO date of the agreement that is amended (the first recorded `agreementDate`, else the old version's `version`) */
  agreementDate: string;
  /** the last amendment recorded in the old version */
  last: AmendmentRecord | null;
}

export function amendmentFacts(oldDoc: Agreement): AmendmentFacts {
  const recorded = (Array.isArray(oldDoc.amendments) ? oldDoc.amendments : []).filter((a) => a && typeof a.number === 'number');
  const last = recorded.reduce<AmendmentRecord | null>((best, a) => (!best || a.number > best.number ? a : best), null);
  const agreementDate = recorded.find((a) => typeof a.agreementDate === 'string')?.agreementDate ?? oldDoc.version;
  return { number: (last?.number ?? 0) + 1, agreementDate, last };
}

// ---- the documents ------------------------------------------------------------------

export interface AmendmentOptions {
  /** the amendment's date, ISO (its "Stand"); default: the new version's `version` */
  date?: string;
  /** the day it enters into force, ISO; default: its date */
  effective?: string;
}

/** The signable amendment: title, partners, summary, the numbered changes, entry into force, signatures. */
export function amendmentDocument(diff: AgreementDiff, options: AmendmentOptions = {}): DocumentModel {
  const t = pack(diff.lang);
  const a = t.amend;
  const w = t.document;
  const facts = amendmentFacts(diff.old);
  const date = options.date ?? diff.new.version;
  const effective = options.effective ?? date;
  const agreement = agreementTitle(diff, t);
  const agreementDate = formatDate(facts.agreementDate, diff.lang);
  const title = a.amendment.title(facts.number, agreement.title, agreement.dat, agreementDate);
  const last = facts.last ? { number: facts.last.number, date: formatDate(facts.last.date, diff.lang) } : null;

  const changes: Section = {
    number: '1',
    heading: a.amendment.sections.changes,
    blocks: [{ type: 'paragraph', text: a.amendment.preamble(agreement.title, agreement.nom, agreementDate, last) }],
    subsections: instructionSections(diff.statement.instructions, t, '1'),
  };
  const entry: Section = {
    number: '2',
    heading: a.amendment.sections.effective,
    blocks: [
      { type: 'paragraph', text: a.amendment.effective(formatDate(effective, diff.lang)) },
      { type: 'paragraph', text: a.amendment.unchanged },
    ],
    subsections: [],
  };
  const { parties, signatures } = partiesOf(diff);
  const stand = w.stand(formatDate(date, diff.lang));
  const district = typeof diff.new.district === 'string' ? diff.new.district : '';
  const names = partnerNames(diff);
  return {
    lang: diff.lang,
    kind: 'agreement',
    id: `${diff.new.id}-amendment-${facts.number}`,
    title,
    between: w.between,
    and: w.and,
    parties,
    sections: [summarySection(diff, t), changes, entry],
    stand,
    signatures,
    footer: [title, district, stand].filter(Boolean).join(' · '),
    pageLabel: w.pageLabel,
    meta: {
      title: district ? `${title} – ${district}` : title,
      subject: a.amendment.subject(title, joinList(names, diff.lang)),
      author: names.join('; '),
      keywords: [title, district, ...names].filter(Boolean).join(', '),
      lang: diff.lang,
      date: isoDate(date),
    },
  };
}

export interface RequestOptions {
  /** the id of the partner who asks for the change */
  from: string;
  /** the request's date, ISO */
  date: string;
}

/** The request for an amendment ("Änderungswunsch"), from one partner to the others, dated and concrete. */
export function requestDocument(diff: AgreementDiff, options: RequestOptions): DocumentModel {
  const t = pack(diff.lang);
  const a = t.amend;
  const facts = amendmentFacts(diff.old);
  const agreement = agreementTitle(diff, t);
  const agreementDate = formatDate(facts.agreementDate, diff.lang);
  const title = a.request.title(agreement.title, agreement.dat, agreementDate);
  const partners = validPartners(diff.new);
  const sender = partners.find((p) => p.id === options.from);
  if (!sender) throw new Error(`no partner "${options.from}" in the new version`);
  const { parties: blocks, signatures } = partiesOf(diff);
  const senderIndex = partners.indexOf(sender);
  const recipients = blocks.filter((_, i) => i !== senderIndex);
  // several recipients: their names on one line, as a letter's "an" line
  const to: PartyBlock = recipients.length === 1 ? recipients[0]! : { lines: [joinList(recipients.map((b) => b.lines[0] ?? ''), diff.lang)] };
  const clause = outline(diff.old, diff.models.old, pack(documentLanguage(diff.old)).document).get('amendment')?.number ?? null;
  const schedule = reviewSchedule(diff.old);
  const meeting = schedule && schedule.due >= options.date ? formatDate(schedule.due, diff.lang) : null;
  const stand = a.request.dated(formatDate(options.date, diff.lang));
  const senderName = typeof sender.name === 'string' ? sender.name : sender.id;
  const district = typeof diff.new.district === 'string' ? diff.new.district : '';
  const genitive = t.grammar.withArticle(agreement.title, 'gen');
  const accusative = t.grammar.withArticle(agreement.title, 'acc');
  return {
    lang: diff.lang,
    kind: 'agreement',
    id: `${diff.new.id}-amendment-${facts.number}-request`,
    title,
    between: a.request.from,
    and: a.request.to,
    parties: [blocks[senderIndex]!, to],
    sections: [
      summarySection(diff, t, a.request),
      {
        number: '1',
        heading: a.request.sections.changes,
        blocks: [{ type: 'paragraph', text: a.request.lead(named(senderName, sender.shortName, diff.lang), clause, genitive, accusative) }],
        subsections: instructionSections(diff.statement.instructions, t, '1'),
      },
      { number: '2', heading: a.request.sections.meeting, blocks: [{ type: 'paragraph', text: a.request.meeting(meeting) }], subsections: [] },
    ],
    stand,
    signatures: signatures.filter((s) => s.partnerId === sender.id),
    footer: [title, district, stand].filter(Boolean).join(' · '),
    pageLabel: t.document.pageLabel,
    meta: {
      title: district ? `${title} – ${district}` : title,
      subject: a.request.subject(title, senderName),
      author: senderName,
      keywords: [title, district, senderName].filter(Boolean).join(', '),
      lang: diff.lang,
      date: isoDate(options.date),
    },
  };
}

function agreementTitle(diff: AgreementDiff, t: LanguagePack): { title: string; nom: string | null; dat: string | null } {
  const title = typeof diff.new.title === 'string' && diff.new.title.trim() ? diff.new.title.trim() : t.document.titleAgreement;
  return { title, nom: t.grammar.withArticle(title, 'nom'), dat: t.grammar.withArticle(title, 'dat') };
}

const validPartners = (doc: Agreement): Partner[] => (Array.isArray(doc.partners) ? doc.partners : []).filter((p): p is Partner => !!p && typeof p.id === 'string');

function partnerNames(diff: AgreementDiff): string[] {
  const removed = removedPartners(diff);
  return [...validPartners(diff.new), ...removed].map((p) => (typeof p.name === 'string' ? p.name : p.id));
}

/** partners that leave with this amendment: they sign it too */
function removedPartners(diff: AgreementDiff): Partner[] {
  return diff.changes.filter((c) => c.subject === 'partner' && c.change === 'removed' && c.place.kind === 'partner' && c.place.old !== null).map((c) => diff.old.partners[(c.place as { old: number }).old]!);
}

/** the new version's party blocks and signatures, and those of partners that leave */
function partiesOf(diff: AgreementDiff): { parties: PartyBlock[]; signatures: SignatureBlock[] } {
  const oldPartners = validPartners(diff.old);
  const removed = new Set(removedPartners(diff).map((p) => p.id));
  const parties = [...diff.models.new.parties];
  oldPartners.forEach((p, i) => {
    if (removed.has(p.id) && diff.models.old.parties[i]) parties.push(diff.models.old.parties[i]!);
  });
  const signatures = [...diff.models.new.signatures, ...diff.models.old.signatures.filter((s) => removed.has(s.partnerId))];
  return { parties, signatures };
}

/** the instructions as subsections "1.1", "1.2" …: several edits under a lead-in, lettered */
function instructionSections(instructions: Instruction[], t: LanguagePack, parent: string): Section[] {
  return instructions.map((ins, k) => {
    const blocks: Block[] = [];
    if (ins.lead) blocks.push({ type: 'paragraph', text: ins.lead });
    ins.edits.forEach((e, i) => {
      blocks.push({ type: 'paragraph', text: ins.lead ? `${t.amend.letter(i)} ${e.inGroup}` : e.alone });
      blocks.push(...e.content);
    });
    return { number: `${parent}.${k + 1}`, heading: ins.heading, blocks, subsections: [] };
  });
}

/** what changes, by part of the agreement, and what the data-protection officers and management must see */
function summarySection(diff: AgreementDiff, t: LanguagePack, words: { summary(count: number, clauses: string): string; attentionLead: string } = t.amend.amendment): Section {
  const stated = amending(diff);
  // the points are the numbered instructions ("1.1" …), as the reader counts them; the renumbering is none
  const points = diff.statement.instructions.filter((i) => i.edits.some((e) => e.changes.length > 0)).length;
  const blocks: Block[] = [{ type: 'paragraph', text: words.summary(points, clauseNames(stated, t).join(', ')) }];
  const notes = diff.attention.map((x) => attentionText(diff, x, t));
  if (notes.length) blocks.push({ type: 'paragraph', text: words.attentionLead }, { type: 'list', items: notes });
  return { number: '', heading: t.amend.amendment.sections.summary, blocks, subsections: [] };
}

/** the parts of the agreement the changes touch, in document order */
export function clauseNames(changes: Change[], t: LanguagePack): string[] {
  const touched = new Set<Clause>(changes.map((c) => c.clause));
  return CLAUSES.filter((c) => touched.has(c)).map((c) => t.amend.clauses[c]);
}

/** one point for the data-protection officers and management, in the pack's language */
export function attentionText(diff: AgreementDiff, x: Attention, t: LanguagePack): string {
  const c = diff.changes[x.change]!;
  const parties = new PartyIndex(diff.new, diff.lang);
  const oldParties = new PartyIndex(diff.old, documentLanguage(diff.old));
  if (x.kind === 'lastTaskRemoved') return t.amend.attention.lastTaskRemoved(x.party ? parties.label(x.party) : '', c.old ?? '');
  const place = c.place;
  const flow = place.kind === 'dataFlow' ? (place.new !== null ? diff.new.dataFlows?.[place.new] : place.old !== null ? diff.old.dataFlows?.[place.old] : undefined) : undefined;
  const index = place.kind === 'dataFlow' && place.new !== null ? parties : oldParties;
  let what = c.new ?? c.old ?? '';
  if (flow) {
    const to = (Array.isArray(flow.to) ? flow.to : [flow.to]).filter((x): x is string => typeof x === 'string');
    const data = (Array.isArray(flow.data) ? flow.data : []).filter((d): d is string => typeof d === 'string');
    const form = typeof flow.consentForm === 'string' ? flow.consentForm : '';
    const statute = typeof flow.statute === 'string' ? flow.statute : '';
    const basis = flow.legalBasis === 'consent' ? [t.amend.legalBasis.consent, form].filter(Boolean).join(', ') : [t.amend.legalBasis.statute, statute].filter(Boolean).join(': ');
    what = t.amend.flow(index.label(flow.from), joinList(to.map((id) => index.label(id)), t.code), data.join('; '), basis);
  }
  return t.amend.attention[x.kind](x.party ? parties.label(x.party) : '', what);
}

export type { Change, Attention, Clause } from './types.js';
