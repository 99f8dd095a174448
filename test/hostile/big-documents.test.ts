// Big but legitimate documents render cleanly through the CLI (main() from src/): 300
// tasks, a 900 KB purpose, words and URLs longer than a line. The PDF keeps
// every line inside the margins, every text readable, every signature block
// whole with its fields; breaking over-long words takes linear time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { loadPdf, MARGIN, PAGE_WIDTH, type LoadedPdf } from '../pdf/helpers.js';
import { wrapText } from '../../src/render/pdf/text.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { unescapeMarkdown } from '../../src/render/text/markdown-escape.js';
import { baseAgreement, expectNoCrash, expectWholeSignatureBlocks, PAGE_HEIGHT, removeTempDirs, squeeze, tempDir, toYaml } from './helpers.js';

afterAll(removeTempDirs);

const WORDS = 'Beratung Begleitung Integration Sprachkurs Zusammenarbeit Anerkennung Zeugnisse Arbeitsvermittlung Netzwerk Ausbildung Kinderbetreuung Wohnungssuche'.split(' ');
/** deterministic pseudo-random words */
function words(seed: number, count: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(6);
const LONG_URL = `https://www.example.org/${Array.from({ length: 40 }, (_, i) => `abschnitt-${i}`).join('/')}?anfrage=${'x'.repeat(200)}`;

function bigAgreement(): Agreement {
  const doc = baseAgreement();
  doc.id = 'gross';
  // 900 KB of purpose in paragraphs
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < 900_000; i++) {
    const p = `${words(i, 120)}.`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  doc.purpose = paragraphs.join('\n\n');
  doc.partners[0]!.name = `Diakonisches Werk ${LONG_WORD}`;
  doc.partners.push({ id: 'caritas', name: 'Caritasverband', shortName: 'CV', address: { street: 'Markt 3', postalCode: '25746', city: 'Heide' } });
  doc.responsibilities = ['mbe', 'jc', 'caritas'].map((by, g) => ({
    by,
    tasks: Array.from({ length: 100 }, (_, i) => {
      if (i === 5) return `Auskunft unter ${LONG_URL}`;
      if (i === 6) return LONG_WORD;
      return `Aufgabe ${g}-${i}: ${words(1000 * g + i, 3 + ((i * 7) % 40))}`;
    }),
  }));
  return doc;
}

describe('300 tasks, a 900 KB purpose, over-long words and URLs', () => {
  const agreement = bigAgreement();
  const dir = tempDir({ 'gross.yaml': toYaml(agreement), 'out/.keep': '' });
  let pdf: LoadedPdf;
  let md: string;

  beforeAll(async () => {
    const r = await run(['render', 'gross.yaml', '--out', 'out', '--today', '2026-02-01', '-q'], { cwd: dir });
    expectNoCrash(r, [0]);
    pdf = await loadPdf(readFileSync(join(dir, 'out', 'gross.pdf')));
    md = readFileSync(join(dir, 'out', 'gross.md'), 'utf8');
  }, 120_000);

  it('is a file of about 1 MB, inside the limits', async () => {
    expect(readFileSync(join(dir, 'gross.yaml')).length).toBeGreaterThan(900_000);
    expect(listTasks(agreement)).toHaveLength(301);
  });

  it('puts every task and the whole purpose into the PDF', async () => {
    // (over-long words are hyphenated: compare without hyphens)
    const unhyphenated = (t: string) => squeeze(t).replace(/-/g, '');
    const text = unhyphenated(pdf.text);
    for (const task of listTasks(agreement)) expect(text).toContain(unhyphenated(task.text));
    expect(text).toContain(unhyphenated(agreement.purpose!.slice(-5000)));
    expect(pdf.numPages).toBeGreaterThan(200);
  });

  it('keeps every line inside the margins', async () => {
    for (const [i, page] of pdf.pages.entries()) {
      for (const item of page.items) {
        expect(item.x, `page ${i + 1}: ${item.str}`).toBeGreaterThanOrEqual(MARGIN - 0.5);
        expect(item.x + item.width, `page ${i + 1}: ${item.str}`).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN + 0.5);
        expect(item.y).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN);
        // body text ends above the bottom margin; only the footer (below 50 pt) is under it
        if (item.y > 50) expect(item.y, `page ${i + 1}: ${item.str}`).toBeGreaterThanOrEqual(MARGIN - 1);
      }
    }
  });

  it('keeps every signature block whole, with a signature field per partner', async () => {
    expectWholeSignatureBlocks(pdf, 3);
    const last = pdf.pages[pdf.numPages - 1]!.body.join(' ');
    for (const caption of ['Unterschrift (DW)', 'Unterschrift (JC)', 'Unterschrift (CV)']) expect(last).toContain(caption);
    expect(last.match(/Ort, Datum/g)).toHaveLength(3);
  });

  it('puts every task into the Markdown', async () => {
    const shown = unescapeMarkdown(md);
    for (const task of listTasks(agreement)) expect(shown).toContain(task.text);
  });
});

describe('signature blocks taller than a page', () => {
  it('flow the names over pages and keep the fields together, inside the margins', async () => {
    const files: Record<string, string> = {};
    // names and roles of growing length put the end of the name at every height of a page
    for (let k = 0; k < 8; k++) {
      const doc = baseAgreement();
      doc.id = `lang-${k}`;
      doc.partners[0]!.name = 'Diakonisches Werk '.repeat(300);
      doc.partners[0]!.signatories = [{ name: 'Name', role: 'Rolle '.repeat(10 + k * 13) }];
      doc.partners[1]!.shortName = `JC${'KURZNAME'.repeat(k * 20)}`;
      doc.partners[1]!.signatories = [{ name: 'Name '.repeat(k * 40), role: 'Rolle '.repeat(10 + k * 37) }, { name: 'Zweite Person', role: 'Leitung' }];
      files[`in/lang-${k}.yaml`] = toYaml(doc);
    }
    const dir = tempDir({ ...files, 'out/.keep': '' });
    const r = await run(['render', 'in', '--format', 'pdf', '--out', 'out', '--today', '2026-02-01', '-q'], { cwd: dir });
    expectNoCrash(r, [0]);
    for (let k = 0; k < 8; k++) {
      const pdf = await loadPdf(readFileSync(join(dir, 'out', `lang-${k}.pdf`)));
      expectWholeSignatureBlocks(pdf, 3);
    }
  }, 120_000);
});

describe('breaking over-long words', () => {
  const mono = (s: string) => s.length;
  it.each([
    ['one word of 300 000 letters', 'x'.repeat(300_000)],
    ['a URL of 300 000 characters', `https://example.org/${'abc/'.repeat(75_000)}`],
    ['300 000 combining accents', 'e\u0301'.repeat(150_000)],
  ])('takes linear time: %s', (_, text) => {
    const t0 = performance.now();
    const lines = wrapText(text, 80, mono);
    expect(performance.now() - t0).toBeLessThan(3000);
    // a word cut between letters gets a hyphen at the end of the line (an address does not)
    expect(lines.map((l, i) => (i < lines.length - 1 ? l.replace(/-$/, '') : l)).join('')).toBe(text);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });
});
