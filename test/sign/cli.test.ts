// agree sign and agree verify as a coordinator runs them: the password from
// an environment variable or typed on a terminal (never echoed), output
// files never overwritten unasked, verify's text and JSON, its exit codes,
// and the comparison with the agreement file. One run goes through the
// built command (bin/agree.cjs) and puts agree verify and pdfsig side by side.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, workspace } from '../helpers/cli.js';
import { hasTool, makeCa, makeIdentity, root, type TestIdentity } from './helpers.js';
import { spawnSync } from 'node:child_process';

let dir: string;
let dwd: TestIdentity;
let jobcenter: TestIdentity;
const env = { DWD_PASSWORD: 'geheim', JC_PASSWORD: 'streng geheim' };

beforeAll(async () => {
  const ca = makeCa('Test-CA');
  dwd = makeIdentity(ca, 'Sabine Kühl', 'Diakonisches Werk Dithmarschen', env.DWD_PASSWORD);
  jobcenter = makeIdentity(ca, 'Jan Petersen', 'Jobcenter Dithmarschen', env.JC_PASSWORD);
  dir = workspace({
    'dithmarschen.yaml': readFileSync(join(root, 'examples/dithmarschen.yaml')),
    'dwd.p12': dwd.p12,
    'jobcenter.p12': jobcenter.p12,
    'ca.pem': dwd.caPem,
  });
  const r = await run(['render', 'dithmarschen.yaml', '--format', 'pdf'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
}, 60_000);

describe('agree sign', () => {
  it('signs for one partner and then the other, each into a new file', async () => {
    const first = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--password-env', 'DWD_PASSWORD', '--place', 'Meldorf', '--lang', 'en'], { cwd: dir, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('dwd.signature signed by Sabine Kühl → dithmarschen-signed.pdf\n');
    const second = await run(['sign', 'dithmarschen-signed.pdf', '--as', 'jobcenter', '--p12', 'jobcenter.p12', '--password-env', 'JC_PASSWORD', '--place', 'Heide', '--out', 'signed.pdf', '--lang', 'en'], { cwd: dir, env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('jobcenter.signature signed by Jan Petersen → signed.pdf');
  });

  it('asks for the password on a terminal without echoing it', async () => {
    const { main } = await import('../../src/cli/main.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true, rawMode: false, setRawMode(mode: boolean) { this.rawMode = mode; return this; } });
    let stderr = '';
    const done = main({
      argv: ['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--out', 'typed.pdf', '--lang', 'en'],
      stdout: { write: () => true },
      stderr: { write: (s: string | Uint8Array) => ((stderr += String(s)), true) },
      stdin,
      stdinIsTTY: true,
      readStdin: async () => Buffer.alloc(0),
      cwd: dir,
      env: {},
    });
    // typed with a mistake, corrected with backspace
    setTimeout(() => stdin.write('geheimX\u007f\r'), 50);
    expect(await done).toBe(0);
    expect(stderr).toContain('Password for dwd.p12: ');
    expect(stderr).not.toContain('geheim');
    expect(stdin.rawMode).toBe(false);
    expect(readdirSync(dir)).toContain('typed.pdf');
  });

  it('without a terminal and without --password-env, refuses (exit 2) and writes nothing', async () => {
    const before = readdirSync(dir).sort();
    const r = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--out', 'no.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('agree: No password for dwd.p12: without a terminal, name an environment variable holding it with --password-env\n');
    const unset = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--out', 'no.pdf', '--password-env', 'NOPE', '--lang', 'en'], { cwd: dir });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('The environment variable NOPE (--password-env) is not set');
    const wrong = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--out', 'no.pdf', '--password-env', 'JC_PASSWORD', '--lang', 'en'], { cwd: dir, env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('agree: dwd.p12: the password is wrong\n');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('has no option that takes the password itself', async () => {
    const r = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--password', 'geheim'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown option --password.');
  });

  it('refuses a signed field, an unknown partner and an existing output, saying why', async () => {
    const signedAgain = await run(['sign', 'signed.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--password-env', 'DWD_PASSWORD', '--out', 'x.pdf', '--lang', 'en'], { cwd: dir, env });
    expect(signedAgain.code).toBe(1);
    expect(signedAgain.stderr).toBe('agree: signed.pdf: dwd.signature is signed already; a signature is never overwritten. Nothing was written.\n');
    const unknown = await run(['sign', 'dithmarschen.pdf', '--as', 'arge', '--p12', 'dwd.p12', '--password-env', 'DWD_PASSWORD', '--out', 'x.pdf', '--lang', 'en'], { cwd: dir, env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no signature field arge.signature; --as can be: dwd, jobcenter');
    const exists = await run(['sign', 'dithmarschen.pdf', '--as', 'dwd', '--p12', 'dwd.p12', '--password-env', 'DWD_PASSWORD', '--lang', 'en'], { cwd: dir, env });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('dithmarschen-signed.pdf exists; --force overwrites it.');
    expect(readdirSync(dir)).not.toContain('x.pdf');
  });
});

describe('agree verify', () => {
  it('reports both signatures in text, exit 0', async () => {
    const r = await run(['verify', 'signed.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^signed\.pdf: 3 revisions, 2 signature fields$/m);
    expect(r.stdout).toMatch(/dwd\.signature \(page 5\): ✓ valid, not changed since signing/);
    expect(r.stdout).toMatch(/Signed by\s+Sabine Kühl \(CN=Sabine Kühl, O=Diakonisches Werk Dithmarschen, C=DE\)/);
    expect(r.stdout).toMatch(/Kind\s+PAdES-B-B \(ETSI\.CAdES\.detached, SHA-256\)/);
    expect(r.stdout).toMatch(/After it\s+revision 3: form fields filled in \(jobcenter\.date, jobcenter\.place\) – allowed/);
    expect(r.stdout).toMatch(/Certificate\s+not checked against trusted certificates \(--trust\)/);
    expect(r.stdout).toContain('Result: fine (2 of 2 signatures valid and unchanged)');
  });

  it('in German, with the CA as trusted', async () => {
    const r = await run(['verify', 'signed.pdf', '--trust', 'ca.pem', '--lang', 'de'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('signed.pdf: 3 Revisionen, 2 Signaturfelder');
    expect(r.stdout).toContain('✓ gültig, seit der Signatur nicht verändert');
    expect(r.stdout).toMatch(/Zertifikat\s+führt zu einem vertrauenswürdigen Zertifikat \(CN=Test-CA, O=agree tests, C=DE\)/);
  });

  it('as JSON, stable codes and no prose', async () => {
    const r = await run(['verify', 'signed.pdf', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ version: 1, ok: true, files: [{ file: 'signed.pdf', ok: true, error: null, revisions: 3, agreement: null }] });
    expect(json.files[0].signatures.map((s: { field: string; status: string; kind: string; revision: number }) => [s.field, s.status, s.kind, s.revision])).toEqual([
      ['dwd.signature', 'intact', 'PAdES-B-B', 2],
      ['jobcenter.signature', 'intact', 'PAdES-B-B', 3],
    ]);
  });

  it('compares with the agreement: rendered again byte for byte; a changed file does not match (exit 1)', async () => {
    const same = await run(['verify', 'signed.pdf', 'dithmarschen.yaml', '--lang', 'en'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Agreement: the first revision is exactly what dithmarschen.yaml renders to today (rendered again and compared byte for byte)');
    writeFileSync(join(dir, 'changed.yaml'), `${readFileSync(join(dir, 'dithmarschen.yaml'), 'utf8')}# ein Kommentar\n`);
    const changed = await run(['verify', 'signed.pdf', 'changed.yaml', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).files[0].agreement).toEqual({ result: 'different', file: 'changed.yaml', differing: ['dithmarschen.yaml'] });
  });

  it('a PDF that does not render again but carries the same source matches by its source', async () => {
    // the first revision with one byte of its metadata changed: another "version" of agree
    const signed = readFileSync(join(dir, 'dithmarschen.pdf'));
    const text = signed.toString('latin1');
    const other = Buffer.from(signed);
    other[text.indexOf('agree \\(PDFKit\\)')] = 'A'.charCodeAt(0);
    writeFileSync(join(dir, 'other-version.pdf'), other);
    const r = await run(['verify', 'other-version.pdf', 'dithmarschen.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Agreement: the embedded source is exactly dithmarschen.yaml');
  });

  it('exit 1 for a changed PDF, naming what is wrong', async () => {
    const signed = readFileSync(join(dir, 'signed.pdf'));
    const text = signed.toString('latin1');
    const changed = Buffer.from(signed);
    changed[text.indexOf('agree \\(PDFKit\\)')] = 'A'.charCodeAt(0);
    writeFileSync(join(dir, 'changed.pdf'), changed);
    const r = await run(['verify', 'changed.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dwd\.signature \(page 5\): ✗ invalid/);
    expect(r.stdout).toContain('the signed bytes were changed (the digest does not match) – or the signature belongs to another document');
    expect(r.stdout).toContain('Result: NOT fine (0 of 2 signatures valid and unchanged)');
  });
});

describe.skipIf(!hasTool('pdfsig'))('agree verify beside pdfsig', () => {
  it('agree verify and pdfsig agree on the signed Dithmarschen PDF', async () => {
    const ours = await run(['verify', 'signed.pdf', 'dithmarschen.yaml', '--lang', 'en'], { cwd: dir });
    const theirs = spawnSync('pdfsig', ['signed.pdf'], { cwd: dir, encoding: 'utf8' });
    console.log(`---- agree verify ----\n${ours.stdout}---- pdfsig ----\n${theirs.stdout}`);
    expect(ours.code, ours.stderr).toBe(0);
    expect(ours.stdout.match(/✓ valid, not changed since signing/g)).toHaveLength(2);
    expect(theirs.stdout.match(/Signature Validation: Signature is Valid\./g)).toHaveLength(2);
    for (const name of ['Sabine Kühl', 'Jan Petersen']) {
      expect(ours.stdout).toContain(`Signed by    ${name}`);
      expect(theirs.stdout).toContain(`Signer Certificate Common Name: ${name}`);
    }
  });
});
