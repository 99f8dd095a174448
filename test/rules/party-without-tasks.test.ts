import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('party-without-tasks', [
  {
    name: 'the job centre has no task in an agreement',
    yaml: yaml`
      kind: agreement
      partners:
        - id: dwd
          name: Diakonisches Werk Dithmarschen
          shortName: DWD
          units: [{ id: msb, name: Migrationssozialberatung }]
        - { id: arge, name: Arbeitsgemeinschaft für Arbeit und Soziales, shortName: Arge }
      responsibilities:
        - by: msb
          tasks: [Erstberatung]
      sharedTasks:
        - text: Berufswegeplanung
    `,
    expected: [{ pointer: '/partners/1/id', de: ['Arge hat', 'by: arge'], en: ['Arge has no task', '`lead`'] }],
  },
  {
    name: 'near miss: a partner without any id is left to the schema',
    yaml: yaml`
      kind: agreement
      partners:
        - { id: jc, name: Jobcenter Kiel }
        - { name: Caritasverband Kiel }
      responsibilities: [{ by: jc, tasks: [Vermittlung] }]
    `,
    expected: [],
  },
  {
    name: 'a unit without tasks is fine when the partner has a task through another unit or a lead',
    yaml: yaml`
      kind: agreement
      partners:
        - id: dwd
          name: Diakonisches Werk
          units: [{ id: msb, name: MSB }, { id: jmd, name: JMD }]
        - { id: arge, name: ARGE }
      responsibilities:
        - by: [msb]
          tasks: [Erstberatung]
      sharedTasks:
        - { text: Regelmäßiges Zusammentreffen, lead: arge }
    `,
    expected: [],
  },
  {
    name: 'near miss: informal cooperation profiles are not checked',
    yaml: yaml`
      kind: informal
      partners:
        - { id: arge-hl, name: Jobcenter Lübeck }
        - { id: gd, name: Gemeindediakonie Lübeck }
    `,
    expected: [],
  },
]);
