// Parsing and checking flag values shared by several commands.

import { UsageError } from '../errors.js';
import { cli, type MessageKey } from '../i18n/messages.js';
import type { RuleSetting } from '../model/types.js';
import { closest } from '../check/suggest.js';

const both = cli.both;

export function usage(key: MessageKey, params: Record<string, string | number> = {}): UsageError {
  return new UsageError(both(key, params));
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function parseToday(value: string | undefined, now: Date = new Date()): string {
  if (value === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
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
      const h = hint ? both('usage.didYouMean', { hint }) : { de: '', en: '' };
      const base = both('usage.unknownRule', { id: m[1]!, hint: '' });
      throw new UsageError({ de: base.de + h.de, en: base.en + h.en });
    }
    out[m[1]!] = m[2] as RuleSetting;
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
