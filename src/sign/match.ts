// `agree verify FILE.pdf AGREEMENT.yaml`: does the PDF hold exactly that
// agreement? First the strong answer — rendered again today, the agreement
// gives byte for byte the PDF's first revision (the one every signature
// covers) — else the weaker one: the YAML embedded in the first revision is
// byte for byte the file (and its base files). A PDF rendered by another
// agree version or with other fonts passes only the second.

import { readFile } from 'node:fs/promises';
import { openPdf, type PdfFile } from '../pdf/index.js';
import type { Lang } from '../model/types.js';
import { readEmbeddedSources } from './embedded.js';
import type { AgreementComparison } from './report.js';

export interface MatchOptions {
  cwd: string;
  lang: Lang;
  today: string;
}

/** the first revision as agree wrote it: up to its %%EOF (an update may have added an end of line after it) */
function sameAsFirstRevision(pdf: PdfFile, rendered: Uint8Array): boolean {
  const first = pdf.revisions[0]!.end;
  if (rendered.length > first || first - rendered.length > 2) return false;
  return Buffer.from(pdf.bytes.subarray(0, rendered.length)).equals(Buffer.from(rendered));
}

export async function compareWithAgreement(pdfBytes: Uint8Array, agreement: string, options: MatchOptions): Promise<AgreementComparison> {
  const { processDocument } = await import('../render/process-document.js');
  const pdf = openPdf(pdfBytes);
  const processed = await processDocument({ input: agreement, cwd: options.cwd, lang: options.lang, today: options.today, kinds: ['pdf'], strict: false });
  const rendered = processed.files.find((f) => f.kind === 'pdf')?.data;
  if (rendered instanceof Uint8Array && sameAsFirstRevision(pdf, rendered)) return { result: 'rendered', file: agreement, differing: [] };

  const loaded = processed.loaded;
  if (!loaded || loaded.chain.length === 0) return { result: 'unreadable', file: agreement, differing: [] };
  const embedded = readEmbeddedSources(pdf, 0).files;
  if (embedded.length === 0) return { result: 'no-source', file: agreement, differing: [] };
  let onDisk: Array<{ name: string; data: Uint8Array | null }>;
  if (loaded.sources) onDisk = loaded.sources;
  else {
    onDisk = await Promise.all(
      loaded.paths.map(async (path, i) => ({ name: loaded.chain[i]!, data: path === null ? null : await readFile(path).catch(() => null) })),
    );
  }
  if (onDisk.length > 0 && onDisk.every((f) => f.data === null)) return { result: 'unreadable', file: agreement, differing: [] };
  const differing: string[] = [];
  const count = Math.max(onDisk.length, embedded.length);
  for (let i = 0; i < count; i++) {
    const disk = onDisk[i];
    const inside = embedded[i];
    if (!disk?.data || !inside || !Buffer.from(disk.data).equals(Buffer.from(inside.data))) differing.push(inside?.name ?? disk?.name ?? `#${i + 1}`);
  }
  return differing.length === 0 ? { result: 'source', file: agreement, differing } : { result: 'different', file: agreement, differing };
}
