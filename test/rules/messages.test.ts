// Every message of every rule — the agreement's and the review results' — is
// produced from documents that break the rules, in both languages, and none
// shows a JSON pointer or a bare list index ("in `0`", "/partners/0/id",
// "#2"): findings name things the way the document does (issue 14). The walk
// records which messages of the packs were used and fails when one was not,
// so a new message cannot slip past it.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgreementValue } from '../../src/check/engine.js';
import { resultsRules, rules } from '../../src/check/rules/index.js';
import { languages, pack } from '../../src/lang/index.js';
import type { LanguagePack } from '../../src/lang/types.js';
import type { Agreement } from '../../src/model/types.js';
import { checkResultsValue } from '../../src/review/results.js';
import { yaml } from '../helpers/rule-harness.js';

/** a pack whose rule messages record that they were used */
function recording(t: LanguagePack, used: Set<string>): LanguagePack {
  const messages: Record<string, Record<string, unknown>> = {};
  for (const [id, section] of Object.entries(t.rules)) {
    const copy: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(section)) {
      const key = `${id}.${name}`;
      if (typeof value === 'function') copy[name] = (...args: unknown[]) => (used.add(key), (value as (...a: unknown[]) => string)(...args));
      else Object.defineProperty(copy, name, { get: () => (used.add(key), value), enumerable: true });
    }
    messages[id] = copy;
  }
  return { ...t, rules: messages as unknown as LanguagePack['rules'] };
}

