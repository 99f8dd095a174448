import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('outdated-term', [
  {
    name: 'ARGE in a 2015 agreement, in every string',
    yaml: yaml`
      kind: agreement
      version: 2015-04-01
      district: Kreis Dithmarschen
      partners:
        - id: arge
          name: Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen
          shortName: Arge
          contacts: [{ name: Uwe Reimers, email: reimers@arge-dithmarschen.de }]
      responsibilities:
        - by: arge
          intro: Im Rahmen dieser Vereinbarung gehören zu den Aufgaben der Arge
          tasks: [Förderung von Integrationsmaßnahmen]
    `,
    expected: [
      { pointer: '/partners/0/name', de: ['„Arbeitsgemeinschaft für Arbeit“', 'Jobcenter'], en: ['is outdated', 'Jobcenter'] },
      { pointer: '/partners/0/shortName', de: '„Arge“' },
      { pointer: '/responsibilities/0/intro' },
    ],
  },
  {
    name: 'ALG II from 2023 on, in several spellings',
    yaml: yaml`
      version: 2024-01-10
      responsibilities:
        - by: mbe
          tasks:
            - Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.)
            - Beratung im ALG-II-Bezug
            - Hilfe beim Antrag auf Arbeitslosengeld 2
            - Help with the application for unemployment benefit II
    `,
    expected: [
      { pointer: '/responsibilities/0/tasks/0', de: ['„ALG II“', 'Bürgergeld'], en: 'Bürgergeld' },
      { pointer: '/responsibilities/0/tasks/1', de: '„ALG-II“' },
      { pointer: '/responsibilities/0/tasks/2' },
      { pointer: '/responsibilities/0/tasks/3' },
    ],
  },
  {
    name: 'a 2023 document may mention ARGE and ALG II in one string: two findings',
    yaml: yaml`
      version: 2023-01-01
      purpose: Die frühere ARGE berät zum ALG II
    `,
    expected: [{ pointer: '/purpose', de: 'Jobcenter' }, { pointer: '/purpose', de: 'Bürgergeld' }],
  },
  {
    name: 'near miss: a 2006 agreement may say ARGE and ALG II',
    yaml: yaml`
      version: 2006-07-06
      partners: [{ id: arge, name: ARGE Dithmarschen }]
      responsibilities:
        - by: dwd
          tasks: [Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.)]
    `,
    expected: [],
  },
  {
    name: 'near miss: ALG II in 2020, ALG I, a working group, the adjective, ids and emails',
    yaml: yaml`
      version: 2020-06-01
      partners:
        - id: arge
          name: Jobcenter Kiel
          contacts: [{ name: Jan Petersen, email: petersen@arge-kiel.example.org }]
      responsibilities:
        - by: arge
          tasks:
            - Beratung zum ALG II
            - Beratung zum ALG I nach SGB III
            - Mitarbeit in der Arbeitsgemeinschaft Migration
            - Hilfe in einer argen Notlage
    `,
    expected: [],
  },
]);
