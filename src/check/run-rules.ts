// Runs rules over a merged document and collects their findings as pointers.
// Positions are added later by the engine (pointer → file:line:column).

import type { Agreement, RuleSetting } from '../model/types.js';
import { listTasks } from '../model/tasks.js';
import type { Localized, Severity } from './diagnostic.js';
import type { Rule, RuleContext } from './rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  pointer: string;
  message: Localized;
}

export interface RunRulesOptions {
  today: string;
  /** per-run overrides (`--rule id=off`); they win over the document's `rules:` */
  overrides?: Record<string, RuleSetting>;
}

export function partyIndex(doc: Agreement): RuleContext['parties'] {
  const parties: RuleContext['parties'] = new Map();
  (doc.partners ?? []).forEach((p, pi) => {
    if (!p || typeof p.id !== 'string') return;
    if (!parties.has(p.id)) parties.set(p.id, { pointer: `/partners/${pi}/id`, kind: 'partner', partnerId: p.id });
    (p.units ?? []).forEach((u, ui) => {
      if (!u || typeof u.id !== 'string') return;
      if (!parties.has(u.id)) parties.set(u.id, { pointer: `/partners/${pi}/units/${ui}/id`, kind: 'unit', partnerId: p.id });
    });
  });
  return parties;
}

export function runRules(doc: Agreement, rules: readonly Rule[], options: RunRulesOptions): Finding[] {
  const findings: Finding[] = [];
  const tasks = listTasks(doc);
  const parties = partyIndex(doc);
  const settings: Record<string, RuleSetting> = { ...(doc.rules ?? {}), ...(options.overrides ?? {}) };
  for (const rule of rules) {
    const setting = settings[rule.id];
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
    rule.check(ctx);
  }
  return findings;
}

