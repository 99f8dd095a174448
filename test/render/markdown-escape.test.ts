import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeMarkdownCell,
  escapeMarkdownParagraphs,
} from '../../src/render/text/markdown-escape.js';
import { expectLiteral } from './fixtures/markdown-check.js';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '# Heading',
  '## 2. Fake section',
  '[x](javascript:alert(1))',
  '![img](https://example.org/x.png)',
  '[^1]',
  '[ref]: https://example.org',
  '*bold*',
  '**strong**',
  '_em_',
  '__strong__',
  '| pipe |',
  '`code`',
  '```',
  '~~strike~~',
  '$x^2$',
  '{+inserted+} {-deleted-}',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '2) item',
  '> quote',
  '---',
  '***',
  '___',
  '===',
  '    indented code',
  'line one\n\nline two\n# heading',
  '&lt;b&gt; &amp; &#60;',
  'back\\slash\\',
  '<https://example.org>',
  'Migrant*innen und Berater*innen',
  'C:\\Users\\name',
];

describe('escapeMarkdown', () => {
  it.each(hostile)('shows %j literally', (text) => {
    expectLiteral(escapeMarkdown(text), text);
  });

  it('escapes exactly as documented', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('*bold*')).toBe('\\*bold\\*');
    expect(escapeMarkdown('| pipe |')).toBe('\\| pipe \\|');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('&amp;')).toBe('\\&amp;');
  });

  it('keeps ordinary agreement text readable', () => {
    const text = 'Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.) in Schleswig-Holstein, Tel. 04832 000-10, vorname_name@example.org';
    expect(escapeMarkdown(text)).toBe(text);
    expect(escapeMarkdown('Integrations- und Sprachkurse')).toBe('Integrations- und Sprachkurse');
    expect(escapeMarkdown('Erfüllungsgrad = erfüllt + 0,5 × teilweise')).toBe('Erfüllungsgrad = erfüllt + 0,5 × teilweise');
    expect(escapeMarkdown('Ольга Петрова, Ali Yılmaz, محمد')).toBe('Ольга Петрова, Ali Yılmaz, محمد');
  });

  it('puts a text on one line', () => {
    expect(escapeMarkdown('  a\n  b\t c  ')).toBe('a b c');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(null)).toBe('');
  });
});

describe('escapeMarkdownParagraphs', () => {
  it('keeps paragraph breaks, escapes each paragraph', () => {
    expect(escapeMarkdownParagraphs('first\nline\n\n# second')).toBe('first line\n\n\\# second');
  });
});

describe('escapeMarkdownCell', () => {
  it('escapes pipes, joins lines and never leaves a cell empty', () => {
    expect(escapeMarkdownCell('a | b\nc')).toBe('a \\| b · c');
    expect(escapeMarkdownCell('')).toBe(' ');
  });
});
