import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('duplicate-id', [
  {
    name: 'a unit with the id of another partner',
    yaml: yaml`
      kind: agreement
      partners:
        - id: dwd
          name: Diakonisches Werk Dithmarschen
          units:
            - { id: msb, name: Migrationssozialberatung, service: msb }
            - { id: jmd, name: Jugendmigrationsdienst, service: jmd }
        - id: jmd
          name: Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen
    `,
    expected: [{ pointer: '/partners/1/id', de: ['„jmd“', 'Einheit 2 (Jugendmigrationsdienst) von Partner 1'], en: ['"jmd"', 'unit 2 (Jugendmigrationsdienst) of partner 1'] }],
  },
  {
    name: 'two units of one partner with one id; the third occurrence is reported too',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk
          units:
            - { id: msb, name: Migrationssozialberatung }
            - { id: msb, name: Jugendmigrationsdienst }
        - id: msb
          name: Jobcenter
    `,
    expected: [
      { pointer: '/partners/0/units/1/id', en: 'already taken by unit 1 (Migrationssozialberatung) of partner 1' },
      { pointer: '/partners/1/id', en: 'unit 1 (Migrationssozialberatung)' },
    ],
  },
  {
    name: 'two tasks with one given id',
    yaml: yaml`
      partners: [{ id: dwd, name: Diakonisches Werk }, { id: arge, name: ARGE }]
      responsibilities:
        - by: dwd
          tasks:
            - { text: Erstberatung, id: erstberatung }
      sharedTasks:
        - { text: Erstberatung gemeinsam mit der ARGE, id: erstberatung }
    `,
    expected: [{ pointer: '/sharedTasks/0/id', de: 'schon vergeben: Aufgabe 1 des Diakonischen Werkes', en: ['task id "erstberatung"', 'used by task 1 of Diakonisches Werk'] }],
  },
  {
    name: 'near miss: equal task texts get derived ids -2, and a task may share its id with a party',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk
          units: [{ id: msb, name: Migrationssozialberatung }]
        - { id: arge, name: ARGE }
      responsibilities:
        - by: msb
          tasks: [Erstberatung, Erstberatung, { text: MSB, id: msb }]
    `,
    expected: [],
  },
  {
    name: 'near miss: a document without partners or tasks',
    yaml: yaml`
      kind: informal
      district: Hansestadt Lübeck
    `,
    expected: [],
  },
]);
