import { testRule, yaml } from '../helpers/rule-harness.js';

const partners = `
partners:
  - id: dwd
    name: Diakonisches Werk Dithmarschen
    shortName: DWD
    units: [{ id: msb, name: Migrationssozialberatung, shortName: MSB }, { id: jmd, name: Jugendmigrationsdienst, shortName: JMD }]
  - { id: arge, name: Arbeitsgemeinschaft für Arbeit und Soziales, shortName: Arge }
`;

testRule('cost-bearer', [
  {
    name: 'Dithmarschen: Kostenübernahme durch die Arge in a shared task',
    yaml: `${partners}
sharedTasks:
  - text: Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge)
`,
    expected: [
      {
        pointer: '/sharedTasks/0',
        de: ['„Kostenübernahme“', 'der Text nennt `arge`', 'costBearer: arge'],
        en: ['is about costs', 'add `costBearer: arge`'],
      },
    ],
  },
  {
    name: 'cost words: Fahrkosten, finanziert, Finanzierung, Erstattung, English funding',
    yaml: `${partners}
sharedTasks:
  - { text: Übernahme der Fahrkosten zum Integrationskurs, lead: arge }
  - text: Sprachkurs mit Praktikum wird gemeinsam finanziert
  - text: Finanzierung der Kinderbetreuung
  - text: Erstattung von Kursgebühren
  - text: Joint funding of the literacy course
responsibilities:
  - by: [msb, jmd]
    tasks:
      - { text: Kostenbeteiligung an Fahrten zu Behörden, id: fahrten }
`,
    expected: [
      { pointer: '/sharedTasks/0', de: ['„Fahrkosten“', 'costBearer: arge'] },
      { pointer: '/sharedTasks/1', de: '„finanziert“' },
      { pointer: '/sharedTasks/2', de: '„Finanzierung“' },
      { pointer: '/sharedTasks/3', de: '„Erstattung“' },
      { pointer: '/sharedTasks/4', en: '"funding"' },
      { pointer: '/responsibilities/0/tasks/0', de: '„Kostenbeteiligung“', en: 'costBearer: msb' },
    ],
  },
  {
    name: 'a string task of several parties must become an object',
    yaml: `${partners}
responsibilities:
  - by: [msb, jmd]
    tasks: [Übernahme der Fahrtkosten zu Beratungsterminen]
`,
    expected: [{ pointer: '/responsibilities/0/tasks/0', en: 'write the task as an object' }],
  },
  {
    name: 'near miss: cost bearer given, one responsible party, Förderung, finanzielle Fragen, kostenlos',
    yaml: `${partners}
sharedTasks:
  - { text: Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge), costBearer: arge }
  - text: Kostenlose Beratung in der Sprechstunde
responsibilities:
  - by: arge
    tasks:
      - Förderung von Integrationsmaßnahmen wie Alphabetisierung, fachspezifische Sprachkurse und Sprachkursen mit Praktika
      - Übernahme der Fahrkosten zum Integrationskurs
  - by: [msb, jmd]
    tasks:
      - Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)
      - { text: Kostenübernahme für Dolmetscher, costBearer: dwd }
`,
    expected: [],
  },
]);
