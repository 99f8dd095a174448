// The language packs agree speaks, and the one place that knows language
// codes. Adding a language: a folder src/lang/<code>/ like src/lang/en/ (the
// compiler lists what is missing) and one line below — see CONTRIBUTING.md.

import type { LanguagePack, Text } from './types.js';
import de from './de/index.js';
import en from './en/index.js';

const packs = new Map<string, LanguagePack>([
  [de.code, de],
  [en.code, en],
]);

/** a document without `language` is German, as the agreements agree writes are German administrations' */
export const DEFAULT_DOCUMENT_LANGUAGE = 'de';
/** the pack every other pack is complete against (its keys are the keys of all), and the language of Error messages */
export const REFERENCE_LANGUAGE = 'en';
/** the UI language when the environment names none agree speaks */
export const FALLBACK_UI_LANGUAGE = 'en';

/** the codes of every registered pack, in registration order */
export function languages(): string[] {
  return [...packs.keys()];
}

export function hasLanguage(code: string): boolean {
  return packs.has(code);
}

/** the pack of a registered language (an unknown code is a bug: callers check codes with hasLanguage first) */
export function pack(code: string): LanguagePack {
  const p = packs.get(code);
  if (!p) throw new Error(`no language pack "${code}" (registered: ${languages().join(', ')})`);
  return p;
}

/** Adds a pack at run time (tests: the pseudo-language; a plug-in). Returns the undo. */
export function registerPack(p: LanguagePack): () => void {
  const previous = packs.get(p.code);
  packs.set(p.code, p);
  return () => {
    if (previous) packs.set(p.code, previous);
    else packs.delete(p.code);
  };
}

/** a text in a language */
export function say(text: Text, code: string): string {
  return text(pack(code));
}

/** the language a document is written in: its `language`, when agree has that pack, else German */
export function documentLanguage(doc: { language?: unknown } | null | undefined): string {
  const code = doc?.language;
  return typeof code === 'string' && packs.has(code) ? code : DEFAULT_DOCUMENT_LANGUAGE;
}

/**
 * The UI language: `--lang`, else the first of LC_ALL, LC_MESSAGES, LANG that
 * names a language agree speaks (de_DE.UTF-8 → de), else English.
 */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): string {
  if (flag !== undefined && packs.has(flag)) return flag;
  for (const locale of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!locale) continue;
    const code = locale.toLowerCase().slice(0, 2);
    return packs.has(code) ? code : FALLBACK_UI_LANGUAGE;
  }
  return FALLBACK_UI_LANGUAGE;
}

export type { LanguagePack, Text } from './types.js';
