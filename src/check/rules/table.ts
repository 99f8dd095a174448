// The rule tables of docs/rules/README.md and the project README, generated
// from the rules' metadata so that they cannot drift from the code.

import { rules as agreementRules } from './index.js';
import type { ResultsRule, Rule } from '../rule.js';
import { languages, pack, REFERENCE_LANGUAGE } from '../../lang/index.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * A Markdown table: rule (linked to its page), default severity, what it finds
 * in English and German. `linkBase` is the path from the file the table sits in
 * to docs/rules/ ("" inside docs/rules/, "docs/rules/" in the project README);
 * `rules` the rule set (default: the agreement's).
 */
export function rulesTable(options: { linkBase?: string; rules?: ReadonlyArray<Rule | ResultsRule> } = {}): string {
  const base = options.linkBase ?? '';
  const rules = options.rules ?? agreementRules;
  // the reference language first, as in every table of the docs
  const packs = [REFERENCE_LANGUAGE, ...languages().filter((code) => code !== REFERENCE_LANGUAGE)].map(pack);
  const lines = [
    `| Rule | Severity | ${packs.map((t) => t.ui['docs.whatItFinds']).join(' | ')} |`,
    `| --- | --- | ${packs.map(() => '---').join(' | ')} |`,
    ...rules.map((r) => `| [\`${r.id}\`](${base}${r.id}.md) | ${r.severity} | ${packs.map((t) => cell(r.description(t))).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
