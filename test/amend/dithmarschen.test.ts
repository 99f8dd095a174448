// The Dithmarschen agreement of 2006 and as it would be written today: the
// change list must be a faithful account of what changed — ARGE → Jobcenter,
// the MSB → MBE, ALG II → Bürgergeld, the new data flow — with every
// reworded task one "reworded" change; and the similarity thresholds
// (src/amend/similarity.ts) are the ones this pair supports.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/cli.js';
import { diffJson } from './helpers.js';
import { similarity, SAME_LIST_THRESHOLD } from '../../src/amend/similarity.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';

// the two files have different ids (they are both examples); the test copy gives the old one the new one's
const oldText = readFileSync(join(root, 'examples/dithmarschen-2006.yaml'), 'utf8').replace('id: dithmarschen-2006', 'id: dithmarschen');
const newText = readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8');

describe('examples/dithmarschen-2006.yaml → examples/dithmarschen.yaml', () => {
  it('ARGE → Jobcenter and MSB → MBE are replacements, not a partner and a unit that left and others that joined', async () => {
    const json = await diffJson(oldText, newText);
    const parties = json.changes.filter((c) => c.clause === 'partners' && (c.subject === 'partner' || c.subject === 'unit'));
    expect(parties.filter((c) => c.change === 'replaced').map((c) => [c.subject, c.id, c.sentence])).toEqual([
      [
        'partner',
        { old: 'arge', new: 'jobcenter' },
        'An die Stelle der Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen (Arge) tritt das Jobcenter Dithmarschen, Rungholtstraße 1, 25746 Heide, vertreten durch die Geschäftsführung.',
      ],
      [
        'unit',
        { old: 'msb', new: 'mbe' },
        expect.stringMatching(/^Beim Diakonischen Werk Dithmarschen \(DWD\) tritt an die Stelle der Migrationssozialberatung \(MSB\) die Migrationsberatung für erwachsene Zuwanderer \(MBE\)\./),
      ],
    ]);
    expect(parties.some((c) => c.change === 'added' || c.change === 'removed')).toBe(false);
  });

  it('ALG II → Bürgergeld: the reworded task is one change, with both wordings', async () => {
    const json = await diffJson(oldText, newText);
    const antraege = json.changes.filter((c) => (c.old ?? '').includes('ALG II') || (c.new ?? '').includes('Bürgergeld'));
    expect(antraege.map((c) => [c.change, c.old, c.new, c.sentence])).toEqual([
      [
        'reworded',
        'Stellen der notwendigen Anträge (z.B. ALG II, Kindergeld usw.)',
        'Unterstützung beim Stellen der notwendigen Anträge (z. B. Bürgergeld, Kindergeld, Kinderzuschlag)',
        'In Nummer 2.1 erhält der dritte Spiegelstrich folgende Fassung: „Unterstützung beim Stellen der notwendigen Anträge (z. B. Bürgergeld, Kindergeld, Kinderzuschlag)“.',
      ],
    ]);
  });

  it('the tasks: 12 reworded, 1 new, 2 struck out (merged into their neighbours) — no rewording counted twice', async () => {
    const json = await diffJson(oldText, newText);
    const tasks = json.changes.filter((c) => c.subject === 'task' || c.subject === 'sharedTask');
    const by = (change: string) => tasks.filter((c) => c.change === change).map((c) => c.new ?? c.old);
    expect(by('reworded')).toHaveLength(12);
    expect(by('added')).toEqual(['Benennung fester Ansprechpersonen für Zugewanderte und Aktualisierung der Ansprechpersonenliste (Anlage 2) bei jeder personellen Änderung']);
    expect(by('removed')).toEqual(['Empfehlung von Anschlussmaßnahmen', 'Sowie in der Folge notwendige weitere arbeitsmarktpolitische Maßnahmen']);
    // every task of the new version that the old one had in other words is paired with it
    const newIds = tasks.filter((c) => c.change === 'reworded').map((c) => c.id!.new);
    expect(newIds).toEqual(expect.arrayContaining(['erstberatung', 'kursbegleitung', 'anschluss-integrationskurs', 'massnahmefoerderung', 'traegerverpflichtung', 'fehlzeiten-melden', 'fachtreffen', 'berufswegeplanung', 'anerkennung', 'massnahmeplanung']));
  });

  it('the new data flow is pointed out for the data-protection officers', async () => {
    const json = await diffJson(oldText, newText);
    expect(json.attention.map((a) => [a.kind, a.party])).toEqual([['dataFlowAdded', 'jobcenter']]);
    expect(json.attention[0]!.message).toBe(
      'Neue Übermittlung personenbezogener Daten: Jobcenter Dithmarschen an Diakonisches Werk Dithmarschen: Name und Kontaktdaten der teilnehmenden Person; Kurs und Kursträger; Fehlzeiten; Kursabbruch mit Datum (Einwilligung, Anlage 1: Einwilligungserklärung (DSG-EKD)).',
    );
    const flow = json.changes.find((c) => c.subject === 'dataFlow')!;
    expect(flow.sentence).toMatch(/^Nach Nummer 6 wird folgende Nummer 7 „Datenschutz“ eingefügt: „Personenbezogene Daten werden/);
  });

  it('the old numbers become the new ones, and the version is a record, not a clause', async () => {
    const json = await diffJson(oldText, newText);
    const goal = json.changes.find((c) => c.subject === 'goal' && c.change === 'reworded')!;
    expect(goal.section).toEqual({ old: '3', new: '5' });
    const version = json.changes.find((c) => c.subject === 'version')!;
    expect([version.old, version.new, version.amends]).toEqual(['2006-07-06', '2026-03-10', false]);
  });
});

