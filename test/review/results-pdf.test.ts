// The filled checklist PDF is a results file: filled in MuPDF the way a
// viewer fills it (radio states, typed text in Turkish, Cyrillic and Arabic,
// dates as people write them), saved incrementally in two sessions, it
// evaluates exactly like the results YAML `--format yaml` makes of it; a
// checklist of another agreement, of an older version or with a changed task
// list is refused, naming both versions.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, run, workspace } from '../helpers/cli.js';
import { fillWithMupdf } from '../pdf-read/helpers.js';
import { openPdf, readFormFields } from '../../src/pdf/index.js';

const TODAY = '2026-11-26';
const PARTICIPANTS = ['Gülşen Yılmaz (DWD)', 'Ольга Петрова (Jobcenter)', 'محمد العلي (JMD)', 'Łucja Wąsowska'];

type Widget = Parameters<Parameters<typeof fillWithMupdf>[1]>[0] & { getObject(): { get(...keys: string[]): { forEach(f: (v: unknown, k: unknown) => void): void } } };

/** the state a radio button stands for */
function stateOf(w: Widget): string | undefined {
  const states: string[] = [];
  w.getObject().get('AP', 'N').forEach((_, key) => states.push(String(key)));
  return states.find((s) => s !== 'Off');
}

let dir: string;
let blank: Buffer;
let filled: Buffer;

