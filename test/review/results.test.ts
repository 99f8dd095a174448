// A results file is checked against its agreement with file:line:column, in
// both languages: another agreement's results, task ids the agreement lacks,
// meetings of tasks without a frequency, goals and owners that do not exist.

import { describe, expect, it } from 'vitest';
import { checkResults, type CheckedResults } from '../../src/review/results.js';
import { parseYaml } from '../../src/model/source.js';
import type { LoadedDocument } from '../../src/model/load.js';
import type { Lang } from '../../src/model/types.js';
import { minimal } from './helpers.js';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';

// minimal agreement: tasks erstberatung (mbe), vermittlung-in-sprachkurse (jc), berufswegeplanung (shared, no frequency)
const doc = minimal((d) => {
  d.sharedTasks!.push({ text: 'Monatliches Netzwerktreffen', id: 'netzwerktreffen', lead: 'jc', frequency: 'monthly' });
  d.goals = [{ text: 'Abbrüche verringern', indicators: ['Zahl der Kursabbrüche'] }];
});

const good = `agreement: test-kreis
reviewDate: 2026-11-10
tasks:
  erstberatung: { status: fulfilled }
  vermittlung-in-sprachkurse: { status: partial, note: Wartezeiten }
  berufswegeplanung: { status: notApplicable }
  netzwerktreffen: { status: fulfilled }
meetings:
  netzwerktreffen: { held: 11 }
indicators:
  - { goal: 1, indicator: Zahl der Kursabbrüche, value: 14 }
questions:
  contactsCurrent: { answer: yes }
  dataFlowsAsAgreed: { answer: yes }
  consentFormsCurrent: { answer: yes }
  legalOrFundingChanges: { answer: no }
decision: keep
nextReview: { date: 2027-11-10, owner: jc }
`;

/** the minimal agreement with the shared task and goal `doc` has, as YAML */
const minimalAgreementWithGoal = minimalAgreement.replace(
  'review: {',
  '  - { text: Monatliches Netzwerktreffen, id: netzwerktreffen, lead: jc, frequency: monthly }\ngoals:\n  - { text: Abbrüche verringern, indicators: [Zahl der Kursabbrüche] }\nreview: {',
);

function check(text: string, lang: Lang = 'en'): CheckedResults {
  return checkResults(loadedOf(text), { lang, agreement: doc, agreementFile: 'agreement.yaml' });
}

function loadedOf(text: string): LoadedDocument {
  const source = parseYaml('r.yaml', text);
  const loaded: LoadedDocument = {
    file: 'r.yaml',
    path: null,
    value: source.problems.length ? null : source.value,
    chain: ['r.yaml'],
    paths: [null],
    problems: source.problems.map((p) => ({ ...p, file: 'r.yaml', pointer: '' })),
    locate: (pointer) => {
      for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        const loc = source.locations.get(p);
        if (loc) return { location: loc, exact: p === pointer };
        if (p === '') return null;
      }
    },
  };
  return loaded;
}

const at = (r: CheckedResults, ruleId: string) => r.diagnostics.filter((d) => d.ruleId === ruleId);

