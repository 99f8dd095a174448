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
