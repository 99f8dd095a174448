import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE as NB, withNoBreakSpaces } from '../../src/render/text/typography.js';

describe('withNoBreakSpaces', () => {
  it('holds together abbreviations, references, dates, amounts and phone numbers', () => {
    expect(withNoBreakSpaces('Anträge (z. B. Bürgergeld)')).toBe(`Anträge (z.${NB}B. Bürgergeld)`);
    expect(withNoBreakSpaces('nach § 18 Abs. 2 Nr. 3 SGB II')).toBe(`nach §${NB}18 Abs.${NB}2 Nr.${NB}3 SGB${NB}II`);
    expect(withNoBreakSpaces('d. h. und i. d. R. sowie u. a.')).toBe(`d.${NB}h. und i.${NB}d.${NB}R. sowie u.${NB}a.`);
    expect(withNoBreakSpaces('Stand 6. Juli 2006')).toBe(`Stand 6.${NB}Juli${NB}2006`);
    expect(withNoBreakSpaces('as of 6 July 2006')).toBe(`as of 6${NB}July${NB}2006`);
    expect(withNoBreakSpaces('Tel. 04841 000 00-310, Fax +49 481 123 45')).toBe(`Tel. 04841${NB}000${NB}00-310, Fax +49${NB}481${NB}123${NB}45`);
    expect(withNoBreakSpaces('bis zu 12 % der Kosten, 100 € im Jahr')).toBe(`bis zu 12${NB}% der Kosten, 100${NB}€ im Jahr`);
    expect(withNoBreakSpaces('von 12 bis 27 Jahre')).toBe(`von 12 bis 27${NB}Jahre`);
  });

  it('leaves everything else alone', () => {
    for (const text of ['Erstberatung und Klärung', 'Gruppe 12 bis 27', 'im Jahr 2006 12 Teilnehmende', 'Ziel 3 von 4', 'z.B. ohne Leerzeichen', '']) {
      expect(withNoBreakSpaces(text)).toBe(text);
    }
    // the length never changes: only spaces are replaced
    const text = 'z. B. § 18 SGB II, 04841 000 00-310, 6. Juli 2006';
    expect(withNoBreakSpaces(text)).toHaveLength(text.length);
    expect(withNoBreakSpaces(text).replaceAll(NB, ' ')).toBe(text);
  });
});