beforeAll(async () => {
  dir = workspace({ 'dithmarschen.yaml': readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8') });
  const r = await run(['review', 'dithmarschen.yaml', '--format', 'pdf', '--today', TODAY], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  blank = readFileSync(join(dir, 'dithmarschen-review-2026.pdf'));

  // first session: the header, the tasks and the meetings
  const statuses = ['fulfilled', 'partial', 'fulfilled', 'notFulfilled', 'notApplicable'];
  let task = 0;
  const seen = new Set<string>();
  const first = await fillWithMupdf(blank, (w) => {
    const name = w.getName();
    if (name === 'review.date') return w.setTextValue('4. März 2027'), true;
    if (name === 'review.participants') return w.setTextValue(PARTICIPANTS.join('\n')), true;
    if (/^task\..*\.status$/.test(name)) {
      if (!seen.has(name)) {
        seen.add(name);
        task++;
      }
      // the last task stays unanswered; the others cycle through the statuses
      if (task === 20) return false;
      if ((w as Widget) && stateOf(w as Widget) === statuses[task % statuses.length]) return w.toggle(), true;
      return false;
    }
    if (name === 'task.kursbegleitung.note') return w.setTextValue('Wartelisten bei zwei Kursträgern – „Gül“ erklärt es'), true;
    if (name === 'meeting.fachtreffen.held') return w.setTextValue('3'), true;
    return false;
  });
  // second session, another day: questions, indicators, decision, next review
  filled = await fillWithMupdf(first, (w) => {
    const name = w.getName();
    const answers: Record<string, string> = { contactsCurrent: 'no', dataFlowsAsAgreed: 'yes', consentFormsCurrent: 'unclear', legalOrFundingChanges: 'no' };
    const q = /^question\.(\w+)\.answer$/.exec(name);
    if (q) return stateOf(w as Widget) === answers[q[1]!] ? (w.toggle(), true) : false;
    if (name === 'question.consentFormsCurrent.note') return w.setTextValue('Vorlage an DSG-EKD 2025 anpassen'), true;
    if (name === 'indicator.0.0.value') return w.setTextValue('14'), true;
    if (name === 'decision.choice') return stateOf(w as Widget) === 'amend' ? (w.toggle(), true) : false;
    if (name === 'decision.amendments') return w.setTextValue('- Anlage 1 überarbeiten\n- Ansprechpersonen aktualisieren'), true;
    if (name === 'nextReview.date') return w.setTextValue('02.03.2028'), true;
    if (name === 'nextReview.owner') return w.setTextValue('DWD'), true;
    return false;
  });
  writeFileSync(join(dir, 'filled.pdf'), filled);
}, 60_000);

describe('a checklist PDF filled in a viewer', () => {
  it('was saved incrementally, twice, and keeps the typed names exactly', () => {
    const pdf = openPdf(filled);
    expect(pdf.revisions.length).toBe(3);
    expect(pdf.revisions[0]!.end).toBe(blank.length);
    const fields = new Map(readFormFields(pdf).map((f) => [f.name, f]));
    expect(fields.get('review.participants')!.value).toBe(PARTICIPANTS.join('\n'));
    expect(fields.get('task.erstberatung.status')!.type).toBe('radio');
  });

  it('evaluates exactly like the results YAML made from it', async () => {
    const fromPdf = await run(['review', 'dithmarschen.yaml', '--results', 'filled.pdf', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(fromPdf.code, fromPdf.stderr).toBe(0);
    const yaml = await run(['review', 'dithmarschen.yaml', '--results', 'filled.pdf', '--format', 'yaml', '--today', TODAY], { cwd: dir });
    expect(yaml.code, yaml.stderr).toBe(0);
    writeFileSync(join(dir, 'results.yaml'), yaml.stdout);
    const fromYaml = await run(['review', 'dithmarschen.yaml', '--results', 'results.yaml', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(fromYaml.code, fromYaml.stderr).toBe(0);

    const a = JSON.parse(fromPdf.stdout);
    const b = JSON.parse(fromYaml.stdout);
    expect(a.results.file).toBe('filled.pdf');
    expect(b.results.file).toBe('results.yaml');
    for (const report of [a, b]) {
      report.results.file = '';
      for (const t of report.trend) t.file = '';
    }
    expect(a).toEqual(b);

    // what was typed and chosen, as the evaluation reads it
    expect(a.results).toMatchObject({ reviewDate: '2027-03-04', participants: PARTICIPANTS });
    expect(a.summary).toMatchObject({ tasks: 20, unanswered: 1 });
    expect(a.tasks.find((t: { id: string }) => t.id === 'kursbegleitung').note).toBe('Wartelisten bei zwei Kursträgern – „Gül“ erklärt es');
    expect(a.meetings.find((m: { task: string }) => m.task === 'fachtreffen')).toMatchObject({ held: 3, expected: 4, met: false });
    expect(a.questions.map((q: { answer: string }) => q.answer)).toEqual(['no', 'yes', 'unclear', 'no']);
    expect(a.decision).toBe('amend');
    expect(a.amendments).toEqual(['Anlage 1 überarbeiten', 'Ansprechpersonen aktualisieren']);
    expect(a.nextReview).toEqual({ date: '2028-03-02', owner: 'dwd' });
    expect(a.complete).toBe(false);

    // the YAML is in the document's words, with the names as typed
    expect(yaml.stdout).toContain('    status: erfüllt');
    expect(yaml.stdout).toContain('    status: nicht erfüllt');
    expect(yaml.stdout).toContain('decision: wird schriftlich geändert');
    expect(yaml.stdout).toContain('  - "محمد العلي (JMD)"');
  });

  it('is recorded into the agreement like a results YAML', async () => {
    const work = workspace({ 'dithmarschen.yaml': readFileSync(join(dir, 'dithmarschen.yaml'), 'utf8'), 'filled.pdf': filled });
    const r = await run(['review', 'dithmarschen.yaml', '--results', 'filled.pdf', '--record', '--today', TODAY, '--lang', 'de'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('review.lastReview: 2026-03-10 → 2027-03-04');
    expect(r.stderr).toContain('review.next: (keine Angabe) → 2028-03-02');
    expect(readFileSync(join(work, 'dithmarschen.yaml'), 'utf8')).toContain('review: { intervalMonths: 12, owner: dwd, lastReview: 2027-03-04, next: 2028-03-02 }');
  });

  it('names the field of a value it cannot read', async () => {
    const bad = await fillWithMupdf(blank, (w) => {
      if (w.getName() === 'review.date') return w.setTextValue('nächste Woche'), true;
      if (w.getName() === 'meeting.fachtreffen.held') return w.setTextValue('drei'), true;
      return false;
    });
    const work = workspace({ 'dithmarschen.yaml': readFileSync(join(dir, 'dithmarschen.yaml'), 'utf8'), 'bad.pdf': bad });
    const r = await run(['review', 'dithmarschen.yaml', '--results', 'bad.pdf', '--lang', 'de'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/review\.date\s+Fehler\s+„nächste Woche“ ist kein Datum; schreiben Sie z\. B\. 12\.03\.2027/);
    expect(r.stderr).toMatch(/meeting\.fachtreffen\.held\s+Fehler\s+„drei“ ist keine Anzahl/);
    const json = await run(['check', 'dithmarschen.yaml'], { cwd: work });
    expect(json.code).toBe(0);
  });
});

describe('a checklist of another agreement or version', () => {
  it('is refused, naming both versions', async () => {
    const work = workspace({
      'dithmarschen.yaml': readFileSync(join(dir, 'dithmarschen.yaml'), 'utf8').replace('version: 2026-03-10', 'version: 2027-01-15'),
      'filled.pdf': filled,
      'nordfriesland.yaml': readFileSync(join(root, 'examples/nordfriesland.yaml'), 'utf8'),
    });
    const version = await run(['review', 'dithmarschen.yaml', '--results', 'filled.pdf', '--lang', 'de'], { cwd: work });
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('Diese Checkliste wurde für den Stand 10.3.2026 der Vereinbarung „dithmarschen“ erstellt; die Vereinbarung hat jetzt den Stand 15.1.2027.');
    expect(version.stdout).toBe('');
    const other = await run(['review', 'nordfriesland.yaml', '--results', 'filled.pdf', '--lang', 'en'], { cwd: work });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('This checklist belongs to agreement "dithmarschen" (version of 2026-03-10), but "nordfriesland"');
  });

  it('is refused when the task list changed at the same version', async () => {
    const work = workspace({
      'dithmarschen.yaml': readFileSync(join(dir, 'dithmarschen.yaml'), 'utf8').replace('      - Weiterleitung an spezielle Fachdienste\n', ''),
      'filled.pdf': filled,
    });
    const r = await run(['review', 'dithmarschen.yaml', '--results', 'filled.pdf', '--lang', 'en'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The tasks of agreement "dithmarschen" changed after this checklist was made');
  });
});
