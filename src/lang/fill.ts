// Messages with {placeholders}, and the texts built from them.

import type { Text } from './types.js';
import type { UiKey } from './en/ui.js';
import { pack } from './index.js';

export type Params = Record<string, string | number>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** a command-line message as a text: shown in whichever language it is printed in */
export const ui =
  (key: UiKey, params?: Params): Text =>
  (t) =>
    fill(t.ui[key], params);

/** "1 error" / "3 errors" */
export const counted =
  (what: 'error' | 'warning' | 'info' | 'problem' | 'file' | 'document', n: number): Text =>
  (t) =>
    n === 1 ? t.ui[`count.${what}`] : fill(t.ui[`count.${what}s`], { n });

/** a command-line message in a language, now */
export function message(lang: string, key: UiKey, params?: Params): string {
  return fill(pack(lang).ui[key], params);
}
