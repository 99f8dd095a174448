import { testRule, yaml } from '../helpers/rule-harness.js';

const partners = `
kind: agreement
partners:
  - id: dwd
    name: Diakonisches Werk Dithmarschen
    units:
      - { id: msb, name: Migrationssozialberatung }
      - { id: jmd, name: Jugendmigrationsdienst }
  - { id: arge, name: Arbeitsgemeinschaft für Arbeit und Soziales }
`;

testRule('undeclared-data-flow', [
  {
    name: 'Dithmarschen: Unterrichtung bei Fernbleiben without any data flow',
    yaml: `${partners}
responsibilities:
  - by: arge
    tasks:
      - Sensibilisierung und Qualifizierung der Mitarbeitenden für den Umgang mit Migranten
      - Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch
`,
    expected: [
      {
        pointer: '/responsibilities/0/tasks/1',
        de: ['„Unterrichtung“', 'task: unterrichtung-des-dwd-bei-fernbleiben-vom', 'from: arge'],
        en: ['appears to pass personal information', 'dataFlows'],
      },
    ],
  },
  {
    name: 'inflections, compounds and umlaut spellings',
    yaml: `${partners}
responsibilities:
  - by: arge
    tasks:
      - Die Arge meldet Kursabbrüchen zeitnah
      - Rückmeldung über Kursabbrueche
      - Fehlzeiten der Teilnehmenden
      - Die MSB wird informiert
      - Informationsaustausch über Problemfälle
      - Absences and drop-outs are reported to the MSB
sharedTasks:
  - text: Austausch zwischen Sprachlehrern und DWD-Mitarbeitern über Problemfälle
`,
    expected: [
      { pointer: '/responsibilities/0/tasks/0', de: '„meldet“' },
      { pointer: '/responsibilities/0/tasks/1', de: '„Rückmeldung“' },
      { pointer: '/responsibilities/0/tasks/2', de: '„Fehlzeiten“' },
      { pointer: '/responsibilities/0/tasks/3', de: '„informiert“' },
      { pointer: '/responsibilities/0/tasks/4', de: '„Informationsaustausch“' },
      { pointer: '/responsibilities/0/tasks/5', en: '"Absences"' },
      { pointer: '/sharedTasks/0', de: '„Austausch“' },
    ],
  },
  {
    name: 'a flow with a task covers only that task',
    yaml: `${partners}
responsibilities:
  - by: arge
    tasks:
      - { text: Unterrichtung des DWD bei Fernbleiben vom Unterricht, id: fehlzeiten-melden }
      - Meldung von Kursabbrüchen an die MSB
dataFlows:
  - { from: arge, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Anlage 1, task: fehlzeiten-melden }
`,
    expected: [{ pointer: '/responsibilities/0/tasks/1' }],
  },
  {
    name: 'a flow without task covers the tasks of the partners it connects, units included',
    yaml: `${partners}
responsibilities:
  - by: [msb, jmd]
    tasks: [Information der Arge über Kursabbrüche]
  - by: arge
    tasks: [Unterrichtung des DWD bei Fernbleiben vom Unterricht]
dataFlows:
  - { from: arge, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Anlage 1 }
`,
    expected: [],
  },
  {
    name: 'a flow between other parties does not cover the task',
    yaml: `${partners}
  - { id: vhs, name: Volkshochschule Heide }
responsibilities:
  - by: vhs
    tasks: [Meldung von Fehlzeiten an das Jobcenter]
dataFlows:
  - { from: arge, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Anlage 1 }
`,
    expected: [{ pointer: '/responsibilities/0/tasks/0' }],
  },
  {
    name: 'near miss: registration, prevention, experience exchange, lessons, info events',
    yaml: `${partners}
responsibilities:
  - by: [msb, jmd]
    tasks:
      - Erstberatung
      - Anmeldung der Kinder in Kindertagesstätte und Schule
      - Motivation zur Teilnahme am Deutschkurs und Abbruchprävention
      - Sprachunterricht mit Praxisanteilen
      - Informationsveranstaltungen zum Integrationskurs
      - Weiterleitung an spezielle Fachdienste
      - Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)
sharedTasks:
  - { text: Regelmäßiger Erfahrungsaustausch der Fachkräfte, frequency: quarterly }
  - { text: Regular exchange of experience, frequency: annual }
`,
    expected: [],
  },
]);
