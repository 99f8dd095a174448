import { describe, expect, it } from 'vitest';
import { breakChunks, cleanText, ellipsize, escapeXml, wrapBalanced, wrapText } from '../../src/render/pdf/text.js';

/** monospace measure: 1 unit per code point */
const mono = (s: string) => [...s].length;

describe('wrapText', () => {
  it('breaks at spaces', () => {
    expect(wrapText('aaa bbb ccc', 7, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa bbb ccc', 100, mono)).toEqual(['aaa bbb ccc']);
  });

  it('keeps explicit line breaks and returns one line for empty text', () => {
    expect(wrapText('a\nb', 10, mono)).toEqual(['a', 'b']);
    expect(wrapText('', 10, mono)).toEqual(['']);
  });

  it('breaks words wider than the line, at "/" or "-" when possible', () => {
    // no hyphenation patterns here: a cut between letters gets a hyphen
    expect(wrapText('Sprachlehrern/Sprachlehrerinnen', 16, mono)).toEqual(['Sprachlehrern/', 'Sprachlehrerinn-', 'en']);
    const lines = wrapText('x '.concat('a'.repeat(25)), 10, mono);
    expect(lines.every((l) => mono(l) <= 10)).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('').replace(/ /g, '')).toBe('x' + 'a'.repeat(25));
  });

  it('never splits inside a grapheme (combining marks, emoji)', () => {
    const word = 'e\u0301'.repeat(12);
    const lines = wrapText(word, 5, (s) => Array.from(new Intl.Segmenter().segment(s)).length);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe(word);
    for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
  });

  it('balances centred lines', () => {
    expect(wrapText('aaaa bbbb cccc dddd e', 20, mono)).toEqual(['aaaa bbbb cccc dddd', 'e']);
    expect(wrapBalanced('aaaa bbbb cccc dddd e', 20, mono)).toEqual(['aaaa bbbb', 'cccc dddd e']);
    const lines = wrapBalanced('Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen (ARGE)', 60, mono);
    expect(lines).toHaveLength(2);
    expect(Math.abs(mono(lines[0]!) - mono(lines[1]!))).toBeLessThan(15);
  });
});

describe('helpers', () => {
  it('breakChunks keeps the break character on the left; addresses break only after @ . /', () => {
    expect(breakChunks('https://a.org/x-y')).toEqual(['https://', 'a.', 'org/', 'x-y']);
    expect(breakChunks('kuehl@diakonie.example')).toEqual(['kuehl@', 'diakonie.', 'example']);
    expect(breakChunks('a.schmidt@vhs-itzehoe.example.org')).toEqual(['a.', 'schmidt@', 'vhs-itzehoe.', 'example.', 'org']);
    expect(breakChunks('DWD-Mitarbeitern/-Mitarbeiterinnen')).toEqual(['DWD-', 'Mitarbeitern/-', 'Mitarbeiterinnen']);
    expect(breakChunks('-x-')).toEqual(['-x-']);
  });

  it('cleanText removes control characters and normalises blanks', () => {
    expect(cleanText('  a\u0000b\t c\r\nd  ')).toBe('ab c\nd');
    expect(cleanText('plain')).toBe('plain');
    expect(cleanText('\uD800x')).toBe('x');
  });

  it('escapeXml escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`A & B <C> "D" 'E'\u0001`)).toBe('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;');
  });

  it('ellipsize shortens to fit', () => {
    expect(ellipsize('abcdefghij', 5, mono)).toBe('abcd…');
    expect(ellipsize('abc', 5, mono)).toBe('abc');
  });
});

describe('breaking words wider than the line', () => {
  it('hyphenates German words at the points the patterns give', async () => {
    const { hyphenatorFor } = await import('../../src/render/pdf/hyphenate.js');
    const hyphenate = hyphenatorFor('de');
    const lines = wrapText('Berufsinformationszentrum', 12, mono, { hyphenate });
    expect(lines).toEqual(['Berufsinfor-', 'mationszen-', 'trum']);
    expect(wrapText('Kooperationsvereinbarung Heide', 16, mono, { hyphenate })).toEqual(['Kooperationsver-', 'einbarung Heide']);
    // words that fit are never hyphenated
    expect(wrapText('Beratung und Begleitung', 12, mono, { hyphenate })).toEqual(['Beratung und', 'Begleitung']);
  });

  it('breaks e-mail addresses and URLs only after @ . / and never adds a hyphen', () => {
    expect(wrapText('a.schmidt@vhs-itzehoe.example.org', 14, mono, { hyphenate: () => [3, 5] })).toEqual([
      'a.schmidt@',
      'vhs-itzehoe.',
      'example.org',
    ]);
    // a hyphen inside a URL is no break point; a short piece is better than a cut
    expect(wrapText('https://www.example.org/sehr-langer-pfad/datei.pdf', 20, mono)).toEqual([
      'https://www.example.',
      'org/',
      'sehr-langer-pfad/',
      'datei.pdf',
    ]);
  });

  it('breaks phrases held by no-break spaces only when they are wider than the line', () => {
    expect(wrapText('Tel. 04841\u00A0000\u00A000-310', 12, mono)).toEqual(['Tel. 04841', '000 00-310']);
    expect(wrapText('Tel. 04841\u00A0000\u00A000-310', 16, mono)).toEqual(['Tel.', '04841\u00A0000\u00A000-310']);
    expect(wrapText('siehe z.\u00A0B. unten', 8, mono)).toEqual(['siehe', 'z.\u00A0B.', 'unten']);
  });

  it('keeps the date of the footer when it shortens it', async () => {
    const { ellipsizeKeepingLast } = await import('../../src/render/pdf/text.js');
    expect(ellipsizeKeepingLast('Kooperationsvereinbarung Landkreis X · Stand 6. Juli 2006', 40, mono)).toBe('Kooperationsverein… · Stand 6. Juli 2006');
    expect(ellipsizeKeepingLast('kurz · Stand 1', 40, mono)).toBe('kurz · Stand 1');
  });
});
