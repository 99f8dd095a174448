// Parsing and checking flag values shared by several commands.

import { UsageError } from '../errors.js';
import { localToday } from '../model/dates.js';
import { ui, type Params } from '../lang/fill.js';
import type { UiKey } from '../lang/en/ui.js';
import type { RuleSetting } from '../model/types.js';
import { closest } from '../check/suggest.js';

export function usage(key: UiKey, params: Params = {}): UsageError {
  return new UsageError(ui(key, params));
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function parseToday(value: string | undefined, now: Date = new Date()): string {
  if (value === undefined) return localToday(now);
  if (!isIsoDate(value)) throw usage('usage.badDate', { flag: '--today', value });
  return value;
}

export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usage('usage.badNumber', { flag, value });
  return Number(value);
}

export function parseChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw usage('usage.badChoice', { flag, value, choices: choices.join(', ') });
  return value as T;
}

const settings = ['off', 'info', 'warning', 'error'] as const;

export function parseRuleOverrides(values: string[] | undefined, knownIds: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values ?? []) {
    const m = /^([a-z][a-z-]*)=(\w+)$/.exec(value);
    if (!m || !(settings as readonly string[]).includes(m[2]!)) throw usage('usage.badRule', { value });
    if (!knownIds.includes(m[1]!)) {
      const hint = closest(m[1]!, knownIds);
      const id = m[1]!;
      throw new UsageError((t) => ui('usage.unknownRule', { id, hint: hint ? ui('usage.didYouMean', { hint })(t) : '' })(t));
    }
    out[m[1]!] = m[2] as RuleSetting;
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
