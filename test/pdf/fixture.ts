// A DocumentModel modelled on the Dithmarschen agreement (Stand 6.7.2006),
// with contact names in Turkish, Cyrillic and Arabic script.

import type { DocumentModel, Section } from '../../src/render/document.js';

export const MSB_JMD_TASKS = [
  'Erstberatung',
  'Einbindung in das deutsche Sozialsystem',
  'Stellen der notwendigen Anträge (z. B. ALG II, Kindergeld usw.)',
  'Anmeldung der Kinder in Kindertagesstätte und Schule',
  'Konfliktberatung und Krisenintervention, individuelle psychosoziale Unterstützung und Begleitung',
  'Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)',
  'Beratung und Hilfe in alltagspraktischen Fragen',
  'Weiterleitung an spezielle Fachdienste',
  'Begleitung zu Ämtern und Behörden',
  'Motivation zur Teilnahme am Deutschkurs und Abbruchprävention, sozialpädagogische Begleitung während des Kurses im Rahmen der Kooperationsvereinbarung mit dem jeweiligen Kursträger',
  'Vorbereitung auf die Zeit nach dem Integrationskurs',
  'Empfehlung von Anschlussmaßnahmen',
];

export const ARGE_TASKS = [
  'Sensibilisierung und Qualifizierung der Mitarbeitenden für den Umgang mit Migranten',
  'Förderung von Integrationsmaßnahmen wie Alphabetisierung, fachspezifische Sprachkurse und Sprachkurse mit Praktika sowie in der Folge notwendige weitere arbeitsmarktpolitische Maßnahmen',
  'Verpflichtung von Maßnahmeträgern zur Zusammenarbeit mit der MSB und dem JMD (zur Teilnehmermotivation und Abbruchprävention); insbesondere Austausch zwischen Sprachlehrern/Sprachlehrerinnen und DWD-Mitarbeitern/-Mitarbeiterinnen über Problemfälle',
  'Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch',
];

export const SHARED_TASKS = [
  'Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern (vierteljährlich)',
  'Berufswegeplanung',
  'Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die ARGE)',
  'Planung von Maßnahmen',
];

export const CONTACT_NAMES = ['Sabine Kühl', 'Ayşe Yılmaz Çağlar', 'Ольга Петрова', 'محمد', 'Uwe Reimers'];

export const HEADINGS = [
  '1. Gegenstand und Zweck der Vereinbarung',
  '2. Aufteilung der Zuständigkeiten',
  'Aufgaben der Migrationssozialberatung und des Jugendmigrationsdienstes',
  'Aufgaben der ARGE',
  'Gemeinsame Aufgaben',
  '3. Ansprechpersonen',
  '4. Datenschutz',
  '5. Ziele',
  '6. Änderungen und Überprüfung',
];

