import { describe, expect, it } from 'vitest';
import { BOLD, coveredText, REGULAR, SIMPLE_LAYOUT } from '../../src/render/pdf/fonts.js';
import { parsedFontOf } from '../../src/render/pdf/internals.js';
import { createPdfDocument } from '../../src/render/pdf/setup.js';

interface Run {
  glyphs: Array<{ id: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number }>;
  advanceWidth: number;
}
interface Font {
  layout(text: string): Run;
  glyphsForString(text: string): Array<{ id: number }>;
}

function font(name = REGULAR): Font {
  const { doc } = createPdfDocument({
    meta: { title: '', subject: '', author: '', keywords: '', lang: 'de', date: '2026-01-01' },
    margins: { top: 50, bottom: 50, left: 50, right: 50 },
    idSeed: 'fonts',
  });
  return parsedFontOf(doc, name) as Font;
}

describe('fonts', () => {
  it('lays out simple text from the cmap, with a GlyphRun-like result', () => {
    const f = font();
    const run = f.layout('Größe Ağ Ольга');
    expect(run.glyphs.map((g) => g.id)).toEqual(f.glyphsForString('Größe Ağ Ольга').map((g) => g.id));
    expect(run.glyphs[2]!.codePoints).toEqual([0xf6]);
    // advanceWidth follows the positions (pdfkit scales them in place)
    run.positions.forEach((p) => (p.xAdvance *= 2));
    expect(run.advanceWidth).toBe(run.positions.reduce((w, p) => w + p.xAdvance, 0));
    expect(SIMPLE_LAYOUT).toBe(true);
  });

  it('still shapes Arabic (contextual forms) and combining marks', () => {
    for (const f of [font(REGULAR), font(BOLD)]) {
      const shaped = f.layout('محمد').glyphs.map((g) => g.id);
      const plain = f.glyphsForString('محمد').map((g) => g.id);
      expect(shaped).not.toEqual(plain);
      expect(f.layout('e\u0301').glyphs.length).toBeGreaterThan(0);
    }
  });

  it('replaces characters without a glyph by U+FFFD and drops missing format characters', () => {
    font(); // make sure the fonts are parsed
    expect(coveredText(REGULAR, 'Ayşe 张伟')).toBe('Ayşe \uFFFD\uFFFD');
    expect(coveredText(REGULAR, 'Plain text – „ok“ €')).toBe('Plain text – „ok“ €');
    expect(coveredText(REGULAR, 'a\u2068b')).toMatch(/^a\u2068?b$/);
  });
});
