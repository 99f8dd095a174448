// A pseudo-language pack for tests: the English pack with every word wrapped
// in ⟦…⟧. Run the CLI with it (`--lang xx`), and any text that is not inside
// ⟦…⟧ did not come from a language pack: a hard-coded string.

import type { LanguagePack } from '../../src/lang/types.js';
import { pack } from '../../src/lang/index.js';

export const PSEUDO = 'xx';
const open = '⟦';
const close = '⟧';

const wrap = (s: string) => (s === '' ? s : `${open}${s}${close}`);

/** keys whose values are data, not words shown to people */
const DATA = new Set(['code', 'locale', 'templates', 'hyphenation', 'words', 'monthNames', 'andPattern', 'costKeyword', 'htmlLang', 'accepted']);

function pseudoOf(value: unknown, key = ''): unknown {
  if (DATA.has(key)) return value;
  if (typeof value === 'string') return wrap(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      return typeof out === 'string' ? wrap(out) : out;
    };
  }
  if (Array.isArray(value)) return value.map((v) => pseudoOf(v));
  if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoOf(v, k)]));
  }
  return value;
}

export function pseudoPack(): LanguagePack {
  const en = pack('en');
  return { ...(pseudoOf(en) as LanguagePack), code: PSEUDO, name: 'Pseudo', locale: 'en-XA', templates: en.templates, hyphenation: en.hyphenation };
}

/**
 * What of `text` is not inside ⟦…⟧ and not a name agree cannot translate:
 * file names, rule ids, option flags, positions, numbers, punctuation, and the
 * `allowed` strings (user data, ids from the input).
 */
export function unwrapped(text: string, allowed: string[] = []): string[] {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const a of allowed) rest = rest.split(a).join(' ');
  return rest
    .split('\n')
    .map((line) =>
      line
        // file names and paths, flags, rule ids, positions, ids in code quotes
        .replace(/\S*[/\\]\S*|\S+\.(ya?ml|pdf|md|docx|html|json|ics|txt)\b/g, ' ')
        // a flag starts a word: "-f", "--max-warnings <n>" (not the "-without" of a rule id)
        .replace(/(^|[\s(,[])--?[A-Za-z][a-z-]*(\s<[^>]+>)?/g, '$1 ')
        .replace(/`[^`]*`/g, ' ')
        .replace(/\b\d+(:\d+)?\b/g, ' ')
        .replace(/\b[a-z]+(-[a-z]+)+\b/g, ' ')
        .replace(/[^\p{L}]+/gu, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}
