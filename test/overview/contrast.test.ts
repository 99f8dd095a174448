// The colours of the page pass WCAG 2.1 AA, computed by colorjs.io (not by
// our own formula): text 4.5:1, graphical objects 3:1 — and the page uses no
// colour that is not in the palette the pairs are checked for.

import { readFileSync } from 'node:fs';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { colors, contrastPairs, bandOf } from '../../src/overview/palette.js';
import { buildOverview } from '../../src/overview/index.js';
import { pack } from '../../src/lang/index.js';

const overviewWords = { de: pack('de').overview, en: pack('en').overview };
import { root } from './helpers.js';

describe('the colours of the overview', () => {
  it.each(contrastPairs.map((p) => [p.use, p] as const))('%s has enough contrast', (_use, pair) => {
    const ratio = new Color(colors[pair.fg]).contrast(new Color(colors[pair.bg]), 'WCAG21');
    expect(ratio, `${colors[pair.fg]} on ${colors[pair.bg]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(pair.min);
  });

  it('every colour of the palette is checked in some pair (the band fill only carries text)', () => {
    const checked = new Set(contrastPairs.flatMap((p) => [p.fg, p.bg]));
    expect(Object.keys(colors).filter((c) => !checked.has(c as keyof typeof colors))).toEqual([]);
  });

  it('the page and its style sheet use only palette colours', async () => {
    const page = await buildOverview({ cwd: root, files: ['examples/dithmarschen.yaml', 'examples/luebeck.yaml'], results: ['test/review/fixtures'], lang: 'en', today: '2026-11-26' });
    const palette = new Set(Object.values(colors).map((c) => c.toLowerCase()));
    const css = readFileSync(`${root}/templates/overview/overview.css`, 'utf8');
    // the style sheet names colours only through the palette's custom properties
    expect(css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
    const used = new Set((page.text.match(/#[0-9a-f]{6}\b/gi) ?? []).map((c) => c.toLowerCase()));
    expect(used.size).toBeGreaterThan(5);
    for (const c of used) expect(palette, c).toContain(c);
    expect(page.text).not.toMatch(/\b(fill|stroke|color)="(?!#)[a-z]+"/);
  });

  it('a rate is drawn in the band of the percentage shown beside it', () => {
    for (let i = 0; i <= 2000; i++) {
      const rate = i / 2000;
      const shown = Number(overviewWords.de.percent(rate).replace(/\D/g, ''));
      expect(bandOf(rate), `${rate} shown as ${shown} %`).toBe(shown >= 75 ? 'high' : shown >= 50 ? 'medium' : 'low');
    }
    expect(bandOf(null)).toBe('none');
  });
});
