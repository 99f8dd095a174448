// Every word of `agree diff` and `agree amend`: the change list's labels, the
// sentences that state a change the way an amendment to an agreement does
// ("In Nummer 2.1 wird nach dem dritten Spiegelstrich folgender Spiegelstrich
// eingefügt: …"), the amendment's and the request's fixed text, and the
// command line's messages. Each language pack implements this
// (src/lang/<code>/amend.ts).
//
// Sentences about a place take `at` — "Nummer 2.1" when the sentence stands
// alone, null when it stands under "Nummer 2.1 wird wie folgt geändert:" — and
// the new wording already quoted, or null when it follows as paragraphs or a
// list. Names come with their article in each case from the pack's grammar
// (null when the grammar is unsure; then the bare name is used).

import type { AttentionKind, ChangeKind, Clause, Subject } from './types.js';

/** a party's name in the cases a sentence may need */
export interface Named {
  nom: string | null;
  gen: string | null;
  dat: string | null;
  acc: string | null;
  /** the name without article */
  bare: string;
  /** the short name, when it adds something to the name */
  short: string | null;
}

/** where an insertion goes in a list: after item n (1-based), before the first, or at the end */
export type InsertAt = number | 'start' | 'end';

export interface AmendWords {
  // ---- the change list (agree diff) --------------------------------------
  subjects: Record<Subject, string>;
  changes: Record<ChangeKind, string>;
  /** headings of the change list, one per part of the agreement */
  clauses: Record<Clause, string>;
  /** "2 changes" */
  changeCount(n: number): string;
  /** "examples/a.yaml → examples/b.yaml: 12 changes" */
  heading(oldFile: string, newFile: string, count: string): string;
  noChanges: string;
  /** the line for a reworded task recognised by its wording */
  similar(percent: string): string;
  /** a value that is not set */
  none: string;
  /** the lines of a change: the wording before and after, the sentence of the amendment, the place */
  labels: { was: string; now: string; sentence: string; number: string };
  /** the list of what the data-protection officers and management must see */
  attentionHeading: string;
  /** one point of it; `party` the partner concerned (lastTaskRemoved) or the sender of a data flow, `what` the change's wording */
  attention: Record<AttentionKind, (party: string, what: string) => string>;
  /** "not in the amendment: only keeps records" */
  recordOnly: string;
  /** how the legal bases read in a data flow's line */
  legalBasis: { consent: string; statute: string };
  /** a data flow in a line: "Jobcenter an DWD: Fehlzeiten, Kursabbruch (Einwilligung, Anlage 1)" */
  flow(from: string, to: string, data: string, basis: string): string;

  // ---- places and list items -------------------------------------------------
  /** "Nummer 2.1" */
  number(n: string): string;
  /** "Nummern 3, 4 und 5" */
  numbers(list: string[]): string;
  /** "a)", "b)" … for the parts of one instruction */
  letter(i: number): string;

  insertItems(at: string | null, where: InsertAt, quoted: string | null, count: number): string;
  replaceItem(at: string | null, position: number, quoted: string): string;
  removeItem(at: string | null, position: number, quoted: string): string;
  /** the sentence that leads into a list of tasks */
  replaceIntro(at: string | null, quoted: string): string;
  replaceHeading(at: string | null, quoted: string): string;
  /** the paragraphs after the list (notes) */
  replaceClosing(at: string | null, quoted: string | null): string;
  addClosing(at: string | null, quoted: string | null): string;
  removeClosing(at: string | null): string;
  contactAdded(at: string | null, quoted: string): string;
  contactRemoved(at: string | null, name: string, party: string): string;
  contactChanged(at: string | null, name: string, party: string, quoted: string): string;

  sectionReplaced(number: string, quoted: string | null): string;
  sectionInserted(after: string | null, number: string, heading: string): string;
  sectionRemoved(number: string, heading: string): string;
  renumbered(olds: string[], news: string[]): string;
  changedAsFollows(number: string): string;
  titleChanged(quoted: string): string;
  /** the new wording in the language's quotation marks */
  quote(text: string): string;

