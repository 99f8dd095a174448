// Where each clause of an agreement stands in its rendered document: the
// number ("2.1"), the heading, the blocks and — for lists — the items, keyed
// by what the section holds. The amendment refers to the old version's numbers
// ("In Nummer 2.1 …") and quotes the new version's text, so both come from the
// DocumentModel the renderers lay out (render/build-document.ts), never from a
// second numbering. Sections are recognised by their headings, which the
// builder takes from the same language pack.

import type { Agreement } from '../model/types.js';
import type { Block, DocumentModel, Section } from '../render/document.js';
import type { DocumentWords } from '../render/words.js';

/** purpose, responsibilities, group:<index in responsibilities>, shared, bodies, offers, goals, contacts, dataProtection, term, amendment, review, annexes, participants */
export type SectionKey = string;

export interface OutlineSection {
  key: SectionKey;
  number: string;
  heading: string;
  blocks: Block[];
  /** the items of the section's list (tasks, data flows, bodies …), or the rows of its table (contacts) */
  items: string[];
  /** the rows of its table (contacts), cells as rendered */
  rows: string[][];
  /** the key of the enclosing section (subsections of the responsibilities) */
  parent: SectionKey | null;
}

export interface Outline {
  sections: OutlineSection[];
  get(key: SectionKey): OutlineSection | undefined;
}

export function outline(doc: Agreement, model: DocumentModel, w: DocumentWords): Outline {
  const byHeading = new Map<string, SectionKey>([
    [w.sections.purpose, 'purpose'],
    [w.sections.purposeProfile, 'purpose'],
    [w.sections.responsibilities, 'responsibilities'],
    [w.sections.responsibilitiesProfile, 'responsibilities'],
    [w.sections.bodies, 'bodies'],
    [w.sections.offers, 'offers'],
    [w.sections.goals, 'goals'],
    [w.sections.contacts, 'contacts'],
    [w.sections.dataProtection, 'dataProtection'],
    [w.sections.term, 'term'],
    [w.sections.amendment, 'amendment'],
    [w.sections.review, 'review'],
    [w.sections.annexes, 'annexes'],
    [w.sections.participants, 'participants'],
  ]);
  const sections: OutlineSection[] = [];
  const entry = (key: SectionKey, s: Section, parent: SectionKey | null): OutlineSection => ({ key, number: s.number, heading: s.heading, blocks: s.blocks, items: itemsOf(s.blocks), rows: s.blocks.flatMap((b) => (b.type === 'table' ? b.rows : [])), parent });
  // the builder makes one subsection per responsibility entry, in order, then the shared tasks
  const groups = (Array.isArray(doc.responsibilities) ? doc.responsibilities : []).map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
  for (const s of model.sections) {
    const key = byHeading.get(s.heading);
    if (!key) continue;
    sections.push(entry(key, s, null));
    if (key !== 'responsibilities') continue;
    let g = 0;
    for (const sub of s.subsections) {
      if (sub.heading === w.sections.shared) sections.push(entry('shared', sub, key));
      else if (g < groups.length) sections.push(entry(`group:${groups[g++]}`, sub, key));
    }
  }
  const index = new Map(sections.map((s) => [s.key, s]));
  return { sections, get: (key) => index.get(key) };
}

function itemsOf(blocks: Block[]): string[] {
  for (const b of blocks) {
    if (b.type === 'list') return b.items;
    if (b.type === 'table') return b.rows.map((r) => r.join(' · '));
  }
  return [];
}
