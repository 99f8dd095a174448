// The words of `agree overview`'s page and command (English).

import type { OverviewWords } from '../../overview/words.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (iso: string): [number, number, number] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};
const plural = (n: number, one: string, many: string, num: (n: number) => string) => `${num(n)} ${n === 1 ? one : many}`;
/** thousands separator: 1.234 / 1,234; one decimal at most */
const formatNumber = (n: number, group: string, decimal: string): string => {
  const rounded = Math.round(n * 10) / 10;
  const [int, frac] = Math.abs(rounded).toFixed(1).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '−' : ''}${grouped}${frac === '0' ? '' : decimal + frac}`;
};

const enNumber = (n: number) => formatNumber(n, ',', '.');
const enCount = (n: number, one: string, many: string) => plural(n, one, many, enNumber);
const enList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const overview: OverviewWords = {
  htmlLang: 'en',
  date: (iso) => iso,
  longDate: (iso) => {
    const p = parts(iso);
    return p ? `${p[2]} ${EN_MONTHS_LONG[p[1] - 1]} ${p[0]}` : iso;
  },
  month: (m) => `${EN_MONTHS[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`,
  number: enNumber,
  percent: (rate) => `${Math.round(rate * 100)}%`,
  count: enCount,

  title: 'Overview of the cooperation agreements',
  intro: (today) => `As of ${today}. Due dates, findings and fulfilment rates refer to this date.`,
  generatedBy: (version) => `Made with agree ${version}. This page loads nothing from elsewhere; it opens and prints offline.`,
  contents: 'Contents',
  summary: {
    label: 'At a glance',
    documents: 'documents',
    agreements: 'written agreements',
    profiles: 'cooperation profiles (no written agreement)',
    withErrors: 'documents with errors',
    overdue: 'reviews overdue',
    due: (days) => `reviews due within ${days} days`,
    ok: 'reviews due later',
    reviewed: 'documents with an evaluated review',
  },
  sections: {
    documents: 'All documents',
    trend: 'Fulfilment by district and year',
    timeline: 'Reviews in the next 12 months',
    dataFlows: 'Data flows',
    findings: 'Findings by rule',
    unmatched: 'Results files not evaluated',
  },
  table: {
    caption: 'All documents with their next review, findings and the fulfilment rate of the last review',
    sortHint: 'Choose a column heading to sort (again: reverse order).',
    columns: {
      district: 'District',
      kind: 'Kind',
      partners: 'Partners',
      version: 'Version',
      lastReview: 'Last review',
      next: 'Next review',
      findings: 'Findings',
      rate: 'Fulfilment',
      pdf: 'PDF',
    },
    filter: 'Search',
    filterHint: 'district, partner, file or finding',
    statusFilter: 'Status',
    kindFilter: 'Kind',
    all: 'all',
    shown: (shown, total) => `${shown} of ${enCount(total, 'document', 'documents')} shown`,
    noneShown: 'No document matches the search and selection.',
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
  },
  kind: { agreement: 'agreement', informal: 'cooperation profile' },
  kindUnknown: 'unknown',
  status: (status, days) => {
    if (status === 'overdue') return days === -1 ? 'overdue by 1 day' : `overdue by ${enNumber(-days)} days`;
    if (status === 'due') return days === 0 ? 'due today' : days === 1 ? 'due in 1 day' : `due in ${enNumber(days)} days`;
    return `ok (in ${enNumber(days)} days)`;
  },
  statusName: { ok: 'ok', due: 'due soon', overdue: 'overdue', errors: 'with errors' },
  basis: {
    next: (date) => `fixed at the review of ${date}`,
    lastReview: (date) => `from the last review on ${date}`,
    version: (date) => `from the version of ${date} (no review yet)`,
  },
  intervalDefaulted: 'no interval given: 12 months assumed',
  noLastReview: 'none',
  errors: (n) => enCount(n, 'error', 'errors'),
  warnings: (n) => enCount(n, 'warning', 'warnings'),
  infos: (n) => enCount(n, 'note', 'notes'),
  noFindings: 'none',
  failure: {
    errors: 'The file has errors and was not evaluated:',
    'duplicate-id': 'Its id is already used in this run; the document was not evaluated:',
  },
  at: (line, column, field) => (field ? `field ${field}` : line > 0 ? `line ${line}, column ${column}` : ''),
  moreFindings: (n) => `… and ${enCount(n, 'more finding', 'more findings')}`,
  reviewOf: (date) => `review of ${date}`,
  reviewUndated: 'review without a date',
  incomplete: 'incomplete',
  noRate: 'no rate',
  noReview: 'no results',
  resultsRejected: (n) => `${enCount(n, 'results file', 'results files')} with errors`,
  pdf: 'PDF',
  pdfOf: (district) => `PDF of the agreement ${district}`,
  noPdf: 'no PDF',

  trend: {
    intro: 'Fulfilment = (fulfilled + 0.5 × partial) / (tasks − not applicable), from the results files found; per year the newest review counts.',
    none: 'No evaluated reviews found. Name the results files with --results.',
    chartTitle: 'Fulfilment by district and year',
    chartDescription: (n, years) =>
      `${enCount(n, 'document', 'documents')} with an evaluated review, years ${enList(years.map(String))}. One row per district, one column per year; the number is the fulfilment rate.`,
    part: (from, to, total) => `rows ${enNumber(from)} to ${enNumber(to)} of ${enNumber(total)}`,
    medianTitle: 'Across all districts',
    medianDescription: 'Median fulfilment per year, with the range of the middle half of the districts (25th to 75th percentile).',
    median: 'median',
    quartiles: 'middle half (25th–75th percentile)',
    reviews: (n) => enCount(n, 'review', 'reviews'),
    bands: { high: '75% and more', medium: '50 to 74%', low: 'below 50%', none: 'no rate', missing: 'no review that year' },
    incompleteMark: '*',
    incompleteNote: '* not completely answered: unanswered tasks count as not fulfilled',
    asTable: 'The values as a table',
    tableCaption: 'Fulfilment by district and year',
    district: 'District',
    rateIn: (year) => `${year}`,
  },
  timeline: {
    intro: (from, until) => `Reviews due from ${from} to ${until}, by month; on the left those overdue.`,
    chartTitle: 'Reviews per month',
    chartDescription: (total, overdue) =>
      `${enCount(total, 'review', 'reviews')} due in the next 12 months, ${enCount(overdue, 'review', 'reviews')} overdue.`,
    overdue: 'overdue',
    reviewsIn: (label, n) => `${label}: ${enCount(n, 'review', 'reviews')}`,
    listSummary: (n) => `The ${enCount(n, 'review', 'reviews')} with dates`,
    none: 'No review is due in the next 12 months, and none is overdue.',
  },
  flows: {
    intro:
      'Which kind of partner passes which personal data to whom — on consent (with which form) or on a statute. Units appear as their service (MBE, MSB, JMD), partners as their type.',
    none: 'No document declares a data flow.',
    matrixCaption: 'Data flows: rows pass data on, columns receive it',
    corner: 'from \\ to',
    role: {
      jobcenter: 'Job centre',
      county: 'County / municipality',
      agency: 'Employment agency',
      welfare: 'Welfare organisation',
      mbe: 'MBE',
      msb: 'MSB',
      jmd: 'JMD',
      other: 'Other',
      unknown: 'Type not given',
    },
    basis: { consent: 'consent', statute: 'statute' },
    consentForm: (text) => `form: ${text}`,
    statute: (text) => `legal basis: ${text}`,
    inDocuments: (n) => `in ${enCount(n, 'document', 'documents')}`,
    listCaption: 'Every data flow with its data, basis and documents',
    columns: { from: 'From', to: 'To', data: 'Data', basis: 'Basis', documents: 'Documents' },
    notStated: 'not given',
  },
  findings: {
    intro: 'What agree check found in the documents and the results files, by rule; each rule with its explanation.',
    none: 'No findings.',
    caption: 'Findings by rule with counts',
    columns: { rule: 'Rule', severity: 'Severity', what: 'What the rule finds', count: 'Findings', files: 'Files' },
    severity: { error: 'error', warning: 'warning', info: 'note' },
    other: {
      'yaml-syntax': 'The file is not valid YAML.',
      file: 'The file cannot be read, or a base file (extends) is missing.',
      schema: 'A value the schema does not allow (unknown key, wrong type, missing value).',
    },
    places: (n) => `show ${enCount(n, 'place', 'places')}`,
    page: 'explanation',
  },
  unmatched: {
    intro: 'These results files could not be matched to an agreement without errors:',
    reason: (u) =>
      u.reason === 'unknown-agreement'
        ? `names the agreement "${u.agreement}", which is not among the documents`
        : u.reason === 'agreement-has-errors'
          ? `belongs to "${u.agreement}"; that agreement has errors, so the results were not evaluated`
          : 'cannot be read or names no agreement (agreement)',
  },

  cli: {
    description: 'an overview of many agreements as one self-contained HTML page (or JSON): due dates, fulfilment, data flows, findings',
    files: 'agreement files or directories (YAML)',
    results: 'review results files (YAML or filled checklist PDFs) or directories; matched by their `agreement`',
    out: 'the file to write (default: overview.html or overview.json in the current directory; a directory: the file in it), - for standard output',
    today: 'the date for due dates and rules (YYYY-MM-DD, default: today)',
    format: 'html (default) or json',
    rule: 'change a rule for this run: ID=off|info|warning|error (repeatable)',
    ruleDocs: 'address or path of the rule pages (default: docs/rules of the installed package, relative to the page)',
    badFormat: (value, choices) => `Invalid value "${value}" for --format; allowed: ${choices}.`,
    noInput: 'No input: name agreement files or directories, e.g. agree overview agreements/ --results results/',
    missingResults: (path, cwd) => `Results file or directory not found: ${path}. Check the path (relative to ${cwd}).`,
    emptyResultsDirectory: (path) => `The directory ${path} holds no results files (*.yaml, *.yml, *.pdf).`,
    wrote: (path) => `wrote ${path}`,
    summary: (documents, withErrors, overdue, due, reviewed) =>
      `${enCount(documents, 'document', 'documents')}: ${enNumber(withErrors)} with errors, ${enNumber(overdue)} overdue, ${enNumber(due)} due soon, ${enNumber(reviewed)} with an evaluated review.`,
  },
};
