// Every word of the rendered agreement and cooperation profile, in German and
// English. Sentences that need names take them already inflected (German
// grammar lives in render/text/german.ts); `null` means the name could not be
// declined and the sentence is built so that the bare name is grammatical.
// Both languages implement one interface, so a missing wording does not compile.

import type { Frequency, Lang } from '../model/types.js';

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
  placeDate: string;
  signatureCaption(party: string): string;
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
    term: string;
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
  termFrom(from: string): string;
  termUntil(until: string): string;
  termOpen: string;
  notice(months: number, monthsWord: string): string;

  amendmentClause: string;
  amendmentWritten: string;

  /** "einmal jährlich", "alle zwei Jahre", "alle 18 Monate" */
  interval(months: number, word: (n: number) => string): string;
  reviewClause(interval: string, partnerCount: number, profile: boolean): string;
  reviewOwner(ownerNominative: string | null, bare: string): string;
  lastReview(date: string): string;

  /** profile: "Jugendmigrationsdienst (JMD), Migrationsberatung (MBE)" after the partner */
  unitsOf(units: string): string;
}

const de: DocumentWords = {
  titleAgreement: 'Kooperationsvereinbarung',
  titleProfile: 'Kooperationsprofil',
  between: 'zwischen',
  and: 'und',
  address: (text) => `Anschrift: ${text}`,
  representedBy: (acc, bare) => `vertreten durch ${acc ?? bare}`,
  stand: (date) => `Stand ${date}`,
  pageLabel: 'Seite {page} von {pages}',
  placeDate: 'Ort, Datum',
  signatureCaption: (party) => `Datum, Unterschrift (${party})`,
  subjectAgreement: (dat, bare) => (dat ? `Kooperationsvereinbarung zwischen ${dat}` : `Kooperationsvereinbarung: ${bare}`),
  subjectProfile: (district, bare) => `Kooperationsprofil ${district}: ${bare}`,

  sections: {
    purpose: 'Gegenstand und Zweck der Vereinbarung',
    purposeProfile: 'Gegenstand der Zusammenarbeit',
    responsibilities: 'Aufteilung der Zuständigkeiten',
    responsibilitiesProfile: 'Aufgaben',
    shared: 'Gemeinsame Aufgaben',
    bodies: 'Gremien und Arbeitskreise',
    offers: 'Angebote',
    goals: 'Ziele',
    contacts: 'Ansprechpersonen',
    dataProtection: 'Datenschutz',
    term: 'Laufzeit und Kündigung',
    amendment: 'Änderungen',
    review: 'Überprüfung',
    annexes: 'Anlagen',
    participants: 'Beteiligte',
  },

  legalBasis: (list) => `Rechtsgrundlagen: ${list}.`,
  responsibilitiesLead: 'Für die erfolgreiche Umsetzung wird folgende Aufgabenverteilung vereinbart:',
  responsibilitiesLeadProfile: 'In der Zusammenarbeit übernehmen die Beteiligten folgende Aufgaben:',
  tasksOf: (gen, bare) => (gen ? `Aufgaben ${gen}` : `Aufgaben von ${bare}`),
  tasksIntro: (gen, bare) =>
    `Im Rahmen dieser Vereinbarung gehören zu den Aufgaben ${gen ?? `von ${bare}`}:`,
  lead: (name) => `federführend: ${name}`,
  costBearer: (acc, bare) => (acc ? `Kostenübernahme durch ${acc}` : `Kostenübernahme: ${bare}`),
  costKeyword: /kostenübernahme|kostenträger/i,
  frequency: {
    once: 'einmalig',
    monthly: 'monatlich',
    quarterly: 'vierteljährlich',
    semiannual: 'halbjährlich',
    annual: 'jährlich',
    asNeeded: 'nach Bedarf',
  },
  targetGroup: (unit, ages, description) =>
    `Zielgruppe (${unit}): ${[description, ages && !(description ?? '').includes(ages) ? ages : null].filter(Boolean).join(', ')}.`,
  ages: (min, max) =>
    min !== undefined && max !== undefined
      ? `${min} bis ${max} Jahre`
      : min !== undefined
        ? `ab ${min} Jahren`
        : max !== undefined
          ? `bis ${max} Jahre`
          : null,
  framework: (unit, framework) => `Arbeitsgrundlage (${unit}): ${framework}`,

  body: { convener: 'Einladung', members: 'Mitglieder', frequency: 'Turnus', purpose: 'Zweck' },
  offer: { provider: 'Träger', funder: 'Finanzierung', targetGroup: 'Zielgruppe' },
  goalsLead: 'Mit dieser Vereinbarung verfolgen die Kooperationspartner folgende Ziele:',
  goalsLeadProfile: 'Die Beteiligten verfolgen in ihrer Zusammenarbeit folgende Ziele:',
  indicators: 'Indikatoren',

  contactColumns: { party: 'Einrichtung', name: 'Name', role: 'Funktion', topic: 'Thema', reach: 'Telefon / E-Mail' },
  contactsUpdated: (date, party) => (party ? `Stand der Liste (${party}): ${date}.` : `Stand der Liste: ${date}.`),

  dataProtectionLead: 'Personenbezogene Daten werden zwischen den Kooperationspartnern nur wie folgt übermittelt:',
  dataFlow: (from, to, data) =>
    from.nom && to.dat
      ? `${capitalizeFirst(from.nom)} übermittelt ${to.dat} folgende Angaben: ${data}.`
      : `Übermittlung von ${from.bare} an ${to.acc ?? to.bare}: ${data}.`,
  purposeOf: (purpose) => `Zweck: ${purpose}`,
  consent: (form) => `Grundlage: Einwilligung der betroffenen Person${form ?? ''}.`,
  statute: (statute) => `Rechtsgrundlage: ${statute}`,
  relatedTask: (task) => `Zugehörige Aufgabe: „${task}“.`,
  churchLaw: {
    'DSG-EKD': (acc, bare) =>
      `Für ${acc ?? bare} gilt das Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD).`,
    KDG: (acc, bare) => `Für ${acc ?? bare} gilt das Gesetz über den Kirchlichen Datenschutz (KDG).`,
  },

  termFromUntil: (from, until) => `Diese Vereinbarung gilt vom ${from} bis zum ${until}.`,
  termFrom: (from) => `Diese Vereinbarung gilt ab dem ${from} und ist unbefristet.`,
  termUntil: (until) => `Diese Vereinbarung gilt bis zum ${until}.`,
  termOpen: 'Diese Vereinbarung ist unbefristet.',
  notice: (months, word) =>
    `Sie kann von jedem Kooperationspartner mit einer Frist von ${word} ${months === 1 ? 'Monat' : 'Monaten'} gekündigt werden.`,

  amendmentClause: 'Diese Kooperationsvereinbarung kann jederzeit geändert werden, wenn einer der Partner dies wünscht.',
  amendmentWritten: 'Der Änderungswunsch ist schriftlich und konkret anzumelden.',

  interval: (months, word) => {
    if (months === 12) return 'einmal jährlich';
    if (months === 6) return 'halbjährlich';
    if (months === 3) return 'vierteljährlich';
    if (months === 1) return 'monatlich';
    if (months % 12 === 0) return `alle ${word(months / 12)} Jahre`;
    return `alle ${word(months)} Monate`;
  },
  reviewClause: (interval, count, profile) => {
    const who = count >= 3 ? 'allen Kooperationspartnern' : count === 2 ? 'beiden Kooperationspartnern' : 'den Beteiligten';
    return profile
      ? `Dieses Kooperationsprofil wird ${interval} von ${who} auf seine Aktualität hin überprüft.`
      : `Diese Vereinbarung wird ${interval} von ${who} auf ihre weitere Gültigkeit und Praktikabilität hin überprüft.`;
  },
  reviewOwner: (nom, bare) => (nom ? `Zur Überprüfung lädt ${nom} ein.` : `Zur Überprüfung lädt ein: ${bare}.`),
  lastReview: (date) => `Letzte Überprüfung: ${date}.`,

  unitsOf: (units) => `mit ${units}`,
};

