// The library API as a script would use it.

import { describe, expect, it } from 'vitest';
import { check, checkFile, evaluateReview, renderMarkdown, renderPdf, reviewChecklist } from '../src/index.js';
import { root } from './helpers/cli.js';

describe('library API', () => {
  it('checks, renders and reviews an agreement', async () => {
    expect(await check('examples/dithmarschen.yaml', { cwd: root, today: '2026-11-26' })).toEqual([]);
    const checked = await checkFile('examples/dithmarschen.yaml', { cwd: root, lang: 'de', today: '2026-11-26' });
    expect(checked.ok).toBe(true);
    const agreement = checked.agreement!;
    const pdf = await renderPdf(agreement);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await renderMarkdown(agreement)).toMatch(/^# Kooperationsvereinbarung/);
    const checklist = await reviewChecklist(agreement, { today: '2027-03-01', format: 'md' });
    expect(checklist.name).toBe('dithmarschen-review-2027.md');
    const { report } = evaluateReview(agreement, [{ file: 'r.yaml', results: { agreement: 'dithmarschen', tasks: {} } as never }]);
    expect(report).toBeTruthy();
  });

  it('reports file:line for a broken file', async () => {
    const findings = await check('test/fixtures/does-not-exist.yaml', { cwd: root });
    expect(findings[0]).toMatchObject({ ruleId: 'file', line: 0 });
  });
});