  // ---- the partners ------------------------------------------------------------
  partnerReplaced(old: Named, now: Named, details: string): string;
  partnerRenamed(old: Named, name: string): string;
  partnerShortName(p: Named, short: string | null): string;
  partnerAddress(p: Named, address: string | null): string;
  /** `role` with its article when the grammar knows it, else null (a person's name) */
  partnerRepresented(p: Named, role: string | null, bare: string | null): string;
  partnerChurchLaw(p: Named, law: string | null): string;
  partnerAdded(p: Named, details: string): string;
  partnerRemoved(p: Named): string;
  unitReplaced(partner: Named, old: Named, now: Named): string;
  unitAdded(partner: Named, unit: Named): string;
  unitRemoved(partner: Named, unit: Named): string;
  unitRenamed(old: Named, name: string): string;
  unitMoved(unit: Named, from: Named, to: Named): string;
  unitTargetGroup(unit: Named, text: string | null): string;
  unitFramework(unit: Named, text: string | null): string;
  /** "Rungholtstraße 1, 25746 Heide, vertreten durch …, mit …" after a new partner's name (empty when there is nothing) */
  partnerDetails(address: string | null, represented: string | null, units: string | null): string;

  // ---- the amendment ---------------------------------------------------------------
  amendment: {
    /** "1. Nachtrag zur Kooperationsvereinbarung vom 6. Juli 2006"; `dat` the agreement's title with article in the dative */
    title(number: number, agreement: string, dat: string | null, date: string): string;
    /** "die Kooperationsvereinbarung vom 6. Juli 2006, zuletzt geändert durch den 1. Nachtrag vom …" as the subject of the preamble */
    preamble(agreement: string, nom: string | null, date: string, last: { number: number; date: string } | null): string;
    /** PDF subject */
    subject(title: string, parties: string): string;
    sections: { summary: string; changes: string; effective: string };
    headings: {
      title: string;
      parties: string;
      section(number: string, heading: string): string;
      inserted(number: string, heading: string): string;
      renumbering: string;
    };
    /** "Dieser Nachtrag ändert … in 12 Punkten: …" */
    summary(count: number, clauses: string): string;
    attentionLead: string;
    effective(date: string): string;
    unchanged: string;
    /** `agree amend --record`: the summary written into the agreement's `amendments` list */
    record(clauses: string): string;
  };

  // ---- the request that precedes it (--request --from PARTNER) -----------------------
  request: {
    title(agreement: string, dat: string | null, date: string): string;
    from: string;
    to: string;
    /** "Das DWD wünscht gemäß Nummer 9 der Kooperationsvereinbarung, sie wie folgt zu ändern:"; `clause` the number of the amendment clause, `genitive`/`accusative` the agreement's title with article (without a clause: "…wünscht, die Kooperationsvereinbarung wie folgt zu ändern:") */
    lead(sender: Named, clause: string | null, genitive: string | null, accusative: string | null): string;
    /** when to talk about it: the next review's date, or null */
    meeting(date: string | null): string;
    sections: { changes: string; meeting: string };
    /** "Dieser Änderungswunsch betrifft 3 Punkte der Vereinbarung: …" */
    summary(count: number, clauses: string): string;
    attentionLead: string;
    dated(date: string): string;
    subject(title: string, sender: string): string;
  };

  // ---- the command line ----------------------------------------------------------------
  cli: {
    helpDiff: string;
    helpAmend: string;
    helpOld: string;
    helpNew: string;
    helpDiffFormat: string;
    helpAmendFormat: string;
    helpSince: string;
    helpAllowIdChange: string;
    helpOut: string;
    helpDate: string;
    helpEffective: string;
    helpRequest: string;
    helpFrom: string;
    helpRecord: string;
    helpToday: string;
    /** the usage line when OLD and NEW are not both given */
    twoFiles: string;
    sinceAndOld: string;
    differentIds(oldId: string, newId: string): string;
    oldHasErrors(file: string): string;
    newHasErrors(file: string): string;
    informal(file: string): string;
    noChanges(oldFile: string, newFile: string): string;
    nothingToAmend(oldFile: string, newFile: string): string;
    wrote(path: string, changes: string): string;
    requestNeedsFrom: string;
    fromWithoutRequest: string;
    unknownPartner(id: string, known: string, hint: string | null): string;
    recordWithRequest: string;
    recordStdin: string;
    recorded(file: string, number: number, date: string): string;
    alreadyRecorded(file: string, number: number): string;
    recordUnsafe(file: string): string;
    recordUnreadable(file: string, reason: string): string;
    stdoutOne: string;
    badDate(flag: string, value: string): string;
    /** reading an old version from git */
    git: {
      unknownRevision(revision: string, path: string): string;
      notInRevision(path: string, revision: string): string;
      notRepository(path: string): string;
      noGit: string;
      badRevision(revision: string): string;
      tooBig(path: string, revision: string): string;
      other(path: string, revision: string, reason: string): string;
    };
  };
}
