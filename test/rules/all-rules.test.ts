// All rules together on the seed's Dithmarschen agreement: the faithful 2006
// text shows what a coordinator would be told; its current form is clean. A
// regression net for false positives of the word lists.

import { describe, expect, it } from 'vitest';
import { checkAgreementValue } from '../../src/check/engine.js';
import { parseYaml, yaml } from '../helpers/rule-harness.js';

const faithful = yaml`
    schemaVersion: 1
    id: dithmarschen-2006
    kind: agreement
    language: de
    district: Kreis Dithmarschen
    version: 2006-07-06
    purpose: >-
      Im Rahmen der Kooperation wird die psychosoziale Beratung und Betreuung von Migranten und
      Migrantinnen in Dithmarschen zum Zwecke einer erfolgreichen Integration vereinbart.
    partners:
      - id: dwd
        name: Diakonisches Werk Dithmarschen
        shortName: DWD
        type: welfare
        churchLaw: DSG-EKD
        address: { street: Nordermarkt 8, postalCode: "25704", city: Meldorf }
        units:
          - { id: msb, name: Migrationssozialberatung, shortName: MSB, service: msb }
          - id: jmd
            name: Jugendmigrationsdienst
            shortName: JMD
            service: jmd
            targetGroup: { ageMin: 12, ageMax: 27 }
      - id: arge
        name: Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen
        shortName: Arge
        type: jobcenter
        address: { street: Rungholtstraße 1, postalCode: "25746", city: Heide }
    responsibilities:
      - by: [msb, jmd]
        intro: Die MSB und der JMD beraten neuzugewiesene Spätaussiedler und ihre Familienangehörigen sowie Ausländer in Dithmarschen nach dem Case Management Handlungsrahmen.
        tasks:
          - Erstberatung
          - Einbindung in das deutsche Sozialsystem
          - Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.)
          - Anmeldung der Kinder in Kindertagesstätte und Schule
          - Konfliktberatung und Krisenintervention, individuelle psychosoziale Unterstützung und Begleitung
          - Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)
          - Beratung und Hilfe in alltagspraktischen Fragen
          - Weiterleitung an spezielle Fachdienste
          - Begleitung zu Ämtern und Behörden
          - text: Motivation zur Teilnahme am Deutschkurs und Abbruchprävention, sozialpädagogische Begleitung während des Kurses im Rahmen der Kooperationsvereinbarung mit dem jeweiligen Kursträger
            id: kursbegleitung
          - Vorbereitung auf die Zeit nach dem Integrationskurs
          - Empfehlung von Anschlussmaßnahmen
      - by: arge
        tasks:
          - Sensibilisierung und Qualifizierung der Mitarbeitenden für den Umgang mit Migranten
          - Förderung von Integrationsmaßnahmen wie Alphabetisierung, fachspezifische Sprachkurse und Sprachkursen mit Praktika
          - Sowie in der Folge notwendige weitere arbeitsmarktpolitische Maßnahmen
          - Verpflichtung von Maßnahmeträger zur Zusammenarbeit mit der MSB und JMD (zur Teilnehmermotivation und Abbruchprävention); insbesondere Austausch zwischen Sprachlehrern/Sprachlehrerinnen und DWD-Mitarbeitern/-Mitarbeiterinnen über Problemfälle
          - text: Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch
            id: fehlzeiten-melden
    sharedTasks:
      - text: Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern
      - text: Berufswegeplanung
      - text: Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge)
      - text: Planung von Maßnahmen
    goals:
      - text: ein kommunales Netzwerk mit Kooperationspartnern zur Unterstützung der Integration junger Zuwanderinnen und Zuwanderer in Dithmarschen aufbauen
    amendment: { writtenRequest: true }
    review: { intervalMonths: 12 }
`;

