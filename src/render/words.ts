// Every word of the rendered agreement and cooperation profile. Sentences that
// need names take them already inflected (the pack's grammar); `null` means the
// name could not be declined and the sentence is built so that the bare name
// is grammatical. Each language pack implements this (src/lang/<code>/document.ts).

import type { Frequency } from '../model/types.js';

export interface DocumentWords {
  titleAgreement: string;
  titleProfile: string;
  between: string;
  and: string;
  /** "Anschrift: Diakonisches Werk Dithmarschen (DWD)" */
  address(text: string): string;
  /** the representative is given as a role with article ("die Geschäftsführung") or null (a name: as written) */
  representedBy(withArticle: string | null, bare: string): string;
  stand(date: string): string;
  pageLabel: string;
  /** the place and date line beside the signature: "Ort, Datum" */
  placeDate: string;
  /** under the signature line, the date asked on the place line: "Unterschrift (DWD)" */
  signatureCaption(party: string): string;
  /** the seed's single line, date and signature together (signatureLines: combined): "Datum, Unterschrift (DWD)" */
  dateSignatureCaption(party: string): string;
  /** PDF subject */
  subjectAgreement(partiesDative: string | null, partiesBare: string): string;
  subjectProfile(district: string, partiesBare: string): string;

  sections: {
    purpose: string;
    purposeProfile: string;
    responsibilities: string;
    responsibilitiesProfile: string;
    shared: string;
    bodies: string;
    offers: string;
    goals: string;
    contacts: string;
    dataProtection: string;
    /** term and notice both stated */
    term: string;
    /** only the term */
    termOnly: string;
    /** only the notice */
    notice: string;
    amendment: string;
    review: string;
    annexes: string;
    participants: string;
  };

  legalBasis(list: string): string;
  responsibilitiesLead: string;
  responsibilitiesLeadProfile: string;
  /** heading "Aufgaben der …" */
  tasksOf(genitive: string | null, bare: string): string;
  /** lead-in when a responsibility has no intro */
  tasksIntro(genitive: string | null, bare: string): string;
  /** details after a task, joined: "federführend: …; vierteljährlich; Kostenübernahme durch …" */
  lead(name: string): string;
  costBearer(accusative: string | null, bare: string): string;
  /** a word in the task text that shows the costs are already mentioned */
  costKeyword: RegExp;
  frequency: Record<Frequency, string>;
  targetGroup(unit: string, ages: string | null, description: string | undefined): string;
  ages(min: number | undefined, max: number | undefined): string | null;
  framework(unit: string, framework: string): string;

  body: { convener: string; members: string; frequency: string; purpose: string };
  offer: { provider: string; funder: string; targetGroup: string };
  goalsLead: string;
  goalsLeadProfile: string;
  indicators: string;

  contactColumns: { party: string; name: string; role: string; topic: string; reach: string };
  contactsUpdated(date: string, party: string | null): string;

  dataProtectionLead: string;
  /**
   * one data flow: who passes what to whom. The sentence needs the sender in the
   * nominative and the recipients in the dative; without them a heading-like
   * form with "von … an …" (recipients in the accusative when known, else bare).
   */
  dataFlow(from: { nom: string | null; bare: string }, to: { dat: string | null; acc: string | null; bare: string }, data: string): string;
  purposeOf(purpose: string): string;
  /** `form` comes as an addition with its separator: " (Anlage 1)" or " – Anlage 1 (DSG-EKD)" */
  consent(form: string | undefined): string;
  statute(statute: string): string;
  relatedTask(task: string): string;
  churchLaw: Record<'DSG-EKD' | 'KDG', (partyAccusative: string | null, bare: string) => string>;

  termFromUntil(from: string, until: string): string;
  /** a start, and the end stated as open (indefinite: true or until: null) */
  termFromOpen(from: string): string;
  /** a start, the end not stated */
  termFrom(from: string): string;
  termUntil(until: string): string;
  termOpen: string;
  /** `afterTerm`: a sentence about the term comes first ("Sie kann …"), else the notice stands alone */
  notice(months: number, monthsWord: string, afterTerm: boolean): string;
  /** noticeMonths: 0 */
  noticeNone(afterTerm: boolean): string;

  amendmentClause: string;
  amendmentWritten: string;

  /** "einmal jährlich", "alle zwei Jahre", "alle 18 Monate" */
  interval(months: number, word: (n: number) => string): string;
  /** the interval when the document gives none */
  intervalUnset: string;
  reviewClause(interval: string, partnerCount: number, profile: boolean): string;
  reviewOwner(ownerNominative: string | null, bare: string): string;
  lastReview(date: string): string;

  /** profile: "Jugendmigrationsdienst (JMD), Migrationsberatung (MBE)" after the partner */
  unitsOf(units: string): string;
}

