// Escaping user text for CommonMark/GFM (and the GitLab extensions) so that it
// is shown as the literal text, never as markup.
//
// CommonMark: "Any ASCII punctuation character may be backslash-escaped"; an
// escaped character is a literal character and never starts or ends markup.
// We escape:
//  - always: \ ` * [ ] < > # ! | { } ~ $
//      emphasis and strong (*), code (`), links/images/footnotes/reference
//      definitions ([ ] !), raw HTML and autolinks (< >), headings (#),
//      GFM tables (|), strikethrough (~), GitHub/GitLab math ($), GitLab
//      inline diff ({+ +}, {- -}: the braces are escaped).
//  - _ unless both neighbours are letters or digits: inside a word "_" can
//      neither open nor close emphasis (CommonMark flanking rules), so
//      "vorname_name@…" stays readable in the source; "_x_" is escaped.
//  - "&" before something that looks like an entity (&amp; &#60; &lt;), so the
//      text reads as written instead of being decoded;
//  - at the very start, where the text may begin a line: "-" and "+" (list
//      items, setext underline, thematic break), "=" (setext underline) and the
//      delimiter of "1." / "1)" (ordered list) — they only act at the start of a
//      line. Elsewhere "Kinder- und Jugendplan", "a + b" and "10. März" stay as
//      written; in a table cell nothing starts a line.
// Parentheses stay unescaped: without an unescaped "[" they cannot form a link,
// and "(z. B. …)" is common in agreements and should stay readable in the source.
// Line breaks and runs of white space become one space, and leading white
// space is removed, so user text cannot open an indented code block, end a
// list item or a table row.

const ALWAYS = /[\\`*[\]<>#!|{}~$]/g;
const OUTSIDE_WORD = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * Control characters (not tab or line breaks) are dropped: invisible in a
 * rendered page, but escape sequences for a terminal that shows the file.
 * The loader already refuses them in agreement files; this covers the library.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * user text for inline Markdown (a line, a list item, a heading); `lineStart:
 * false` for a table cell, where nothing can begin a block
 */
export function escapeMarkdown(text: unknown, { lineStart = true }: { lineStart?: boolean } = {}): string {
  if (text === undefined || text === null) return '';
  const s = String(text).replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  const out = s
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(OUTSIDE_WORD, (c) => `\\${c}`)
    .replace(ENTITY, '\\&');
  return lineStart ? out.replace(/^[-+=]/, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])/, '$1\\$2') : out;
}

/** user text as one or more paragraphs: a blank line in the text starts a new paragraph */
export function escapeMarkdownParagraphs(text: unknown): string {
  if (text === undefined || text === null) return '';
  return String(text)
    .split(/\n[ \t]*\n/)
    .map((p) => escapeMarkdown(p))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** user text in a GFM table cell; never empty, so the row keeps its columns */
export function escapeMarkdownCell(text: unknown): string {
  // a table row is one line: lines of a cell (phone and e-mail) are separated by a middle dot
  const lines = typeof text === 'string' ? text.split(/\r?\n/).filter((l) => l.trim() !== '') : [text];
  const s = lines.map((l) => escapeMarkdown(l, { lineStart: false })).join(' · ');
  return s === '' ? ' ' : s;
}

/** inverse of escapeMarkdown for checks: what CommonMark shows for an escaped string */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
