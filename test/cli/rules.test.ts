// The quality rules through the real CLI: every rule id appears for a document
// that breaks it, settings per document and per run, --max-warnings.

import { describe, expect, it } from 'vitest';
import { run, workspace } from '../helpers/cli.js';
import { rules } from '../../src/check/rules/index.js';

const everythingWrong = `schemaVersion: 1
id: alles-falsch
kind: agreement
district: Kreis Test
version: 2027-01-01
purpose: Zusammenarbeit mit der ARGE bei Bezug von ALG II.
partners:
  - id: dw
    name: Diakonisches Werk Test
    churchLaw: DSG-EKD
    address: { street: Hauptstraße 1, postalCode: "25704", city: Meldorf }
    units:
      - { id: mbe, name: Migrationsberatung, service: mbe }
      - { id: jmd, name: Jugendmigrationsdienst, service: jmd, targetGroup: { ageMin: 12, ageMax: 30 } }
      - { id: jmd, name: Jugendmigrationsdienst Außenstelle, service: jmd }
  - id: jc
    name: Jobcenter Test
    address: { street: Marktplatz 2, postalCode: "25746", city: Heide }
  - id: vhs
    name: Volkshochschule Test
    address: { street: Schulweg 3 (学校), postalCode: "25746", city: Heide }
responsibilities:
  - by: mbe
    tasks: [ Erstberatung ]
  - by: [jc, nobody]
    tasks:
      - Unterrichtung der MBE bei Fehlzeiten
sharedTasks:
  - text: Regelmäßiges Treffen der Fachkräfte
  - text: Übernahme der Fahrkosten zum Integrationskurs
    lead: jc
dataFlows:
  - { from: dw, to: vhs, data: [], purpose: Kursplanung, legalBasis: consent, consentForm: Anlage 1 }
  - { from: dw, to: jc, data: [Name], purpose: Abstimmung, legalBasis: statute, statute: Art. 6 DSGVO, task: erstberatung }
goals:
  - text: Netzwerk aufbauen
review: { intervalMonths: 24, owner: dw, lastReview: 2020-01-01 }
`;

describe('agree check — quality rules', () => {
  it('lists every rule id for a document that breaks every rule, in both languages', async () => {
    const dir = workspace({ 'a.yaml': everythingWrong });
    for (const lang of ['en', 'de']) {
      const r = await run(['check', 'a.yaml', '--format', 'json', '--today', '2026-06-01', '--lang', lang], { cwd: dir });
      expect(r.code).toBe(1);
      const diagnostics = JSON.parse(r.stdout).results[0].diagnostics as Array<{ ruleId: string; message: string; line: number }>;
      const ids = new Set(diagnostics.map((d) => d.ruleId));
      for (const rule of rules) expect([...ids], rule.id).toContain(rule.id);
      for (const d of diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.line).toBeGreaterThan(0);
      }
    }
  });

  it('shows the findings a careful reader raises on the faithful 2006 agreement', async () => {
    const r = await run(['check', 'examples/dithmarschen-2006.yaml', '--format', 'json', '--today', '2026-11-26']);
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(ids).toContain('undeclared-data-flow');
    expect(ids).toContain('recurring-task-frequency');
    expect(ids).toContain('cost-bearer');
  });

  it('finds nothing in the current-day examples', async () => {
    const r = await run(['check', 'examples/dithmarschen.yaml', 'examples/nordfriesland.yaml', 'examples/luebeck.yaml', '--format', 'json', '--today', '2026-11-26']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
  });

  it('exits 1 when warnings exceed --max-warnings, 0 when they do not', async () => {
    const args = ['check', 'examples/dithmarschen-2006.yaml', '--today', '2026-11-26'];
    const over = await run([...args, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/Too many warnings \(\d+\); at most 0 allowed/);
    expect((await run([...args, '--max-warnings', '100'])).code).toBe(0);
    expect((await run([...args, '--max-warnings', 'many'])).code).toBe(2);
  });

  it('switches a rule off or changes its severity for one run', async () => {
    const base = ['check', 'examples/dithmarschen-2006.yaml', '--today', '2026-11-26', '--format', 'json'];
    const off = JSON.parse((await run([...base, '--rule', 'contacts-current=off'])).stdout).results[0].diagnostics;
    expect(off.some((d: { ruleId: string }) => d.ruleId === 'contacts-current')).toBe(false);
    const raised = await run([...base, '--rule', 'cost-bearer=error']);
    expect(raised.code).toBe(1);
    expect(JSON.parse(raised.stdout).results[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'cost-bearer').severity).toBe('error');
    const typo = await run([...base, '--rule', 'cost-barer=off']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "cost-bearer"?');
  });

  it('switches a rule off for one document with rules: in the YAML', async () => {
    const dir = workspace({ 'a.yaml': everythingWrong + 'rules: { goal-indicator: off, future-version: error }\n' });
    const r = await run(['check', 'a.yaml', '--format', 'json', '--today', '2026-06-01'], { cwd: dir });
    const diagnostics = JSON.parse(r.stdout).results[0].diagnostics as Array<{ ruleId: string; severity: string }>;
    expect(diagnostics.some((d) => d.ruleId === 'goal-indicator')).toBe(false);
    expect(diagnostics.find((d) => d.ruleId === 'future-version')!.severity).toBe('error');
  });
});
