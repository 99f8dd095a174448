// Shared by the overview tests: the page read back with a real HTML parser
// (parse5, as browsers parse), a copy of examples/ with review results over
// three years, and a generated set of many districts built on
// examples/districts/base-sh.yaml.

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { stringify } from 'yaml';
import { checkFile } from '../../src/check/engine.js';
import { listTasks, listMeetings } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { root, workspace } from '../helpers/cli.js';

export { root };

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parsePage(html: string): Element {
  const doc = parseHtml(html);
  const htmlElement = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
  if (!htmlElement) throw new Error('no <html> element');
  return htmlElement;
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** every element below `from` (inside <template> too), in document order, that passes `test` */
export function all(from: Element, test: (e: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) {
      if (n !== from && test(n)) out.push(n);
      const content = (n as Element & { content?: Node }).content;
      if (content) walk(content);
    }
    for (const c of (n as { childNodes?: Node[] }).childNodes ?? []) walk(c);
  };
  walk(from);
  return out;
}

export const tag = (name: string) => (e: Element) => e.tagName === name;
export const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
export const hasClass = (name: string) => (e: Element) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);

export function byId(from: Element, id: string): Element {
  const found = all(from, (e) => attr(e, 'id') === id);
  if (found.length !== 1) throw new Error(`${found.length} elements with id ${id}`);
  return found[0]!;
}

/** the text of an element as a browser's textContent gives it */
export function text(e: Node): string {
  if ('value' in e && e.nodeName === '#text') return (e as { value: string }).value;
  if (e.nodeName === '#comment') return '';
  return ((e as { childNodes?: Node[] }).childNodes ?? []).map(text).join('');
}

/** text with white space collapsed */
export const words = (e: Node) => text(e).replace(/\s+/g, ' ').trim();

/** the rows of the documents table: each with its row header and cells */
export function documentRows(page: Element): Array<{ row: Element; header: Element; cells: Element[] }> {
  const table = byId(page, 'documents-table');
  const body = all(table, tag('tbody'))[0]!;
  return all(body, tag('tr')).map((row) => ({
    row,
    header: row.childNodes.filter(isElement).find((c) => c.tagName === 'th')!,
    cells: row.childNodes.filter(isElement),
  }));
}

// ---------------------------------------------------------------------------
// inputs

