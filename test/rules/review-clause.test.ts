import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('review-clause', [
  {
    name: 'an agreement without review is an error at the document',
    yaml: yaml`
      kind: agreement
      district: Kreis Dithmarschen
      version: 2006-07-06
    `,
    expected: [{ pointer: '', severity: 'error', de: 'einmal jährlich', en: 'intervalMonths: 12' }],
  },
  {
    name: 'a review without interval is an error at review',
    yaml: yaml`
      kind: agreement
      review: { owner: dwd, lastReview: 2025-07-01 }
    `,
    expected: [{ pointer: '/review', severity: 'error' }],
  },
  {
    name: 'an interval over 12 months is a warning',
    yaml: yaml`
      kind: agreement
      review: { intervalMonths: 24, owner: dwd }
    `,
    expected: [{ pointer: '/review/intervalMonths', severity: 'warning', de: 'alle 24 Monate', en: 'every 24 months' }],
  },
  {
    // the schema's message ("… is too small; the least allowed is 1") says it; the rule does not repeat it
    name: 'an interval that is no positive number is the schema\'s finding',
    yaml: yaml`
      kind: agreement
      review: { intervalMonths: 0 }
    `,
    expected: [],
  },
  {
    name: 'the document setting overrides the warning severity too',
    yaml: yaml`
      kind: agreement
      review: { intervalMonths: 36 }
      rules: { review-clause: info }
    `,
    expected: [{ pointer: '/review/intervalMonths', severity: 'info' }],
  },
  {
    name: 'near miss: yearly and half-yearly reviews',
    yaml: yaml`
      kind: agreement
      review: { intervalMonths: 12, owner: dwd }
    `,
    expected: [],
  },
  {
    name: 'near miss: an informal cooperation profile needs no review clause',
    yaml: yaml`
      kind: informal
      district: Hansestadt Lübeck
    `,
    expected: [],
  },
]);
