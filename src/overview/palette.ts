// Every colour of the overview page, and every pair of them that must be told
// apart. WCAG 2.1 AA: text needs a contrast ratio of 4.5:1 against what it
// stands on, graphical objects that carry meaning (bars, lines, outlines) 3:1
// against the page (SC 1.4.3, 1.4.11). test/overview checks each pair below
// with an independent implementation, and that the page uses no colour that
// is not listed here. Status is always said in words as well: colour alone
// never carries it (SC 1.4.1).

export const colors = {
  page: '#ffffff',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  link: '#0b57d0',
  rule: '#767676',
  stripe: '#f5f5f5',
  focus: '#0b57d0',

  okText: '#0f5132',
  okBack: '#d1e7dd',
  dueText: '#664d03',
  dueBack: '#fff3cd',
  overdueText: '#842029',
  overdueBack: '#f8d7da',
  errorsText: '#ffffff',
  errorsBack: '#8b1a1a',

  // fulfilment bands of the heat map (cells carry their percentage as text)
  high: '#9bd3ae',
  medium: '#f7d774',
  low: '#f4a3a3',
  none: '#e0e0e0',

  // bars and lines
  overdueBar: '#b3261e',
  dueBar: '#8a6100',
  okBar: '#2e7d32',
  median: '#1f4e9a',
  quartileBand: '#c9dcf5',
} as const;

export type ColorName = keyof typeof colors;

export interface ContrastPair {
  /** what the pair is, for a failing test */
  use: string;
  fg: ColorName;
  bg: ColorName;
  /** 4.5 for text, 3 for graphical objects */
  min: 4.5 | 3;
}

export const contrastPairs: readonly ContrastPair[] = [
  { use: 'body text', fg: 'text', bg: 'page', min: 4.5 },
  { use: 'body text on striped rows', fg: 'text', bg: 'stripe', min: 4.5 },
  { use: 'secondary text', fg: 'muted', bg: 'page', min: 4.5 },
  { use: 'secondary text on striped rows', fg: 'muted', bg: 'stripe', min: 4.5 },
  { use: 'links', fg: 'link', bg: 'page', min: 4.5 },
  { use: 'links on striped rows', fg: 'link', bg: 'stripe', min: 4.5 },
  { use: 'focus outline', fg: 'focus', bg: 'page', min: 3 },
  { use: 'table rules, chart axes, empty heat-map cells', fg: 'rule', bg: 'page', min: 3 },
  { use: 'status ok', fg: 'okText', bg: 'okBack', min: 4.5 },
  { use: 'status due', fg: 'dueText', bg: 'dueBack', min: 4.5 },
  { use: 'status overdue', fg: 'overdueText', bg: 'overdueBack', min: 4.5 },
  { use: 'document with errors', fg: 'errorsText', bg: 'errorsBack', min: 4.5 },
  { use: 'heat map: 75 % and more', fg: 'text', bg: 'high', min: 4.5 },
  { use: 'heat map: 50 to 74 %', fg: 'text', bg: 'medium', min: 4.5 },
  { use: 'heat map: below 50 %', fg: 'text', bg: 'low', min: 4.5 },
  { use: 'heat map: no rate', fg: 'text', bg: 'none', min: 4.5 },
  { use: 'timeline bar: overdue', fg: 'overdueBar', bg: 'page', min: 3 },
  { use: 'timeline bar: due', fg: 'dueBar', bg: 'page', min: 3 },
  { use: 'timeline bar: later', fg: 'okBar', bg: 'page', min: 3 },
  { use: 'median line and the outline of its band', fg: 'median', bg: 'page', min: 3 },
  { use: 'text on the quartile band', fg: 'text', bg: 'quartileBand', min: 4.5 },
];

/** the fill of a heat-map cell for a rate (0…1) or null */
export function bandOf(rate: number | null): 'high' | 'medium' | 'low' | 'none' {
  if (rate === null) return 'none';
  // bands by the percentage shown, so that "75 %" is never drawn as below 75
  const shown = Math.round(rate * 100);
  return shown >= 75 ? 'high' : shown >= 50 ? 'medium' : 'low';
}
