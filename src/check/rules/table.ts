// The rule table of docs/rules/README.md and the project README, generated from
// the rules' metadata so that it cannot drift from the code.

import { rules } from './index.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * A Markdown table: rule (linked to its page), default severity, what it finds
 * in English and German. `linkBase` is the path from the file the table sits in
 * to docs/rules/ ("" inside docs/rules/, "docs/rules/" in the project README).
 */
export function rulesTable(options: { linkBase?: string } = {}): string {
  const base = options.linkBase ?? '';
  const lines = [
    '| Rule | Severity | What it finds | Was die Regel findet |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](${base}${r.id}.md) | ${r.severity} | ${cell(r.description.en)} | ${cell(r.description.de)} |`),
  ];
  return `${lines.join('\n')}\n`;
}