describe('the similarity thresholds, read off this pair', () => {
  const oldTasks = listTasks(parse(oldText) as Agreement);
  const newTasks = listTasks(parse(newText) as Agreement);
  const text = (tasks: typeof oldTasks, id: string) => tasks.find((t) => t.id === id)!.text;


  // the rewordings without a common id: old id (derived, its start) → new id
  const pairs: Array<[string, string]> = [
    ['stellen-der-notwendigen-antraege', 'unterstuetzung-beim-stellen-der-notwendigen'],
    ['motivation-zur-teilnahme-am-deutschkurs', 'kursbegleitung'],
    ['vorbereitung-auf-die-zeit-nach-dem', 'anschluss-integrationskurs'],
    ['foerderung-von-integrationsmassnahmen', 'massnahmefoerderung'],
    ['verpflichtung-von-massnahmetraeger', 'traegerverpflichtung'],
    ['unterrichtung-des-dwd-bei-fernbleiben', 'fehlzeiten-melden'],
    ['regelmaessiges-zusammentreffen-von', 'fachtreffen'],
    ['anerkennung-von-zeugnissen-und-diplomen', 'anerkennung'],
    ['planung-von-massnahmen', 'massnahmeplanung'],
  ];
  // two old tasks were merged into a neighbour's new wording: related, though not the same task
  const merged: Array<[string, string]> = [
    ['empfehlung-von-anschlussmassnahmen', 'anschluss-integrationskurs'],
    ['sowie-in-der-folge-notwendige', 'massnahmefoerderung'],
  ];
  const old = (prefix: string) => oldTasks.find((t) => t.id.startsWith(prefix))!;

  it('the rewordings without a common id score 0.42–0.83', () => {
    const scores = pairs.map(([o, n]) => similarity(old(o).text, text(newTasks, n)));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(SAME_LIST_THRESHOLD);
    expect(Math.round(Math.min(...scores) * 100)).toBe(42);
    expect(Math.round(Math.max(...scores) * 100)).toBe(83);
  });

  it('unrelated tasks score up to 0.47 — above the threshold, which is why pairs are taken from the most alike down', () => {
    const known = new Set([...pairs, ...merged].map(([o, n]) => `${old(o).id}|${n}`));
    let best = 0;
    for (const o of oldTasks) {
      for (const n of newTasks) {
        if (o.id === n.id || newTasks.some((x) => x.id === o.id) || known.has(`${o.id}|${n.id}`)) continue;
        best = Math.max(best, similarity(o.text, n.text));
      }
    }
    expect(Math.round(best * 100)).toBe(47);
  });
});
