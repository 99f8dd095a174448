// The results file counts goals as the checklist does (issue 14: the skeleton
// labelled "Ziel 1" as `goal: 0`): `goal: 1` is Ziel 1. Files written before,
// counting from 0, are still read — the same values for the same goals — with
// a warning, in German and English.

import { describe, expect, it } from 'vitest';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';

const agreement = `${minimalAgreement}goals:
  - text: Netzwerk aufbauen
    indicators: [Zahl der Netzwerkpartner]
  - text: Abbrüche verringern
    indicators: [Zahl der Kursabbrüche, Wartezeit in Tagen]
`;

const results = (indicators: string) => `agreement: test-kreis
reviewDate: 2026-06-01
tasks:
  erstberatung: { status: fulfilled }
  vermittlung-in-sprachkurse: { status: fulfilled }
  berufswegeplanung: { status: partial }
questions:
  contactsCurrent: { answer: yes }
  dataFlowsAsAgreed: { answer: yes }
  consentFormsCurrent: { answer: yes }
  legalOrFundingChanges: { answer: no }
decision: keep
indicators:
${indicators}`;

interface Evaluated {
  indicators: Array<{ goal: number; goalText: string; indicator: string; value: unknown; inAgreement: boolean }>;
}

async function evaluate(resultsYaml: string, lang: 'de' | 'en') {
  const cwd = workspace({ 'a.yaml': agreement, 'r.yaml': resultsYaml });
  const r = await run(['review', 'a.yaml', '--results', 'r.yaml', '--format', 'json', '--today', '2026-06-01', '--lang', lang], { cwd });
  return { code: r.code, stderr: r.stderr, json: r.stdout ? (JSON.parse(r.stdout) as Evaluated) : undefined };
}

const byText = (e: Evaluated | undefined) => e?.indicators.map((i) => [i.goalText, i.indicator, i.value, i.inAgreement]);

describe('goal numbers in the results file', () => {
  it('the skeleton writes goal: 1 under "Ziel 1", goal: 2 under "Ziel 2" (and "Goal 1" … in an English agreement)', async () => {
    // the skeleton speaks the agreement's language
    for (const [yaml, word] of [[agreement, 'Ziel'], [agreement.replace('kind: agreement', 'kind: agreement\nlanguage: en'), 'Goal']] as const) {
      const cwd = workspace({ 'a.yaml': yaml });
      const r = await run(['review', 'a.yaml', '--format', 'yaml', '--out', '-', '--today', '2026-06-01'], { cwd });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      const first = lines.findIndex((l) => l.startsWith(`  # ${word} 1: `));
      const second = lines.findIndex((l) => l.startsWith(`  # ${word} 2: `));
      expect(first, r.stdout).toBeGreaterThan(0);
      expect(lines[first + 1]).toBe('  - goal: 1');
      expect(lines[second + 1]).toBe('  - goal: 2');
      expect(lines.filter((l) => l === '  - goal: 2')).toHaveLength(2);
    }
  });

  it('a file counting from 1 evaluates each value for its goal, without a warning', async () => {
    const { code, stderr, json } = await evaluate(results('  - { goal: 1, indicator: Zahl der Netzwerkpartner, value: 9 }\n  - { goal: 2, indicator: Zahl der Kursabbrüche, value: 14 }\n'), 'de');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(byText(json)).toEqual([
      ['Netzwerk aufbauen', 'Zahl der Netzwerkpartner', 9, true],
      ['Abbrüche verringern', 'Zahl der Kursabbrüche', 14, true],
      ['Abbrüche verringern', 'Wartezeit in Tagen', null, true],
    ]);
  });

  it('a file written before, counting from 0, gives the same evaluation and a warning, in both languages', async () => {
    const current = await evaluate(results('  - { goal: 1, indicator: Zahl der Netzwerkpartner, value: 9 }\n  - { goal: 2, indicator: Zahl der Kursabbrüche, value: 14 }\n'), 'en');
    const old = results('  - { goal: 0, indicator: Zahl der Netzwerkpartner, value: 9 }\n  - { goal: 1, indicator: Zahl der Kursabbrüche, value: 14 }\n');
    for (const lang of ['de', 'en'] as const) {
      const r = await evaluate(old, lang);
      expect(r.code).toBe(0);
      expect(byText(r.json)).toEqual(byText(current.json));
      expect(r.stderr).toMatch(
        lang === 'de'
          ? /Warnung +Diese Ergebnisse zählen die Ziele ab 0 \(`goal: 0` für Ziel 1\), wie Ergebnisdateien es früher taten; agree liest sie so\. .* review-goal-numbering/
          : /warning +These results count goals from 0 \(`goal: 0` for goal 1\), as results files did before; agree reads them so\. .* review-goal-numbering/,
      );
    }
  });

  it('an old file without goal: 0 is told by its indicators: goal: 1 naming an indicator of the second goal', async () => {
    const r = await evaluate(results('  - { goal: 1, indicator: Wartezeit in Tagen, value: 21 }\n'), 'de');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('review-goal-numbering');
    expect(byText(r.json)).toContainEqual(['Abbrüche verringern', 'Wartezeit in Tagen', 21, true]);
  });

  it('a goal the agreement does not have names the numbers it has', async () => {
    const de = await evaluate(results('  - { goal: 3, indicator: X, value: 1 }\n'), 'de');
    expect(de.code).toBe(1);
    expect(de.stderr).toContain('Die Vereinbarung hat 2 Ziele (`goal: 1` bis `goal: 2`, gezählt wie in der Checkliste); `goal: 3` gibt es nicht.');
    const en = await evaluate(results('  - { goal: 3, indicator: X, value: 1 }\n'), 'en');
    expect(en.stderr).toContain('The agreement has 2 goals (`goal: 1` to `goal: 2`, counted as in the checklist); there is no `goal: 3`.');
  });
});