describe('results checks', () => {
  it('accept matching results', () => {
    const r = check(good);
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reject results of another agreement at /agreement, in both languages', () => {
    const en = check(good.replace('agreement: test-kreis', 'agreement: kiel'));
    expect(en.ok).toBe(false);
    expect(en.results).toBeNull();
    expect(at(en, 'review-agreement')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'r.yaml', line: 1, column: 12, pointer: '/agreement', message: expect.stringContaining('belong to agreement "kiel", but "test-kreis"') }),
    ]);
    const de = check(good.replace('agreement: test-kreis', 'agreement: kiel'), 'de');
    expect(at(de, 'review-agreement')[0]!.message).toContain('gehören zur Vereinbarung „kiel“');
  });

  it('reject a task id the agreement lacks, at its key, with a hint', () => {
    const r = check(good.replace('  erstberatung: { status: fulfilled }', '  erstberatnug: { status: fulfilled }'));
    expect(r.ok).toBe(false);
    expect(at(r, 'review-unknown-task')).toEqual([
      expect.objectContaining({ severity: 'error', line: 4, column: 3, pointer: '/tasks/erstberatnug', message: expect.stringContaining('Did you mean `erstberatung`?') }),
    ]);
    // and the task it meant is missing: a warning, counted as unanswered
    expect(at(r, 'review-missing-task')).toEqual([expect.objectContaining({ severity: 'warning', line: 3, column: 1 })]);
    expect(check(good.replace('  erstberatung:', '  Erstberatung:'), 'de').diagnostics.find((d) => d.ruleId === 'review-unknown-task')!.message).toContain('Meinten Sie `erstberatung`?');
  });

  it('does not let the schema hide a key that is no id at all', () => {
    const r = check(good.replace('  erstberatung:', '  "Erst beratung!":'));
    // one round: that the evaluation is incomplete is known now, beside the error
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['review-incomplete', 'review-missing-task', 'review-unknown-task']);
  });

  it('reject meetings for a task without a frequency or an unknown task', () => {
    const r = check(good.replace('  netzwerktreffen: { held: 11 }', '  netzwerktreffen: { held: 11 }\n  berufswegeplanung: { held: 2 }\n  stammtisch: { held: 1 }'));
    expect(at(r, 'review-not-recurring')).toEqual([expect.objectContaining({ line: 10, column: 3, pointer: '/meetings/berufswegeplanung' })]);
    expect(at(r, 'review-unknown-task')).toEqual([expect.objectContaining({ line: 11, column: 3, pointer: '/meetings/stammtisch' })]);
  });

  it('reject a goal that does not exist; warn about an unknown indicator', () => {
    const r = check(good.replace('{ goal: 1, indicator: Zahl der Kursabbrüche, value: 14 }', '{ goal: 3, indicator: X, value: 1 }\n  - { goal: 1, indicator: Zahl der Kursabbruche }'));
    expect(at(r, 'review-unknown-goal')).toEqual([expect.objectContaining({ severity: 'error', line: 11, pointer: '/indicators/0/goal', message: expect.stringContaining('one goal') })]);
    expect(at(r, 'review-unknown-indicator')).toEqual([expect.objectContaining({ severity: 'warning', line: 12, message: expect.stringContaining('did you mean "Zahl der Kursabbrüche"?') })]);
  });

  it('reject an owner that is no party', () => {
    const r = check(good.replace('owner: jc }', 'owner: jcc }'));
    expect(at(r, 'review-unknown-party')).toEqual([expect.objectContaining({ line: 18, column: 40, message: expect.stringContaining('did you mean `jc`?') })]);
  });

  it('warn when the decision is amend without amendments', () => {
    const r = check(good.replace('decision: keep', 'decision: amend'));
    expect(r.ok).toBe(true);
    expect(at(r, 'review-amend-without-request')).toHaveLength(1);
    expect(check(good.replace('decision: keep', 'decision: amend\namendments: [ Einwilligung überarbeiten ]')).diagnostics).toEqual([]);
  });

  it('report schema errors at their place, with a hint for typos', () => {
    const r = check(good.replace('{ status: partial, note: Wartezeiten }', '{ stauts: partial }').replace('decision: keep', 'decision: kept'));
    const schema = at(r, 'schema');
    expect(schema).toEqual([
      expect.objectContaining({ line: 5, column: 33, pointer: '/tasks/vermittlung-in-sprachkurse/stauts', message: expect.stringContaining('did you mean `status`?') }),
      expect.objectContaining({ line: 17, column: 11, message: expect.stringContaining('`keep`') }),
    ]);
  });

  it('report YAML syntax errors with their line', () => {
    const r = check(good.replace('decision: keep', 'decision: [keep'));
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.ruleId).toBe('yaml-syntax');
  });
});

