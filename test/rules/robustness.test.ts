// Rules run also on documents that failed the schema (SPEC §6: malformed input
// never crashes the tool), on what the schema accepts of them: the engine
// removes every rejected value. Any JSON-like value in any place must leave a
// view of the schema's types (no rule crashes on it, no rule fails), and the
// findings keep both languages.

import { messageIn } from '../helpers/rule-harness.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgreementValue } from '../../src/check/engine.js';
import { validate } from '../../src/check/schema.js';
import { prune } from '../../src/check/view.js';
import type { Agreement } from '../../src/model/types.js';
import { pointerSegments } from '../../src/model/source.js';

function runAll(doc: unknown, today = '2026-03-01'): number {
  const run = checkAgreementValue(doc, { today });
  for (const f of run.findings) {
    expect(f.internal, `${f.ruleId} failed: ${messageIn(f.message, 'en')}`).toBeUndefined();
    expect(typeof f.pointer).toBe('string');
    expect(messageIn(f.message, 'de')).toBeTruthy();
    expect(messageIn(f.message, 'en')).toBeTruthy();
  }
  expectTypedView(doc);
  return run.findings.length;
}

// keywords that say a value has the wrong type: none may be left in the view
const TYPE_KEYWORDS = new Set(['type', 'enum', 'const', 'additionalProperties']);

/** what the view keeps has the schema's types: only list items removed (null) or completeness may still fail */
function expectTypedView(doc: unknown): void {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return;
  const { view } = prune<Agreement>(doc, validate('agreement', doc));
  for (const issue of validate('agreement', view)) {
    if (!TYPE_KEYWORDS.has(issue.keyword)) continue;
    // a removed list item is null; the view's type says so
    const segments = pointerSegments(issue.pointer);
    let parent: unknown = view;
    for (const s of segments.slice(0, -1)) parent = (parent as Record<string, unknown>)[s];
    const value = Array.isArray(parent) ? parent[Number(segments.at(-1))] : undefined;
    if (value !== null) expect.fail(`${issue.keyword} at ${issue.pointer} is left in the view of ${JSON.stringify(doc).slice(0, 200)}`);
  }
}

const KEYS = [
  'schemaVersion', 'id', 'kind', 'language', 'title', 'district', 'version', 'purpose', 'legalBasis', 'partners',
  'responsibilities', 'sharedTasks', 'dataFlows', 'bodies', 'offers', 'goals', 'term', 'amendment', 'review', 'annexes', 'rules',
];

describe('rules on malformed documents', () => {
  it('survive hand-picked broken shapes', () => {
    const broken: unknown[] = [
      null,
      undefined,
      42,
      'kind: agreement',
      [],
      {},
      { kind: 'agreement' },
      { kind: 'agreement', partners: 'dwd', responsibilities: 'viele', sharedTasks: 3, dataFlows: {}, goals: 'alle', review: 'jährlich' },
      { partners: [null, 1, 'x', { id: 3, units: 'msb', contacts: 'Frau Kühl' }, { id: 'a', units: [null, { id: ['x'] }], churchLaw: 'KDG' }] },
      { partners: [{ id: 'a', units: [{ id: 'j', service: 'jmd', targetGroup: 'jung' }, { id: 'm', service: 'mbe', targetGroup: { ageMin: '18' } }] }] },
      { responsibilities: [null, { by: null, tasks: null }, { by: [1, null, {}], tasks: [null, 5, { text: 7 }, { text: 'Kosten', costBearer: [] }] }] },
      { sharedTasks: [null, { text: null }, { text: 'Regelmäßiges Treffen', lead: {}, frequency: 7, costBearer: 1 }] },
      { dataFlows: [null, 'x', { from: [], to: {}, data: 'Fehlzeiten', purpose: 5, legalBasis: ['consent'], consentForm: {}, task: 9 }] },
      { partners: [{ id: 'dwd', churchLaw: 'DSG-EKD' }], dataFlows: [{ from: 'dwd', to: ['x', null], legalBasis: 'statute', statute: ['DSGVO'] }] },
      { bodies: [null, { convener: [], members: { a: 1 } }], goals: [null, 'Ziel', { text: 5, indicators: 'viele' }] },
      { version: 20060706, review: { intervalMonths: '12', lastReview: 2025 } },
      { version: '2030-02-30', review: { intervalMonths: 1e308, lastReview: '2025-01-31' } },
      { version: '2025-01-01', review: { intervalMonths: -3 } },
      { version: '2025-01-01', review: { intervalMonths: 0.5, lastReview: '2024-01-01' } },
      { kind: 'agreement', version: '2024-01-01', purpose: { text: 'ALG II' }, annexes: [['ARGE']], rules: { 'outdated-term': 5 } },
    ];
    for (const doc of broken) runAll(doc);
    runAll({ version: '2024-01-01' }, 'not a date');
  });

  it('survive deep nesting', () => {
    let deep: unknown = 'ARGE';
    for (let i = 0; i < 5000; i++) deep = [deep];
    runAll({ version: '2024-01-01', annexes: deep });
  });

  it('survive random values in every key', () => {
    const value = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.array(fc.dictionary(fc.constantFrom('id', 'by', 'text', 'tasks', 'units', 'lead', 'from', 'to', 'data', 'legalBasis', 'statute', 'consentForm', 'task', 'targetGroup', 'service', 'contacts', 'churchLaw', 'indicators'), fc.anything({ maxDepth: 2 })), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), value), fc.constantFrom('2026-03-01', '2011-01-01', ''), (doc, today) => {
        runAll(doc, today);
      }),
      { numRuns: 300 },
    );
  });

  it('report findings on a whole malformed-but-parsable Dithmarschen document', () => {
    const doc = parse(`
kind: agreement
version: 2015-07-06
partners:
  - { id: dwd, name: Diakonisches Werk, churchLaw: DSG-EKD, units: [{ id: jmd, service: jmd, targetGroup: { ageMin: 10 } }] }
  - { id: dwd, name: Arge }
responsibilities:
  - { by: jdm, tasks: [Unterrichtung des DWD bei Fernbleiben] }
sharedTasks:
  - { text: Regelmäßiges Zusammentreffen }
dataFlows:
  - { from: arge, to: dwd, legalBasis: consent, consentForm: DSGVO }
`);
    expect(runAll(doc)).toBeGreaterThan(8);
  });
});

describe('the engine on documents of the wrong shape', () => {
  it('never throws, whatever the top-level values are', () => {
    for (const doc of [null, 'x', [], 42, { partners: 'x', responsibilities: 5, sharedTasks: {} }, { partners: [null, 3, { id: 'a', units: 'u' }], rules: { 'goal-indicator': 5 } }]) {
      expect(() => checkAgreementValue(doc, { today: '2026-01-01' })).not.toThrow();
    }
  });
});
