// `agree verify` output: text for people (in the UI language), JSON for
// scripts (codes, no prose; documented in docs/signing.md).

import type { AgreementMatchResult, SignWords } from './words.js';
import type { SignatureReport, VerifyReport } from './verify.js';

export interface AgreementComparison {
  result: AgreementMatchResult;
  /** the agreement file as given */
  file: string;
  /** embedded files that differ from the files on disk */
  differing: string[];
}

export interface VerifiedFile {
  file: string;
  report: VerifyReport | null;
  /** why the file could not be verified at all */
  error: string | null;
  agreement: AgreementComparison | null;
}

/** the agreement check passes */
export const agreementOk = (a: AgreementComparison | null): boolean => a === null || a.result === 'rendered' || a.result === 'source';

export const fileOk = (f: VerifiedFile): boolean => f.report !== null && f.report.ok && agreementOk(f.agreement);

function signatureLines(s: SignatureReport, revisions: number, w: SignWords): string[] {
  const title = `  ${s.field}${s.page ? ` (${w.page(s.page)})` : ''}: ${w.status(s.status)}`;
  if (s.status === 'unsigned') return [title];
  const rows: Array<[string, string]> = [];
  if (s.signer) {
    rows.push([w.labels.signer, `${s.signer.commonName} (${s.signer.subject})`]);
    rows.push([w.labels.issuer, s.signer.issuer]);
  }
  if (s.signingTime) rows.push([w.labels.time, `${w.time(s.signingTime)}, ${w.timeFrom('M')}`]);
  const digest = s.digest?.toUpperCase().replace(/^SHA(\d)/, 'SHA-$1');
  const technical = [s.subFilter, digest].filter(Boolean).join(', ');
  if (s.kind || technical) rows.push([w.labels.kind, s.kind ? `${s.kind}${technical ? ` (${technical})` : ''}` : technical]);
  if (s.revision) rows.push([w.labels.scope, w.revisionOf(s.revision, revisions, s.wholeFile)]);
  if (s.problem) rows.push([w.labels.reason, w.problem(s.problem)]);
  if (s.revision && !s.problem) {
    const later: string[] = [];
    if (s.signatureChanged) later.push(w.signatureChanged);
    for (const change of s.laterChanges) {
      const what = `${w.laterRevision(change.revision)}: ${w.change(change.kind)}${change.fields.length ? ` (${change.fields.join(', ')})` : ''} – ${w.allowed(change.allowed)}`;
      later.push(what);
    }
    rows.push([w.labels.later, later.length ? later.join('\n') : w.noLaterChanges]);
  }
  if (s.signer && !s.problem) {
    const notes = [w.trust(s.trust.status, s.trust.anchor)];
    if (s.validAtSigning === false) notes.push(w.notValidAtSigning);
    rows.push([w.labels.certificate, notes.join('; ')]);
  }
  const width = Math.max(...Object.values(w.labels).map((l) => [...l].length)) + 2;
  const lines = [title];
  for (const [label, value] of rows) {
    const [first, ...rest] = value.split('\n');
    lines.push(`      ${label.padEnd(width)}${first}`);
    for (const more of rest) lines.push(`      ${''.padEnd(width)}${more}`);
  }
  return lines;
}

export function formatText(files: VerifiedFile[], w: SignWords): string {
  const out: string[] = [];
  for (const f of files) {
    if (!f.report) {
      out.push(f.error ?? f.file, '');
      continue;
    }
    const r = f.report;
    out.push(w.header(f.file, r.revisions, r.signatures.length));
    if (r.signatures.length === 0) out.push(`  ${w.noSignatureFields}`);
    for (const s of r.signatures) out.push(...signatureLines(s, r.revisions, w));
    if (f.agreement) out.push(`  ${w.labels.agreement}: ${w.agreementMatch(f.agreement.result, f.agreement.file, f.agreement.differing)}`);
    const signed = r.signatures.filter((s) => s.status !== 'unsigned');
    out.push(`  ${w.verdict(fileOk(f), signed.filter((s) => s.status === 'intact').length, signed.length)}`, '');
  }
  return out.join('\n');
}

export function formatJson(files: VerifiedFile[]): string {
  return `${JSON.stringify(
    {
      version: 1,
      ok: files.every(fileOk),
      files: files.map((f) => ({
        file: f.file,
        ok: fileOk(f),
        error: f.error,
        revisions: f.report?.revisions ?? null,
        signatures: f.report?.signatures ?? [],
        agreement: f.agreement,
      })),
    },
    null,
    2,
  )}\n`;
}