describe('results rules are set like the agreement rules', () => {
  it('--rule changes a severity or switches a rule off (severity error rejects the results)', () => {
    const incomplete = good.replace('decision: keep\n', '');
    expect(at(check(incomplete), 'review-incomplete')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    const raised = checkResults(loadedOf(incomplete), { lang: 'en', agreement: doc, agreementFile: 'agreement.yaml', overrides: { 'review-incomplete': 'error' } });
    expect(at(raised, 'review-incomplete')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(raised.ok).toBe(false);
    expect(raised.results).toBeNull();
    const off = checkResults(loadedOf(incomplete), { lang: 'en', agreement: doc, agreementFile: 'agreement.yaml', overrides: { 'review-incomplete': 'off' } });
    expect(off.diagnostics).toEqual([]);
    expect(off.ok).toBe(true);
  });

  it("the agreement's rules: set its results rules too", () => {
    const agreement = { ...doc, rules: { 'review-missing-task': 'off', 'review-incomplete': 'info' } as const };
    const r = checkResults(loadedOf(good.replace('  erstberatung: { status: fulfilled }\n', '')), { lang: 'en', agreement, agreementFile: 'agreement.yaml' });
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['review-incomplete info']);
  });

  it('an owner written as a name gets the rule’s did-you-mean instead of the id pattern', () => {
    for (const [lang, words] of [
      ['en', 'did you mean `jc`?'],
      ['de', 'meinten Sie `jc`?'],
    ] as const) {
      const r = check(good.replace('owner: jc }', 'owner: Jobcenter Test }'), lang);
      expect(r.diagnostics.filter((d) => d.pointer === '/nextReview/owner').map((d) => d.ruleId)).toEqual(['review-unknown-party']);
      expect(r.diagnostics.find((d) => d.pointer === '/nextReview/owner')!.message).toContain(words);
    }
  });

  it('a decision to amend in the checklist’s words needs amendments too', () => {
    expect(at(check(good.replace('decision: keep', 'decision: wird schriftlich geändert')), 'review-amend-without-request')).toHaveLength(1);
  });

  it('an unknown indicator names its goal as the document does', () => {
    const r = check(good.replace('indicator: Zahl der Kursabbrüche, value: 14', 'indicator: Zahl der Abbrüche, value: 14'), 'de');
    expect(at(r, 'review-unknown-indicator')[0]!.message).toMatch(/^Ziel 1 \(„Abbrüche verringern“\) der Vereinbarung hat keinen Indikator „Zahl der Abbrüche“/);
  });
});

describe('agree review --rule (command line)', () => {
  const files = (results: string, agreement = minimalAgreementWithGoal) => workspace({ 'a.yaml': agreement, 'r.yaml': results });
  const incomplete = good.replace('decision: keep\n', '');

  it('review A --results R --rule review-incomplete=off: no warning, the evaluation as without it', async () => {
    const dir = files(incomplete);
    const warned = await run(['review', 'a.yaml', '--results', 'r.yaml', '--max-warnings', '0'], { cwd: dir });
    expect(warned.code).toBe(1);
    expect(warned.stderr).toContain('review-incomplete');
    const off = await run(['review', 'a.yaml', '--results', 'r.yaml', '--max-warnings', '0', '--rule', 'review-incomplete=off'], { cwd: dir });
    expect(off.code).toBe(0);
    expect(off.stderr).not.toContain('review-incomplete');
    expect(off.stdout).toBe(warned.stdout);
  });

  it('--rule review-incomplete=error rejects the results; a mistyped id is a usage error with a hint', async () => {
    const dir = files(incomplete);
    const raised = await run(['review', 'a.yaml', '--results', 'r.yaml', '--rule', 'review-incomplete=error'], { cwd: dir });
    expect(raised.code).toBe(1);
    expect(raised.stdout).toBe('');
    const typo = await run(['review', 'a.yaml', '--results', 'r.yaml', '--rule', 'review-incomplet=off'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "review-incomplete"?');
  });

  it('--rule without --results is a usage error, in both languages', async () => {
    const dir = files(good);
    const en = await run(['review', 'a.yaml', '--rule', 'review-incomplete=off', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('use it with --results');
    const de = await run(['review', 'a.yaml', '--rule', 'review-incomplete=off', '--lang', 'de'], { cwd: dir });
    expect(de.code).toBe(2);
    expect(de.stderr).toContain('verwenden Sie es mit --results');
  });
});
