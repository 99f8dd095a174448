// The amendment and the request as documents, laid out by the registry's
// agreement renderers: the PDF passes the agreement PDF's checks (qpdf, a
// signature field per partner, PDF/A, tagged, byte-identical when rendered
// again) and reads as an amendment; Markdown and DOCX say the same.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractXmp, hasTool, loadPdf, type LoadedPdf } from '../pdf/helpers.js';
import { openDocx, textOf } from '../outputs/docx-package.js';
import { base, runPair, variant } from './helpers.js';

// a partner leaves, one task moves, a data flow is added: what signers must see
const newer = variant((d) => {
  d.version = '2026-03-01';
  d.responsibilities[0].tasks.splice(1, 0, 'Klärung des Unterstützungsbedarfs');
  d.dataFlows.push({ from: 'dw', to: 'jc', data: ['Teilnahmebescheinigung'], purpose: 'Nachweis', legalBasis: 'statute', statute: '§ 60 SGB II' });
});
const withCaritas = variant((d) => d.partners.push({ id: 'caritas', name: 'Caritasverband Test', address: { street: 'Am Markt 5', postalCode: '25704', city: 'Meldorf' } }));

const signatureFields = (pdf: LoadedPdf) =>
  Object.entries(pdf.fields)
    .filter(([, v]) => v[0]?.type === 'signature')
    .map(([k]) => k);

describe('the amendment PDF', () => {
  let dir: string;
  let bytes: Buffer;
  let pdf: LoadedPdf;

  beforeAll(async () => {
    const r = await runPair(withCaritas, newer, ['amend', 'old.yaml', 'new.yaml', '--format', 'pdf,md,docx', '--effective', '2026-04-01']);
    expect(r.code, r.stderr).toBe(0);
    dir = r.dir;
    bytes = readFileSync(join(dir, 'kreis-test-amendment-1.pdf'));
    pdf = await loadPdf(bytes);
  });

  it('reads as an amendment: title, parties, summary, numbered changes, entry into force', () => {
    expect(pdf.text).toContain('1. Nachtrag zur Kooperationsvereinbarung vom 15. Januar 2026');
    expect(pdf.text).toContain('Zusammenfassung');
    expect(pdf.text).toContain('Neue Übermittlung personenbezogener Daten: Diakonisches Werk Test an Jobcenter Test');
    expect(pdf.text).toContain('Der Caritasverband Test scheidet aus der Vereinbarung aus.');
    expect(pdf.text).toContain('In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt: „Klärung des Unterstützungsbedarfs“.');
    expect(pdf.text).toContain('Dieser Nachtrag tritt am 1. April 2026 in Kraft.');
    expect(pdf.text).toContain('Stand 1. März 2026');
    expect(pdf.info['Title']).toBe('1. Nachtrag zur Kooperationsvereinbarung vom 15. Januar 2026 – Kreis Test');
  });

  it('has a signature field per partner, the one that leaves included', () => {
    expect(signatureFields(pdf)).toEqual(['dw.signature', 'jc.signature', 'caritas.signature']);
  });

  it('is PDF/A-2b and tagged', () => {
    const xmp = extractXmp(bytes);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(bytes.toString('latin1')).toContain('/StructTreeRoot');
    const roles = new Set(pdf.pages.flatMap((p) => [...p.roles]));
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Form']) expect(roles, role).toContain(role);
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
    const out = spawnSync('qpdf', ['--check', join(dir, 'kreis-test-amendment-1.pdf')], { encoding: 'utf8' });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toContain('No syntax or stream encoding errors found');
  });

  it.runIf(hasTool('pdfsig'))('pdfsig lists the unsigned signature fields', () => {
    const out = spawnSync('pdfsig', [join(dir, 'kreis-test-amendment-1.pdf')], { encoding: 'utf8' });
    for (const id of ['dw', 'jc', 'caritas']) expect(out.stdout).toContain(`Signature Field Name: ${id}.signature`);
    expect(out.stdout).toContain('not signed');
  });

  it('is byte-identical when rendered again', async () => {
    const again = await runPair(withCaritas, newer, ['amend', 'old.yaml', 'new.yaml', '--effective', '2026-04-01']);
    expect(readFileSync(join(again.dir, 'kreis-test-amendment-1.pdf')).equals(bytes)).toBe(true);
  });

  it('Markdown and DOCX say the same', () => {
    const md = readFileSync(join(dir, 'kreis-test-amendment-1.md'), 'utf8');
    expect(md).toContain('## 1. Änderungen');
    expect(md).toContain('### 1.1 Kooperationspartner');
    expect(md).toContain('Der Caritasverband Test scheidet aus der Vereinbarung aus.');
    const docx = openDocx(readFileSync(join(dir, 'kreis-test-amendment-1.docx')));
    const text = textOf(docx.parts['word/document.xml']!);
    expect(text).toContain('1. Nachtrag zur Kooperationsvereinbarung vom 15. Januar 2026');
    expect(text).toContain('In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt');
  });
});

describe('the request (--request --from PARTNER)', () => {
  it('is from one partner to the others, dated, with the changes and the meeting to discuss them', async () => {
    const r = await runPair(base, newer, ['amend', 'old.yaml', 'new.yaml', '--request', '--from', 'dw', '--today', '2026-02-10']);
    expect(r.code, r.stderr).toBe(0);
    const pdf = await loadPdf(readFileSync(join(r.dir, 'kreis-test-amendment-1-request.pdf')));
    expect(pdf.text).toContain('Änderungswunsch zur Kooperationsvereinbarung vom 15. Januar 2026');
    expect(pdf.text).toContain('Dieser Änderungswunsch betrifft 2 Punkte der Vereinbarung: Aufgaben, Datenschutz.');
    expect(pdf.text).toContain('Das Diakonische Werk Test (DW) wünscht, die Kooperationsvereinbarung wie folgt zu ändern:');
    expect(pdf.text).toContain('In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt');
    // the review the agreement promises: last review 15 January 2026 + 12 months
    expect(pdf.text).toContain('bei der nächsten Überprüfung der Vereinbarung am 15. Januar 2027 zu beraten');
    expect(pdf.text).toContain('Datum: 10. Februar 2026');
    // only the sender signs
    expect(signatureFields(pdf)).toEqual(['dw.signature']);
  });
});
