// Social data may only be passed on a legal basis (SGB X § 67b, DSGVO Art. 6):
// a statute that allows it, or the client's written consent. An agreement that
// lists a data flow must say what is passed, why, and on which basis.
//
// The schema requires `legalBasis`, and `consentForm` or `statute` with it;
// this rule says why and what to write, so its message is shown instead of the
// schema's (`explains`).

import type { LanguagePack } from '../../lang/types.js';
import { describePointer } from '../names.js';
import type { Rule } from '../rule.js';
import { text } from './_util.js';

export const rule: Rule = {
  id: 'data-flow-legal-basis',
  severity: 'error',
  description: (t) => t.rules['data-flow-legal-basis'].description,
  explains: [
    { keyword: 'required', at: '/dataFlows/*/legalBasis' },
    { keyword: 'required', at: '/dataFlows/*/consentForm' },
    { keyword: 'required', at: '/dataFlows/*/statute' },
    { keyword: 'minLength', at: '/dataFlows/*/consentForm' },
    { keyword: 'minLength', at: '/dataFlows/*/statute' },
    { keyword: 'minLength', at: '/dataFlows/*/data' },
  ],
  check(ctx) {
    const m = (t: LanguagePack) => t.rules['data-flow-legal-basis'];
    ctx.doc.dataFlows?.forEach((f, i) => {
      if (!f) return;
      const at = `/dataFlows/${i}`;
      const flow = describePointer(ctx.doc, at)!;
      // shown at the key when it is there (empty), else at the data flow
      const place = (key: 'data' | 'purpose' | 'legalBasis' | 'consentForm' | 'statute') => ({ pointer: key in f ? `${at}/${key}` : at, about: `${at}/${key}` });

      if (!(f.data ?? []).some((d) => text(d) !== undefined)) ctx.report({ ...place('data'), message: (t) => m(t).noData(flow(t)) });
      if (text(f.purpose) === undefined) ctx.report({ ...place('purpose'), message: (t) => m(t).noPurpose(flow(t)) });
      if (f.legalBasis === undefined) ctx.report({ ...place('legalBasis'), message: (t) => m(t).noBasis(flow(t)) });
      else if (f.legalBasis === 'consent' && text(f.consentForm) === undefined) ctx.report({ ...place('consentForm'), message: (t) => m(t).noConsentForm(flow(t)) });
      else if (f.legalBasis === 'statute' && text(f.statute) === undefined) ctx.report({ ...place('statute'), message: (t) => m(t).noStatute(flow(t)) });
    });
  },
};
