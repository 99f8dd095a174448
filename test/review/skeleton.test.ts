// The results skeleton (`--format yaml`) round-trips: it parses, passes the
// results schema and the checks against its agreement, lists every task id;
// filled in, it evaluates to the rate the formula gives.

import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { buildChecklist } from '../../src/review/checklist.js';
import { buildSkeleton } from '../../src/review/skeleton.js';
import { checkResults, loadResults, type ReviewResults } from '../../src/review/results.js';
import { evaluateResults } from '../../src/review/evaluate.js';
import { parseYaml } from '../../src/model/source.js';
import { listTasks } from '../../src/model/tasks.js';
import { validate } from '../../src/check/schema.js';
import type { LoadedDocument } from '../../src/model/load.js';
import type { Agreement } from '../../src/model/types.js';
import { EXAMPLES, example } from './helpers.js';

const TODAY = '2026-11-26';

function skeletonOf(doc: Agreement): string {
  return buildSkeleton(buildChecklist(doc, TODAY), { schemaPath: '../schemas/review-results.schema.json', evaluateCommand: 'agree review a.yaml --results b.yaml' });
}

/** a results text as the CLI would load it */
function loaded(text: string): LoadedDocument {
  const source = parseYaml('results.yaml', text);
  expect(source.problems).toEqual([]);
  return {
    file: 'results.yaml',
    path: null,
    value: source.value,
    chain: ['results.yaml'],
    paths: [null],
    problems: [],
    locate: (pointer) => {
      const loc = source.locations.get(pointer);
      return loc ? { location: loc, exact: true } : null;
    },
  };
}

/** deterministic statuses: task i gets STATUS[i % 5] (the fifth: left empty) */
const CYCLE = ['fulfilled', 'partial', 'notFulfilled', 'notApplicable', null] as const;

function fill(text: string, doc: Agreement): string {
  const d = parseDocument(text);
  listTasks(doc).forEach((t, i) => {
    const status = CYCLE[i % CYCLE.length];
    if (status) d.setIn(['tasks', t.id, 'status'], status);
    d.setIn(['tasks', t.id, 'note'], `Anmerkung ${i}`);
  });
  d.set('reviewDate', TODAY);
  d.set('decision', 'keep');
  return d.toString();
}

describe.each(EXAMPLES)('results skeleton of %s', (file) => {
  it('parses, passes the schema and the checks, and lists every task id', async () => {
    const doc = await example(file, TODAY);
    const text = skeletonOf(doc);
    expect(text.split('\n', 1)[0]).toBe('# yaml-language-server: $schema=../schemas/review-results.schema.json');
    const value = parse(text) as ReviewResults;
    expect(validate('review-results', value)).toEqual([]);
    expect(Object.keys(value.tasks)).toEqual(listTasks(doc).map((t) => t.id));
    for (const entry of Object.values(value.tasks)) expect(entry).toEqual({ status: null, note: null });
    expect(value.agreement).toBe(doc.id);
    const checked = checkResults(loaded(text), { lang: 'en', agreement: doc, agreementFile: file });
    // unfilled: everything unanswered, and the check says so
    const n = listTasks(doc).length;
    expect(checked.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'review-incomplete', severity: 'warning', message: expect.stringContaining(`${n} of ${n} task`) }),
    ]);
    const e = evaluateResults(doc, checked.results!, 'results.yaml');
    expect(e.summary).toMatchObject({ tasks: listTasks(doc).length, unanswered: listTasks(doc).length, fulfilled: 0 });
  });

  it('filled in, evaluates to (fulfilled + 0.5 × partial) / (tasks − notApplicable)', async () => {
    const doc = await example(file, TODAY);
    const text = fill(skeletonOf(doc), doc);
    const checked = checkResults(loaded(text), { lang: 'en', agreement: doc, agreementFile: file });
    // every fifth task and the review questions are left unanswered
    expect(checked.diagnostics.map((d) => d.ruleId)).toEqual(['review-incomplete']);
    expect(checked.diagnostics[0]!.message).toContain('4 of 4 review questions');
    const e = evaluateResults(doc, checked.results!, 'results.yaml');
    const n = listTasks(doc).length;
    const count = (k: number) => Array.from({ length: n }, (_, i) => i % 5).filter((x) => x === k).length;
    const [fulfilled, partial, notFulfilled, notApplicable, unanswered] = [0, 1, 2, 3, 4].map(count) as [number, number, number, number, number];
    expect(e.summary).toMatchObject({ tasks: n, fulfilled, partial, notFulfilled, notApplicable, unanswered });
    expect(e.summary.rate).toBeCloseTo((fulfilled + 0.5 * partial) / (n - notApplicable), 12);
    expect(e.tasks[0]).toMatchObject({ status: 'fulfilled', note: 'Anmerkung 0' });
  });
});

describe('the hand-filled Dithmarschen results (test/review/fixtures)', () => {
  it('evaluate to 14.5 / 19', async () => {
    const doc = await example('examples/dithmarschen.yaml', TODAY);
    const l = await loadResults('test/review/fixtures/dithmarschen-review-2027.yaml', { cwd: process.cwd() });
    const checked = checkResults(l, { lang: 'de', agreement: doc, agreementFile: 'examples/dithmarschen.yaml' });
    expect(checked.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      'review-incomplete: 1 von 20 Aufgaben ist nicht beantwortet – die Auswertung ist unvollständig. Tragen Sie die fehlenden Antworten ein (`status`, `answer`, `decision`).',
    ]);
    const e = evaluateResults(doc, checked.results!, checked.file);
    expect(e.summary).toEqual({ tasks: 20, fulfilled: 12, partial: 5, notFulfilled: 1, notApplicable: 1, unanswered: 1, numerator: 14.5, denominator: 19, rate: 14.5 / 19 });
  });
});
