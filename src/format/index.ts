// Formatters: one signature for all (STYLE §4).

import type { Lang } from '../model/types.js';
import type { Diagnostic } from '../check/diagnostic.js';

export interface FileResult {
  /** the input as given */
  file: string;
  /** the document id, when it could be read */
  id: string | null;
  diagnostics: Diagnostic[];
}

export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** print only errors */
  quiet?: boolean;
  /** the closing summary line (stylish); default true */
  summary?: boolean;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

export const formatNames = ['stylish', 'json', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    default:
      return (await import('./stylish.js')).stylish;
  }
}

export { tally } from './tally.js';
