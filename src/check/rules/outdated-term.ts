// Names change with the law: the ARGEn became "Jobcenter" in 2011 (§ 6d SGB II),
// Arbeitslosengeld II became "Bürgergeld" in 2023. A current agreement that uses
// the old names looks copied from an old one — and often is, with other outdated
// content. Older documents (by `version`) may use the terms of their time.

import type { Rule } from '../rule.js';
import { findTerms, outdatedTerms } from '../words/index.js';
import { toIsoDate } from '../../model/dates.js';
import { escapePointerSegment, short } from './_util.js';

// values that are identifiers, references, enums or addresses, not prose: an id
// `arge` or an address arge-kiel@example.org is not an outdated term in the text
const SKIP_KEYS = new Set([
  'id',
  'by',
  'lead',
  'costBearer',
  'from',
  'to',
  'convener',
  'members',
  'owner',
  'task',
  'extends',
  'email',
  'phone',
  'rules',
  'kind',
  'language',
  'frequency',
  'service',
  'type',
  'churchLaw',
  'schemaVersion',
]);

const MAX_DEPTH = 64;

function* strings(value: unknown, pointer: string, depth = 0): Generator<{ value: string; pointer: string }> {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    yield { value, pointer };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${pointer}/${i}`, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (SKIP_KEYS.has(key)) continue;
      yield* strings(v, `${pointer}/${escapePointerSegment(key)}`, depth + 1);
    }
  }
}

export const rule: Rule = {
  id: 'outdated-term',
  severity: 'warning',
  description: (t) => t.rules['outdated-term'].description,
  check(ctx) {
    const version = toIsoDate(ctx.doc.version);
    if (!version) return;
    const terms = outdatedTerms.filter((t) => version >= t.since);
    if (terms.length === 0) return;
    for (const s of strings(ctx.doc, '')) {
      for (const term of terms) {
        const hit = findTerms(s.value, term.words)[0];
        if (!hit) continue;
        const year = version.slice(0, 4);
        const found = short(hit.text, 50);
        ctx.report({ pointer: s.pointer, message: (t) => t.rules['outdated-term'].outdated(found, year, term.id) });
      }
    }
  },
};

