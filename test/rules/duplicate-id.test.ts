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
    expected: [{ pointer: '/partners/1/id', de: ['„jmd“', 'Einheit Jugendmigrationsdienst', '/partners/0/units/1/id'], en: ['"jmd"', 'unit Jugendmigrationsdienst'] }],
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
      { pointer: '/partners/0/units/1/id', en: 'unit Migrationssozialberatung, /partners/0/units/0/id' },
      { pointer: '/partners/1/id', en: '/partners/0/units/0/id' },
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
    expected: [{ pointer: '/sharedTasks/0/id', de: '/responsibilities/0/tasks/0', en: 'task id "erstberatung"' }],
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
