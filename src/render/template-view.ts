// What a user's Markdown template (`agree render --template FILE`) sees: the
// DocumentModel the built-in templates lay out (title, parties, sections,
// signatures …) and, beside it, the agreement's own parts in the document's
// language — the district, the partners with their units and contacts, the
// tasks, shared tasks, data flows, goals and the dates. Every value is plain
// text: `{{x}}` escapes it for Markdown, `{{{x}}}` inserts it as it is.
//
// `viewShape` describes every variable; the template check (template-check.ts)
// reads a template against it, docs/templates.md lists it (a test keeps the
// three in step), and templateView() builds it. The built-in templates do not
// use the view: they get the DocumentModel as before.

import type { Agreement, Contact, Partner, Unit } from '../model/types.js';
import { asList, listTasks } from '../model/tasks.js';
import { pack } from '../lang/index.js';
import type { DocumentModel } from './document.js';
import { formatDate, isoDate, oneLine } from './text/format.js';
import { PartyIndex } from './text/parties.js';

/** A value's kind: a text, a number, true/false, anything (the blocks of a section); `?` may be null. */
export type Leaf = 'text' | 'text?' | 'number' | 'number?' | 'boolean' | 'any';
/** a leaf, a list of one shape (`[shape]`), or a mapping of named shapes */
export type Shape = Leaf | readonly [Shape] | Fields;
export interface Fields {
  readonly [key: string]: Shape;
}

/** mappings that may be null as a whole (`review` without a review clause) */
export const NULLABLE = new WeakSet<Fields>();
const maybe = <T extends Fields>(fields: T): T => {
  NULLABLE.add(fields);
  return fields;
};

const date = (): Fields => ({ iso: 'text', text: 'text' });
const contact: Fields = { name: 'text', role: 'text?', topic: 'text?', phone: 'text?', email: 'text?' };
const unit: Fields = { id: 'text', name: 'text', shortName: 'text?', label: 'text', service: 'text?', contacts: [contact] };
const task: Fields = { id: 'text', text: 'text', by: 'text', costBearer: 'text?' };
// a section holds its subsections, which are sections
const section: Record<string, Shape> = { number: 'text', heading: 'text', blocks: 'any' };
section.subsections = [section];

export const viewShape: Fields = {
  // the DocumentModel, as the built-in templates see it
  lang: 'text',
  kind: 'text',
  id: 'text',
  title: 'text',
  between: 'text',
  and: 'text',
  parties: [{ lines: ['text'] }],
  subtitle: 'text?',
  sections: [section],
  stand: 'text',
  signatures: [{ partnerId: 'text', fieldId: 'text?', partyName: 'text', role: 'text', signatoryName: 'text', placeDateCaption: 'text', signatureCaption: 'text' }],
  footer: 'text',
  pageLabel: 'text',
  meta: { title: 'text', subject: 'text', author: 'text', keywords: 'text', lang: 'text', date: 'text' },
  // the agreement's parts
  district: 'text',
  version: date(),
  legalBasis: ['text'],
  partners: [
    {
      id: 'text',
      name: 'text',
      shortName: 'text?',
      label: 'text',
      type: 'text?',
      representedBy: 'text?',
      address: maybe({ street: 'text', postalCode: 'text', city: 'text' }),
      units: [unit],
      contacts: [contact],
      contactsUpdated: maybe(date()),
    },
  ],
  responsibilities: [{ by: 'text', byIds: ['text'], intro: 'text?', tasks: [task], notes: 'text?' }],
  tasks: [task],
  sharedTasks: [{ id: 'text', text: 'text', lead: 'text?', frequency: 'text?', costBearer: 'text?' }],
  dataFlows: [
    {
      from: 'text',
      to: 'text',
      data: ['text'],
      purpose: 'text?',
      legalBasis: 'text',
      consentForm: 'text?',
      statute: 'text?',
      task: 'text?',
    },
  ],
  bodies: [{ name: 'text', convener: 'text?', members: 'text?', frequency: 'text?', purpose: 'text?' }],
  offers: [{ name: 'text', provider: 'text?', funder: 'text?', description: 'text?', targetGroup: 'text?' }],
  goals: [{ number: 'number', text: 'text', indicators: ['text'] }],
  term: maybe({ from: maybe(date()), until: maybe(date()), noticeMonths: 'number?' }),
  review: maybe({ intervalMonths: 'number', owner: 'text?', lastReview: maybe(date()), next: maybe(date()) }),
  annexes: ['text'],
};

/** the DocumentModel with the agreement's parts beside it */
export type TemplateView = DocumentModel & Record<string, unknown>;

const text = (v: unknown): string | null => (typeof v === 'string' && oneLine(v) !== '' ? oneLine(v) : null);
/** a list of the document (rendered documents passed the schema: no entry is null) */
const list = <T>(v: T[] | undefined | null): T[] => (Array.isArray(v) ? v : []);

