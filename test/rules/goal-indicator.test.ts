import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('goal-indicator', [
  {
    name: 'Dithmarschen: the network goal without indicators',
    yaml: yaml`
      goals:
        - text: ein kommunales Netzwerk mit Kooperationspartnern zur Unterstützung der Integration junger Zuwanderinnen und Zuwanderer aufbauen
        - text: Kursabbrüche verringern
          indicators: []
    `,
    expected: [
      { pointer: '/goals/0', severity: 'info', de: ['keinen Indikator', 'indicators'], en: 'has no indicator' },
      { pointer: '/goals/1/indicators' },
    ],
  },
  {
    name: 'near miss: goals with indicators',
    yaml: yaml`
      goals:
        - text: ein kommunales Netzwerk aufbauen
          indicators: [Zahl der Netzwerkpartner, Zahl der gemeinsamen Fallbesprechungen]
    `,
    expected: [],
  },
]);