// what a message must not show: a backticked number ("in `0`"), a JSON pointer, a "#2" label
const BARE = [/`\d+`/, /(^|[\s(„"'])\/[A-Za-z][\w-]*(\/[^\s/]+)*/, /#\d/];

const everythingWrong = yaml`
  schemaVersion: 1
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
        - { id: mbe, name: Migrationsberatung, service: mbe, targetGroup: { ageMin: 18 } }
        - { id: jmd, name: Jugendmigrationsdienst, service: jmd, targetGroup: { ageMin: 12, ageMax: 30 } }
        - { id: jmd, name: Jugendmigrationsdienst Außenstelle, service: jmd }
    - id: jc
      name: Jobcenter Kiel
      address: { street: Marktplatz 2, postalCode: "25746", city: Heide }
      contacts: [{ name: Max Beispiel }]
      contactsUpdated: 2024-01-10
    - id: caritas
      name: Caritasverband Kiel
      churchLaw: KDG
      address: { street: Schulweg 3 (学校), postalCode: "25746", city: Heide }
  responsibilities:
    - by: mbe
      tasks: [ { text: Erstberatung, id: erstberatung } ]
    - by: [jc, nobody]
      tasks:
        - Unterrichtung der MBE bei Fehlzeiten
        - { text: Erstberatung im Jobcenter, id: erstberatung }
  sharedTasks:
    - text: Regelmäßiges Treffen der Fachkräfte
    - text: Übernahme der Fahrkosten zum Integrationskurs
      lead: jc
    - { text: 7, lead: jc }
  dataFlows:
    - { from: dw, to: caritas, data: [], legalBasis: consent, consentForm: Einwilligung nach DSGVO und DSG-EKD }
    - { from: dw, to: jc, data: [Name], purpose: Abstimmung, legalBasis: statute, statute: Art. 6 DSGVO, task: erstberatng }
    - { from: jc, to: mbe, data: [Name], purpose: Abstimmung }
    - { from: jc, to: mbe, data: [Name], purpose: Abstimmung, legalBasis: statute }
    - { from: jc, to: mbe, data: [Name], purpose: Abstimmung, legalBasis: consent, task: unbekannt }
  bodies:
    - { id: erstberatung, name: Arbeitskreis, convener: Jobcenter Kiel, members: [dw, jcc] }
  goals:
    - text: Netzwerk aufbauen
    - { text: 5 }
  review: { intervalMonths: 24, owner: dw, lastReview: 2020-01-01 }
`;

const documents = [
  everythingWrong,
  // no partners at all: references have nothing to suggest; no review
  yaml`
    kind: agreement
    version: 2024-05-01
    responsibilities: [{ by: jc, tasks: [Erstberatung] }]
  `,
  // a review without interval; a fixed next date that is overdue
  yaml`
    kind: agreement
    partners: [{ id: jc, name: Jobcenter Kiel, contacts: [{ name: A }], contactsUpdated: 2026-01-01 }]
    review: { owner: jc }
  `,
  yaml`
    version: 2020-01-01
    partners: [{ id: jc, name: Jobcenter Kiel, contacts: [{ name: A }], contactsUpdated: 2026-01-01 }]
    review: { intervalMonths: 12, lastReview: 2024-01-01, next: 2025-01-01 }
  `,
  yaml`
    version: 2020-01-01
    partners: [{ name: Ohne Kennung }, { id: jc, name: Jobcenter Kiel, contacts: [{ name: A }], contactsUpdated: 2026-01-01 }]
    responsibilities: [{ by: jc, tasks: [Meldung von Fehlzeiten an die Beratung] }]
    review: { intervalMonths: 12 }
  `,
];

const agreement = parse(yaml`
  schemaVersion: 1
  id: kreis-test
  kind: agreement
  district: Kreis Test
  version: 2026-01-15
  partners:
    - { id: jc, name: Jobcenter Kiel, units: [{ id: mbe, name: Migrationsberatung }] }
  responsibilities:
    - { by: mbe, tasks: [{ text: Erstberatung, id: erstberatung }] }
    - { by: jc, tasks: [{ text: Vermittlung, id: vermittlung }] }
  sharedTasks:
    - { text: Netzwerktreffen, id: netzwerktreffen, lead: jc, frequency: monthly }
    - { text: Berufswegeplanung, id: berufswegeplanung, lead: jc }
  goals:
    - { text: Abbrüche verringern, indicators: [Zahl der Kursabbrüche] }
`) as Agreement;

const results = [
  yaml`
    agreement: kreis-nachbar
    tasks:
      erstberatnug: { status: erfüllt }
      vermittlung: { status: "" }
    meetings:
      berufswegeplanung: { held: 2 }
      stammtisch: { held: 1 }
    indicators:
      - { goal: 3, indicator: X }
      - { goal: 0, indicator: Zahl der Kursabbruche }
    decision: wird schriftlich geändert
    nextReview: { owner: Jobcenter }
  `,
];

describe('rule messages name things, never pointers or bare indices', () => {
  it('every message of every rule, in every language', () => {
    const used = new Set<string>();
    for (const code of languages()) {
      const t = recording(pack(code), used);
      const shown: string[] = [];
      for (const rule of [...rules, ...resultsRules]) shown.push(rule.description(t));
      for (const doc of documents) {
        const run = checkAgreementValue(parse(doc), { today: '2026-06-01' });
        for (const f of run.findings) {
          expect(f.internal, f.ruleId).toBeUndefined();
          shown.push(f.message(t));
        }
      }
      for (const file of results) {
        for (const f of checkResultsValue(parse(file), { agreement, agreementFile: 'a.yaml' }).findings) shown.push(f.message(t));
      }
      for (const message of shown) for (const bare of BARE) expect(message, `${code}: ${message}`).not.toMatch(bare);
    }
    const all = Object.entries(pack('en').rules).flatMap(([id, section]) => Object.keys(section).map((name) => `${id}.${name}`));
    expect(all.filter((key) => !used.has(key)), 'messages no document above produced').toEqual([]);
  });

  it('the patterns find what they are meant to find', () => {
    for (const bad of ['Pflichtangabe `address` fehlt in `2`', 'already taken (unit X, /partners/0/units/1/id)', 'Das Ziel „#1“', 'bei der Aufgabe /responsibilities/0/tasks/0 vergeben']) {
      expect(BARE.some((re) => re.test(bad)), bad).toBe(true);
    }
    for (const good of ['`goal: 0` bis `goal: 2`', 'Datenfluss 1 (Jobcenter → JMD)', 'Art. 6 DSGVO / DSG-EKD', '„ALG II“/„Arbeitslosengeld II“']) {
      expect(BARE.some((re) => re.test(good)), good).toBe(false);
    }
  });

  it('messages about numbered things name them', () => {
    const findings = checkAgreementValue(parse(everythingWrong), { today: '2026-06-01' }).findings;
    const said = (ruleId: string, pointer: string, code: string) => findings.filter((f) => f.ruleId === ruleId && f.pointer === pointer).map((f) => f.message(pack(code)));
    expect(said('data-flow-legal-basis', '/dataFlows/2', 'de')).toEqual([expect.stringMatching(/^Datenfluss 3 \(Jobcenter Kiel → Migrationsberatung\) hat keine Rechtsgrundlage/)]);
    expect(said('data-flow-legal-basis', '/dataFlows/2', 'en')).toEqual([expect.stringMatching(/^Data flow 3 \(Jobcenter Kiel → Migrationsberatung\) has no legal basis/)]);
    expect(said('duplicate-id', '/responsibilities/1/tasks/1/id', 'de')).toEqual([expect.stringContaining('schon vergeben: Aufgabe 1 der Migrationsberatung.')]);
    expect(said('duplicate-id', '/bodies/0/id', 'en')).toEqual([expect.stringContaining('already used by task 1 of Migrationsberatung.')]);
    expect(said('shared-task-lead', '/sharedTasks/2', 'de')).toEqual([]);
    expect(said('goal-indicator', '/goals/1', 'de')).toEqual([expect.stringMatching(/^Ziel 2 hat keinen Indikator/)]);
    const r = checkResultsValue(parse(results[0]!), { agreement, agreementFile: 'a.yaml' }).findings;
    const indicator = r.find((f) => f.ruleId === 'review-unknown-indicator')!;
    expect(indicator.message(pack('de'))).toMatch(/^Ziel 1 \(„Abbrüche verringern“\) der Vereinbarung hat keinen Indikator „Zahl der Kursabbruche“ – meinten Sie „Zahl der Kursabbrüche“\?/);
    expect(indicator.message(pack('en'))).toMatch(/^Goal 1 \("Abbrüche verringern"\) of the agreement has no indicator/);
  });
});
