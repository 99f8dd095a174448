// `agree check` through the real CLI on real files: every kind of broken input
// gets exit 1 and the right file:line; usage problems get exit 2.

import { describe, expect, it } from 'vitest';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';

const json = (stdout: string) => JSON.parse(stdout) as {
  version: number;
  results: Array<{ file: string; id: string | null; errorCount: number; warningCount: number; diagnostics: Array<{ ruleId: string; severity: string; message: string; file: string; pointer: string; line: number; column: number }> }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
};

async function errorsOf(files: Record<string, string | Buffer>, input = 'a.yaml', extra: string[] = []) {
  const dir = workspace(files);
  const r = await run(['check', input, '--format', 'json', '--today', '2026-06-01', ...extra], { cwd: dir });
  return { ...r, report: r.stdout ? json(r.stdout) : undefined, dir };
}

describe('agree check', () => {
  it('accepts a valid agreement with exit 0', async () => {
    const { code, report } = await errorsOf({ 'a.yaml': minimalAgreement });
    expect(report!.summary.errors).toBe(0);
    expect(code).toBe(0);
  });

  it('reports a YAML syntax error at its line', async () => {
    const broken = minimalAgreement.replace('purpose: Zusammenarbeit', 'purpose: [Zusammenarbeit');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics[0]!;
    expect(d.ruleId).toBe('yaml-syntax');
    expect(d.file).toBe('a.yaml');
    expect(d.line).toBeGreaterThanOrEqual(6);
  });

  it('names the closest known key for an unknown key', async () => {
    const broken = minimalAgreement.replace('partners:', 'partner:');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.message.includes('partner`'))!;
    expect(d).toMatchObject({ ruleId: 'schema', line: 7, column: 1, pointer: '/partner' });
    expect(d.message).toContain('did you mean `partners`?');
  });

  it('gives the suggestion in German with --lang de', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement.replace('partners:', 'partner:') });
    const r = await run(['check', 'a.yaml', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.yaml');
    expect(r.stdout).toMatch(/7:1\s+Fehler\s+unbekannter Schlüssel `partner` – meinten Sie `partners`\?/);
  });

  it('reports a wrong type at the value', async () => {
    const broken = minimalAgreement.replace('intervalMonths: 12', 'intervalMonths: zwölf');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.pointer === '/review/intervalMonths')!;
    expect(d.ruleId).toBe('schema');
    expect(d.line).toBe(34);
    expect(d.column).toBe(27);
  });

  it('reports a missing required field at its parent', async () => {
    const broken = minimalAgreement.replace('district: Kreis Test\n', '');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.message.includes('district'))!;
    expect(d).toMatchObject({ ruleId: 'schema', pointer: '', line: 1, column: 1 });
  });

  it('reports a missing required field for a written agreement (conditional)', async () => {
    const broken = minimalAgreement.replace(/^purpose: .*\n/m, '');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    expect(report!.results[0]!.diagnostics.some((x) => x.ruleId === 'schema' && x.message.includes('`purpose`'))).toBe(true);
  });

  it('reports a bad date with the expected form', async () => {
    const broken = minimalAgreement.replace('version: 2026-01-15', 'version: 15.01.2026');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.pointer === '/version')!;
    expect(d).toMatchObject({ ruleId: 'schema', line: 5, column: 10 });
    expect(d.message).toContain('YYYY-MM-DD');
  });

  it('rejects an impossible calendar date', async () => {
    const broken = minimalAgreement.replace('version: 2026-01-15', 'version: 2026-02-30');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    expect(report!.results[0]!.diagnostics.find((x) => x.pointer === '/version')).toBeTruthy();
  });

  it('reports a duplicate id at the second occurrence', async () => {
    const broken = minimalAgreement.replace('- { id: mbe,', '- { id: jc,').replace('by: mbe', 'by: dw');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.ruleId === 'duplicate-id')!;
    expect(d.severity).toBe('error');
    expect([13, 17]).toContain(d.line);
  });

  it('reports a dangling reference with a suggestion', async () => {
    const broken = minimalAgreement.replace('by: mbe', 'by: mbee');
    const { code, report } = await errorsOf({ 'a.yaml': broken });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.ruleId === 'unknown-reference')!;
    expect(d).toMatchObject({ severity: 'error', line: 25, column: 9 });
    expect(d.message).toContain('mbe');
  });

  it('reports an extends cycle at the extends line', async () => {
    const { code, report } = await errorsOf({
      'a.yaml': 'extends: b.yaml\n' + minimalAgreement,
      'b.yaml': 'extends: a.yaml\nschemaVersion: 1\n',
    });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics[0]!;
    expect(d.message).toMatch(/cycle/);
    expect(d).toMatchObject({ file: 'b.yaml', line: 1, column: 10 });
  });

  it('reports an error inherited from a base file in the base file', async () => {
    const base = 'schemaVersion: 1\nkind: agreement\nreview:\n  intervalMonths: twelve\n  owner: dw\n';
    const child = 'extends: base/sh.yaml\n' + minimalAgreement.replace(/^review: .*\n/m, '').replace('schemaVersion: 1\n', '');
    const { code, report } = await errorsOf({ 'a.yaml': child, 'base/sh.yaml': base });
    expect(code).toBe(1);
    const d = report!.results[0]!.diagnostics.find((x) => x.pointer === '/review/intervalMonths')!;
    expect(d).toMatchObject({ file: 'base/sh.yaml', line: 4, column: 19 });
  });

  it('reports values overridden by the child in the child', async () => {
    const base = 'schemaVersion: 1\nreview:\n  intervalMonths: twelve\n  owner: dw\n';
    const child = 'extends: base.yaml\n' + minimalAgreement.replace(/^review: .*\n/m, 'review:\n  intervalMonths: 99x\n');
    const { report } = await errorsOf({ 'a.yaml': child, 'base.yaml': base });
    const d = report!.results[0]!.diagnostics.find((x) => x.pointer === '/review/intervalMonths')!;
    expect(d.file).toBe('a.yaml');
    // and the owner still comes from the base: no "missing owner" error
    expect(report!.results[0]!.diagnostics.filter((x) => x.pointer === '/review/owner')).toEqual([]);
  });

  it('reports an empty file', async () => {
    const { code, report } = await errorsOf({ 'a.yaml': '' });
    expect(code).toBe(1);
    expect(report!.results[0]!.diagnostics[0]).toMatchObject({ file: 'a.yaml', line: 1 });
    expect(report!.results[0]!.diagnostics[0]!.message).toMatch(/empty/);
  });

  it('reports a file that is not text', async () => {
    const { code, report } = await errorsOf({ 'a.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]) });
    expect(code).toBe(1);
    expect(report!.results[0]!.diagnostics[0]!.message).toMatch(/not a UTF-8 text file/);
  });

  it('reports a Latin-1 file at the line of the bad byte', async () => {
    const latin1 = Buffer.from(minimalAgreement.replace('Hauptstraße', 'Hauptstra\u00dfe'), 'latin1');
    const { code, report } = await errorsOf({ 'a.yaml': latin1 });
    expect(code).toBe(1);
    expect(report!.results[0]!.diagnostics[0]).toMatchObject({ line: 11 });
  });

  it('accepts a UTF-8 BOM and CRLF line ends with the same positions', async () => {
    const crlf = '\ufeff' + minimalAgreement.replace('partners:', 'partner:').replace(/\n/g, '\r\n');
    const { report } = await errorsOf({ 'a.yaml': crlf });
    const d = report!.results[0]!.diagnostics.find((x) => x.pointer === '/partner')!;
    expect(d).toMatchObject({ line: 7, column: 1 });
  });

  it('reads stdin with "-"', async () => {
    const r = await run(['check', '-', '--format', 'json'], { input: minimalAgreement.replace('partners:', 'partner:') });
    expect(r.code).toBe(1);
    expect(json(r.stdout).results[0]!.file).toBe('<stdin>');
  });

  it('exits 2 for a missing file', async () => {
    const r = await run(['check', 'does-not-exist.yaml'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does-not-exist.yaml');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an unknown flag', async () => {
    const r = await run(['check', '--frobnicate', 'a.yaml'], { cwd: workspace({ 'a.yaml': minimalAgreement }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^agree: Unknown option --frobnicate\. /);
  });

  it('exits 2 for a bad --today', async () => {
    const r = await run(['check', 'a.yaml', '--today', 'tomorrow'], { cwd: workspace({ 'a.yaml': minimalAgreement }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('YYYY-MM-DD');
  });

  it('prints GitHub annotations with escaped messages', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement.replace('partners:', 'partner:') });
    const r = await run(['check', 'a.yaml', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('partner`'))!;
    expect(line).toMatch(/^::error file=a\.yaml,line=7,col=1,title=agree schema::unknown key `partner`/);
  });

  it('escapes %, CR and LF in GitHub annotations', async () => {
    const { github } = await import('../../src/format/github.js');
    const out = github(
      [{ file: 'a,b:c.yaml', id: 'x', diagnostics: [{ ruleId: 'r', severity: 'warning', message: '100% sure\r\nnext', file: 'a,b:c.yaml', pointer: '', line: 1, column: 2 }] }],
      { lang: 'en', color: false },
    );
    expect(out).toBe('::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=agree r::100%25 sure%0D%0Anext\n');
  });

  it('keeps the json format stable', async () => {
    const { report } = await errorsOf({ 'a.yaml': minimalAgreement.replace('partners:', 'partner:') });
    expect(Object.keys(report!)).toEqual(['version', 'results', 'summary']);
    expect(Object.keys(report!.results[0]!)).toEqual(['file', 'id', 'errorCount', 'warningCount', 'infoCount', 'diagnostics']);
    expect(Object.keys(report!.results[0]!.diagnostics[0]!)).toEqual(['ruleId', 'severity', 'message', 'file', 'pointer', 'line', 'column']);
    expect(report!.results[0]!.id).toBe('test-kreis');
  });

  it('uses no colour when not a TTY', async () => {
    const dir = workspace({ 'a.yaml': minimalAgreement.replace('partners:', 'partner:') });
    const r = await run(['check', 'a.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('agree check — stylish output', () => {
  it('shows "-" instead of 0:0 for a file that could not be read at all', async () => {
    const dir = workspace({ 'big.yaml': Buffer.alloc(6 * 1024 * 1024, 0x20) });
    const r = await run(['check', 'big.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}- {2}error {2}file is 6\.0 MB/m);
    expect(r.stdout).not.toContain('0:0');
  });
});
