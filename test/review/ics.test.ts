// The calendar file, checked strictly against the structure RFC 5545 demands
// (ics-check.ts): CRLF line ends, folding at 75 octets without splitting
// characters, properly nested components, the required properties, value
// formats, stable UIDs, and TEXT escaping that reads back to the original.

import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../src/review/ics.js';
import { checkCalendar, prop, unescapeText } from './ics-check.js';

describe('iCalendar output', () => {
  const events = [
    { id: 'dithmarschen', date: '2027-03-10', summary: 'Überprüfung: Kooperationsvereinbarung Kreis Dithmarschen', description: 'Fällig am 10.3.2027 (letzte Überprüfung 10.3.2026; einmal jährlich).\nEinladung: DWD.\nCheckliste: agree review examples/dithmarschen.yaml' },
    { id: 'kiel', date: '2027-12-31', summary: 'Review; with, "special" \\ characters', description: 'Ольга Петрова, Jan Petersen – 😀 ' + 'ä'.repeat(80) },
  ];
  const text = buildIcs(events, { today: '2026-11-26', calendarName: 'Überprüfungen', lang: 'de' });

  it('is a well-formed calendar with one all-day event per agreement', () => {
    const parsed = checkCalendar(text);
    expect(parsed).toHaveLength(2);
    expect(prop(parsed[0]!, 'UID').value).toBe('dithmarschen-review@agree');
    expect(prop(parsed[0]!, 'DTSTART').value).toBe('20270310');
    expect(prop(parsed[1]!, 'DTEND').value).toBe('20280101');
    expect(prop(parsed[0]!, 'DTSTAMP').value).toBe('20261126T000000Z');
  });

  it('escapes TEXT so that it reads back unchanged', () => {
    const parsed = checkCalendar(text);
    events.forEach((e, i) => {
      expect(unescapeText(prop(parsed[i]!, 'SUMMARY').value)).toBe(e.summary);
      expect(unescapeText(prop(parsed[i]!, 'DESCRIPTION').value)).toBe(e.description);
    });
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a character or an escape', () => {
    const line = 'DESCRIPTION:' + 'äöü😀\\;'.repeat(40);
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l.endsWith('\\')).toBe(false);
      // a valid UTF-8 round trip means no sequence was cut
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('is the same for the same input (stable UIDs, DTSTAMP from --today)', () => {
    expect(buildIcs(events, { today: '2026-11-26', calendarName: 'Überprüfungen', lang: 'de' })).toBe(text);
  });
});
