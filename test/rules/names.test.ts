// How findings name things (issue 13, issue 14): German findings decline a
// party's name in the case the sentence needs ("des Jobcenters Kiel", "dem
// Jobcenter Kiel") and fall back to a noun that carries the case where the
// declension does not know a name ("des Partners Foo Bar"); describePointer
// names the thing at a pointer as the document does, in both languages.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgreementValue } from '../../src/check/engine.js';
import { describePlace, describePointer } from '../../src/check/names.js';
import { pack } from '../../src/lang/index.js';
import { run, workspace } from '../helpers/cli.js';
import { yaml } from '../helpers/rule-harness.js';

const doc = (name: string) => yaml`
  kind: agreement
  version: 2025-01-01
  partners:
    - { id: jc, name: ${name}, contacts: [{ name: Max Beispiel }], contactsUpdated: 2024-01-10 }
    - { id: dw, name: Diakonisches Werk Kiel, units: [{ id: mbe, name: Migrationsberatung }] }
    - { id: caritas, name: Caritasverband Kiel, churchLaw: KDG, contacts: [{ name: Eva Muster }], contactsUpdated: 2026-01-10 }
  responsibilities:
    - { by: mbe, tasks: [Erstberatung] }
  dataFlows:
    - { from: caritas, to: mbe, data: [Name], purpose: Abstimmung, legalBasis: statute, statute: Art. 6 DSGVO }
  review: { intervalMonths: 12 }
`;

function messages(name: string, ruleId: string, code: string): string[] {
  return checkAgreementValue(parse(doc(name)), { today: '2026-03-01' })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.message(pack(code)));
}

describe('German findings decline party names', () => {
  it('"Jobcenter Kiel": des Jobcenters Kiel, dem Jobcenter Kiel, das Jobcenter Kiel', () => {
    const [none] = messages('Jobcenter Kiel', 'party-without-tasks', 'de');
    expect(none).toMatch(/^Das Jobcenter Kiel hat in dieser Vereinbarung keine Aufgabe/);
    expect(none).toContain('übertragen Sie dem Jobcenter Kiel die Federführung');
    expect(messages('Jobcenter Kiel', 'contacts-current', 'de')).toEqual([
      expect.stringMatching(/^Die Ansprechpersonen des Jobcenters Kiel wurden zuletzt am 10\.1\.2024 bestätigt/),
      expect.stringMatching(/^Für das Diakonische Werk Kiel ist keine Ansprechperson eingetragen/),
    ]);
    expect(messages('Jobcenter Kiel', 'church-data-law', 'de')).toEqual([expect.stringMatching(/^Der Caritasverband Kiel ist ein kirchlicher Träger und unterliegt dem KDG/)]);
  });

  it('a name the declension does not know takes a noun that carries the case', () => {
    const [none] = messages('Foo Bar', 'party-without-tasks', 'de');
    expect(none).toMatch(/^Der Partner Foo Bar hat in dieser Vereinbarung keine Aufgabe/);
    expect(none).toContain('übertragen Sie dem Partner Foo Bar die Federführung');
    expect(messages('Foo Bar', 'contacts-current', 'de')[0]).toMatch(/^Die Ansprechpersonen des Partners Foo Bar wurden/);
  });

  it('English names parties as they are written', () => {
    expect(messages('Jobcenter Kiel', 'party-without-tasks', 'en')[0]).toMatch(/^Jobcenter Kiel has no task in this agreement: .* or make Jobcenter Kiel the `lead`/);
    expect(messages('Jobcenter Kiel', 'contacts-current', 'en')[0]).toMatch(/^The contacts of Jobcenter Kiel were last confirmed on 2024-01-10/);
  });

  it('through the command line', async () => {
    const dir = workspace({ 'a.yaml': doc('Jobcenter Kiel') });
    const r = await run(['check', 'a.yaml', '--today', '2026-03-01', '--lang', 'de'], { cwd: dir });
    expect(r.stdout).toContain('Die Ansprechpersonen des Jobcenters Kiel wurden zuletzt am 10.1.2024 bestätigt');
    expect(r.stdout).toContain('übertragen Sie dem Jobcenter Kiel die Federführung');
    expect(r.stdout).not.toMatch(/von Jobcenter Kiel|Sie Jobcenter Kiel/);
  });
});

const agreement = parse(yaml`
  partners:
    - id: jc
      name: Jobcenter Kiel
      contacts: [{ name: Max Beispiel }]
    - id: dw
      name: Diakonie Altholstein
      units:
        - { id: jmd, name: Jugendmigrationsdienst, contacts: [{ name: Eva Muster }] }
        - { name: Migrationsberatung }
    - { name: Ohne Kennung }
  responsibilities:
    - { by: [jmd, jc], tasks: [Erstberatung, Kursbegleitung, { text: Meldung, id: meldung }] }
    - { tasks: [Ohne Zuständige] }
  sharedTasks:
    - { text: Berufswegeplanung, lead: jc }
  dataFlows:
    - { from: jc, to: [jmd, unbekannt], data: [Fehlzeiten, Kursabbruch] }
    - { data: [Name] }
  bodies: [{ name: Steuerungsgruppe, members: [jc, jmd] }]
  offers: [{ name: Sprachcafé }]
  goals:
    - { text: Netzwerk aufbauen, indicators: [Zahl der Partner, Zahl der Treffen] }
  legalBasis: [§ 18 SGB II, § 45 AufenthG]
  annexes: [Einwilligungserklärung]
  review: { intervalMonths: 12 }
`);

