import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('target-group-age', [
  {
    name: 'a JMD for 10 to 30 year olds',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk Dithmarschen
          units:
            - { id: msb, name: Migrationssozialberatung, service: msb }
            - id: jmd
              name: Jugendmigrationsdienst
              shortName: JMD
              service: jmd
              targetGroup: { ageMin: 10, ageMax: 30 }
    `,
    expected: [
      { pointer: '/partners/0/units/1/targetGroup/ageMin', de: ['JMD', '12 bis 27', 'ageMin: 12'], en: 'Set `ageMin: 12`' },
      { pointer: '/partners/0/units/1/targetGroup/ageMax', en: ['ageMax: 30', 'Set `ageMax: 27`'] },
    ],
  },
  {
    name: 'an MBE from 18',
    yaml: yaml`
      partners:
        - id: caritas
          name: Caritasverband Kiel
          units:
            - { id: mbe, name: Migrationsberatung für erwachsene Zuwanderer, service: mbe, targetGroup: { ageMin: 18 } }
    `,
    expected: [{ pointer: '/partners/0/units/0/targetGroup/ageMin', de: ['über 27', 'ageMin: 27'], en: 'adults over 27' }],
  },
  {
    name: 'near miss: JMD 12–27, MBE from 27, MSB without age rule, missing or odd values',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk
          units:
            - { id: jmd, name: JMD, service: jmd, targetGroup: { ageMin: 12, ageMax: 27 } }
            - { id: jmd2, name: JMD Heide, service: jmd, targetGroup: { ageMin: 16 } }
            - { id: mbe, name: MBE, service: mbe, targetGroup: { ageMin: 27 } }
            - { id: msb, name: MSB, service: msb, targetGroup: { ageMin: 0, ageMax: 99 } }
            - { id: jmd3, name: JMD Brunsbüttel, service: jmd }
            - { id: jmd4, name: JMD Meldorf, service: jmd, targetGroup: { ageMin: "zwölf" } }
    `,
    expected: [],
  },
]);
