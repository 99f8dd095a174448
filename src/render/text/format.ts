// Locale-aware pieces of running text: dates, joined lists, counted nouns.
// Formatters are created once per language (Intl objects are costly to build
// and a batch renders hundreds of documents).

import type { Lang } from '../../model/types.js';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    // UTC: an ISO date is a calendar day, not an instant; no time zone may shift it
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f;
}

/** an ISO date as a calendar day, "2006-07-06" → "6. Juli 2006" / "6 July 2006"; anything else unchanged */
export function formatDate(value: unknown, lang: Lang): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : dateFormat(lang).format(value);
  }
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-30 would roll over to March: show what was written instead
  if (d.getUTCMonth() !== Number(m[2]) - 1) return value;
  return dateFormat(lang).format(d);
}

/** ISO "YYYY-MM-DD" of a string or Date, or '' */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.trim() : '';
}

/** "A, B und C" / "A, B and C" (British English: no serial comma) */
export function joinList(items: readonly string[], lang: Lang): string {
  const clean = items.filter((s) => s !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction', style: 'long' });
    listFormats.set(lang, f);
  }
  return f.format(clean);
}

/**
 * Like joinList, but when an item itself contains "und"/"and" ("Name und
 * Kontaktdaten", "Kurs und Kursträger") the items are separated by semicolons,
 * so the reader can tell where one ends.
 */
export function joinItems(items: readonly string[], lang: Lang): string {
  const clean = items.filter((s) => s !== '');
  const conj = lang === 'de' ? /\bund\b/ : /\band\b/;
  return clean.some((s) => conj.test(s)) ? clean.join('; ') : joinList(clean, lang);
}

const NUMBER_WORDS: Record<Lang, string[]> = {
  de: ['null', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/** small whole numbers as words (German in the dative, "einem"), larger ones as digits */
export function numberWord(n: number, lang: Lang): string {
  return Number.isInteger(n) && n >= 0 && n <= 12 ? NUMBER_WORDS[lang][n]! : String(n);
}

/** the text as a sentence: trimmed, with a full stop unless it already ends in punctuation */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[.!?:…]["“”'’»«)]*$/.test(t) ? t : `${t}.`;
}

/** whitespace runs (including line breaks from YAML block scalars) → one space */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
