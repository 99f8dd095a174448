// Runs the rules of a rule set over a document and collects their findings as
// pointers. Positions are added later by the engine (pointer → file:line:column).

import type { RuleSetting } from '../model/types.js';
import type { Severity, Text } from './diagnostic.js';
import type { Report, RuleOf } from './rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  pointer: string;
  message: Text;
  /** the value the finding is about, when it is shown elsewhere (Report.about) */
  about?: string;
  atKey?: boolean;
  /** the rule failed (a bug): never hidden behind a schema finding */
  internal?: boolean;
}

const settingValues: readonly string[] = ['off', 'info', 'warning', 'error'];

/**
 * The settings of a run: a document's `rules:` (only valid settings; the
 * schema reports the others) under the run's `--rule`, which wins.
 */
export function ruleSettings(own: unknown, overrides: Record<string, RuleSetting> | undefined): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  if (own && typeof own === 'object' && !Array.isArray(own)) {
    for (const [id, value] of Object.entries(own)) if (settingValues.includes(value as string)) settings.set(id, value as RuleSetting);
  }
  for (const [id, value] of Object.entries(overrides ?? {})) settings.set(id, value);
  return settings;
}

/** The rules a run leaves on. */
export function enabledRules<R extends { id: string }>(rules: readonly R[], settings: ReadonlyMap<string, RuleSetting>): R[] {
  return rules.filter((r) => settings.get(r.id) !== 'off');
}

/**
 * Runs each rule with the context; a rule that throws is reported as an
 * internal error and does not stop the others. Rules switched off in
 * `settings` do not run.
 */
export function runRules<C extends { report(finding: Report): void }>(
  rules: ReadonlyArray<RuleOf<C>>,
  settings: ReadonlyMap<string, RuleSetting>,
  context: Omit<C, 'report'>,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of enabledRules(rules, settings)) {
    const setting = settings.get(rule.id) as Severity | undefined;
    const report = ({ pointer, message, severity, about, atKey }: Report) => {
      findings.push({ ruleId: rule.id, severity: setting ?? severity ?? rule.severity, pointer, message, ...(about !== undefined ? { about } : {}), ...(atKey ? { atKey } : {}) });
    };
    try {
      rule.check({ ...context, report } as C);
    } catch (error) {
      // a rule must never stop the check of a document; say so instead of crashing
      const why = error instanceof Error ? error.message : String(error);
      findings.push({ ruleId: rule.id, severity: 'error', pointer: '', message: (t) => t.diagnostics.ruleFailed(rule.id, why), internal: true });
    }
  }
  return findings;
}
