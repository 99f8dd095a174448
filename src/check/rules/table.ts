// The rule table of docs/rules/README.md and the project README, generated from
// the rules' metadata so that it cannot drift from the code.

import { rules } from './index.js';
import { languages, pack, REFERENCE_LANGUAGE } from '../../lang/index.js';
import { localized } from '../../lang/legacy.js';

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
  // the reference language first, as in every table of the docs
  const packs = [REFERENCE_LANGUAGE, ...languages().filter((code) => code !== REFERENCE_LANGUAGE)].map(pack);
  const describe = (r: (typeof rules)[number], t: (typeof packs)[number]) => (typeof r.description === 'function' ? r.description(t) : localized(r.description)(t));
  const lines = [
    `| Rule | Severity | ${packs.map((t) => t.ui['docs.whatItFinds']).join(' | ')} |`,
    `| --- | --- | ${packs.map(() => '---').join(' | ')} |`,
    ...rules.map((r) => `| [\`${r.id}\`](${base}${r.id}.md) | ${r.severity} | ${packs.map((t) => cell(describe(r, t))).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
