// Random mutations of real PDFs (byte flips, deleted and doubled ranges,
// inserted PDF tokens, truncation), half of them near the end where the
// xref and trailers live: the reader either reads the file or throws a
// PdfReadError; never another exception, never more than 2 s CPU.
// Fixed seed; FUZZ_RUNS scales the number of runs (npm run fuzz),
// FUZZ_SEED changes the seed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PdfReadError, openPdf, readFormFields, readInfo, readXmp } from '../../src/pdf/index.js';
import { appendRevision, buildPdf, checklistPdf, formObjects, hasTool, qpdf } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SEED = Number(process.env.FUZZ_SEED) || 20_261_126;

const TOKENS = ['endobj', 'obj', ' R ', '<<', '>>', '[', ']', '(', ')', 'stream\n', 'endstream', 'xref\n', 'trailer', '/Prev 0', '%%EOF', '0 0 R', '99999999999', '#'];

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'double'; at: number; length: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'truncate'; at: number };

/** a position: half anywhere, half in the last 4 KB (xref, trailer, incremental updates) */
// noBias: fast-check would otherwise favour 0, and most runs would just break the header
const position = fc.noBias(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 980_000, max: 1_000_000 })).map((n) => n / 1_000_000));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('double' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
) as fc.Arbitrary<Mutation>;

function apply(file: Buffer, mutations: Mutation[]): Buffer {
  let out = file;
  for (const m of mutations) {
    const at = Math.min(out.length, Math.floor(m.at * out.length));
    switch (m.kind) {
      case 'flip':
        out = Buffer.from(out);
        if (at < out.length) out[at] = m.byte;
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
        break;
      case 'double':
        out = Buffer.concat([out.subarray(0, at + m.length), out.subarray(at)]);
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(m.token, 'latin1'), out.subarray(at)]);
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

/** everything a caller does with a file; returns the error code, or 'ok' */
function readAll(file: Buffer): string {
  try {
    const pdf = openPdf(file);
    pdf.pages();
    readFormFields(pdf);
    readInfo(pdf);
    readXmp(pdf);
    for (const revision of pdf.revisions) for (const num of revision.defines.slice(0, 50)) pdf.objectAt(revision.index, num);
    return 'ok';
  } catch (error) {
    if (error instanceof PdfReadError) return error.code;
    throw error;
  }
}

function fuzz(base: () => Promise<Buffer>) {
  return async () => {
    const file = await base();
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = apply(file, mutations);
        const start = process.cpuUsage();
        const code = readAll(mutated);
        const used = process.cpuUsage(start);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect((used.user + used.system) / 1000).toBeLessThan(2000);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(codes));
    // the runs must have exercised both reading and refusing
    expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
    expect(RUNS - (codes.get('ok') ?? 0)).toBeGreaterThan(0);
  };
}

describe('mutated PDFs give a result or a PdfReadError', () => {
  it('the review checklist (xref table)', fuzz(checklistPdf), 120_000);

  it.skipIf(!hasTool('qpdf'))('the checklist with object streams and an xref stream', fuzz(async () => qpdf(await checklistPdf(), '--object-streams=generate')), 120_000);

  it(
    'a small form with two incremental updates, one of them an xref stream',
    fuzz(async () => {
      const r0 = buildPdf(formObjects({ name: '(Ada)', city: '(Kiel)' }));
      const r1 = appendRevision(r0, { 10: '<< /FT /Tx /T (name) /V (Grace) /Subtype /Widget /Rect [0 0 9 9] /P 3 0 R >>' });
      return appendRevision(r1, { 11: '<< /FT /Tx /T (city) /V (Lübeck) /Subtype /Widget /Rect [0 0 9 9] /P 3 0 R >>' }, { xref: 'stream' });
    }),
    120_000,
  );
});
