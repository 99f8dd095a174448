// The words of the rendered agreement and cooperation profile (German).

import type { DocumentWords } from '../../render/words.js';

function capitalizeFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const document: DocumentWords = {
  titleAgreement: 'Kooperationsvereinbarung',
  titleProfile: 'Kooperationsprofil',
  between: 'zwischen',
  and: 'und',
  address: (text) => `Anschrift: ${text}`,
  representedBy: (acc, bare) => `vertreten durch ${acc ?? bare}`,
  stand: (date) => `Stand ${date}`,
  pageLabel: 'Seite {page} von {pages}',
  placeDate: 'Ort, Datum',
  signatureCaption: (party) => `Unterschrift (${party})`,
  dateSignatureCaption: (party) => `Datum, Unterschrift (${party})`,
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
    termOnly: 'Laufzeit',
    notice: 'Kündigung',
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

  dataProtectionLead: 'Personenbezogene Daten werden zwischen den Kooperationspartnern wie folgt übermittelt:',
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
  termFromOpen: (from) => `Diese Vereinbarung gilt ab dem ${from} und ist unbefristet.`,
  termFrom: (from) => `Diese Vereinbarung gilt ab dem ${from}.`,
  termUntil: (until) => `Diese Vereinbarung gilt bis zum ${until}.`,
  termOpen: 'Diese Vereinbarung ist unbefristet.',
  notice: (months, word, afterTerm) =>
    `${afterTerm ? 'Sie' : 'Diese Vereinbarung'} kann von jedem Kooperationspartner mit einer Frist von ${word} ${months === 1 ? 'Monat' : 'Monaten'} gekündigt werden.`,
  noticeNone: (afterTerm) =>
    `${afterTerm ? 'Sie' : 'Diese Vereinbarung'} kann von jedem Kooperationspartner jederzeit ohne Einhaltung einer Frist gekündigt werden.`,

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
  intervalUnset: 'regelmäßig',
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
