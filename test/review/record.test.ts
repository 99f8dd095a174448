// `agree review AGREEMENT --results R --record`: the review's dates go into the
// agreement file — and nothing else changes in it, byte for byte; `--due` and
// review-overdue count from the recorded dates afterwards.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';

const results = (date: string, extra = '') => `agreement: test-kreis
reviewDate: ${date}
tasks:
  erstberatung: { status: fulfilled }
  vermittlung-in-sprachkurse: { status: partial }
  berufswegeplanung: { status: fulfilled }
questions:
  contactsCurrent: { answer: yes }
  dataFlowsAsAgreed: { answer: yes }
  consentFormsCurrent: { answer: yes }
  legalOrFundingChanges: { answer: no }
${extra}`;

/** the lines that differ between two texts of equal line count */
function changedLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

describe('agree review --record', () => {
  it('writes lastReview and next into a flow mapping and changes nothing else', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement, 'r.yaml': results('2026-11-10', 'decision: keep\nnextReview: { date: 2027-10-01, owner: dw }\n') });
    const r = await run(['review', 'a.yaml', '--results', 'r.yaml', '--record', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect(changedLines(minimalAgreement, after)).toEqual([
      ['review: { intervalMonths: 12, owner: dw, lastReview: 2026-01-15 }', 'review: { intervalMonths: 12, owner: dw, lastReview: 2026-11-10, next: 2027-10-01 }'],
    ]);
    expect(r.stderr).toContain('a.yaml: review of 2026-11-10 recorded');
    expect(r.stderr).toContain('review.lastReview: 2026-01-15 → 2026-11-10');
    expect(r.stderr).toContain('review.next: (none) → 2027-10-01');
    // the evaluation still goes to stdout
    expect(r.stdout).toContain('# Auswertung der Überprüfung'); // in the document's language

    // a second run finds nothing to change
    const again = await run(['review', 'a.yaml', '--results', 'r.yaml', '--record', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('is recorded already; nothing changed');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(after);

    // --due and the review-overdue rule count from the fixed date
    const due = await run(['review', 'a.yaml', '--due', '--today', '2027-09-01', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(due.stdout).agreements[0]).toMatchObject({ due: '2027-10-01', basis: 'next', status: 'due', lastReview: '2026-11-10' });
    const check = await run(['check', 'a.yaml', '--today', '2027-10-05', '--format', 'json'], { cwd: dir });
    const overdue = JSON.parse(check.stdout).results[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'review-overdue');
    expect(overdue).toEqual([expect.objectContaining({ pointer: '/review/next', line: 34, column: 72 })]);
    expect((await run(['check', 'a.yaml', '--today', '2027-09-30', '--format', 'json'], { cwd: dir })).stdout).not.toContain('review-overdue');
  });

  it('keeps comments, folded text and CRLF line ends of a block mapping, and adds keys at its indentation', async () => {
    const text = minimalAgreement
      .replace('review: { intervalMonths: 12, owner: dw, lastReview: 2026-01-15 }', 'review:   # jährlich\n  intervalMonths: 12\n  owner: dw # lädt ein\n')
      .replace('purpose: Zusammenarbeit bei der Beratung von Zugewanderten.', 'purpose: >-\n  Zusammenarbeit bei der Beratung\n  von Zugewanderten.')
      .replace(/\n/g, '\r\n');
    const dir = workspace({ 'a.yaml': text, 'r.yaml': results('2026-11-10', 'decision: keep\nnextReview: { date: 2027-11-12, owner: jc }\n') });
    const r = await run(['review', 'a.yaml', '--results', 'r.yaml', '--record', '--lang', 'de'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect(after).toBe(
      text.replace('  owner: dw # lädt ein\r\n', '  owner: jc # lädt ein\r\n  lastReview: 2026-11-10\r\n  next: 2027-11-12\r\n'),
    );
    expect(r.stderr).toContain('review.owner: dw → jc');
  });

  it('removes a `next` fixed at an earlier review when the meeting fixed none', async () => {
    const text = minimalAgreement.replace('lastReview: 2026-01-15 }', 'lastReview: 2026-01-15, next: 2026-12-01 }');
    const dir = workspace({ 'a.yaml': text, 'r.yaml': results('2026-11-10', 'decision: keep\n') });
    const r = await run(['review', 'a.yaml', '--results', 'r.yaml', '--record'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('review: { intervalMonths: 12, owner: dw, lastReview: 2026-11-10 }');
    expect(r.stderr).toContain('review.next: 2026-12-01 → (removed)');
  });

  it('with an extends chain, writes into the agreement file, never into the shared base file', async () => {
    const base = readFileSync(join(root, 'examples/districts/base-sh.yaml'), 'utf8');
    // Kiel without a `review:` of its own: interval and owner come from the base
    const kiel = readFileSync(join(root, 'examples/districts/kiel.yaml'), 'utf8').replace(/^review:.*\n/m, '');
    const dir = workspace({ 'base-sh.yaml': base, 'kiel.yaml': kiel });
    const skeleton = await run(['review', 'kiel.yaml', '--format', 'yaml', '--today', '2026-11-20', '--out', '.'], { cwd: dir });
    expect(skeleton.code, skeleton.stderr).toBe(0);
    const file = join(dir, 'kiel-review-2026.yaml');
    const filled = readFileSync(file, 'utf8').replace(/^reviewDate:/m, 'reviewDate: 2026-11-20').replace(/status:$/gm, 'status: fulfilled');
    writeFileSync(file, filled);
    const r = await run(['review', 'kiel.yaml', '--results', 'kiel-review-2026.yaml', '--record', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('kiel.yaml: review of 2026-11-20 recorded');
    expect(readFileSync(join(dir, 'base-sh.yaml'), 'utf8')).toBe(base);
    expect(readFileSync(join(dir, 'kiel.yaml'), 'utf8')).toBe(`${kiel}review:\n  lastReview: 2026-11-20\n`);
    const due = await run(['review', 'kiel.yaml', '--due', '--today', '2026-11-21', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(due.stdout).agreements[0]).toMatchObject({ due: '2027-11-20', basis: 'lastReview', intervalMonths: 12, owner: 'traeger' });
  });

  it('refuses results older than the recorded review, results without a date, and an agreement from stdin', async () => {
    const dir = workspace({
      'a.yaml': minimalAgreement,
      'old.yaml': results('2025-11-10', 'decision: keep\n'),
      'nodate.yaml': results('2026-11-10', 'decision: keep\n').replace('reviewDate: 2026-11-10\n', ''),
    });
    const old = await run(['review', 'a.yaml', '--results', 'old.yaml', '--record', '--lang', 'de'], { cwd: dir });
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('Die Ergebnisse sind vom 2025-11-10, aber a.yaml verzeichnet schon eine spätere Überprüfung (2026-01-15)');
    const nodate = await run(['review', 'a.yaml', '--results', 'nodate.yaml', '--record', '--lang', 'en'], { cwd: dir });
    expect(nodate.code).toBe(1);
    expect(nodate.stderr).toContain('The results give no date of the review (`reviewDate`)');
    const stdin = await run(['review', '-', '--results', 'old.yaml', '--record', '--lang', 'en'], { cwd: dir, input: minimalAgreement });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toContain('an agreement read from standard input (-) cannot be changed');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(minimalAgreement);
    // --record without --results is a usage error
    expect((await run(['review', 'a.yaml', '--record'], { cwd: dir })).code).toBe(2);
  });

  it('prints the amendment requests as the next steps of a decision to amend', async () => {
    const dir = workspace({
      'a.yaml': minimalAgreement,
      'r.yaml': results('2026-11-10', 'decision: amend\namendments: [ "Einwilligungsvorlage an DSG-EKD anpassen" ]\n'),
    });
    const r = await run(['review', 'a.yaml', '--results', 'r.yaml', '--record', '--lang', 'de'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Nächste Schritte – die Vereinbarung wird schriftlich geändert; die Änderungswünsche:\n  - Einwilligungsvorlage an DSG-EKD anpassen');
    expect(r.stdout).toContain('Nächste Schritte: Die Änderungswünsche werden schriftlich und konkret angemeldet');
  });
});
