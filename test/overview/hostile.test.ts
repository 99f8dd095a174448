// Names are hostile: every text of an agreement, its file name and the
// results file's agreement id carry strings that try to become markup
// (test/hostile/helpers.ts HOSTILE). The page must show each as text and gain
// no element, attribute or link from them; broken and unreadable inputs are
// rows and notes, never a crash.

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview, type Overview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import type { Agreement } from '../../src/model/types.js';
import { HOSTILE, baseAgreement, mapUserText, toYaml } from '../hostile/helpers.js';
import { workspace } from '../helpers/cli.js';
import { all, attr, byId, checked, documentRows, parsePage, resultsFor, tag, text, type Element } from './helpers.js';

const TODAY = '2026-11-26';
const w = overviewWords.de;
let dir: string;
let overview: Overview;
let page: Element;
const used = new Set<string>();
const HOSTILE_FILE = `"><img src=x onerror=alert(1)>.yaml`;

beforeAll(async () => {
  dir = workspace();
  let i = 0;
  const hostile = (s: string) => `${HOSTILE[i++ % HOSTILE.length]!} ${s}`;
  const doc = baseAgreement();
  doc.partners[0]!.type = 'welfare';
  doc.partners[1]!.type = 'jobcenter';
  doc.dataFlows = [
    { from: 'jc', to: 'mbe', data: ['Fehlzeiten', 'Kursabbruch'], purpose: 'Abbruchprävention', legalBasis: 'consent', consentForm: 'Anlage 1' },
    { from: 'mbe', to: 'jc', data: ['Teilnahme'], purpose: 'Vermittlung', legalBasis: 'statute', statute: '§ 61 SGB II' },
  ];
  // every text of the document hostile; those the overview shows carry all of HOSTILE
  const evil = mapUserText(doc, hostile) as Agreement;
  evil.id = 'evil';
  evil.district = HOSTILE.join(' | ');
  evil.partners[0]!.name = HOSTILE.slice(0, 15).join(' ');
  evil.partners[1]!.name = HOSTILE.slice(15).join(' ');
  evil.dataFlows![0]!.data = [...HOSTILE];
  evil.dataFlows![0]!.consentForm = HOSTILE.join(' ');
  evil.dataFlows![1]!.statute = HOSTILE.join(' ');
  HOSTILE.forEach((h) => used.add(h));
  writeFileSync(join(dir, 'evil.yaml'), toYaml(evil));
  writeFileSync(join(dir, HOSTILE_FILE), toYaml({ ...evil, id: 'evil-file', district: 'Kreis </td></tr></table><script>alert(2)</script>' }));
  used.add('Kreis </td></tr></table><script>alert(2)</script>');
  // a broken file whose messages quote hostile text
  writeFileSync(join(dir, 'broken.yaml'), `${toYaml({ ...evil, id: 'broken' })}"<script>alert(3)</script>": 1\n`);
  const agreement = await checked('evil.yaml', dir, TODAY);
  writeFileSync(join(dir, 'evil-2026.yaml'), resultsFor(agreement, '2026-01-20', 0.7, 1));
  // a results file that names an agreement nobody has, in markup
  writeFileSync(join(dir, 'stray.yaml'), toYaml({ agreement: '<b onmouseover=alert(4)>x</b>', reviewDate: '2026-01-01', tasks: {} }));
  used.add('<b onmouseover=alert(4)>x</b>');
  overview = await buildOverview({
    cwd: dir,
    files: ['evil.yaml', HOSTILE_FILE, 'broken.yaml'],
    results: ['evil-2026.yaml', 'stray.yaml'],
    lang: 'de',
    today: TODAY,
  });
  page = parsePage(overview.text);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text in the overview', () => {
  it('adds no element, attribute, script or link', () => {
    const scripts = all(page, tag('script'));
    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0]!, 'src')).toBeUndefined();
    expect(all(page, (e) => ['img', 'b', 'iframe', 'object', 'embed', 'link', 'style'].includes(e.tagName) && e.parentNode?.nodeName !== 'head')).toEqual([]);
    expect(all(page, (e) => e.attrs.some((a) => a.name.startsWith('on')))).toEqual([]);
    for (const a of all(page, tag('a'))) {
      const href = attr(a, 'href')!;
      expect(href.startsWith('#') || !/^[a-z][a-z0-9+.-]*:/i.test(href), href).toBe(true);
    }
    // the page's own structure is intact: three rows, each with its own anchor
    expect(documentRows(page).map((r) => attr(r.row, 'id'))).toEqual(expect.arrayContaining(['doc-evil', 'doc-evil-file']));
    expect(documentRows(page)).toHaveLength(3);
  });

  it('shows every hostile string as the text it is', () => {
    const shown = text(page);
    for (const s of used) expect(shown, s).toContain(s);
    expect(shown).toContain(HOSTILE_FILE);
  });

  it('draws hostile names into the charts as text', () => {
    const heat = byId(page, 'chart-heatmap-1');
    // the label is cut to fit; its full name is the row's title
    expect(all(heat, tag('text')).some((t) => text(t).startsWith(HOSTILE[0]!))).toBe(true);
    // (with its id: the broken copy names the same district)
    expect(all(heat, tag('title')).some((t) => text(t) === `${HOSTILE.join(' | ')} (evil)`)).toBe(true);
    expect(all(heat, (e) => !['svg', 'title', 'desc', 'text', 'g', 'rect'].includes(e.tagName))).toEqual([]);
  });

  it('shows the broken file as a row with its errors, and the stray results as not evaluated', () => {
    const broken = documentRows(page).find((r) => text(r.header).includes('broken.yaml'))!;
    expect(attr(broken.row, 'data-status')).toBe('errors');
    expect(text(broken.row)).toContain(w.failure.errors);
    const stray = overview.data.unmatchedResults.find((u) => u.file === 'stray.yaml')!;
    expect(stray.reason).toBe('unknown-agreement');
    expect(text(byId(page, 'unmatched'))).toContain(w.unmatched.reason(stray));
  });

  it('keeps the strings as they are in the JSON form', async () => {
    const json = await buildOverview({ cwd: dir, files: ['evil.yaml', HOSTILE_FILE], results: ['evil-2026.yaml'], lang: 'de', today: TODAY, format: 'json' });
    const data = JSON.parse(json.text) as { documents: Array<{ district: string; file: string }> };
    expect(data.documents.map((d) => d.district)).toContain(HOSTILE.join(' | '));
    expect(data.documents.map((d) => d.file)).toContain(HOSTILE_FILE);
    expect(data.documents.map((d) => d.district)).toContain('Kreis </td></tr></table><script>alert(2)</script>');
  });
});
