// Runs rules over a merged document and collects their findings as pointers.
// Positions are added later by the engine (pointer → file:line:column).

import type { Agreement, RuleSetting } from '../model/types.js';
import { listTasks } from '../model/tasks.js';
import type { Localized, Severity, Text } from './diagnostic.js';
import type { Rule, RuleContext } from './rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  pointer: string;
  message: Text | Localized;
}

export interface RunRulesOptions {
  today: string;
  /** per-run overrides (`--rule id=off`); they win over the document's `rules:` */
  overrides?: Record<string, RuleSetting>;
}

export function partyIndex(doc: Agreement): RuleContext['parties'] {
  const parties: RuleContext['parties'] = new Map();
  if (!Array.isArray(doc.partners)) return parties;
  doc.partners.forEach((p, pi) => {
    if (!p || typeof p.id !== 'string') return;
    if (!parties.has(p.id)) parties.set(p.id, { pointer: `/partners/${pi}/id`, kind: 'partner', partnerId: p.id });
    (Array.isArray(p.units) ? p.units : []).forEach((u, ui) => {
      if (!u || typeof u.id !== 'string') return;
      if (!parties.has(u.id)) parties.set(u.id, { pointer: `/partners/${pi}/units/${ui}/id`, kind: 'unit', partnerId: p.id });
    });
  });
  return parties;
}

const settingValues: readonly string[] = ['off', 'info', 'warning', 'error'];

/** The document's `rules:` (only valid settings; the schema reports the others) under the run's `--rule`. */
function ruleSettings(doc: Agreement, overrides: Record<string, RuleSetting> | undefined): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  const own = doc.rules;
  if (own && typeof own === 'object' && !Array.isArray(own)) {
    for (const [id, value] of Object.entries(own)) if (settingValues.includes(value as string)) settings.set(id, value);
  }
  for (const [id, value] of Object.entries(overrides ?? {})) settings.set(id, value);
  return settings;
}

export function runRules(doc: Agreement, rules: readonly Rule[], options: RunRulesOptions): Finding[] {
  const findings: Finding[] = [];
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return findings;
  const tasks = listTasks(doc);
  const parties = partyIndex(doc);
  const settings = ruleSettings(doc, options.overrides);
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (setting === 'off') continue;
    const ctx: RuleContext = {
      doc,
      today: options.today,
      tasks,
      parties,
      report({ pointer, message, severity }) {
        findings.push({ ruleId: rule.id, severity: (setting as Severity | undefined) ?? severity ?? rule.severity, pointer, message });
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      // a rule must never stop the check of a document; say so instead of crashing
      const why = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        pointer: '',
        message: (t) => t.diagnostics.ruleFailed(rule.id, why),
      });
    }
  }
  return findings;
}

