// Calendar dates as ISO strings ("2025-07-01"), the way the YAML 1.2 core schema
// leaves them. Used by review-overdue, contacts-current and future-version, and
// by the annual-review feature for due dates. No time zones: a date is a day.

import { languages, pack } from '../lang/index.js';

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * The parts of a real calendar date, or undefined. Accepts "YYYY-MM-DD" and, for
 * documents parsed with YAML 1.1 timestamps, a Date (taken in UTC).
 * "2025-02-30" and "6.7.2006" are not dates here.
 */
export function parseIsoDate(value: unknown): DateParts | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO string of a date value (see parseIsoDate), or undefined. */
export function toIsoDate(value: unknown): string | undefined {
  const parts = parseIsoDate(value);
  return parts ? formatIsoDate(parts) : undefined;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

function parts(date: string): DateParts {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  return p;
}

/**
 * `date` plus `months` calendar months (negative: minus). The day is clamped to
 * the end of the target month: 2025-01-31 + 1 → 2025-02-28, 2024-02-29 + 12 →
 * 2025-02-28. Throws a RangeError for a value that is not an ISO date.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const total = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

// Days since 1970-01-01 and back (H. Hinnant's civil-date algorithms), so that
// years before 100 are not taken for 19xx as Date.UTC would.
function epochDay(date: string): number {
  const { year, month, day } = parts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `date` plus `days` days (negative: minus). */
export function addDays(date: string, days: number): string {
  return formatIsoDate(fromEpochDay(epochDay(date) + Math.trunc(days)));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** -1, 0 or 1. ISO dates compare as strings once they are valid. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const d = daysBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** a date as it appears in messages: "6.7.2006" in German, "2006-07-06" in English (the pack's short form) */
export function formatDate(date: string, lang: string): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  return pack(lang).format.shortDate(p.year, p.month, p.day);
}

/** a month's name or abbreviation in any language agree speaks (lower case) → 1–12 */
function monthNamed(name: string): number | undefined {
  for (const code of languages()) {
    const m = pack(code).format.monthNames[name];
    if (m !== undefined) return m;
  }
  return undefined;
}

/**
 * A date as people type it into a form field, as an ISO date, or null: ISO
 * (2027-03-12), German and British day-month-year (12.3.2027, 12. 03. 27,
 * 12/03/2027), and with the month's name (12. März 2027, 12 March 2027,
 * March 12, 2027). Days that do not exist (30 February) are null.
 */
export function readDate(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let y: number, m: number | undefined, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2}) ?[./] ?(\d{1,2}) ?[./] ?(\d{2}|\d{4})$/.exec(s))) [d, m, y] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})\.? ?([\p{L}]+)\.? ?(\d{4})$/u.exec(s))) [d, m, y] = [+match[1]!, monthNamed(match[2]!), +match[3]!];
  else if ((match = /^([\p{L}]+)\.? (\d{1,2}),? (\d{4})$/u.exec(s))) [m, d, y] = [monthNamed(match[1]!), +match[2]!, +match[3]!];
  else return null;
  if (m === undefined) return null;
  if (y < 100) y += 2000;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Today as agree means it everywhere — the CLI's default for --today, the
 * library's, the review's: the calendar date where the user is (the local
 * date, not UTC: a check run at 00:30 in Germany is about that day).
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
