import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, daysBetween, daysInMonth, formatDate, isIsoDate, parseIsoDate, toIsoDate } from '../../src/model/dates.js';

describe('rules/_dates', () => {
  it('parses real calendar dates only', () => {
    expect(parseIsoDate('2006-07-06')).toEqual({ year: 2006, month: 7, day: 6 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '6.7.2006', '2025-7-1', '', 20250701, null, undefined, {}]) {
      expect(parseIsoDate(bad), String(bad)).toBeUndefined();
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('accepts Date values from YAML 1.1 timestamps', () => {
    expect(toIsoDate(new Date(Date.UTC(2006, 6, 6)))).toBe('2006-07-06');
    expect(toIsoDate(new Date('invalid'))).toBeUndefined();
  });

  it('adds months with clamping to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2006-07-06', 12)).toBe('2007-07-06');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-03-01', -12)).toBe('2025-03-01');
    expect(addMonths('2025-01-15', 0)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', 120)).toBe('2035-01-15');
  });

  it('rejects what is not a date', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('soon', 1)).toThrow(RangeError);
  });

  it('counts days, across leap years and before 1970', () => {
    expect(daysBetween('2025-07-01', '2026-03-01')).toBe(243);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2025-03-01')).toBe(-365);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(addDays('2026-03-01', -60)).toBe('2025-12-31');
  });

  it('compares and formats', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(formatDate('2006-07-06', 'de')).toBe('6.7.2006');
    expect(formatDate('2006-07-06', 'en')).toBe('2006-07-06');
  });
});
