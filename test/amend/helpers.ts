// Two versions of a small agreement for the amendment tests: a base that
// passes `agree check` without errors, variants made by editing its data, and
// `agree diff --format json` run on a pair (main() in-process).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { run, workspace } from '../helpers/cli.js';
import type { DiffJson } from '../../src/amend/report.js';

export const base = `schemaVersion: 1
id: kreis-test
kind: agreement
language: de
district: Kreis Test
version: 2026-01-15
purpose: Zusammenarbeit bei der Beratung von Zugewanderten.
partners:
  - id: dw
    name: Diakonisches Werk Test
    shortName: DW
    type: welfare
    address: { street: Hauptstraße 1, postalCode: "25704", city: Meldorf }
    units:
      - { id: mbe, name: Migrationsberatung für erwachsene Zuwanderer, shortName: MBE, service: mbe }
    contacts:
      - { name: Erika Muster, role: Beratung, email: muster@example.org }
    contactsUpdated: 2026-01-10
  - id: jc
    name: Jobcenter Test
    type: jobcenter
    address: { street: Marktplatz 2, postalCode: "25746", city: Heide }
    contacts:
      - { name: Max Beispiel, role: Arbeitsvermittlung, email: beispiel@example.org }
    contactsUpdated: 2026-01-10
responsibilities:
  - by: mbe
    tasks:
      - Erstberatung
      - Begleitung zu Ämtern und Behörden
      - Weiterleitung an spezielle Fachdienste
  - by: jc
    tasks:
      - Vermittlung in Sprachkurse
      - { text: Unterrichtung der MBE über Kursabbrüche, id: kursabbruch-info }
sharedTasks:
  - { text: Berufswegeplanung, lead: jc }
  - { text: Regelmäßiges Fachtreffen, lead: jc, frequency: quarterly }
dataFlows:
  - { from: jc, to: dw, data: [Kursabbruch], purpose: Abbruchprävention, legalBasis: consent, consentForm: "Anlage 1: Einwilligungserklärung", task: kursabbruch-info }
goals:
  - { text: Weniger Kursabbrüche, indicators: [Zahl der Kursabbrüche] }
review: { intervalMonths: 12, owner: dw, lastReview: 2026-01-15 }
annexes:
  - "Anlage 1: Einwilligungserklärung"
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** the base with an edit applied, as YAML */
export function variant(edit: (d: Doc) => void, from = base): string {
  const d = parse(from) as Doc;
  edit(d);
  return stringify(d);
}

export interface Pair {
  dir: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** writes old.yaml and new.yaml and runs `agree ARGS` there (default language German) */
export async function runPair(oldYaml: string, newYaml: string, args: string[], env: Record<string, string> = {}): Promise<Pair> {
  const dir = workspace({ 'old.yaml': oldYaml, 'new.yaml': newYaml });
  const r = await run(args, { cwd: dir, env: { LANG: 'de_DE.UTF-8', ...env } });
  return { dir, ...r };
}

export async function diffJson(oldYaml: string, newYaml: string, lang = 'de'): Promise<DiffJson> {
  const r = await runPair(oldYaml, newYaml, ['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--today', '2026-02-01', '--lang', lang]);
  if (r.code !== 0) throw new Error(`agree diff: exit ${r.code}\n${r.stderr}`);
  return JSON.parse(r.stdout) as DiffJson;
}

/** the changes the amendment states */
export const stated = (json: DiffJson) => json.changes.filter((c) => c.amends);

export function writeIn(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
