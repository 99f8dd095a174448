// The due reviews as an iCalendar file (RFC 5545) for the team calendar: one
// all-day event per agreement, which Outlook and Thunderbird import.
//
// - CRLF line ends; content lines folded at 75 octets (UTF-8 aware: a
//   character is never split), continuation lines start with one space;
// - UID `<id>-review@agree`: stable, so importing a newer file updates the
//   event instead of adding a second one;
// - DTSTAMP and LAST-MODIFIED from the reference date (--today, 00:00 UTC),
//   so the same input gives the same file;
// - SEQUENCE: the days from 2000-01-01 to the reference date. It grows with
//   every later export, so a calendar that imported an earlier file takes the
//   new date (clients keep an event whose SEQUENCE did not increase);
// - DTSTART;VALUE=DATE and DTEND;VALUE=DATE the next day (an all-day event);
// - TEXT values escaped: backslash, semicolon, comma, line breaks.

import { addDays, daysBetween } from '../model/dates.js';

export interface IcsEvent {
  /** the agreement id; the UID is `<id>-review@agree` */
  id: string;
  /** ISO date of the all-day event */
  date: string;
  summary: string;
  description: string;
}

/** SEQUENCE for a file made on `today`: days since 2000-01-01 (never negative) */
export function sequenceOf(today: string): number {
  return Math.max(0, daysBetween('2000-01-01', today));
}

export interface IcsOptions {
  /** ISO date the file is made on (DTSTAMP) */
  today: string;
  /** X-WR-CALNAME, shown by some clients as the calendar's name */
  calendarName: string;
  /** "de" or "en" (PRODID language) */
  lang: string;
}

/** RFC 5545 §3.3.11 TEXT escaping */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // other control characters are not allowed in TEXT (RFC 5545 §3.1: CONTROL)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded. We never split a
 * UTF-8 sequence, and keep an escape ("\\;", "\\n" …) on one line: allowed
 * either way, but some importers unfold less carefully than the RFC says.
 */
export function foldLine(line: string): string {
  const tokens = line.match(/\\.|[^]/gsu) ?? [];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const token of tokens) {
    const size = Buffer.byteLength(token, 'utf8');
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += token;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const basic = (iso: string) => iso.replace(/-/g, '');

export function buildIcs(events: IcsEvent[], options: IcsOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//agree//agree review//${options.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  const stamp = `${basic(options.today)}T000000Z`;
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-review@agree`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${stamp}`,
      `SEQUENCE:${sequenceOf(options.today)}`,
      `DTSTART;VALUE=DATE:${basic(e.date)}`,
      `DTEND;VALUE=DATE:${basic(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