const current = yaml`
    schemaVersion: 1
    id: dithmarschen
    kind: agreement
    language: de
    district: Kreis Dithmarschen
    version: 2025-07-01
    purpose: >-
      Im Rahmen der Kooperation wird die psychosoziale Beratung und Betreuung von Migranten und
      Migrantinnen in Dithmarschen zum Zwecke einer erfolgreichen Integration vereinbart.
    partners:
      - id: dwd
        name: Diakonisches Werk Dithmarschen
        shortName: DWD
        type: welfare
        churchLaw: DSG-EKD
        address: { street: Nordermarkt 8, postalCode: "25704", city: Meldorf }
        units:
          - { id: msb, name: Migrationsberatung für erwachsene Zuwanderer, shortName: MBE, service: mbe, targetGroup: { ageMin: 27 } }
          - id: jmd
            name: Jugendmigrationsdienst
            shortName: JMD
            service: jmd
            targetGroup: { ageMin: 12, ageMax: 27 }
        contacts:
          - { name: Sabine Kühl, role: Migrationsberatung, email: kuehl@example.org }
        contactsUpdated: 2026-01-15
      - id: jc
        name: Jobcenter Dithmarschen
        shortName: Jobcenter
        type: jobcenter
        address: { street: Rungholtstraße 1, postalCode: "25746", city: Heide }
        contacts:
          - { name: Uwe Reimers, role: Migrationsbeauftragter }
        contactsUpdated: 2025-11-03
    responsibilities:
      - by: [msb, jmd]
        tasks:
          - Erstberatung
          - Einbindung in das deutsche Sozialsystem
          - Stellen der notwendigen Anträge (z.B. Bürgergeld, Kindergeld usw.)
          - Anmeldung der Kinder in Kindertagesstätte und Schule
          - Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)
          - Weiterleitung an spezielle Fachdienste
          - text: Motivation zur Teilnahme am Deutschkurs und Abbruchprävention
            id: kursbegleitung
      - by: jc
        tasks:
          - Sensibilisierung und Qualifizierung der Mitarbeitenden für den Umgang mit Migranten
          - Förderung von Integrationsmaßnahmen wie Alphabetisierung, fachspezifische Sprachkurse und Sprachkursen mit Praktika
          - text: Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch
            id: fehlzeiten-melden
          - Übernahme der Fahrkosten zum Integrationskurs
    sharedTasks:
      - { text: Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationsberatern, lead: jc, frequency: quarterly }
      - { text: Berufswegeplanung, lead: msb }
      - { text: Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch das Jobcenter), lead: msb, costBearer: jc }
    dataFlows:
      - from: jc
        to: dwd
        data: [Fehlzeiten, Kursabbruch]
        purpose: Teilnehmermotivation und Abbruchprävention
        legalBasis: consent
        consentForm: Anlage 1 Einwilligungserklärung nach DSGVO und DSG-EKD
        task: fehlzeiten-melden
    goals:
      - text: ein kommunales Netzwerk zur Unterstützung der Integration junger Zugewanderter aufbauen
        indicators: [Zahl der Netzwerkpartner, Zahl der gemeinsamen Fallbesprechungen]
    amendment: { writtenRequest: true }
    review: { intervalMonths: 12, owner: dwd, lastReview: 2025-07-01 }
`;

const run = (src: string, today = '2026-03-01') => checkAgreementValue(parseYaml(src), { today }).findings.map((f) => `${f.ruleId} ${f.pointer}`);

describe('all rules on Dithmarschen', () => {
  it('the faithful 2006 agreement', () => {
    expect(run(faithful)).toEqual([
      'undeclared-data-flow /responsibilities/1/tasks/3',
      'undeclared-data-flow /responsibilities/1/tasks/4',
      'recurring-task-frequency /sharedTasks/0',
      'shared-task-lead /sharedTasks/0',
      'shared-task-lead /sharedTasks/1',
      'shared-task-lead /sharedTasks/2',
      'shared-task-lead /sharedTasks/3',
      'cost-bearer /sharedTasks/2',
      'review-overdue /review',
      'contacts-current /partners/0',
      'contacts-current /partners/1',
      'goal-indicator /goals/0',
    ]);
  });

  it('the faithful text dated 2024 also gets outdated terms', () => {
    const later = run(faithful.replace('version: 2006-07-06', 'version: 2024-07-06'));
    expect(later.filter((f) => f.startsWith('outdated-term'))).toEqual([
      'outdated-term /partners/1/name',
      'outdated-term /partners/1/shortName',
      'outdated-term /responsibilities/0/tasks/2',
      'outdated-term /sharedTasks/2/text',
    ]);
  });

  it('the current agreement is clean', () => {
    expect(run(current)).toEqual([]);
  });

  it('the current agreement a year later: review overdue', () => {
    expect(run(current, '2027-03-01')).toEqual(['review-overdue /review/lastReview', 'contacts-current /partners/0/contactsUpdated', 'contacts-current /partners/1/contactsUpdated']);
  });
});
