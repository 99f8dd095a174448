// Every rule is documented, and the documentation matches the code: the rule
// tables are generated from the rules' metadata, each page's example triggers
// its rule, its fix does not, and the messages shown are the ones the rule
// prints. The rules of review results are checked the same way; their examples
// are results of the review of docs/rules/example-agreement.yaml.
//
// After changing a rule's metadata or messages, regenerate the generated parts:
//   UPDATE_RULE_DOCS=1 npx vitest run test/rules/docs.test.ts

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultsRules, rules } from '../../src/check/rules/index.js';
import { rulesTable } from '../../src/check/rules/table.js';
import { checkAgreementValue } from '../../src/check/engine.js';
import type { Agreement } from '../../src/model/types.js';
import { DEFAULT_TODAY, messageIn, renderFindings, runResultsRule, runRule } from '../helpers/rule-harness.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const update = process.env.UPDATE_RULE_DOCS === '1';

function between(text: string, start: string, end: string): { inner: string; replace(inner: string): string } | undefined {
  const a = text.indexOf(start);
  const b = text.indexOf(end, a + start.length);
  if (a < 0 || b < 0) return undefined;
  return {
    inner: text.slice(a + start.length + 1, b),
    replace: (inner) => `${text.slice(0, a + start.length)}\n${inner}${text.slice(b)}`,
  };
}

function yamlBlockAfter(page: string, heading: string): string | undefined {
  const at = page.indexOf(`\n${heading}\n`);
  if (at < 0) return undefined;
  const m = /```yaml\n([\s\S]*?)```/.exec(page.slice(at));
  return m?.[1];
}

const exampleAgreement = parse(read('docs/rules/example-agreement.yaml')) as Agreement;

const readmePath = new URL('README.md', root);
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
const readmeHasMarkers = readme.includes('<!-- rules:start -->') && readme.includes('<!-- rules:end -->');

describe('rule documentation', () => {
  it('every rule has an id, a severity and descriptions in both languages', () => {
    const ids = new Set<string>();
    for (const rule of [...rules, ...resultsRules]) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ids.has(rule.id), `${rule.id} listed twice`).toBe(false);
      ids.add(rule.id);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(messageIn(rule.description, 'de').trim(), `${rule.id} de`).not.toBe('');
      expect(messageIn(rule.description, 'en').trim(), `${rule.id} en`).not.toBe('');
      expect(messageIn(rule.description, 'de')).not.toBe(messageIn(rule.description, 'en'));
    }
    expect(rules).toHaveLength(17);
    expect(resultsRules).toHaveLength(10);
  });

  for (const [marker, set] of [
    ['rules', rules],
    ['review-rules', resultsRules],
  ] as const) {
    it(`docs/rules/README.md contains exactly the generated table <!-- ${marker}:start -->`, () => {
      const text = read('docs/rules/README.md');
      const table = rulesTable({ rules: set });
      const region = between(text, `<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`);
      expect(region, `markers <!-- ${marker}:start --> … <!-- ${marker}:end -->`).toBeDefined();
      if (update && region!.inner !== table) writeFileSync(new URL('docs/rules/README.md', root), region!.replace(table));
      else expect(region!.inner, 'regenerate with UPDATE_RULE_DOCS=1 npx vitest run test/rules/docs.test.ts').toBe(table);
    });

    it.skipIf(!readmeHasMarkers)(`README.md contains the generated table <!-- ${marker}:start -->`, () => {
      const table = rulesTable({ linkBase: 'docs/rules/', rules: set });
      const current = readFileSync(readmePath, 'utf8');
      const region = between(current, `<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`);
      expect(region, `markers <!-- ${marker}:start --> … <!-- ${marker}:end -->`).toBeDefined();
      if (update && region!.inner !== table) writeFileSync(readmePath, region!.replace(table));
      else expect(region!.inner, 'regenerate with UPDATE_RULE_DOCS=1 npx vitest run test/rules/docs.test.ts').toBe(table);
    });
  }

  it('the agreement the results examples belong to is clean', () => {
    const run = checkAgreementValue(exampleAgreement, { today: '2026-12-01' });
    expect(run.issues).toEqual([]);
    expect(run.findings.map((f) => f.ruleId)).toEqual([]);
  });

  for (const rule of [...rules, ...resultsRules]) {
    const isResults = resultsRules.some((r) => r.id === rule.id);
    describe(`docs/rules/${rule.id}.md`, () => {
      const path = `docs/rules/${rule.id}.md`;

      it('exists and has the required sections', () => {
        expect(existsSync(new URL(path, root)), path).toBe(true);
        const page = read(path);
        expect(page.startsWith(`# \`${rule.id}\``)).toBe(true);
        expect(page).toContain(`| Default severity | ${rule.severity} |`);
        for (const heading of ['## What it finds', '## Why it matters', '## Example', '## Fix', '## Switching it off']) expect(page).toContain(heading);
        expect(page).toContain(`  ${rule.id}: off`);
        expect(page).toContain(`--rule ${rule.id}=off`);
        expect(page).toContain('not legal advice');
      });

      it('its example triggers the rule, its fix does not, and it shows the real messages', () => {
        const page = read(path);
        const today = /agree check --today (\d{4}-\d{2}-\d{2})/.exec(page)?.[1] ?? DEFAULT_TODAY;
        const example = yamlBlockAfter(page, '## Example');
        const fix = yamlBlockAfter(page, '## Fix');
        expect(example, 'a ```yaml block under ## Example').toBeDefined();
        expect(fix, 'a ```yaml block under ## Fix').toBeDefined();
        const run = (yaml: string) => (isResults ? runResultsRule(rule.id, yaml, exampleAgreement) : runRule(rule.id, yaml, { today }));
        const findings = run(example!);
        expect(findings.length, 'findings for the example').toBeGreaterThan(0);
        expect(run(fix!), 'findings for the fix').toEqual([]);
        const region = between(page, '<!-- messages:start -->', '<!-- messages:end -->');
        expect(region, 'markers <!-- messages:start --> … <!-- messages:end -->').toBeDefined();
        const shown = renderFindings(findings);
        if (update && region!.inner !== shown) writeFileSync(new URL(path, root), region!.replace(shown));
        else expect(region!.inner, 'regenerate with UPDATE_RULE_DOCS=1 npx vitest run test/rules/docs.test.ts').toBe(shown);
      });
    });
  }
});
