import type { Lang } from '../model/types.js';
import type { Localized } from '../check/diagnostic.js';

/** `--lang`, else LC_ALL / LC_MESSAGES / LANG starting with "de" → German, else English. */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'de' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const pick = (message: Localized, lang: Lang): string => message[lang];
