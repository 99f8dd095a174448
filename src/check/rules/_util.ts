// Small helpers the rules share. Rules also run on documents that failed the
// schema, so nothing here trusts the shape of a value.

import type { Agreement } from '../../model/types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value if it is an array, else an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value if it is a string with something other than white space in it. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The value if it is a finite number. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** One JSON pointer segment, escaped (RFC 6901). */
export function seg(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The entries of a field that takes one id or a list of ids (`by`, `to`, `members`), each with its pointer. */
export function references(value: unknown, pointer: string): Array<{ value: unknown; pointer: string }> {
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, pointer: `${pointer}/${i}` }));
  if (value === undefined || value === null) return [];
  return [{ value, pointer }];
}

/** The string ids of a field that takes one id or a list of ids. */
export function ids(value: unknown): string[] {
  return references(value, '')
    .map((r) => r.value)
    .filter((v): v is string => typeof v === 'string');
}

/** Shortened for a message: at most `max` characters, white space collapsed. */
export function short(value: string, max = 80): string {
  const s = value.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** „text“ for German messages. */
export function qde(value: string, max?: number): string {
  return `„${short(value, max)}“`;
}

/** "text" for English messages. */
export function qen(value: string, max?: number): string {
  return `"${short(value, max)}"`;
}

export interface PartnerInfo {
  index: number;
  id: string | undefined;
  record: Record<string, unknown>;
  /** the partner's own id and its units' ids */
  ids: string[];
  /** name for messages: shortName, name or id */
  label: string;
}

/** The partners that are objects, with the ids that stand for them. */
export function partners(doc: unknown): PartnerInfo[] {
  const out: PartnerInfo[] = [];
  list(root(doc).partners).forEach((p, index) => {
    if (!isRecord(p)) return;
    const id = text(p.id);
    const unitIds = list(p.units)
      .map((u) => (isRecord(u) ? text(u.id) : undefined))
      .filter((u): u is string => u !== undefined);
    out.push({
      index,
      id,
      record: p,
      ids: id ? [id, ...unitIds] : unitIds,
      label: text(p.shortName) ?? text(p.name) ?? id ?? `#${index + 1}`,
    });
  });
  return out;
}

/** For every partner or unit id, the ids of its whole partner (the partner and all its units). */
export function partnerFamilies(doc: Agreement): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const p of partners(doc)) {
    const family = new Set(p.ids);
    for (const id of p.ids) if (!families.has(id)) families.set(id, family);
  }
  return families;
}

/** `kind: agreement` — the rules about contract clauses apply only to written agreements. */
export function isAgreement(doc: Agreement): boolean {
  return isRecord(doc) && doc.kind === 'agreement';
}

/** The document's root as a record, or an empty one when the document is not an object. */
export function root(doc: unknown): Record<string, unknown> {
  return isRecord(doc) ? doc : {};
}
