// Rules run also on documents that failed the schema (SPEC §6: malformed input
// never crashes the tool). Every rule must survive any JSON-like value in any
// place without throwing.

import { messageIn } from '../helpers/rule-harness.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Agreement } from '../../src/model/types.js';
import { listTasks } from '../../src/model/tasks.js';
import { partyIndex } from '../../src/check/run-rules.js';
import type { RuleContext } from '../../src/check/rule.js';
import { rules } from '../../src/check/rules/index.js';

// runRules builds tasks and parties itself; build them here defensively so that
// this test is about the rules alone.
function runAll(doc: unknown, today = '2026-03-01'): number {
  let tasks: RuleContext['tasks'] = [];
  let parties: RuleContext['parties'] = new Map();
  try {
    tasks = listTasks(doc as Agreement);
  } catch {
    /* the document is too broken for listTasks; rules still run */
  }
  try {
    parties = partyIndex(doc as Agreement);
  } catch {
    /* as above */
  }
  let count = 0;
  for (const rule of rules) {
    const ctx: RuleContext = {
      doc: doc as Agreement,
      today,
      tasks,
      parties,
      report(f) {
        expect(typeof f.pointer).toBe('string');
        expect(messageIn(f.message, 'de')).toBeTruthy();
        expect(messageIn(f.message, 'en')).toBeTruthy();
        count++;
      },
    };
    expect(() => rule.check(ctx), rule.id).not.toThrow();
  }
  return count;
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

describe('runRules on documents of the wrong shape', () => {
  it('never throws, whatever the top-level values are', async () => {
    const { runRules } = await import('../../src/check/run-rules.js');
    const { rules } = await import('../../src/check/rules/index.js');
    for (const doc of [null, 'x', [], { partners: 'x', responsibilities: 5, sharedTasks: {} }, { partners: [null, 3, { id: 'a', units: 'u' }], rules: { 'goal-indicator': 5 } }]) {
      expect(() => runRules(doc as never, rules, { today: '2026-01-01' })).not.toThrow();
    }
  });
});
