// Locale-aware pieces of running text: dates, joined lists, counted nouns —
// each in the words of the language pack (src/lang/<code>/format.ts). Written
// out rather than taken from Intl: the output must not change with the ICU
// data of the Node.js build (rendered PDFs are byte-identical), and building
// Intl formatters costs a noticeable part of a cold render.

import { pack } from '../../lang/index.js';

/** an ISO date as a calendar day, "2006-07-06" → "6. Juli 2006" / "6 July 2006"; anything else unchanged */
export function formatDate(value: unknown, lang: string): string {
  const f = pack(lang).format;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : f.longDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-30 would roll over to March: show what was written instead
  if (d.getUTCMonth() !== Number(m[2]) - 1) return value;
  return f.longDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** ISO "YYYY-MM-DD" of a string or Date, or '' */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.trim() : '';
}

/** "A, B und C" / "A, B and C" (British English: no serial comma) */
export function joinList(items: readonly string[], lang: string): string {
  const clean = items.filter((s) => s !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} ${pack(lang).format.and} ${clean.at(-1)}`;
}

/**
 * Like joinList, but when an item itself contains "und"/"and" ("Name und
 * Kontaktdaten", "Kurs und Kursträger") the items are separated by semicolons,
 * so the reader can tell where one ends.
 */
export function joinItems(items: readonly string[], lang: string): string {
  const clean = items.filter((s) => s !== '');
  return clean.some((s) => pack(lang).format.andPattern.test(s)) ? clean.join('; ') : joinList(clean, lang);
}

/** small whole numbers as words (German in the dative, "einem"), larger ones as digits */
export function numberWord(n: number, lang: string): string {
  const words = pack(lang).format.numberWords;
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
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
