// The agreement's source inside its PDF: the YAML files of the `extends`
// chain, embedded by `agree render` as associated files (catalog /AF,
// /AFRelationship /Source, PDF/A-3), the agreement first and each base file
// after the file that extends it. This module reads them back (for
// `agree extract`, for `agree check FILE.pdf`, for `agree verify`) and names
// them for embedding. It needs only agree's PDF reader.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { PdfDict, PdfName, PdfStream, PdfString, type PdfFile, type PdfValue } from '../pdf/index.js';

export interface SourceFile {
  /** the file name (no directories) */
  name: string;
  data: Uint8Array;
}

export const SOURCE_TYPE = 'application/yaml';

/**
 * Names under which the chain's files are embedded: each file's own name;
 * a name that repeats (two `base.yaml` in different folders) gets "-2", "-3"
 * before its extension. The order of the chain is kept: it is how a reader
 * knows which file extends which.
 */
export function sourceNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const own = basename(raw.replace(/\\/g, '/')) || 'agreement.yaml';
    const ext = extname(own);
    const stem = own.slice(0, own.length - ext.length);
    let candidate = own;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export type EmbeddedProblem =
  | { code: 'size'; name: string; declared: number; actual: number }
  | { code: 'checksum'; name: string }
  | { code: 'no-data'; name: string };

export interface EmbeddedSources {
  /** the source files in chain order (agreement first) */
  files: SourceFile[];
  /** files that are there but damaged (their bytes differ from what the file specification says) */
  problems: EmbeddedProblem[];
}

function text(value: PdfValue): string | undefined {
  if (value instanceof PdfString) return value.text();
  return undefined;
}

/**
 * The embedded source files as the file was at the end of revision
 * `revision` (default: the newest). Size and MD5 checksum (/Params) are
 * checked where the file specification gives them.
 */
export function readEmbeddedSources(pdf: PdfFile, revision = pdf.revisions.length - 1): EmbeddedSources {
  const resolve = (v: PdfValue | undefined) => pdf.resolveAt(revision, v);
  const root = resolve(pdf.revisions[revision]!.trailer.get('Root') ?? pdf.trailer.get('Root'));
  const catalog = root instanceof PdfDict ? root : pdf.catalog();
  const af = resolve(catalog.get('AF'));
  const files: SourceFile[] = [];
  const problems: EmbeddedProblem[] = [];
  if (!Array.isArray(af)) return { files, problems };
  for (const entry of af.slice(0, 64)) {
    const spec = resolve(entry);
    if (!(spec instanceof PdfDict)) continue;
    const relationship = resolve(spec.get('AFRelationship'));
    if (!(relationship instanceof PdfName) || relationship.name !== 'Source') continue;
    const name = text(resolve(spec.get('UF'))) ?? text(resolve(spec.get('F'))) ?? `source-${files.length + 1}.yaml`;
    const ef = resolve(spec.get('EF'));
    const stream = ef instanceof PdfDict ? resolve(ef.get('UF') ?? ef.get('F')) : null;
    if (!(stream instanceof PdfStream)) {
      problems.push({ code: 'no-data', name });
      continue;
    }
    const data = stream.decode();
    const params = resolve(stream.dict.get('Params'));
    if (params instanceof PdfDict) {
      const size = resolve(params.get('Size'));
      if (typeof size === 'number' && size !== data.length) {
        problems.push({ code: 'size', name, declared: size, actual: data.length });
        continue;
      }
      const checksum = resolve(params.get('CheckSum'));
      // the standard's 16 bytes, or (as pdfkit writes it) their 32 hex digits
      const declared = checksum instanceof PdfString ? Buffer.from(checksum.bytes) : null;
      const expected = declared?.length === 32 && /^[0-9a-f]{32}$/i.test(declared.toString('latin1')) ? Buffer.from(declared.toString('latin1'), 'hex') : declared;
      if (expected?.length === 16) {
        const md5 = createHash('md5').update(data).digest();
        if (!md5.equals(expected)) {
          problems.push({ code: 'checksum', name });
          continue;
        }
      }
    }
    files.push({ name, data });
  }
  return { files, problems };
}
