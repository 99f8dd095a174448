// The words of the rendered agreement and cooperation profile (English).

import type { DocumentWords } from '../../render/words.js';

function capitalizeFirst(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const document: DocumentWords = {
  titleAgreement: 'Cooperation Agreement',
  titleProfile: 'Cooperation Profile',
  between: 'between',
  and: 'and',
  address: (text) => `Address: ${text}`,
  representedBy: (_acc, bare) => `represented by ${bare}`,
  stand: (date) => `Version of ${date}`,
  pageLabel: 'Page {page} of {pages}',
  placeDate: 'Place, date',
  signatureCaption: (party) => `Signature (${party})`,
  dateSignatureCaption: (party) => `Date, signature (${party})`,
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
    termOnly: 'Term',
    notice: 'Termination',
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

  dataProtectionLead: 'Personal data is passed between the partners as follows:',
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
  termFromOpen: (from) => `This agreement applies from ${from} for an indefinite period.`,
  termFrom: (from) => `This agreement applies from ${from}.`,
  termUntil: (until) => `This agreement applies until ${until}.`,
  termOpen: 'This agreement is concluded for an indefinite period.',
  notice: (months, word, afterTerm) =>
    `Each partner may terminate ${afterTerm ? 'it' : 'this agreement'} by giving ${word} ${months === 1 ? "month's" : "months'"} notice.`,
  noticeNone: (afterTerm) => `Each partner may terminate ${afterTerm ? 'it' : 'this agreement'} at any time without notice.`,

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
  intervalUnset: 'regularly',
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
