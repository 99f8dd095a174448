import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('review-overdue', [
  {
    name: 'last review plus 12 months is before today',
    yaml: yaml`
      kind: agreement
      version: 2006-07-06
      review: { intervalMonths: 12, owner: dwd, lastReview: 2024-07-01 }
    `,
    today: '2026-03-01',
    expected: [{ pointer: '/review/lastReview', de: ['1.7.2025 fällig', '243 Tagen'], en: ['due on 2025-07-01', '243 days overdue', 'agree review'] }],
  },
  {
    name: 'no review yet: counted from the version',
    yaml: yaml`
      kind: agreement
      version: 2006-07-06
      review: { intervalMonths: 12 }
    `,
    expected: [{ pointer: '/review', de: 'Stand 6.7.2006', en: 'no review recorded yet' }],
  },
  {
    name: 'month arithmetic clamps to the end of the month',
    yaml: yaml`
      version: 2020-01-01
      review: { intervalMonths: 1, lastReview: 2025-01-31 }
    `,
    today: '2025-03-01',
    expected: [{ pointer: '/review/lastReview', en: 'due on 2025-02-28' }],
  },
  {
    name: 'informal documents with a review are checked too',
    yaml: yaml`
      kind: informal
      version: 2020-05-01
      review: { intervalMonths: 6, lastReview: 2024-01-15 }
    `,
    expected: [{ pointer: '/review/lastReview' }],
  },
  {
    name: 'near miss: due today is not overdue',
    yaml: yaml`
      version: 2020-01-01
      review: { intervalMonths: 12, lastReview: 2025-03-01 }
    `,
    today: '2026-03-01',
    expected: [],
  },
  {
    name: 'near miss: no interval, no dates, invalid dates',
    yaml: yaml`
      version: 6.7.2006
      review: { owner: dwd, lastReview: 2025-02-30 }
    `,
    expected: [],
  },
]);
