import { testRule, yaml } from '../helpers/rule-harness.js';

const partners = `
partners:
  - id: dwd
    name: Diakonisches Werk Dithmarschen
    shortName: DWD
    churchLaw: DSG-EKD
    units: [{ id: msb, name: Migrationssozialberatung }]
  - id: caritas
    name: Caritasverband Kiel
    churchLaw: KDG
  - { id: jc, name: Jobcenter Dithmarschen }
`;

testRule('church-data-law', [
  {
    name: 'consent form names only the DSGVO for a flow to a Diakonie unit',
    yaml: `${partners}
dataFlows:
  - { from: jc, to: msb, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO }
`,
    expected: [{ pointer: '/dataFlows/0/consentForm', de: ['Das Diakonische Werk Dithmarschen ist ein kirchlicher Träger', 'DSG-EKD', '„DSGVO“'], en: ['church provider bound by DSG-EKD'] }],
  },
  {
    name: 'statute names DS-GVO and BDSG for a flow from Caritas',
    yaml: `${partners}
dataFlows:
  - { from: caritas, to: [jc], data: [Teilnahme], purpose: Berufswegeplanung, legalBasis: statute, statute: Art. 6 Abs. 1 lit. e DS-GVO i. V. m. § 3 BDSG }
`,
    expected: [{ pointer: '/dataFlows/0/statute', en: ['KDG', '"DS-GVO"'] }],
  },
  {
    name: 'the other church law is named',
    yaml: `${partners}
dataFlows:
  - { from: jc, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Einwilligung nach DSGVO und KDG }
`,
    expected: [{ pointer: '/dataFlows/0/consentForm', de: 'Ersetzen Sie in der Einwilligungserklärung KDG durch DSG-EKD', en: 'Replace KDG with DSG-EKD' }],
  },
  {
    name: 'near miss: church law named next to the DSGVO, in several spellings',
    yaml: `${partners}
dataFlows:
  - { from: jc, to: msb, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Einwilligung nach DSGVO bzw. DSG-EKD }
  - { from: jc, to: dwd, data: [Fehlzeiten], purpose: Abbruchprävention, legalBasis: consent, consentForm: Einwilligung nach dem EKD-Datenschutzgesetz und der DSGVO }
  - { from: caritas, to: jc, data: [Teilnahme], purpose: Berufswegeplanung, legalBasis: statute, statute: "Art. 6 DSGVO, § 6 KDG" }
`,
    expected: [],
  },
  {
    name: 'near miss: no church partner in the flow, or a basis that names no data-protection law',
    yaml: `${partners}
  - { id: vhs, name: Volkshochschule }
dataFlows:
  - { from: jc, to: vhs, data: [Name], purpose: Kurszuweisung, legalBasis: statute, statute: "§ 50 SGB II, DSGVO" }
  - { from: jc, to: dwd, data: [Name], purpose: Zuweisung, legalBasis: consent, consentForm: Anlage 1 Einwilligungserklärung }
`,
    expected: [],
  },
]);
