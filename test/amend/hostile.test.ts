// Versions nobody at the desk wrote: escape sequences and markup in wordings,
// and big documents where every task differs (the worst case of the
// comparison by wording) — bounded time, no crash, nothing obeyed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { stringify } from 'yaml';
import { base, runPair, variant } from './helpers.js';

const markdown = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

describe('hostile wordings', () => {
  it('an escape sequence in a wording is refused by the checks; in a revision name it is not passed on', async () => {
    const evil = variant((d) => d.responsibilities[0].tasks.push('Beratung \u001b]0;owned\u0007 \u001b[2J'));
    const r = await runPair(base, evil, ['diff', 'old.yaml', 'new.yaml'], { NO_COLOR: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\u001b|\u0007/);
    const since = await runPair(base, base, ['diff', 'new.yaml', '--since', 'HEAD\u001b[2J']);
    expect(since.code).toBe(2);
    expect(since.stderr).not.toMatch(/\u001b/);
  });

  it('markup in a wording stays text in the Markdown change list and the amendment', async () => {
    const evil = variant((d) => d.responsibilities[0].tasks.push('<script>alert(1)</script> [x](javascript:alert(1)) # Überschrift'));
    const md = await runPair(base, evil, ['diff', 'old.yaml', 'new.yaml', '--format', 'md']);
    const amend = await runPair(base, evil, ['amend', 'old.yaml', 'new.yaml', '--format', 'md', '--out', '-']);
    expect(amend.code, amend.stderr).toBe(0);
    for (const out of [md.stdout, amend.stdout]) {
      const html = markdown.render(out);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<a ');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) # Überschrift');
    }
  });
});

describe('big versions', () => {
  const WORDS = 'Beratung Begleitung Integration Sprachkurs Zusammenarbeit Anerkennung Zeugnisse Arbeitsvermittlung Netzwerk Ausbildung Kinderbetreuung Wohnungssuche'.split(' ');
  /** deterministic pseudo-random words */
  const words = (seed: number, count: number) => {
    let x = seed;
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out.push(WORDS[x % WORDS.length]!);
    }
    return out.join(' ');
  };
  const big = (salt: number) =>
    stringify({
      schemaVersion: 1,
      id: 'gross',
      kind: 'agreement',
      district: 'Kreis Test',
      version: '2026-01-15',
      purpose: 'Zusammenarbeit.',
      partners: [
        { id: 'dw', name: 'Diakonisches Werk Test', address: { street: 'Hauptstraße 1', postalCode: '25704', city: 'Meldorf' }, units: [{ id: 'mbe', name: 'Migrationsberatung' }], contacts: Array.from({ length: 300 }, (_, i) => ({ name: `Person ${salt}-${i}` })) },
        { id: 'jc', name: 'Jobcenter Test', address: { street: 'Marktplatz 2', postalCode: '25746', city: 'Heide' } },
      ],
      responsibilities: [
        { by: 'mbe', tasks: Array.from({ length: 1500 }, (_, i) => `Aufgabe ${salt}-${i}: ${words(salt * 100_000 + i, 12)}`) },
        { by: 'jc', tasks: ['Vermittlung'] },
      ],
      dataFlows: Array.from({ length: 100 }, (_, i) => ({ from: 'jc', to: 'dw', data: [words(salt + i, 3)], purpose: 'Zweck', legalBasis: 'statute', statute: `§ ${i} SGB II` })),
      review: { intervalMonths: 12 },
    });

  it('1 500 tasks that all differ: compared and amended in bounded time', async () => {
    const started = Date.now();
    const r = await runPair(big(1), big(2), ['diff', 'old.yaml', 'new.yaml', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary.changes).toBeGreaterThan(1500);
    const amend = await runPair(big(1), big(2), ['amend', 'old.yaml', 'new.yaml', '--format', 'md']);
    expect(amend.code, amend.stderr).toBe(0);
    expect(readFileSync(join(amend.dir, 'gross-amendment-1.md'), 'utf8')).toContain('1\\. Nachtrag');
    // generous for a shared, slow machine; the comparison alone is some seconds at most
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});
