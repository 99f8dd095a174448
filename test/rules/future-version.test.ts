import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('future-version', [
  {
    name: 'a typo in the year',
    yaml: yaml`
      version: 2062-07-06
    `,
    today: '2026-03-01',
    expected: [{ pointer: '/version', de: ['6.7.2062', 'Zukunft'], en: 'in the future' }],
  },
  {
    name: 'tomorrow is in the future',
    yaml: yaml`
      version: 2026-03-02
    `,
    today: '2026-03-01',
    expected: [{ pointer: '/version' }],
  },
  {
    name: 'near miss: today, the past, no ISO date',
    yaml: yaml`
      version: 2026-03-01
    `,
    today: '2026-03-01',
    expected: [],
  },
  {
    name: 'near miss: a German date is left to the schema',
    yaml: yaml`
      version: 6.7.2062
    `,
    expected: [],
  },
]);
