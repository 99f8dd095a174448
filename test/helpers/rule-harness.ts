// Table-driven tests for quality rules: each case is a small YAML document and
// the findings one rule should report on it (pointer and, optionally, severity
// and words the message must contain). Every finding must carry a German and an
// English message. The rule runs as in `agree check`: on what the schema
// accepts of the document, its findings filtered as the engine does.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Agreement, RuleSetting } from '../../src/model/types.js';
import type { Severity } from '../../src/check/diagnostic.js';
import type { Finding } from '../../src/check/run-rules.js';
import { checkAgreementValue } from '../../src/check/engine.js';
import { rules, resultsRules } from '../../src/check/rules/index.js';
import type { ResultsRule, Rule } from '../../src/check/rule.js';
import { pack } from '../../src/lang/index.js';
import { checkResultsValue } from '../../src/review/results.js';

/** a finding's message (or a rule's description) in a language */
export const messageIn = (m: Finding['message'], code: string): string => m(pack(code));

/** the agreement rule with this id */
export const agreementRule = (id: string): Rule | undefined => rules.find((r) => r.id === id);

/** the results rule with this id */
export const resultsRule = (id: string): ResultsRule | undefined => resultsRules.find((r) => r.id === id);

/** One results rule on a results file (YAML) of an agreement, as `agree review --results` runs it. */
export function runResultsRule(ruleId: string, yaml: string, agreement: Agreement, options: { overrides?: Record<string, RuleSetting> } = {}): Finding[] {
  const rule = resultsRule(ruleId);
  if (!rule) throw new Error(`no results rule with id ${ruleId}`);
  return checkResultsValue(parse(yaml), { agreement, agreementFile: 'agreement.yaml', overrides: options.overrides, rules: [rule] }).findings;
}

export const DEFAULT_TODAY = '2026-03-01';

export interface ExpectedFinding {
  pointer: string;
  severity?: Severity;
  /** fragments the German / English message must contain */
  de?: string | string[];
  en?: string | string[];
}

export interface RuleCase {
  name: string;
  yaml: string;
  /** `--today`; default DEFAULT_TODAY */
  today?: string;
  overrides?: Record<string, RuleSetting>;
  expected: ExpectedFinding[];
}

/** Parse with the YAML 1.2 core schema (dates stay strings), as the loader does. */
export function parseYaml(yaml: string): Agreement {
  return parse(yaml) as Agreement;
}

export function runRule(ruleId: string, yaml: string, options: { today?: string; overrides?: Record<string, RuleSetting> } = {}): Finding[] {
  const rule = agreementRule(ruleId);
  if (!rule) throw new Error(`no rule with id ${ruleId}`);
  return checkAgreementValue(parseYaml(yaml), { today: options.today ?? DEFAULT_TODAY, overrides: options.overrides, rules: [rule] }).findings;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function testRule(ruleId: string, cases: RuleCase[]): void {
  describe(ruleId, () => {
    it('is registered', () => {
      expect(agreementRule(ruleId)?.id).toBe(ruleId);
    });
    for (const c of cases) {
      it(c.name, () => {
        const findings = runRule(ruleId, c.yaml, { today: c.today, overrides: c.overrides });
        const rule = agreementRule(ruleId)!;
        expect(findings.map((f) => f.pointer).sort(), 'pointers').toEqual(c.expected.map((e) => e.pointer).sort());
        for (const f of findings) {
          expect(f.ruleId).toBe(ruleId);
          expect(messageIn(f.message, 'de').trim(), `German message at ${f.pointer}`).not.toBe('');
          expect(messageIn(f.message, 'en').trim(), `English message at ${f.pointer}`).not.toBe('');
          expect(messageIn(f.message, 'de')).not.toMatch(/undefined|\[object Object\]|NaN/);
          expect(messageIn(f.message, 'en')).not.toMatch(/undefined|\[object Object\]|NaN/);
          expect(messageIn(f.message, 'de'), 'German and English messages differ').not.toBe(messageIn(f.message, 'en'));
        }
        // match expectations to findings one by one (several findings may share a pointer)
        const left = [...findings];
        for (const e of c.expected) {
          const i = left.findIndex(
            (f) =>
              f.pointer === e.pointer &&
              (e.severity === undefined || f.severity === e.severity) &&
              list(e.de).every((s) => messageIn(f.message, 'de').includes(s)) &&
              list(e.en).every((s) => messageIn(f.message, 'en').includes(s)),
          );
          expect(
            i,
            `expected a finding at ${JSON.stringify(e.pointer)}${e.severity ? ` (${e.severity})` : ''}${e.de ? ` de ⊇ ${JSON.stringify(e.de)}` : ''}${e.en ? ` en ⊇ ${JSON.stringify(e.en)}` : ''}; got ${JSON.stringify(findings, null, 2)}`,
          ).toBeGreaterThanOrEqual(0);
          const [f] = left.splice(i, 1);
          // without an explicit severity, the finding has the rule's default (unless the case changes settings)
          if (e.severity === undefined && c.overrides === undefined && !/^rules:/m.test(c.yaml)) {
            expect(f!.severity, `severity at ${e.pointer}`).toBe(rule.severity);
          }
        }
      });
    }
  });
}

/**
 * Template tag that removes the common indentation, so that cases can be
 * written indented inside the test: yaml`
 *     kind: agreement
 *     partners: []`
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length));
  return `${lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n')}\n`;
}

/** The findings as the rule pages show them, between `<!-- messages:start -->` and `<!-- messages:end -->`. */
export function renderFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => `At \`${f.pointer === '' ? '(document)' : f.pointer}\` (${f.severity}):\n\n> **en:** ${messageIn(f.message, 'en')}\n>\n> **de:** ${messageIn(f.message, 'de')}\n`)
    .join('\n');
}