const seededRandom = (seed: number) => () => {
  // mulberry32: reproducible "random" statuses, the same on every run
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * A results file for `doc`: each task fulfilled with probability `level`,
 * partly or not fulfilled otherwise (seeded); questions answered; decision keep.
 */
export function resultsFor(doc: Agreement, reviewDate: string, level: number, seed: number, options: { leaveOpen?: number } = {}): string {
  const random = seededRandom(seed);
  const tasks: Record<string, { status: string | null; note: string }> = {};
  listTasks(doc).forEach((t, i) => {
    const x = random();
    const status = i < (options.leaveOpen ?? 0) ? null : x < level ? 'fulfilled' : x < level + (1 - level) / 2 ? 'partial' : 'notFulfilled';
    tasks[t.id] = { status, note: '' };
  });
  const meetings = Object.fromEntries(listMeetings(doc, listTasks(doc)).map((m) => [m.id, { held: 2 }]));
  return stringify(
    {
      agreement: doc.id,
      reviewDate,
      participants: ['Jan Petersen (Jobcenter)'],
      tasks,
      meetings,
      questions: {
        contactsCurrent: { answer: 'yes' },
        dataFlowsAsAgreed: { answer: 'yes' },
        consentFormsCurrent: { answer: random() < 0.3 ? 'no' : 'yes' },
        legalOrFundingChanges: { answer: 'no' },
      },
      decision: 'keep',
    },
    { lineWidth: 0 },
  );
}

export async function checked(file: string, cwd: string, today = '2026-11-26'): Promise<Agreement> {
  const c = await checkFile(file, { cwd, lang: 'en', today });
  if (!c.ok) throw new Error(`${file}: ${c.diagnostics.map((d) => d.message).join('; ')}`);
  return c.agreement!;
}

/**
 * examples/ copied into a temporary directory, with results files over three
 * years for Dithmarschen and Kiel (the 2027 fixture is the newest for
 * Dithmarschen) in results/.
 */
export async function examplesWorkspace(): Promise<{ dir: string; results: string }> {
  const dir = workspace();
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  const results = join(dir, 'results');
  mkdirSync(results);
  const dithmarschen = await checked('examples/dithmarschen.yaml', dir);
  const kiel = await checked('examples/districts/kiel.yaml', dir);
  writeFileSync(join(results, 'dithmarschen-2025.yaml'), resultsFor(dithmarschen, '2025-03-06', 0.45, 1));
  writeFileSync(join(results, 'dithmarschen-2026.yaml'), resultsFor(dithmarschen, '2026-03-10', 0.6, 2));
  writeFileSync(join(results, 'dithmarschen-2027.yaml'), readFileSync(join(root, 'test/review/fixtures/dithmarschen-review-2027.yaml')));
  writeFileSync(join(results, 'kiel-2025.yaml'), resultsFor(kiel, '2025-01-20', 0.85, 3));
  writeFileSync(join(results, 'kiel-2026.yaml'), resultsFor(kiel, '2026-01-26', 0.7, 4));
  return { dir, results };
}

export interface DistrictSet {
  dir: string;
  /** ids of the documents that are broken on purpose */
  broken: string[];
  /** ids of informal documents */
  informal: string[];
  /** results files written, by agreement id */
  results: Map<string, string[]>;
  /** ids whose results have an error (an unknown task) */
  rejected: string[];
}

/**
 * `n` districts sharing examples/districts/base-sh.yaml: their own partners,
 * versions and last reviews spread over 2024–2026, every 10th an informal
 * profile, every 7th with a data flow on a statute, a Catholic provider (KDG)
 * every 3rd; a few broken on purpose (YAML syntax, an unknown key). Each
 * written agreement has review results for 2024, 2025 and 2026 (some years
 * missing), in results/.
 */
export async function districtSet(n: number): Promise<DistrictSet> {
  const dir = workspace();
  const agreements = join(dir, 'agreements');
  const results = join(dir, 'results');
  mkdirSync(agreements);
  mkdirSync(results);
  cpSync(join(root, 'examples/districts/base-sh.yaml'), join(agreements, 'base-sh.yaml'));
  const set: DistrictSet = { dir, broken: [], informal: [], results: new Map(), rejected: [] };
  const pad = (x: number) => String(x).padStart(2, '0');
  let tasksOf: Agreement | null = null;
  for (let i = 0; i < n; i++) {
    const id = `kreis-${String(i).padStart(3, '0')}`;
    const catholic = i % 3 === 1;
    const informal = i % 10 === 9;
    const versionYear = 2024 + (i % 3);
    const version = `${versionYear}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}`;
    // a third reviewed last in 2025 (overdue by today), the others in 2026
    const lastReview = i % 3 === 0 ? `2025-${pad(1 + (i % 12))}-15` : `2026-${pad(1 + (i % 11))}-${pad(2 + (i % 26))}`;
    const doc: Record<string, unknown> = {
      extends: 'base-sh.yaml',
      id,
      district: `Kreis Nummer ${i}`,
      version: lastReview < version ? lastReview : version,
      ...(informal ? { kind: 'informal' } : {}),
      partners: [
        {
          id: 'traeger',
          name: catholic ? `Caritasverband Kreis ${i}` : `Diakonisches Werk Kreis ${i}`,
          shortName: catholic ? 'Caritas' : 'Diakonie',
          type: 'welfare',
          churchLaw: catholic ? 'KDG' : 'DSG-EKD',
          address: { street: 'Musterstraße 1', postalCode: '24103', city: 'Musterstadt' },
          units: [
            { id: 'mbe', name: 'Migrationsberatung für erwachsene Zuwanderer', shortName: 'MBE', service: 'mbe', targetGroup: { ageMin: 27 } },
            { id: 'jmd', name: 'Jugendmigrationsdienst', shortName: 'JMD', service: 'jmd', targetGroup: { ageMin: 12, ageMax: 27 } },
          ],
          contacts: [{ name: 'Vorname Nachname', role: 'Migrationsberatung', email: 'beratung@example.org' }],
          contactsUpdated: lastReview,
        },
        {
          id: 'jobcenter',
          name: `Jobcenter Kreis ${i}`,
          shortName: 'Jobcenter',
          type: 'jobcenter',
          address: { street: 'Musterweg 2', postalCode: '24103', city: 'Musterstadt' },
          contacts: [{ name: 'Vorname Nachname', role: 'Arbeitsvermittlung', email: 'jobcenter@example.org' }],
          contactsUpdated: lastReview,
        },
      ],
      review: { lastReview },
    };
    if (i % 7 === 3) {
      doc.dataFlows = [
        {
          from: 'jobcenter',
          to: ['mbe', 'jmd'],
          data: ['Name und Kontaktdaten der teilnehmenden Person', 'Kurs und Kursträger', 'Fehlzeiten', 'Kursabbruch mit Datum'],
          purpose: 'Teilnehmendenmotivation und Abbruchprävention durch MBE und JMD',
          legalBasis: 'consent',
          consentForm: catholic ? 'Anlage 1: Einwilligungserklärung (KDG)' : 'Anlage 1: Einwilligungserklärung (DSG-EKD)',
          task: 'fehlzeiten-melden',
        },
        { from: 'mbe', to: 'jobcenter', data: ['Teilnahme an der Beratung'], purpose: 'Eingliederungsvereinbarung', legalBasis: 'statute', statute: '§ 61 SGB II', task: 'erstberatung' },
      ];
    } else if (catholic) {
      doc.dataFlows = [
        {
          from: 'jobcenter',
          to: ['mbe', 'jmd'],
          data: ['Name und Kontaktdaten der teilnehmenden Person', 'Kurs und Kursträger', 'Fehlzeiten', 'Kursabbruch mit Datum'],
          purpose: 'Teilnehmendenmotivation und Abbruchprävention durch MBE und JMD',
          legalBasis: 'consent',
          consentForm: 'Anlage 1: Einwilligungserklärung (KDG)',
          task: 'fehlzeiten-melden',
        },
      ];
    }
    let yaml = `# yaml-language-server: $schema=../../schemas/agreement.schema.json\n${stringify(doc, { lineWidth: 0 })}`;
    if (i % 97 === 13) {
      yaml += 'purpose: [unclosed\n';
      set.broken.push(id);
    } else if (i % 89 === 40) {
      yaml += 'purpsoe: Tippfehler im Schlüssel\n';
      set.broken.push(id);
    }
    if (informal && !set.broken.includes(id)) set.informal.push(id);
    writeFileSync(join(agreements, `${id}.yaml`), yaml);
    if (set.broken.includes(id) || informal) continue;
    tasksOf ??= await checked(`agreements/${id}.yaml`, dir);
    const agreement = { ...tasksOf, id } as Agreement;
    const files: string[] = [];
    for (const year of [2024, 2025, 2026]) {
      if ((i + year) % 11 === 0) continue; // some districts skipped a year
      const name = `${id}-review-${year}.yaml`;
      const level = 0.35 + ((i % 5) * 0.1) + (year - 2024) * 0.08;
      let text = resultsFor(agreement, `${year}-${pad(1 + (i % 12))}-10`, level, i * 10 + year, { leaveOpen: i % 13 === 0 ? 3 : 0 });
      if (year === 2026 && i % 101 === 50) {
        text = text.replace('erstberatung:', 'erstberatungx:');
        set.rejected.push(id);
      }
      writeFileSync(join(results, name), text);
      files.push(`results/${name}`);
    }
    set.results.set(id, files);
  }
  return set;
}
