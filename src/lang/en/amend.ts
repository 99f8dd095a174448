// The words of `agree diff` and `agree amend` (English): the change list, the
// instructions as an amendment to an agreement states them ("In paragraph
// 2.1, after the third bullet point insert: …"), the amendment, the request
// for it, and the command line's messages.

import type { AmendWords, InsertAt, Named } from '../../amend/words.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const short = (n: Named) => (n.short ? ` (${n.short})` : '');
const the = (n: Named) => `${n.nom ?? n.bare}${short(n)}`;

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A quoted sentence ends the instruction with its own full stop: `: "… amended."`, not `: "… amended.".` */
const stop = (quoted: string) => (/[.!?][”"]$/u.test(quoted) ? quoted : `${quoted}.`);
const tail = (quoted: string | null) => (quoted ? `: ${stop(quoted)}` : ':');
/** "In paragraph 2.1, " before an instruction, or nothing under "Paragraph 2.1 is amended as follows:" */
const inAt = (at: string | null, rest: string) => (at ? `In ${at}, ${rest}` : cap(rest));

const CHURCH_LAW: Record<string, string> = {
  'DSG-EKD': 'the data protection act of the Protestant Church in Germany (DSG-EKD)',
  KDG: 'the Catholic data protection act (KDG)',
};

export const amend: AmendWords = {
  subjects: {
    title: 'Title',
    district: 'District',
    version: 'Version',
    partner: 'Partner',
    unit: 'Unit',
    contact: 'Contact person',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    responsibility: 'Responsibility',
    task: 'Task',
    sharedTask: 'Shared task',
    dataFlow: 'Data flow',
    body: 'Body',
    offer: 'Offer',
    goal: 'Goal',
    term: 'Term',
    amendment: 'Amendment clause',
    review: 'Review',
    annex: 'Annex',
  },
  changes: {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    reworded: 'reworded',
    moved: 'moved',
    replaced: 'replaced',
    renamed: 'renamed',
  },
  clauses: {
    title: 'Title',
    partners: 'Partners',
    purpose: 'Purpose',
    responsibilities: 'Tasks',
    bodies: 'Bodies',
    offers: 'Offers',
    goals: 'Goals',
    contacts: 'Contact persons',
    dataProtection: 'Data protection',
    term: 'Term and notice',
    amendment: 'Amendment clause',
    review: 'Review',
    annexes: 'Annexes',
    record: 'Records',
  },
  changeCount: (n) => (n === 1 ? '1 change' : `${n} changes`),
  heading: (oldFile, newFile, count) => `${oldFile} → ${newFile}: ${count}`,
  noChanges: 'No changes.',
  similar: (percent) => `recognised by its wording, similarity ${percent}`,
  none: '—',
  labels: { was: 'was', now: 'now', sentence: 'in the amendment', number: 'paragraph' },
  attentionHeading: 'For the data-protection officers and management',
  attention: {
    dataFlowAdded: (_party, what) => `New transfer of personal data: ${what}.`,
    dataItemsAdded: (_party, what) => `A data transfer now includes more data: ${what}.`,
    legalBasisChanged: (_party, what) => `The legal basis of a data transfer changes: ${what}.`,
    consentFormChanged: (_party, what) => `The consent form of a data transfer changes: ${what}.`,
    lastTaskRemoved: (party) => `${party} has no task left in the agreement after this change.`,
  },
  recordOnly: 'not the subject of an amendment',
  legalBasis: { consent: 'consent', statute: 'statute' },
  flow: (from, to, data, basis) => `${from} to ${to}: ${data} (${basis})`,

  number: (n) => `paragraph ${n}`,
  numbers: (ns) => `paragraphs ${list(ns)}`,
  letter: (i) => {
    const abc = 'abcdefghijklmnopqrstuvwxyz';
    return `(${i >= 26 ? abc[Math.floor(i / 26) - 1] : ''}${abc[i % 26]})`;
  },

  insertItems: (at, where: InsertAt, quoted, count) => {
    const what = count === 1 ? 'the following bullet point' : 'the following bullet points';
    if (where === 'end') return inAt(at, `at the end add ${what}${tail(quoted)}`);
    const position = where === 'start' ? 'before the first bullet point' : `after the ${ordinal(where)} bullet point`;
    return inAt(at, `${position} insert ${what}${tail(quoted)}`);
  },
  replaceItem: (at, position, quoted) => inAt(at, `the ${ordinal(position)} bullet point is replaced by: ${stop(quoted)}`),
  removeItem: (at, position, quoted) => inAt(at, `the ${ordinal(position)} bullet point (${quoted}) is deleted.`),
  replaceIntro: (at, quoted) => inAt(at, `the introductory sentence is replaced by: ${stop(quoted)}`),
  replaceHeading: (at, quoted) => inAt(at, `the heading is replaced by: ${stop(quoted)}`),
  replaceClosing: (at, quoted) => inAt(at, `the text after the list is replaced by${tail(quoted)}`),
  addClosing: (at, quoted) => inAt(at, `after the list add the following text${tail(quoted)}`),
  removeClosing: (at) => inAt(at, 'the text after the list is deleted.'),
  contactAdded: (at, quoted) => inAt(at, `the following contact person is added: ${quoted}.`),
  contactRemoved: (at, name, party) => inAt(at, `the contact person ${name} (${party}) is deleted.`),
  contactChanged: (at, name, party, quoted) => inAt(at, `the details of ${name} (${party}) are replaced by: ${stop(quoted)}`),

  sectionReplaced: (number, quoted) => `Paragraph ${number} is replaced by${tail(quoted)}`,
  sectionInserted: (after, number, heading) => (after ? `After paragraph ${after}, insert the following paragraph ${number} “${heading}”:` : `Insert the following paragraph ${number} “${heading}”:`),
  sectionRemoved: (number, heading) => `Paragraph ${number} (“${heading}”) is deleted.`,
  renumbered: (olds, news) =>
    olds.length === 1 ? `Former paragraph ${olds[0]} becomes paragraph ${news[0]}.` : `Former paragraphs ${list(olds)} become paragraphs ${list(news)}.`,
  changedAsFollows: (number) => `Paragraph ${number} is amended as follows:`,
  titleChanged: (quoted) => `The title of the agreement is replaced by ${quoted}.`,
  quote: (text) => `“${text}”`,

  partnerReplaced: (old, now, details) => `${cap(the(now))}${details ? `, ${details},` : ''} takes the place of ${the(old)}.`,
  partnerRenamed: (old, name) => `${cap(the(old))} is now called “${name}”.`,
  partnerShortName: (p, s) => (s ? `The short name of ${p.nom ?? p.bare} is now “${s}”.` : `${cap(p.nom ?? p.bare)} no longer has a short name.`),
  partnerAddress: (p, address) => (address ? `The address of ${the(p)} is now: ${address}.` : `The address of ${the(p)} is deleted.`),
  partnerRepresented: (p, role, bare) => (bare ? `${cap(the(p))} is represented by ${role ?? bare}.` : `The statement of who represents ${the(p)} is deleted.`),
  partnerChurchLaw: (p, law) => (law ? `${cap(CHURCH_LAW[law] ?? law)} applies to ${the(p)}.` : `The statement of the church data protection law for ${the(p)} is deleted.`),
  partnerAdded: (p, details) => `${cap(the(p))}${details ? `, ${details},` : ''} joins the agreement as a further partner.`,
  partnerRemoved: (p) => `${cap(the(p))} leaves the agreement.`,
  unitReplaced: (partner, old, now) => `At ${the(partner)}, ${the(now)} takes the place of ${the(old)}.`,
  unitAdded: (partner, unit) => `${cap(the(unit))} of ${the(partner)} is included in the agreement.`,
  unitRemoved: (partner, unit) => `${cap(the(unit))} of ${the(partner)} is no longer part of the agreement.`,
  unitRenamed: (old, name) => `${cap(the(old))} is now called “${name}”.`,
  unitMoved: (unit, from, to) => `${cap(the(unit))} now belongs to ${the(to)} instead of ${the(from)}.`,
  unitTargetGroup: (unit, text) => (text ? `The target group of ${the(unit)} is now: ${text}.` : `The target group of ${the(unit)} is deleted.`),
  unitFramework: (unit, text) => (text ? `The framework of ${the(unit)} is now: ${text}.` : `The framework of ${the(unit)} is deleted.`),
  partnerDetails: (address, represented, units) => [address, represented, units ? `with ${units}` : null].filter(Boolean).join(', '),

  amendment: {
    title: (number, agreement, _dative, date) => `Amendment No. ${number} to the ${agreement} of ${date}`,
    preamble: (agreement, _nominative, date, last) =>
      `The ${agreement} of ${date}${last ? `, last amended by Amendment No. ${last.number} of ${last.date},` : ''} is amended as follows:`,
    subject: (title, parties) => `${title} – ${parties}`,
    sections: { summary: 'Summary', changes: 'Amendments', effective: 'Entry into force' },
    headings: {
      title: 'Title',
      parties: 'Partners',
      section: (number, heading) => `Paragraph ${number} – ${heading}`,
      inserted: (number, heading) => `New paragraph ${number} – ${heading}`,
      renumbering: 'Numbering of the paragraphs',
    },
    summary: (count, clauses) => `This amendment changes the agreement in ${count === 1 ? 'one point' : `${count} points`}: ${clauses}.`,
    attentionLead: 'The data-protection officers and the management of the partners should review these changes before signing:',
    effective: (date) => `This amendment enters into force on ${date}.`,
    unchanged: 'In all other respects the cooperation agreement remains unchanged.',
    record: (clauses) => `Changes: ${clauses}`,
  },

  request: {
    title: (agreement, _dative, date) => `Request to amend the ${agreement} of ${date}`,
    from: 'from',
    to: 'to',
    lead: (sender, clause) => `${cap(the(sender))} requests${clause ? `, under paragraph ${clause} of the agreement,` : ''} that the agreement be amended as follows:`,
    meeting: (date) =>
      date
        ? `We ask that this request be discussed at the next review of the agreement on ${date} and that the changes be agreed in writing in an amendment.`
        : 'We ask that this request be discussed at the next meeting of the partners and that the changes be agreed in writing in an amendment.',
    sections: { changes: 'Requested changes', meeting: 'Discussion' },
    summary: (count, clauses) => `This request concerns ${count === 1 ? 'one point' : `${count} points`} of the agreement: ${clauses}.`,
    attentionLead: 'The data-protection officers and the management of the partners should review these changes before the discussion:',
    dated: (date) => `Date: ${date}`,
    subject: (title, sender) => `${title} – ${sender}`,
  },

  cli: {
    helpDiff: 'show what changed between two versions of an agreement, paragraph by paragraph',
    helpAmend: 'write the signable amendment to an agreement (or with --request the request for it)',
    helpOld: 'the previous version (YAML), or REV:PATH, a version from git',
    helpNew: 'the new version (YAML)',
    helpDiffFormat: 'output: text (default), json or md',
    helpAmendFormat: 'what to write: pdf (default), md, docx; several separated by commas',
    helpSince: 'the previous version is the file at this git revision, e.g. HEAD~1',
    helpAllowIdChange: 'compare versions with different ids',
    helpOut: 'output directory (default: current directory), or - for standard output',
    helpDate: 'date of the amendment or request (YYYY-MM-DD; default: the new version\'s date, for a request today)',
    helpEffective: 'the day the amendment enters into force (YYYY-MM-DD; default: its date)',
    helpRequest: 'write the request of one partner to the others instead of the amendment',
    helpFrom: 'with --request: the partner (id) who requests the change',
    helpRecord: 'record the amendment in the new version\'s amendments list (comments are kept)',
    helpToday: 'date that date rules compare against (YYYY-MM-DD, default: today)',
    twoFiles: 'Give two versions: agree {command} OLD.yaml NEW.yaml, or agree {command} NEW.yaml --since REV.',
    sinceAndOld: '--since already names the previous version; give only the new file: agree {command} NEW.yaml --since REV.',
    differentIds: (oldId, newId) => `The versions have different ids ("${oldId}" and "${newId}") — are they versions of the same agreement? If so, compare them with --allow-id-change.`,
    oldHasErrors: (file) => `${file}: the previous version has errors (see above); it cannot be compared as it is.`,
    newHasErrors: (file) => `${file}: the new version has errors (see above); fix them first (agree check).`,
    informal: (file) => `${file} is a cooperation profile (kind: informal): it is not signed and needs no amendment. agree diff shows the changes, agree render the new version.`,
    noChanges: (oldFile, newFile) => `No changes between ${oldFile} and ${newFile}; nothing written.`,
    nothingToAmend: (oldFile, newFile) =>
      `Between ${oldFile} and ${newFile} only records changed (version, last review, date of the contact list …); they need no amendment. Nothing written.`,
    wrote: (path, changes) => `wrote ${path} (${changes})`,
    requestNeedsFrom: '--request needs --from PARTNER: the id of the partner who requests the change.',
    fromWithoutRequest: '--from belongs to --request (the request of one partner).',
    unknownPartner: (id, known, hint) => `No partner with the id "${id}" in the new version.${hint ? ` Did you mean "${hint}"?` : ''} Partners: ${known}.`,
    recordWithRequest: '--record records a concluded amendment; a request is not recorded.',
    recordStdin: '--record writes into the new version\'s file; read from standard input, there is none.',
    recorded: (file, number, date) => `${file}: amendment No. ${number} of ${date} recorded in amendments.`,
    alreadyRecorded: (file, number) => `${file}: amendment No. ${number} is recorded in amendments already; nothing changed.`,
    recordUnsafe: (file) => `${file}: the amendment cannot be recorded safely without changing anything else; please add it to amendments by hand.`,
    recordUnreadable: (file, reason) => `${file}: cannot be read: ${reason}`,
    stdoutOne: '--out - writes one file to standard output; choose one format (--format pdf, md or docx).',
    badDate: (flag, value) => `Invalid date for ${flag}: "${value}". Use YYYY-MM-DD, e.g. 2026-04-01.`,
    git: {
      unknownRevision: (revision, path) => `There is no revision "${revision}" in this git repository (looked up for ${path}). Check the name, e.g. with git log --oneline.`,
      notInRevision: (path, revision) => `${path} does not exist at revision "${revision}" (the file was not in the repository then, or had another name).`,
      notRepository: (path) => `${path} is not in a git repository; a previous version cannot be read from git.`,
      noGit: 'git is not installed or not on the PATH; a previous version cannot be read from git.',
      badRevision: (revision) => `"${revision}" is not a revision name (it must not start with "-" or contain line breaks).`,
      tooBig: (path, revision) => `${path} at revision "${revision}" is larger than 5 MB and is not read.`,
      other: (path, revision, reason) => `${path} cannot be read from revision "${revision}": git says "${reason}".`,
    },
  },
};
