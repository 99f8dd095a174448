// The coverage table agree check uses is the fonts' own, and the PDF and the
// check agree on every character: what check reports is what the PDF draws as
// "�", and nothing else is.

import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/engine.js';
import { buildDocument } from '../../src/render/build-document.js';
import { hasGlyph, unsupportedCharacters } from '../../src/render/pdf/coverage.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
// @ts-expect-error the build script is plain JavaScript
import { coverageModule, fontRanges } from '../../scripts/build-coverage.mjs';
import { loadPdf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

describe('coverage table', () => {
  it('is what scripts/build-coverage.mjs makes of the installed fonts (regenerate with node scripts/build-coverage.mjs)', () => {
    expect(readFileSync(join(root, 'src/render/pdf/coverage-data.ts'), 'utf8')).toBe(coverageModule());
    const { regular, bold } = fontRanges() as { regular: string; bold: string };
    expect(regular.length).toBeGreaterThan(500);
    expect(bold.length).toBeGreaterThan(500);
  });

  it('knows what DejaVu Sans has and lacks', () => {
    for (const ch of 'AäßİşłЖж€محמΩ–„“') {
      expect(hasGlyph('regular', ch.codePointAt(0)!), ch).toBe(true);
      expect(hasGlyph('bold', ch.codePointAt(0)!), ch).toBe(true);
    }
    for (const ch of '张伟李🎉') expect(hasGlyph('regular', ch.codePointAt(0)!), ch).toBe(false);
    expect(unsupportedCharacters('Kontakt: 张伟 und Ayşe 张')).toEqual(['张', '伟']);
  });

  it('loads no font and no fontkit: it imports only its generated data', () => {
    const source = readFileSync(join(root, 'src/render/pdf/coverage.ts'), 'utf8');
    expect([...source.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1])).toEqual(['./coverage-data.js']);
    const rule = readFileSync(join(root, 'src/check/rules/unsupported-character.ts'), 'utf8');
    expect([...rule.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1])).toEqual(['../../render/pdf/coverage.js', '../rule.js', './_util.js']);
  });
});

describe('check and PDF agree', () => {
  it('reports each character the PDF draws as "�", with its field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agree-coverage-'));
    try {
      const yaml = readFileSync(join(root, 'test/pdf/fixtures/scripts.yaml'), 'utf8')
        .replace('name: Fatma Karadağ,', 'name: Fatma Karadağ 王芳,')
        .replace('name: Volkshochschule Rendsburg جمعية الأمل (VHS)', 'name: Volkshochschule Rendsburg 学校 (VHS)');
      const file = join(dir, 'cjk.yaml');
      writeFileSync(file, yaml);
      const checked = await checkFile(file, { cwd: dir, lang: 'de', today: '2026-09-01' });
      const findings = checked.diagnostics.filter((d) => d.ruleId === 'unsupported-character');
      expect(findings.map((f) => f.pointer).sort()).toEqual(['/partners/2/contacts/0/name', '/partners/2/name']);
      expect(findings.find((f) => f.pointer === '/partners/2/name')!.message).toContain('学 (U+5B66), 校 (U+6821)');
      expect(findings.every((f) => f.line > 0 && f.severity === 'warning')).toBe(true);

      const pdf = await loadPdf(await renderPdf(buildDocument(checked.agreement!)));
      expect(pdf.text).toContain('Volkshochschule Rendsburg \uFFFD\uFFFD (VHS)');
      expect(pdf.text).toContain('Fatma Karadağ \uFFFD\uFFFD');
      // every "�" in the PDF stands for a reported character
      expect(pdf.text.replaceAll('Rendsburg \uFFFD\uFFFD (VHS)', '').replaceAll('Karadağ \uFFFD\uFFFD', '')).not.toContain('\uFFFD');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the multi-script test agreement has no finding and no "�" in its PDF', async () => {
    const checked = await checkFile(join(root, 'test/pdf/fixtures/scripts.yaml'), { cwd: root, lang: 'de', today: '2026-09-01' });
    expect(checked.diagnostics.filter((d) => d.ruleId === 'unsupported-character')).toEqual([]);
    const pdf = await loadPdf(await renderPdf(buildDocument(checked.agreement!)));
    expect(pdf.text).not.toContain('\uFFFD');
  });
});
