// Each rule's description and the wording of its findings (English): the
// agreement's rules (`agree check`) and the review results' (`agree review
// --results`). Names of things come in worded already (t.names); dates come in
// formatted.

import type { PartyRef } from '../names.js';
import type { BasisField, OverdueBasis } from '../rules.js';

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const q = (s: string) => `"${s}"`;
const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(', ');
const and = (parts: readonly string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

const inField = (field: BasisField) => (field === 'consentForm' ? 'in the consent form' : 'in `statute`');

export const rules = {
  'duplicate-id': {
    description: 'Two partners/units or two tasks with the same id',
    party: (id: string, first: string) =>
      `The id "${id}" is already taken by ${first}; partners and units need different ids. Rename one, e.g. to "${id}-2", and update the references to it.`,
    task: (id: string, first: string) =>
      `The task id "${id}" is already used by ${first}. Reviews refer to tasks by this id; give this task an \`id\` of its own, or drop \`id\` to have it derived from the text.`,
    body: (id: string, first: string) =>
      `The body's id "${id}" is already used by ${first}. Review results count the meetings of bodies and shared tasks under their ids; give the body an \`id\` of its own.`,
  },
  'unknown-reference': {
    description: 'A reference to a party or task that does not exist',
    party: (field: string, value: string, hint: { suggestion?: string; known: readonly string[]; more: boolean }) =>
      `\`${field}\` refers to ${value === '' ? '(empty)' : q(value)}, but no partner or unit has this \`id\`.${
        hint.suggestion ? ` Did you mean \`${hint.suggestion}\`?` : hint.known.length > 0 ? ` Known ids: ${ids(hint.known)}${hint.more ? ', …' : ''}.` : ' The document has no partners with an `id` yet.'
      }`,
    task: (value: string, suggestion: string | undefined) =>
      `\`task\` refers to ${value === '' ? '(empty)' : q(value)}, but no task has this id.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Give the task this data flow serves an `id` and use it here.'}`,
  },
  'party-without-tasks': {
    description: 'A partner (with all its units) has no task — responsibilities are unclear',
    none: (party: PartyRef, partyIds: readonly string[]) =>
      `${cap(party.name)} has no task in this agreement: none of the ids ${ids(partyIds)} appears in \`responsibilities[].by\` or as the \`lead\` of a shared task. Add a \`responsibilities\` entry with \`by: ${partyIds[0]}\`, or make ${party.name} the \`lead\` of a shared task.`,
  },
  'data-flow-legal-basis': {
    description: 'A data flow without data items, purpose, or a valid basis (consent needs `consentForm`, statute needs `statute`)',
    noData: (flow: string) =>
      `${cap(flow)} names no data. List under \`data\` what is passed, e.g. \`data: [Fehlzeiten, Kursabbruch]\` — only what is listed is agreed (data minimisation, Art. 5 GDPR).`,
    noPurpose: (flow: string) =>
      `${cap(flow)} has no purpose. State under \`purpose\` what the data is needed for, e.g. \`purpose: Teilnehmermotivation und Abbruchprävention\` (purpose limitation, Art. 5 GDPR, § 78 SGB X).`,
    noBasis: (flow: string) =>
      `${cap(flow)} has no legal basis. Set \`legalBasis: consent\` with \`consentForm\` (the consent form) or \`legalBasis: statute\` with \`statute\` (the provision that permits it, e.g. "§ 50 SGB II i. V. m. § 69 SGB X").`,
    noConsentForm: (flow: string) =>
      `${cap(flow)} is based on consent but names no consent form. Consent must be demonstrable (Art. 7 GDPR, § 67b (2) SGB X); name the form, e.g. \`consentForm: Anlage 1 Einwilligungserklärung\`.`,
    noStatute: (flow: string) =>
      `${cap(flow)} is based on a statute but does not name it. Put the provision under \`statute\`, e.g. \`statute: § 50 SGB II i. V. m. § 69 Abs. 1 Nr. 1 SGB X\` — or base the flow on consent.`,
  },
  'undeclared-data-flow': {
    description: 'A task passes personal information (absences, drop-outs, "informiert", "Unterrichtung", "Meldung", "Austausch") but no data flow is declared for it',
    undeclared: (task: string, term: string, from: string, taskId: string, idGiven: boolean) =>
      `The task ${q(task)} appears to pass personal information (${q(term)}), but no data flow is declared for it. Add an entry under \`dataFlows\` with \`from: ${from}\`, \`to\`, \`data\`, \`purpose\`, \`legalBasis\` and \`task: ${taskId}\`${
        idGiven ? '' : ' (give the task a fixed `id` for that; the derived one changes with the text)'
      } — or, if no client data is passed, switch the rule off for this document.`,
  },
  'church-data-law': {
    description: 'A church provider (`churchLaw`) in a data flow whose basis names only DSGVO/BDSG',
    otherChurch: (party: PartyRef, law: string, other: string, field: BasisField) =>
      `${cap(party.name)} is bound by ${law}, but this data flow's basis names ${other}, the other church's data-protection law. Replace ${other} with ${law} ${inField(field)}.`,
    secularOnly: (party: PartyRef, law: string, secular: string, field: BasisField) =>
      `${cap(party.name)} is a church provider bound by ${law}, not the BDSG, but this data flow's basis names only ${q(secular)}. Name ${law} as well ${inField(field)} (e.g. "${secular} / ${law}").`,
  },
  'recurring-task-frequency': {
    description: 'A shared task about meetings or regular exchange without `frequency`',
    noFrequency: (task: string, term: string) =>
      `Shared task ${q(task)} is about meetings or regular exchange (${q(term)}) but has no \`frequency\`; add e.g. \`frequency: quarterly\` (once, monthly, quarterly, semiannual, annual, asNeeded) so the annual review can compare meetings held with meetings agreed.`,
  },
  'shared-task-lead': {
    description: 'A shared task without `lead`',
    noLead: (task: string | undefined, n: number, example: string) =>
      `${task !== undefined ? `Shared task ${q(task)}` : `Shared task ${n}`} has no lead. Name with \`lead\` who convenes it or gets it started, e.g. \`lead: ${example}\`.`,
  },
  'cost-bearer': {
    description: 'A task about costs ("Kosten", "Kostenübernahme", "finanziert") without `costBearer`',
    noBearer: (task: string, term: string, named: string | undefined, example: string, asObject: boolean) =>
      `The task ${q(task)} is about costs (${q(term)}) but does not say with \`costBearer\` who pays${named ? ` (the text names \`${named}\`)` : ''}; add \`costBearer: ${example}\`${
        asObject ? ' — write the task as an object for that: `{ text: …, costBearer: …}`' : ''
      }.`,
  },
  'target-group-age': {
    description: 'A JMD unit whose ages are not within 12–27, or an MBE unit below 27',
    jmd: (unit: PartyRef, key: string, age: number, fix: number) =>
      `${cap(unit.name)} (JMD, \`service: jmd\`, youth migration service) is funded for young people aged 12 to 27 only (KJP guidelines); \`${key}: ${age}\` is outside that range. Set \`${key}: ${fix}\` — older migrants are counselled by the MBE, younger ones by school social work or youth services.`,
    mbe: (unit: PartyRef, key: string, age: number, min: number) =>
      `${cap(unit.name)} (MBE, \`service: mbe\`, adult migrants' counselling) counsels adults over 27; \`${key}: ${age}\` is below that. Set \`${key}: ${min}\` or higher; young people up to 27 are counselled by the Jugendmigrationsdienst (JMD).`,
  },
  'review-clause': {
    description: 'An agreement without review interval (`review.intervalMonths`); a warning when the interval is over 12 months',
    missing:
      'The agreement does not say when it is reviewed. Add e.g. `review: { intervalMonths: 12, owner: <id> }` — as in Dithmarschen: "reviewed once a year by both partners for continued validity and practicability".',
    tooLong: (months: number, max: number) =>
      `The agreement is reviewed only every ${months} months. Contacts, courses and funding rules usually change in that time; agree on \`intervalMonths: ${max}\` or less (annual review).`,
  },
  'review-overdue': {
    description: 'The review is overdue: the date the last review fixed (`review.next`), or `lastReview` (or `version` when none) plus the interval, is before today',
    overdue: (due: string, since: OverdueBasis, days: number) =>
      `The review was due on ${due} (${
        since.basis === 'next'
          ? `date set at the review of ${since.set}`
          : since.basis === 'lastReview'
            ? `last review ${since.last}, interval ${since.interval} months`
            : `version of ${since.version}, no review recorded yet, interval ${since.interval} months`
      }) and is ${days} days overdue. Hold it (\`agree review\` prints the checklist) and then record it (\`agree review … --results … --record\`).`,
  },
  'contacts-current': {
    description: 'A partner without contacts, or with `contactsUpdated` older than 12 months',
    none: (party: PartyRef) =>
      `No contact person is listed for ${party.name}, neither on the partner nor on any unit. Add \`contacts\` (name, role, phone or email) and \`contactsUpdated\` with the date they were confirmed.`,
    stale: (party: PartyRef, updated: string, months: number) =>
      `The contacts of ${party.name} were last confirmed on ${updated}, more than ${months} months ago. Check the list with the partner, correct \`contacts\` and set \`contactsUpdated\` to today's date.`,
  },
  'goal-indicator': {
    description: 'A goal without an indicator',
    noIndicator: (goal: string | undefined, n: number) =>
      `${goal !== undefined ? `Goal ${q(goal)}` : `Goal ${n}`} has no indicator the annual review could measure it by. Add \`indicators\`, e.g. \`indicators: [number of network partners, number of joint case conferences]\`.`,
  },
  'outdated-term': {
    description: '"ARGE" in a document whose version is 2011 or later; "ALG II"/"Arbeitslosengeld II" from 2023 on (Bürgergeld)',
    outdated: (found: string, year: string, term: 'arge' | 'arbeitslosengeld-ii') =>
      `"${found}" is outdated in a document of ${year}: ${
        {
          arge: 'since 2011 the joint agencies (ARGE) are called "Jobcenter" (job centre, § 6d SGB II). Write "Jobcenter".',
          'arbeitslosengeld-ii': 'since 2023 the SGB II benefit is called "Bürgergeld" (citizen’s benefit, Bürgergeld Act). Write "Bürgergeld".',
        }[term]
      }`,
  },
  'future-version': {
    description: '`version` is after today',
    future: (version: string, today: string) =>
      `The version date ${version} is in the future (today is ${today}). Set \`version\` to the date of the text in force — perhaps a typo in the year?`,
  },
  'unsupported-character': {
    description: 'A character the PDF font cannot show (e.g. Chinese) would appear as "�" in the PDF',
    unsupported: (value: string, count: number, listed: readonly string[], more: number) =>
      `${q(value)} contains ${count === 1 ? 'a character' : `${count} characters`} the PDF's font (DejaVu Sans) does not have: ${listed.join(', ')}${
        more > 0 ? ` and ${more} more` : ''
      }. The PDF would show "�" there. Write it in Latin transcription (e.g. "Zhang Wei" instead of "张伟").`,
  },

  // the review results' rules
  'review-agreement': {
    description: 'The results file names another agreement (`agreement`)',
    wrongAgreement: (given: string, expected: string, file: string) =>
      `These results belong to agreement "${given}", but "${expected}" (${file}) is being evaluated. Choose the matching results file or agreement.`,
  },
  'review-unknown-task': {
    description: 'A task id (under `tasks` or `meetings`) that the agreement does not have',
    unknownTask: (id: string, hint: string | undefined, where: 'tasks' | 'meetings') =>
      `The agreement has no task \`${id}\`${where === 'tasks' ? '' : ' (under `meetings`)'}.${hint ? ` Did you mean \`${hint}\`?` : ''} The ids of all tasks are in the results file that \`agree review --format yaml\` writes; a derived id changes when the task's text does.`,
  },
  'review-not-recurring': {
    description: 'Meetings counted for a task that is not a shared task with a `frequency`',
    notRecurring: (id: string, shared: boolean) =>
      shared
        ? `Shared task \`${id}\` has no agreed \`frequency\`; meetings are counted only for shared tasks with a frequency. Add the frequency to the agreement or remove this entry.`
        : `\`${id}\` is not a shared task; meetings are counted only for shared tasks (\`sharedTasks\`) with a frequency.`,
  },
  'review-unknown-goal': {
    description: "An indicator's `goal` that the agreement does not have",
    unknownGoal: (goal: number, count: number) =>
      count === 0
        ? `The agreement names no goals; \`goal: ${goal}\` refers to nothing.`
        : `The agreement has ${count === 1 ? 'one goal' : `${count} goals`} (\`goal: 1\`${count > 1 ? ` to \`goal: ${count}\`` : ''}, counted as in the checklist); there is no \`goal: ${goal}\`.`,
  },
  'review-goal-numbering': {
    description: 'Results that count goals from 0, as results files did before',
    goalsFromZero:
      'These results count goals from 0 (`goal: 0` for goal 1), as results files did before; agree reads them so. Count from 1 as the checklist does (`goal: 1` is goal 1) — `agree review AGREEMENT.yaml --results RESULTS.yaml --format yaml` writes the file counted anew.',
  },
  'review-unknown-party': {
    description: '`nextReview.owner` is no partner or unit of the agreement',
    unknownParty: (id: string, hint: string | undefined) =>
      `\`nextReview.owner\` refers to "${id}", but no partner or unit of the agreement has this id${hint ? ` – did you mean \`${hint}\`?` : '.'}`,
  },
  'review-missing-task': {
    description: 'Tasks of the agreement missing from the results (they count as unanswered)',
    missingTasks: (taskIds: readonly string[]) => {
      const list = ids(taskIds.slice(0, 5)) + (taskIds.length > 5 ? ' …' : '');
      return taskIds.length === 1
        ? `Task ${list} of the agreement is missing from the results; it counts as unanswered (like "not fulfilled" in the rate).`
        : `${taskIds.length} tasks of the agreement are missing from the results (${list}); they count as unanswered (like "not fulfilled" in the rate).`;
    },
  },
  'review-unknown-indicator': {
    description: 'An indicator that its goal does not name (the value is still shown)',
    unknownIndicator: (indicator: string, goal: string, hint: string | undefined) =>
      `${cap(goal)} of the agreement has no indicator "${indicator}"${hint ? ` – did you mean "${hint}"?` : '.'} The value is still shown in the evaluation.`,
  },
  'review-amend-without-request': {
    description: 'The decision is to amend the agreement, but no amendment is requested (`amendments`)',
    amendWithoutRequest:
      'Decision "amend" (amend in writing), but no amendment requests: the request must be made in writing and specifically — list it under `amendments`.',
  },
  'review-incomplete': {
    description: 'Tasks, review questions or the decision are not answered',
    incomplete: (missing: { tasks: number; questions: number; decision: boolean }, tasks: number, questions: number) => {
      const parts: string[] = [];
      if (missing.tasks > 0) parts.push(`${missing.tasks} of ${tasks} ${tasks === 1 ? 'task' : 'tasks'}`);
      if (missing.questions > 0) parts.push(`${missing.questions} of ${questions} review questions`);
      if (missing.decision) parts.push('the decision');
      const plural = parts.length > 1 || missing.tasks > 1 || missing.questions > 1;
      return `${cap(and(parts))} ${plural ? 'are' : 'is'} not answered — the evaluation is incomplete. Fill in the missing answers (\`status\`, \`answer\`, \`decision\`).`;
    },
  },
};
