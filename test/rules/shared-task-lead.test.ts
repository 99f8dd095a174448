import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('shared-task-lead', [
  {
    name: 'Dithmarschen: the shared tasks have no lead',
    yaml: yaml`
      partners:
        - { id: dwd, name: Diakonisches Werk Dithmarschen }
        - { id: arge, name: ARGE Dithmarschen }
      sharedTasks:
        - { text: Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern, frequency: quarterly }
        - text: Berufswegeplanung
        - { text: Planung von Maßnahmen, lead: "" }
    `,
    // an empty lead is no id: the schema (and unknown-reference) say so, not this rule
    expected: [
      { pointer: '/sharedTasks/0', severity: 'info', de: ['Federführung', 'lead: dwd'], en: 'has no lead' },
      { pointer: '/sharedTasks/1' },
    ],
  },
  {
    name: 'the document can raise the severity',
    yaml: yaml`
      sharedTasks:
        - text: Berufswegeplanung
      rules: { shared-task-lead: warning }
    `,
    expected: [{ pointer: '/sharedTasks/0', severity: 'warning' }],
  },
  {
    name: 'near miss: every shared task has a lead',
    yaml: yaml`
      sharedTasks:
        - { text: Berufswegeplanung, lead: arge }
        - { text: Anerkennung von Zeugnissen und Diplomen, lead: msb, costBearer: arge }
    `,
    expected: [],
  },
]);
