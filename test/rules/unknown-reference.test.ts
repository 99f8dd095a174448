import { testRule, yaml } from '../helpers/rule-harness.js';

const parties = `
partners:
  - id: dwd
    name: Diakonisches Werk Dithmarschen
    shortName: DWD
    units:
      - { id: msb, name: Migrationssozialberatung, shortName: MSB }
      - { id: jmd, name: Jugendmigrationsdienst, shortName: JMD }
  - id: arge
    name: Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen
    shortName: Arge
`;

testRule('unknown-reference', [
  {
    name: 'a typo in by suggests the closest id',
    yaml: `${parties}
responsibilities:
  - by: [msb, jdm]
    tasks: [Erstberatung]
`,
    expected: [{ pointer: '/responsibilities/0/by/1', de: 'Meinten Sie `jmd`?', en: 'Did you mean `jmd`?' }],
  },
  {
    name: 'a short name instead of the id suggests the id',
    yaml: `${parties}
sharedTasks:
  - { text: Anerkennung von Zeugnissen und Diplomen, lead: MSB, costBearer: Arge }
`,
    expected: [
      { pointer: '/sharedTasks/0/lead', en: 'Did you mean `msb`?' },
      { pointer: '/sharedTasks/0/costBearer', en: 'Did you mean `arge`?' },
    ],
  },
  {
    name: 'every kind of reference is checked',
    yaml: `${parties}
responsibilities:
  - by: arge
    tasks:
      - { text: Übernahme der Fahrkosten, costBearer: jobcenter }
dataFlows:
  - { from: agentur, to: [dwd, caritas], data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Anlage 1, task: fehlzeiten-melden }
bodies:
  - { name: AG Migration, convener: kreis, members: [msb, fallmanagement] }
review: { intervalMonths: 12, owner: diakonie }
`,
    expected: [
      { pointer: '/responsibilities/0/tasks/0/costBearer' },
      { pointer: '/dataFlows/0/from' },
      { pointer: '/dataFlows/0/to/1' },
      { pointer: '/dataFlows/0/task', en: 'no task has this id', de: 'keine Aufgabe' },
      { pointer: '/bodies/0/convener' },
      { pointer: '/bodies/0/members/1' },
      { pointer: '/review/owner', en: 'Known ids: `dwd`, `msb`, `jmd`, `arge`' },
    ],
  },
  {
    name: 'a data flow task given as the task text suggests the derived id',
    yaml: `${parties}
responsibilities:
  - by: arge
    tasks: [Unterrichtung des DWD bei Fernbleiben vom Unterricht]
dataFlows:
  - from: arge
    to: dwd
    data: [Fehlzeiten]
    purpose: Abbruchprävention
    legalBasis: consent
    consentForm: Anlage 1
    task: Unterrichtung des DWD bei Fernbleiben vom Unterricht
`,
    expected: [{ pointer: '/dataFlows/0/task', en: 'Did you mean `unterrichtung-des-dwd-bei-fernbleiben-vom`?' }],
  },
  {
    name: 'near miss: units, partners, given and derived task ids all resolve',
    yaml: `${parties}
responsibilities:
  - by: [msb, jmd]
    tasks:
      - Erstberatung
      - { text: Motivation zur Teilnahme am Deutschkurs, id: kursbegleitung, costBearer: dwd }
sharedTasks:
  - { text: Regelmäßiges Zusammentreffen, lead: arge, frequency: quarterly }
dataFlows:
  - { from: arge, to: [dwd], data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Anlage 1, task: kursbegleitung }
  - { from: msb, to: arge, data: [Name], purpose: Terminabsprache, legalBasis: consent, consentForm: Anlage 1, task: erstberatung }
bodies:
  - { name: Arbeitskreis Integrationskurse, convener: msb, members: arge }
review: { intervalMonths: 12, owner: dwd }
`,
    expected: [],
  },
  {
    name: 'near miss: references of the wrong type are left to the schema',
    yaml: `${parties}
responsibilities:
  - { by: 7, tasks: [Erstberatung] }
sharedTasks: [{ text: Planung von Maßnahmen, lead: { id: arge } }]
review: notes
`,
    expected: [],
  },
]);