/** The values a user template sees for an agreement (see viewShape). */
export function templateView(model: DocumentModel, doc: Agreement): TemplateView {
  const lang = model.lang;
  const w = pack(lang).document;
  const parties = new PartyIndex(doc, lang);
  const dateOf = (v: unknown) => (isoDate(v) ? { iso: isoDate(v), text: formatDate(v, lang) } : null);
  const label = (id: unknown) => (typeof id === 'string' && id !== '' ? parties.label(id) : null);
  const labels = (ids: unknown) => (asList(ids as string | string[]).length ? parties.bare(asList(ids as string | string[]).filter((x) => typeof x === 'string')) : null);
  const contactOf = (c: Contact) => ({ name: text(c.name) ?? '', role: text(c.role), topic: text(c.topic), phone: text(c.phone), email: text(c.email) });
  const unitOf = (u: Unit) => ({
    id: u.id,
    name: text(u.name) ?? u.id,
    shortName: text(u.shortName),
    label: parties.label(u.id),
    service: text(u.service),
    contacts: list(u.contacts).map(contactOf),
  });
  const partnerOf = (p: Partner) => ({
    id: p.id,
    name: text(p.name) ?? p.id,
    shortName: text(p.shortName),
    label: parties.label(p.id),
    type: text(p.type),
    representedBy: text(p.representedBy),
    address: p.address ? { street: text(p.address.street) ?? '', postalCode: text(p.address.postalCode) ?? '', city: text(p.address.city) ?? '' } : null,
    units: list(p.units).map(unitOf),
    contacts: list(p.contacts).map(contactOf),
    contactsUpdated: dateOf(p.contactsUpdated),
  });
  const ids = new Map(listTasks(doc).map((t) => [t.pointer, t.id]));
  const responsibilities = list(doc.responsibilities).map((r, ri) => {
    const byIds = asList(r.by as string | string[]).filter((x) => typeof x === 'string');
    const by = parties.bare(byIds);
    return {
      by,
      byIds,
      intro: text(r.intro),
      tasks: list(r.tasks).map((t, ti) => ({
        id: ids.get(`/responsibilities/${ri}/tasks/${ti}`) ?? '',
        text: text(typeof t === 'string' ? t : t.text) ?? '',
        by,
        costBearer: typeof t === 'object' ? label(t.costBearer) : null,
      })),
      notes: text(r.notes),
    };
  });
  const frequency = (f: unknown) => (typeof f === 'string' ? (w.frequency[f as keyof typeof w.frequency] ?? null) : null);
  const sharedIds = new Map(listTasks(doc).filter((t) => t.kind === 'shared').map((t) => [t.groupIndex, t.id]));
  const taskText = new Map(listTasks(doc).map((t) => [t.id, oneLine(t.text)]));
  const review = doc.review;
  return {
    ...model,
    district: text(doc.district) ?? '',
    version: dateOf(doc.version) ?? { iso: '', text: '' },
    legalBasis: list(doc.legalBasis).map((x) => text(x) ?? ''),
    partners: list(doc.partners).map(partnerOf),
    responsibilities,
    tasks: responsibilities.flatMap((r) => r.tasks),
    sharedTasks: list(doc.sharedTasks).map((t, i) => ({
      id: sharedIds.get(i) ?? '',
      text: text(t.text) ?? '',
      lead: label(t.lead),
      frequency: frequency(t.frequency),
      costBearer: label(t.costBearer),
    })),
    dataFlows: list(doc.dataFlows).map((f) => ({
      from: label(f.from) ?? '',
      to: labels(f.to) ?? '',
      data: list(f.data).map((x) => text(x) ?? ''),
      purpose: text(f.purpose),
      legalBasis: f.legalBasis,
      consentForm: text(f.consentForm),
      statute: text(f.statute),
      task: typeof f.task === 'string' ? (taskText.get(f.task) ?? null) : null,
    })),
    bodies: list(doc.bodies).map((b) => ({ name: text(b.name) ?? '', convener: label(b.convener), members: labels(b.members), frequency: frequency(b.frequency), purpose: text(b.purpose) })),
    offers: list(doc.offers).map((o) => ({
      name: text(o.name) ?? '',
      provider: o.provider ? label(text(o.provider)) : null,
      funder: o.funder ? label(text(o.funder)) : null,
      description: text(o.description),
      targetGroup: text(o.targetGroup),
    })),
    goals: list(doc.goals).map((g, i) => ({ number: i + 1, text: text(g.text) ?? '', indicators: list(g.indicators).map((x) => text(x) ?? '') })),
    term: doc.term ? { from: dateOf(doc.term.from), until: dateOf(doc.term.until), noticeMonths: typeof doc.term.noticeMonths === 'number' ? doc.term.noticeMonths : null } : null,
    review: review
      ? {
          intervalMonths: typeof review.intervalMonths === 'number' ? review.intervalMonths : 12,
          owner: label(review.owner),
          lastReview: dateOf(review.lastReview),
          next: dateOf(review.next),
        }
      : null,
    annexes: list(doc.annexes).map((x) => text(x) ?? ''),
  };
}
