import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('data-flow-legal-basis', [
  {
    name: 'consent without a consent form',
    yaml: yaml`
      dataFlows:
        - from: arge
          to: dwd
          data: [Fehlzeiten, Kursabbruch]
          purpose: Teilnehmermotivation und Abbruchprävention
          legalBasis: consent
    `,
    expected: [{ pointer: '/dataFlows/0', de: ['Einwilligungserklärung', 'consentForm'], en: ['consent form', 'Art. 7'] }],
  },
  {
    name: 'statute named as an empty string',
    yaml: yaml`
      dataFlows:
        - { from: arge, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: statute, statute: "" }
    `,
    expected: [{ pointer: '/dataFlows/0/statute', en: '§ 50 SGB II' }],
  },
  {
    name: 'no data, no purpose, no basis: three findings',
    yaml: yaml`
      dataFlows:
        - { from: msb, to: arge, data: [] }
    `,
    expected: [
      { pointer: '/dataFlows/0/data', en: 'names no data' },
      { pointer: '/dataFlows/0', en: 'no purpose' },
      { pointer: '/dataFlows/0', en: 'no legal basis' },
    ],
  },
  {
    // an unknown basis is the schema's finding ("… is not allowed; allowed: `consent`, `statute`"): the rule does not add "no legal basis"
    name: 'an unknown basis and blank data items',
    yaml: yaml`
      dataFlows:
        - { from: msb, to: arge, data: ["  "], purpose: "   ", legalBasis: Vertrag }
    `,
    expected: [{ pointer: '/dataFlows/0/data' }, { pointer: '/dataFlows/0/purpose' }],
  },
  {
    name: 'near miss: consent with form and statute with statute',
    yaml: yaml`
      dataFlows:
        - from: arge
          to: [dwd]
          data: [Fehlzeiten, Kursabbruch]
          purpose: Teilnehmermotivation und Abbruchprävention
          legalBasis: consent
          consentForm: Anlage 1 Einwilligungserklärung
        - from: arge
          to: msb
          data: [Name, Anschrift]
          purpose: Kontaktaufnahme nach Zuweisung
          legalBasis: statute
          statute: § 50 Abs. 1 SGB II i. V. m. § 69 Abs. 1 Nr. 1 SGB X
    `,
    expected: [],
  },
  {
    name: 'near miss: data flows that are not objects are left to the schema',
    yaml: yaml`
      dataFlows: [Fehlzeiten an DWD, 42]
    `,
    expected: [],
  },
]);
