// A message catalogue in English and German: look a message up in one
// language, or in both (for typed errors and diagnostics, which are localized
// where they are printed). Placeholders are written {name}.

import type { Lang } from '../model/types.js';
import type { Localized } from '../check/diagnostic.js';

export type Params = Record<string, string | number>;

export interface Catalog<K extends string> {
  messages: Record<Lang, Record<K, string>>;
  text(lang: Lang, key: K, params?: Params): string;
  both(key: K, params?: Params): Localized;
}

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** `de` is typed against `en`, so a message missing in one language does not compile */
export function catalog<K extends string>(en: Record<K, string>, de: Record<K, string>): Catalog<K> {
  const messages = { en, de };
  return {
    messages,
    text: (lang, key, params) => fill(messages[lang][key], params),
    both: (key, params) => ({ de: fill(de[key], params), en: fill(en[key], params) }),
  };
}