describe('describePointer', () => {
  const cases: Array<[string, string, string]> = [
    ['/partners/0', 'Partner `jc` (Jobcenter Kiel)', 'partner `jc` (Jobcenter Kiel)'],
    ['/partners/2', 'Partner 3 (Ohne Kennung)', 'partner 3 (Ohne Kennung)'],
    ['/partners/1/units/0', 'Einheit `jmd` (Jugendmigrationsdienst)', 'unit `jmd` (Jugendmigrationsdienst)'],
    ['/partners/1/units/1', 'Einheit 2 (Migrationsberatung) von Partner `dw` (Diakonie Altholstein)', 'unit 2 (Migrationsberatung) of partner `dw` (Diakonie Altholstein)'],
    ['/partners/0/contacts/0', 'Ansprechperson 1 (Max Beispiel) bei Partner `jc` (Jobcenter Kiel)', 'contact 1 (Max Beispiel) of partner `jc` (Jobcenter Kiel)'],
    ['/partners/1/units/0/contacts/0', 'Ansprechperson 1 (Eva Muster) bei Einheit `jmd` (Jugendmigrationsdienst)', 'contact 1 (Eva Muster) of unit `jmd` (Jugendmigrationsdienst)'],
    ['/responsibilities/0', 'Abschnitt „Aufgaben des Jugendmigrationsdienstes und des Jobcenters Kiel“', 'section "Tasks of the Jugendmigrationsdienst and the Jobcenter Kiel"'],
    ['/responsibilities/0/tasks/2', 'Aufgabe 3 des Jugendmigrationsdienstes und des Jobcenters Kiel', 'task 3 of Jugendmigrationsdienst and Jobcenter Kiel'],
    ['/responsibilities/1/tasks/0', 'Aufgabe 1 in Zuständigkeit 2', 'task 1 of responsibility 2'],
    ['/sharedTasks/0', 'Gemeinsame Aufgabe 1 („Berufswegeplanung“)', 'shared task 1 ("Berufswegeplanung")'],
    ['/dataFlows/0', 'Datenfluss 1 (Jobcenter Kiel → Jugendmigrationsdienst, unbekannt)', 'data flow 1 (Jobcenter Kiel → Jugendmigrationsdienst, unbekannt)'],
    ['/dataFlows/1', 'Datenfluss 2', 'data flow 2'],
    ['/dataFlows/0/to/1', 'Eintrag 2 von `to` in Datenfluss 1 (Jobcenter Kiel → Jugendmigrationsdienst, unbekannt)', 'entry 2 of `to` in data flow 1 (Jobcenter Kiel → Jugendmigrationsdienst, unbekannt)'],
    ['/bodies/0', 'Gremium 1 (Steuerungsgruppe)', 'body 1 (Steuerungsgruppe)'],
    ['/offers/0', 'Angebot 1 (Sprachcafé)', 'offer 1 (Sprachcafé)'],
    ['/goals/0', 'Ziel 1 („Netzwerk aufbauen“)', 'goal 1 ("Netzwerk aufbauen")'],
    ['/goals/0/indicators/1', 'Indikator 2 zu Ziel 1 („Netzwerk aufbauen“)', 'indicator 2 of goal 1 ("Netzwerk aufbauen")'],
    ['/legalBasis/1', 'Rechtsgrundlage 2', 'legal basis 2'],
    ['/annexes/0', 'Anlage 1', 'annex 1'],
  ];
  for (const [pointer, de, en] of cases) {
    it(pointer, () => {
      const name = describePointer(agreement, pointer);
      expect(name).toBeDefined();
      expect(name!(pack('de'))).toBe(de);
      expect(name!(pack('en'))).toBe(en);
    });
  }

  it('is undefined where a pointer names no thing of its own', () => {
    for (const pointer of ['', '/district', '/review', '/review/intervalMonths', '/dataFlows/0/from', '/partners/9', '/nonsense/0']) {
      expect(describePointer(agreement, pointer), pointer).toBeUndefined();
    }
  });

  it('survives documents of any shape', () => {
    for (const d of [null, 5, 'text', [], { partners: 'x' }, { partners: [5, null, { units: 7 }] }, { dataFlows: [{ from: 3, to: {} }] }]) {
      for (const pointer of ['/partners/0', '/partners/2/units/0', '/dataFlows/0', '/responsibilities/0/tasks/0']) expect(() => describePointer(d, pointer)?.(pack('de'))).not.toThrow();
    }
  });
});

describe('describePlace', () => {
  it('names a key with the thing it belongs to, a top-level key by its path, the document as a whole', () => {
    const de = (pointer: string) => describePlace(agreement, pointer)(pack('de'));
    const en = (pointer: string) => describePlace(agreement, pointer)(pack('en'));
    expect(de('/dataFlows/0/legalBasis')).toBe('`legalBasis` in Datenfluss 1 (Jobcenter Kiel → Jugendmigrationsdienst, unbekannt)');
    expect(en('/partners/0/address/postalCode')).toBe('`address.postalCode` of partner `jc` (Jobcenter Kiel)');
    expect(de('/review/intervalMonths')).toBe('`review.intervalMonths`');
    expect(de('/sharedTasks/0')).toBe('Gemeinsame Aufgabe 1 („Berufswegeplanung“)');
    expect(de('')).toBe('das Dokument');
    expect(en('')).toBe('the document');
  });
});
