// What rules see of a document (src/check/view.ts): the engine removes what
// the schema rejected — unknown keys, wrong types, broken patterns; a list
// item becomes null — keeps what is merely incomplete, keeps a value a rule
// that is on explains, and never changes the document it was given.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgreementValue } from '../../src/check/engine.js';
import { validate } from '../../src/check/schema.js';
import { prune } from '../../src/check/view.js';
import type { Agreement } from '../../src/model/types.js';
import { yaml } from '../helpers/rule-harness.js';

const source = yaml`
  kind: agreement
  id: test
  adress: Hauptstraße 1
  partners:
    - { id: jc, name: Jobcenter Kiel, type: amt, units: [{ id: mbe, name: MBE, targetGroup: { ageMin: "27" } }] }
    - 42
    - { id: dw }
  responsibilities:
    - { by: Jobcenter Kiel, tasks: [Erstberatung, 7] }
  review: { intervalMonths: 0, owner: jc }
`;

describe('prune', () => {
  it('removes what the schema rejected and keeps what is only incomplete', () => {
    const doc = parse(source);
    const before = JSON.stringify(doc);
    const { view, removed } = prune<Agreement>(doc, validate('agreement', doc));
    expect(JSON.stringify(doc), 'the document is not changed').toBe(before);
    expect(removed.sort()).toEqual(
      ['/adress', '/partners/0/type', '/partners/0/units/0/targetGroup/ageMin', '/partners/1', '/responsibilities/0/by', '/responsibilities/0/tasks/1', '/review/intervalMonths'].sort(),
    );
    expect(view).toEqual({
      kind: 'agreement',
      id: 'test',
      partners: [{ id: 'jc', name: 'Jobcenter Kiel', units: [{ id: 'mbe', name: 'MBE', targetGroup: {} }] }, null, { id: 'dw' }],
      responsibilities: [{ tasks: ['Erstberatung', null] }],
      review: { owner: 'jc' },
    });
    // what was not on the way to a removed value is shared, not copied
    expect(view.partners![2]).toBe(doc.partners[2]);
  });

  it('keeps a value a rule explains', () => {
    const doc = parse(source);
    const issues = validate('agreement', doc);
    const { view } = prune<Agreement>(doc, issues, (issue) => issue.pointer === '/responsibilities/0/by');
    expect(view.responsibilities![0]!.by).toBe('Jobcenter Kiel');
  });

  it('a key that is empty text is a key like any other', () => {
    const doc = { '': 5, id: 'x', partners: 'x' };
    const { view, removed } = prune<Agreement>(doc, validate('agreement', doc));
    expect(removed.sort()).toEqual(['/', '/partners']);
    expect(view).toEqual({ id: 'x' });
  });

  it('an invalid document root leaves an empty view', () => {
    for (const doc of [null, 'text', 5, []]) expect(prune(doc, validate('agreement', doc)).view).toEqual({});
  });
});

describe('the engine and the schema, one finding per problem', () => {
  const findings = (src: string, overrides?: Record<string, 'off' | 'info' | 'warning' | 'error'>) => {
    const run = checkAgreementValue(parse(src), { today: '2026-03-01', overrides });
    return [...run.issues.map((i) => `schema ${i.keyword} ${i.pointer}`), ...run.findings.map((f) => `${f.ruleId} ${f.severity} ${f.pointer}`)].sort();
  };

  it('a rule that explains a schema finding replaces it with its own error', () => {
    const src = yaml`
      partners: [{ id: jc, name: Jobcenter Kiel }]
      responsibilities: [{ by: Jobcenter Kiel, tasks: [Erstberatung] }]
    `;
    const all = findings(src).filter((f) => f.includes('/responsibilities/0/by'));
    expect(all).toEqual(['unknown-reference error /responsibilities/0/by']);
    // as a warning it does not replace the schema's error; switched off, the value is the schema's alone
    expect(findings(src, { 'unknown-reference': 'warning' }).filter((f) => f.includes('/responsibilities/0/by'))).toEqual([
      'schema pattern /responsibilities/0/by',
      'unknown-reference warning /responsibilities/0/by',
    ]);
    expect(findings(src, { 'unknown-reference': 'off' }).filter((f) => f.includes('/responsibilities/0/by'))).toEqual(['schema pattern /responsibilities/0/by']);
  });

  it('a rule does not report a value missing that the schema rejected', () => {
    const src = yaml`
      kind: agreement
      partners: [{ id: jc, name: Jobcenter Kiel }]
      sharedTasks: [{ text: Netzwerktreffen, lead: 5, frequency: weekly }]
      goals: [{ text: Netzwerk, indicators: [7] }]
      review: { intervalMonths: 100 }
    `;
    const all = findings(src);
    expect(all.filter((f) => f.startsWith('shared-task-lead') || f.startsWith('recurring-task-frequency') || f.startsWith('goal-indicator') || f.startsWith('review-clause'))).toEqual([]);
    expect(all.filter((f) => /^schema (enum|maximum|type) /.test(f))).toEqual([
      'schema enum /sharedTasks/0/frequency',
      'schema maximum /review/intervalMonths',
      'schema type /goals/0/indicators/0',
      'schema type /sharedTasks/0/lead',
    ]);
  });

  it('rules see the parts of a document the schema accepts, next to its errors', () => {
    const all = findings(source);
    // the partner without a name is still a partner; the review owner is still checked
    expect(all).toContain('contacts-current warning /partners/2');
    expect(all).toContain('schema required /partners/2');
    expect(all).toContain('party-without-tasks warning /partners/0/id');
  });
});
