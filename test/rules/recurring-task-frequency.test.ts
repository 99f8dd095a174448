import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('recurring-task-frequency', [
  {
    name: 'Dithmarschen: Regelmäßiges Zusammentreffen without frequency',
    yaml: yaml`
      sharedTasks:
        - text: Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern
          lead: arge
        - text: Berufswegeplanung
    `,
    expected: [
      {
        pointer: '/sharedTasks/0',
        de: ['„Regelmäßiges“', 'frequency: quarterly'],
        en: ['Shared task "Regelmäßiges Zusammentreffen', 'is about meetings', 'add e.g. `frequency: quarterly`'],
      },
    ],
  },
  {
    name: 'meeting words: Treffen, Sitzung, Fallkonferenz, Zusammenkunft, Austausch, English',
    yaml: yaml`
      sharedTasks:
        - text: Treffen der Fallmanager und Migrationsberater
        - text: Netzwerktreffen im Kreis
        - text: Gemeinsame Sitzungen der AG Migration
        - text: Fallkonferenzen bei Bedarf
        - text: Zusammenkünfte der Kursträger
        - text: Informationsaustausch zwischen den Fachdiensten
        - text: Jour fixe der Leitungen
        - text: Regular exchange between job centre and MBE
        - text: Network meeting
    `,
    expected: [
      { pointer: '/sharedTasks/0', de: '„Treffen“' },
      { pointer: '/sharedTasks/1', de: '„Netzwerktreffen“' },
      { pointer: '/sharedTasks/2', de: '„Sitzungen“' },
      { pointer: '/sharedTasks/3', de: '„Fallkonferenzen“' },
      { pointer: '/sharedTasks/4', de: '„Zusammenkünfte“' },
      { pointer: '/sharedTasks/5', de: '„Informationsaustausch“' },
      { pointer: '/sharedTasks/6', de: '„Jour fixe“' },
      { pointer: '/sharedTasks/7', en: '"Regular"' },
      { pointer: '/sharedTasks/8', en: '"meeting"' },
    ],
  },
  {
    name: 'near miss: a frequency is set, or the task is no meeting',
    yaml: yaml`
      sharedTasks:
        - { text: Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern, frequency: quarterly }
        - { text: Austausch über Problemfälle, frequency: asNeeded }
        - text: Erstberatung
        - text: Absprachen treffen zur Berufswegeplanung
        - text: Fragen, die beide Partner betreffen, gemeinsam klären
        - text: Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge)
        - text: Vermittlung in den regular labour market
    `,
    expected: [],
  },
  {
    name: 'near miss: responsibility tasks are not shared tasks',
    yaml: yaml`
      responsibilities:
        - by: msb
          tasks: [Regelmäßige Sprechstunde in der Arge]
    `,
    expected: [],
  },
]);
