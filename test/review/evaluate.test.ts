// The evaluation (SPEC §4): the rate and its counts, per party and per
// partner, meetings against the frequency, answers that call for action,
// indicators, decision; the JSON report and the Markdown report; the trend
// over several years.

import { describe, expect, it } from 'vitest';
import { countStatuses, evaluateResults } from '../../src/review/evaluate.js';
import { buildReport, buildReportView } from '../../src/review/report.js';
import { renderReportMarkdown } from '../../src/review/markdown.js';
import { evaluateReview } from '../../src/review/index.js';
import type { ReviewResults } from '../../src/review/results.js';
import { unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import { minimal } from './helpers.js';

// parties: dw (unit mbe), jc; tasks: erstberatung (mbe), vermittlung-in-sprachkurse (jc),
// berufswegeplanung (shared), plus the ones added here
const doc = minimal((d) => {
  d.responsibilities!.push({ by: ['mbe', 'jc'], tasks: [{ text: 'Gemeinsame Fallkonferenzen', id: 'fallkonferenzen' }] });
  d.sharedTasks!.push(
    { text: 'Monatliches Netzwerktreffen', id: 'netzwerk', lead: 'jc', frequency: 'monthly' },
    { text: 'Fachtag', id: 'fachtag', frequency: 'once' },
    { text: 'Krisengespräche', id: 'krise', frequency: 'asNeeded' },
  );
  d.review = { intervalMonths: 6, owner: 'dw', lastReview: '2026-01-15' };
  d.goals = [{ text: 'Abbrüche verringern', indicators: ['Zahl der Kursabbrüche', 'Zahl der Fallkonferenzen'] }];
});

const results: ReviewResults = {
  agreement: 'test-kreis',
  reviewDate: '2026-07-10',
  participants: ['Erika Muster (DW)', 'Ольга Петрова (JC)'],
  tasks: {
    erstberatung: { status: 'fulfilled' },
    'vermittlung-in-sprachkurse': { status: 'partial', note: 'Wartezeiten' },
    fallkonferenzen: { status: 'notFulfilled', note: 'keine Termine' },
    berufswegeplanung: { status: 'notApplicable' },
    netzwerk: { status: 'fulfilled' },
    fachtag: { status: '' },
    // krise: missing
  },
  meetings: { netzwerk: { held: 5 }, krise: { held: 2 } },
  questions: {
    contactsCurrent: { answer: 'yes' },
    dataFlowsAsAgreed: { answer: 'unclear', note: 'prüfen' },
    consentFormsCurrent: { answer: 'no' },
    legalOrFundingChanges: { answer: 'no' },
  },
  indicators: [
    { goal: 0, indicator: 'zahl der  Kursabbrüche', value: 14 },
    { goal: 0, indicator: 'Wartezeit in Tagen', value: '21' },
  ],
  decision: 'amend',
  amendments: ['Einwilligung überarbeiten'],
  nextReview: { date: '2027-01-10', owner: 'jc' },
};

describe('countStatuses', () => {
  it('applies the formula; unanswered stay in the denominator', () => {
    expect(countStatuses(['fulfilled', 'partial', 'notFulfilled', 'notApplicable', null])).toEqual({
      tasks: 5, fulfilled: 1, partial: 1, notFulfilled: 1, notApplicable: 1, unanswered: 1, numerator: 1.5, denominator: 4, rate: 0.375,
    });
  });
  it('has no rate when every task is not applicable, or there are none', () => {
    expect(countStatuses(['notApplicable']).rate).toBeNull();
    expect(countStatuses([]).rate).toBeNull();
  });
});

describe('evaluateResults', () => {
  const e = evaluateResults(doc, results, 'r.yaml');

  it('counts overall', () => {
    expect(e.summary).toMatchObject({ tasks: 7, fulfilled: 2, partial: 1, notFulfilled: 1, notApplicable: 1, unanswered: 2, numerator: 2.5, denominator: 6 });
    expect(e.summary.rate).toBeCloseTo(2.5 / 6, 12);
  });

  it('counts per party as named in `by` (a task for several parties counts for each), then the shared tasks', () => {
    expect(e.parties.map((p) => [p.id, p.kind, p.tasks, p.rate])).toEqual([
      ['mbe', 'unit', 2, 0.5],
      ['jc', 'partner', 2, 0.25],
      ['shared', 'shared', 4, 1 / 3],
    ]);
  });

  it('counts per partner with its units, each task once; shared tasks apart', () => {
    expect(e.partners.map((p) => [p.id, p.tasks, p.fulfilled, p.notFulfilled])).toEqual([
      ['dw', 2, 1, 1],
      ['jc', 2, 0, 1],
      ['shared', 4, 1, 0],
    ]);
  });

  it('compares meetings with the frequency scaled to the interval', () => {
    expect(e.meetings).toEqual([
      expect.objectContaining({ task: 'netzwerk', frequency: 'monthly', expected: 6, held: 5, met: false }),
      expect.objectContaining({ task: 'fachtag', frequency: 'once', expected: 1, held: null, met: null }),
      expect.objectContaining({ task: 'krise', frequency: 'asNeeded', expected: null, held: 2, met: null }),
    ]);
  });

  it('marks the answers that call for action', () => {
    expect(e.questions.map((q) => [q.key, q.answer, q.needsAction])).toEqual([
      ['contactsCurrent', 'yes', false],
      ['dataFlowsAsAgreed', 'unclear', true],
      ['consentFormsCurrent', 'no', true],
      ['legalOrFundingChanges', 'no', false],
    ]);
    const changed = evaluateResults(doc, { ...results, questions: { legalOrFundingChanges: { answer: 'yes' } } }, 'r.yaml');
    expect(changed.questions.find((q) => q.key === 'legalOrFundingChanges')!.needsAction).toBe(true);
    expect(changed.questions.find((q) => q.key === 'contactsCurrent')).toMatchObject({ answer: null, needsAction: false });
  });

  it('lists the agreement’s indicators with their values, then values for others', () => {
    expect(e.indicators).toEqual([
      expect.objectContaining({ goal: 0, indicator: 'Zahl der Kursabbrüche', value: 14, inAgreement: true }),
      expect.objectContaining({ goal: 0, indicator: 'Zahl der Fallkonferenzen', value: null, inAgreement: true }),
      expect.objectContaining({ goal: 0, indicator: 'Wartezeit in Tagen', value: '21', inAgreement: false }),
    ]);
  });
});

describe('report', () => {
  it('JSON: stable keys, open tasks, answers needing action, one trend entry', () => {
    const report = buildReport([evaluateResults(doc, results, 'r.yaml')], 'a.yaml');
    expect(Object.keys(report)).toEqual([
      'version', 'agreement', 'results', 'complete', 'missing', 'summary', 'parties', 'partners', 'tasks', 'open', 'meetings', 'questions', 'actionNeeded', 'indicators', 'decision', 'amendments', 'nextReview', 'trend',
    ]);
    expect(Object.keys(report.summary)).toEqual(['tasks', 'fulfilled', 'partial', 'notFulfilled', 'notApplicable', 'unanswered', 'numerator', 'denominator', 'rate']);
    expect(report.open).toEqual({ notFulfilled: ['fallkonferenzen'], partial: ['vermittlung-in-sprachkurse'], unanswered: ['fachtag', 'krise'] });
    expect(report.actionNeeded).toEqual(['dataFlowsAsAgreed', 'consentFormsCurrent']);
    // two tasks are not answered: the evaluation says it is incomplete
    expect(report.complete).toBe(false);
    expect(report.missing).toEqual({ tasks: 2, questions: 0, decision: false });
    expect(report.trend).toEqual([expect.objectContaining({ year: 2026, reviewDate: '2026-07-10', meetings: { held: 7, expected: 7 } })]);
  });

  it('Markdown: the rate with the formula filled in, open tasks, meetings, actions, decision', () => {
    const md = renderReportMarkdown(buildReportView(buildReport([evaluateResults(doc, results, 'r.yaml')], 'a.yaml'), doc));
    const text = unescapeMarkdown(md);
    expect(text).toContain('**Erfüllungsgrad: 42 %**');
    expect(text).toContain('Erfüllungsgrad = (erfüllt + 0,5 × teilweise) / (Aufgaben − entfällt)');
    expect(text).toContain('= (2 + 0,5 × 1) / (7 − 1) = 2,5 / 6 = 42 %');
    expect(text).toContain('2 Aufgaben sind nicht beantwortet; sie zählen im Nenner mit');
    expect(text).toContain('| Gemeinsame Fallkonferenzen `fallkonferenzen` | Migrationsberatung für erwachsene Zuwanderer, Jobcenter Test | nicht erfüllt | keine Termine |');
    expect(text).toContain('| Monatliches Netzwerktreffen `netzwerk` | monatlich | 6 | 5 | 1 zu wenig |');
    expect(text).toContain('2 Antworten verlangen Handlungsbedarf.');
    expect(text).toContain('**Die Vereinbarung wird schriftlich geändert.**');
    expect(text).toContain('- Einwilligung überarbeiten');
    expect(text).toContain('Nächste Überprüfung: 10. Januar 2027; Einladung: Jobcenter Test.');
    expect(text).toContain('Wartezeit in Tagen (nicht in der Vereinbarung)');
    expect(md).not.toContain('## 7.');
  });

  it('several years: the newest in full, the trend per year', () => {
    const older: ReviewResults = { ...results, reviewDate: '2025-07-01', tasks: { erstberatung: { status: 'notFulfilled' } }, meetings: { netzwerk: { held: 2 } } };
    const { report, markdown } = evaluateReview(doc, [
      { file: 'r2026.yaml', results },
      { file: 'r2025.yaml', results: older },
    ]);
    expect(report.results.file).toBe('r2026.yaml');
    expect(report.trend.map((t) => [t.year, t.file, t.summary.fulfilled, t.meetings.held])).toEqual([
      [2025, 'r2025.yaml', 0, 2],
      [2026, 'r2026.yaml', 2, 7],
    ]);
    expect(report.trend[0]!.summary.rate).toBe(0);
    expect(markdown).toContain('## 7. Verlauf');
    expect(unescapeMarkdown(markdown)).toMatch(/\| 2025 \| 1\. Juli 2025 \| 0 % \|/);
  });

  it('escapes user text in the report', () => {
    const md = renderReportMarkdown(
      buildReportView(buildReport([evaluateResults(doc, { ...results, amendments: ['<img src=x onerror=alert(1)> # Titel'] }, 'r.yaml')], 'a.yaml'), doc),
    );
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('- \\<img src=x onerror=alert(1)\\> \\# Titel');
  });
});