function sections(msbTasks: string[]): Section[] {
  return [
    {
      number: '1',
      heading: 'Gegenstand und Zweck der Vereinbarung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Im Rahmen der Kooperation wird die psychosoziale Beratung und Betreuung von Migranten und Migrantinnen in Dithmarschen zum Zwecke einer erfolgreichen Integration vereinbart.',
        },
      ],
      subsections: [],
    },
    {
      number: '2',
      heading: 'Aufteilung der Zuständigkeiten',
      blocks: [{ type: 'paragraph', text: 'Für die erfolgreiche Umsetzung wird folgende Aufgabenverteilung vereinbart:' }],
      subsections: [
        {
          number: '',
          heading: 'Aufgaben der Migrationssozialberatung und des Jugendmigrationsdienstes',
          blocks: [
            {
              type: 'paragraph',
              text: 'Die MSB und der JMD beraten neuzugewiesene Spätaussiedler und ihre Familienangehörigen sowie Ausländer in Dithmarschen nach dem Case Management Handlungsrahmen. Vorrangig handelt es sich um Menschen in den ersten drei Jahren ihres gesicherten Aufenthaltes oder um Menschen mit erhöhtem Integrationsbedarf. Die Schwerpunkte der sozialpädagogischen Begleitung liegen bei den folgenden Inhalten:',
            },
            { type: 'list', items: msbTasks },
            {
              type: 'paragraph',
              text: 'Die sozialpädagogische Fachkraft des JMD begleitet die Migrantinnen und Migranten im Alter von 12 bis 27 Jahren mit Schwerpunktsetzung auf die nicht mehr Schulpflichtigen nach Maßgabe der „Grundsätze zur Durchführung und Weiterentwicklung des Programms 18 im Kinder- und Jugendplan des Bundes (KJP)“. Für die MSB gilt das „Rahmenkonzept für eine Sozialberatung für Migrantinnen und Migranten in Schleswig-Holstein“.',
            },
          ],
          subsections: [],
        },
        {
          number: '',
          heading: 'Aufgaben der ARGE',
          blocks: [
            { type: 'paragraph', text: 'Im Rahmen dieser Vereinbarung gehören zu den Aufgaben der ARGE:' },
            { type: 'list', items: ARGE_TASKS },
          ],
          subsections: [],
        },
        {
          number: '',
          heading: 'Gemeinsame Aufgaben',
          blocks: [{ type: 'list', items: SHARED_TASKS }],
          subsections: [],
        },
      ],
    },
    {
      number: '3',
      heading: 'Ansprechpersonen',
      blocks: [
        {
          type: 'table',
          columns: ['Name', 'Partner', 'Aufgabe', 'E-Mail'],
          rows: [
            ['Sabine Kühl', 'DWD', 'Migrationssozialberatung', 'kuehl@diakonie-dithmarschen.example'],
            ['Ayşe Yılmaz Çağlar', 'DWD', 'Jugendmigrationsdienst (12–27 Jahre)', 'caglar@diakonie-dithmarschen.example'],
            ['Ольга Петрова', 'DWD', 'Sprachkursbegleitung, Russisch', 'petrova@diakonie-dithmarschen.example'],
            ['محمد', 'ARGE', 'Arbeitsvermittlung U 25', 'arbeitsvermittlung-u25@arge-dithmarschen.example'],
            ['Uwe Reimers', 'ARGE', 'Teamleitung Markt und Integration', 'reimers@arge-dithmarschen.example'],
          ],
        },
      ],
      subsections: [],
    },
    {
      number: '4',
      heading: 'Datenschutz',
      blocks: [
        {
          type: 'paragraph',
          text: 'Personenbezogene Daten werden nur in dem folgenden Umfang und nur mit schriftlicher Einwilligung der Betroffenen übermittelt:',
        },
        {
          type: 'table',
          columns: ['Von', 'An', 'Daten', 'Zweck', 'Grundlage'],
          rows: [
            [
              'ARGE',
              'DWD',
              'Fehlzeiten, Kursabbruch',
              'Teilnehmermotivation und Abbruchprävention',
              'Einwilligung (Anlage 1 Einwilligungserklärung)',
            ],
          ],
        },
      ],
      subsections: [],
    },
    {
      number: '5',
      heading: 'Ziele',
      blocks: [
        {
          type: 'paragraph',
          text: 'Diese Vereinbarung hat auch zum Ziel, ein kommunales Netzwerk mit Kooperationspartnern zur Unterstützung der Integration junger Zuwanderinnen und Zuwanderer in Dithmarschen aufzubauen.',
        },
      ],
      subsections: [],
    },
    {
      number: '6',
      heading: 'Änderungen und Überprüfung',
      blocks: [
        {
          type: 'paragraph',
          text: 'Diese Kooperationsvereinbarung kann jederzeit geändert werden, wenn einer der Partner dies wünscht. Der Änderungswunsch ist schriftlich und konkret anzumelden.',
        },
        {
          type: 'paragraph',
          text: 'Diese Vereinbarung wird einmal jährlich von beiden Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft.',
        },
      ],
      subsections: [],
    },
  ];
}

export function dithmarschen(overrides: Partial<DocumentModel> = {}, msbTasks = MSB_JMD_TASKS): DocumentModel {
  return {
    lang: 'de',
    kind: 'agreement',
    id: 'dithmarschen-2006',
    title: 'Kooperationsvereinbarung',
    between: 'zwischen',
    and: 'und',
    parties: [
      {
        lines: [
          'Migrationssozialberatung (MSB) und Jugendmigrationsdienst (JMD)',
          'Diakonisches Werk Dithmarschen (DWD)',
          'Nordermarkt 8',
          '25704 Meldorf',
        ],
      },
      {
        lines: ['Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen (ARGE)', 'Rungholtstraße 1', '25746 Heide'],
      },
    ],
    sections: sections(msbTasks),
    stand: 'Stand 6. Juli 2006',
    signatures: [
      {
        partnerId: 'dwd',
        partyName: 'Diakonisches Werk Dithmarschen',
        role: 'Geschäftsführung',
        signatoryName: '',
        placeDateCaption: 'Ort, Datum',
        signatureCaption: 'Unterschrift (DWD)',
      },
      {
        partnerId: 'arge',
        partyName: 'Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen',
        role: 'Geschäftsführung',
        signatoryName: 'Uwe Reimers',
        placeDateCaption: 'Ort, Datum',
        signatureCaption: 'Unterschrift (ARGE)',
      },
    ],
    footer: 'Kooperationsvereinbarung Kreis Dithmarschen · Stand 6. Juli 2006',
    pageLabel: 'Seite {page} von {pages}',
    meta: {
      title: 'Kooperationsvereinbarung Kreis Dithmarschen',
      subject: 'Kooperationsvereinbarung zwischen Diakonisches Werk Dithmarschen und ARGE Dithmarschen',
      author: 'Diakonisches Werk Dithmarschen; ARGE Dithmarschen',
      keywords: 'Kooperationsvereinbarung, Migrationssozialberatung, Jugendmigrationsdienst, SGB II',
      lang: 'de',
      date: '2006-07-06',
    },
    ...overrides,
  };
}

/** The agreement with `n` tasks for MSB/JMD: pushes the signature blocks around. */
export function withManyTasks(n: number): DocumentModel {
  const tasks = Array.from({ length: n }, (_, i) => `${MSB_JMD_TASKS[i % MSB_JMD_TASKS.length]} (${i + 1})`);
  return dithmarschen({}, tasks);
}
