// `agree overview` as a library: the state coordinator's one page over many
// agreements — gathered into OverviewData (gather.ts), laid out as a
// self-contained HTML page (html.ts) or written as JSON. The command
// (cli/commands/overview.ts) only parses flags, calls buildOverview and
// writes what it returns.

import type { Lang, RuleSetting } from '../model/types.js';
import { gatherOverview } from './gather.js';
import { renderOverviewHtml } from './html.js';
import { expandResults } from './results-inputs.js';
import type { OverviewData } from './types.js';
import type { OverviewWords } from './words.js';
import { pack } from '../lang/index.js';

export type * from './types.js';
export type { OverviewWords } from './words.js';
export { colors, contrastPairs, bandOf } from './palette.js';
export { renderOverviewHtml } from './html.js';

export const OVERVIEW_FORMATS = ['html', 'json'] as const;
export type OverviewFormat = (typeof OVERVIEW_FORMATS)[number];

export interface OverviewOptions {
  cwd: string;
  /** agreement files as display paths, "-" for stdin (directories and globs: see cli/inputs.ts resolveInputs) */
  files: string[];
  stdin?: Uint8Array;
  /** results files or directories (every *.yaml, *.yml and *.pdf below) */
  results?: string[];
  lang: Lang;
  /** ISO date the due dates and rules are counted against */
  today: string;
  overrides?: Record<string, RuleSetting>;
  format?: OverviewFormat;
  /** the directory the page will be written to (links to PDFs and rule pages are relative to it); default cwd */
  pageDir?: string;
  /** base of the rule-page links (URL or path); default: the installed package's docs/rules */
  ruleDocs?: string;
}

export interface Overview {
  data: OverviewData;
  /** the page (html) or the JSON document */
  text: string;
  /** one line for the terminal */
  summary: string;
}

export async function buildOverview(options: OverviewOptions): Promise<Overview> {
  const words: OverviewWords = pack(options.lang).overview;
  const results = options.results && options.results.length > 0 ? await expandResults(options.results, options.cwd) : [];
  const data = await gatherOverview({
    cwd: options.cwd,
    files: options.files,
    stdin: options.stdin,
    results,
    lang: options.lang,
    today: options.today,
    overrides: options.overrides,
    pageDir: options.pageDir ?? options.cwd,
    ruleDocs: options.ruleDocs,
    collation: words.htmlLang,
  });
  const text = (options.format ?? 'html') === 'json' ? overviewJson(data) : renderOverviewHtml(data, words);
  const s = data.summary;
  return { data, text, summary: words.cli.summary(s.documents, s.withErrors, s.overdue, s.due, s.reviewed) };
}

/** the data as the stable JSON of `agree overview --format json` (docs/overview.md) */
export function overviewJson(data: OverviewData): string {
  return JSON.stringify(data, null, 2) + '\n';
}
