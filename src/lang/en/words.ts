// English words the text rules look for; the pattern syntax is explained in
// src/check/words/types.ts.

import type { LanguageWords } from '../../check/words/types.js';

export const words: LanguageWords = {
  personalDataTransfer: {
    include: [
      // what is passed
      'absence*',
      'absent*',
      'absenteeism',
      'non attendance',
      'nonattendance',
      'drop out*', // drop out, drop-outs
      'dropout*',
      'dropped out',
      'drops out',
      'problem case*',
      'personal data',
      'case data',
      // how it is passed
      'notif*', // notify, notifies, notification
      'inform',
      'informs',
      'informed',
      'informing',
      'information',
      'report',
      'reports',
      'reporting',
      'reported',
      'exchange*',
      'shar* data',
      'data shar*',
      'shar* information',
      'information shar*',
      'pass* on',
      'transmi*', // transmit, transmission
      'data transfer*',
      'transfer* data',
      'disclos*',
      'case conference*',
      'case discussion*',
    ],
    exclude: [
      'annual report*',
      'exchange of experience*',
      'exchange of expertise',
      'exchange of ideas',
      'professional exchange*',
      'information event*',
      'information session*',
      'information material*',
      'information evening*',
      'information leaflet*',
      'information day*',
      'information stand*',
      'drop out prevention',
      'dropout prevention',
      'preventing drop*',
      'prevent drop*',
    ],
  },

  meetings: {
    include: [
      'meeting*',
      'meets',
      'get together*',
      'gathering*',
      'conference*',
      'session*',
      'exchange*',
      'round table*',
      'roundtable*',
      'jour fixe',
      'working group*',
      'steering group*',
      'regular',
      'regularly',
      'periodic*',
      'recurring',
      'weekly',
      'monthly',
      'quarterly',
      'biannual*',
      'semiannual*',
      'semi annual*',
      'annual*',
      'yearly',
      'every * months',
      'every month',
      'each month',
    ],
    exclude: [
      'counselling session*',
      'counseling session*',
      'advice session*',
      'regular employment',
      'regular job*',
      'regular labour market',
      'regular labor market',
      'regular school*',
    ],
  },

  costs: {
    include: [
      'cost',
      'costs',
      'costing*',
      'fund',
      'funds',
      'funded',
      'funding',
      'co fund*',
      'cofund*',
      'financ*', // finance, financed, financing (not "financial")
      'reimburs*',
      'fee',
      'fees',
      'pay',
      'pays',
      'paid',
      'paying',
      'payment*',
      'expense*',
      'subsid*',
    ],
    exclude: [
      'financial*',
      'free of charge',
      'cost free',
      'costfree',
      'at no cost',
      'no cost*',
      'pay* attention',
      'paid attention',
    ],
  },

  secularDataProtectionLaw: {
    include: ['gdpr', 'general data protection regulation', 'federal data protection act'],
  },

  dsgEkd: {
    include: ['protestant church*', 'evangelical church in germany'],
  },

  kdg: {
    include: ['catholic data protection*', 'law on catholic data protection'],
  },

  churchDataProtectionLaw: {
    include: ['church data protection*', 'church law on data protection', 'ecclesiastical data protection*'],
  },

  arge: {
    include: ['=ARGE', '=ARGEs', 'joint agenc* arge*'],
  },

  arbeitslosengeldII: {
    include: ['unemployment benefit ii', 'unemployment benefit 2', 'unemployment benefits ii'],
  },
};