const en: DocumentWords = {
  titleAgreement: 'Cooperation Agreement',
  titleProfile: 'Cooperation Profile',
  between: 'between',
  and: 'and',
  address: (text) => `Address: ${text}`,
  representedBy: (_acc, bare) => `represented by ${bare}`,
  stand: (date) => `Version of ${date}`,
  pageLabel: 'Page {page} of {pages}',
  placeDate: 'Place, date',
  signatureCaption: (party) => `Date, signature (${party})`,
  subjectAgreement: (dat, bare) => `Cooperation agreement between ${dat ?? bare}`,
  subjectProfile: (district, bare) => `Cooperation profile ${district}: ${bare}`,

  sections: {
    purpose: 'Subject and Purpose of the Agreement',
    purposeProfile: 'Subject of the Cooperation',
    responsibilities: 'Division of Responsibilities',
    responsibilitiesProfile: 'Tasks',
    shared: 'Shared Tasks',
    bodies: 'Committees and Working Groups',
    offers: 'Services and Courses',
    goals: 'Goals',
    contacts: 'Contact Persons',
    dataProtection: 'Data Protection',
    term: 'Term and Termination',
    amendment: 'Amendments',
    review: 'Review',
    annexes: 'Annexes',
    participants: 'Participants',
  },

  legalBasis: (list) => `Legal basis: ${list}.`,
  responsibilitiesLead: 'For successful implementation, the following division of tasks is agreed:',
  responsibilitiesLeadProfile: 'In their cooperation, the participants take on the following tasks:',
  tasksOf: (gen, bare) => `Tasks of ${gen ?? bare}`,
  tasksIntro: (gen, bare) => `Under this agreement, the tasks of ${gen ?? bare} include:`,
  lead: (name) => `lead: ${name}`,
  costBearer: (acc, bare) => `costs covered by ${acc ?? bare}`,
  costKeyword: /\bcosts?\b/i,
  frequency: {
    once: 'once',
    monthly: 'monthly',
    quarterly: 'quarterly',
    semiannual: 'every six months',
    annual: 'annually',
    asNeeded: 'as needed',
  },
  targetGroup: (unit, ages, description) =>
    `Target group (${unit}): ${[description, ages && !(description ?? '').includes(ages) ? ages : null].filter(Boolean).join(', ')}.`,
  ages: (min, max) =>
    min !== undefined && max !== undefined
      ? `aged ${min} to ${max}`
      : min !== undefined
        ? `aged ${min} and over`
        : max !== undefined
          ? `aged up to ${max}`
          : null,
  framework: (unit, framework) => `Framework (${unit}): ${framework}`,

  body: { convener: 'Convened by', members: 'Members', frequency: 'Meets', purpose: 'Purpose' },
  offer: { provider: 'Provider', funder: 'Funding', targetGroup: 'Target group' },
  goalsLead: 'With this agreement, the partners pursue the following goals:',
  goalsLeadProfile: 'In their cooperation, the participants pursue the following goals:',
  indicators: 'Indicators',

  contactColumns: { party: 'Organisation', name: 'Name', role: 'Role', topic: 'Topic', reach: 'Phone / email' },
  contactsUpdated: (date, party) => (party ? `List as of ${date} (${party}).` : `List as of ${date}.`),

  dataProtectionLead: 'Personal data is passed between the partners only as follows:',
  dataFlow: (from, to, data) => `${capitalizeFirst(from.nom ?? from.bare)} passes the following data to ${to.dat ?? to.bare}: ${data}.`,
  purposeOf: (purpose) => `Purpose: ${purpose}`,
  consent: (form) => `Basis: consent of the person concerned${form ?? ''}.`,
  statute: (statute) => `Legal basis: ${statute}`,
  relatedTask: (task) => `Related task: “${task}”.`,
  churchLaw: {
    'DSG-EKD': (acc, bare) => `The Data Protection Act of the Protestant Church in Germany (DSG-EKD) applies to ${acc ?? bare}.`,
    KDG: (acc, bare) => `The Catholic Church Data Protection Act (KDG) applies to ${acc ?? bare}.`,
  },

  termFromUntil: (from, until) => `This agreement applies from ${from} until ${until}.`,
  termFrom: (from) => `This agreement applies from ${from} for an indefinite period.`,
  termUntil: (until) => `This agreement applies until ${until}.`,
  termOpen: 'This agreement is concluded for an indefinite period.',
  notice: (months, word) => `Each partner may terminate it by giving ${word} ${months === 1 ? "month's" : "months'"} notice.`,

  amendmentClause: 'This cooperation agreement may be amended at any time if one of the partners so wishes.',
  amendmentWritten: 'Requests for amendment must be submitted in writing and state the proposed changes specifically.',

  interval: (months, word) => {
    if (months === 12) return 'once a year';
    if (months === 6) return 'every six months';
    if (months === 3) return 'every three months';
    if (months === 1) return 'every month';
    if (months % 12 === 0) return `every ${word(months / 12)} years`;
    return `every ${word(months)} months`;
  },
  reviewClause: (interval, count, profile) => {
    const who = count >= 3 ? 'all partners' : count === 2 ? 'both partners' : 'the participants';
    return profile
      ? `This cooperation profile is reviewed ${interval} by ${who} to keep it up to date.`
      : `This agreement is reviewed ${interval} by ${who} for its continued validity and practicability.`;
  },
  reviewOwner: (nom, bare) => `The review is convened by ${nom ?? bare}.`,
  lastReview: (date) => `Last review: ${date}.`,

  unitsOf: (units) => `with ${units}`,
};

function capitalizeFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const documentWords: Record<Lang, DocumentWords> = { de, en };
