// Errors and limits of the PDF reader. Every failure a caller can see is a
// PdfReadError whose code the CLI turns into a localized message; `detail`
// stays English and technical (for --debug and tests).

export type PdfReadErrorCode = 'not-pdf' | 'truncated' | 'encrypted' | 'damaged' | 'too-large' | 'unsupported';

export class PdfReadError extends Error {
  readonly code: PdfReadErrorCode;
  readonly detail: string;

  constructor(code: PdfReadErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'PdfReadError';
    this.code = code;
    this.detail = detail;
  }
}

export interface PdfLimits {
  /** size of the whole file */
  maxFileBytes: number;
  /** decoded bytes of one stream */
  maxStreamBytes: number;
  /** decoded bytes of all streams of one file together */
  maxTotalDecodedBytes: number;
  /** xref entries (all revisions together), objects found by a repair scan, fields, pages */
  maxObjects: number;
  /** incremental updates (xref sections) */
  maxRevisions: number;
  /** nesting of arrays and dictionaries; also depth of the page and field trees */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Readonly<PdfLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxStreamBytes: 32 * 1024 * 1024,
  maxTotalDecodedBytes: 128 * 1024 * 1024,
  maxObjects: 500_000,
  maxRevisions: 200,
  maxDepth: 64,
});

export function resolveLimits(limits: Partial<PdfLimits> = {}): PdfLimits {
  const merged = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof PdfLimits>) {
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`PdfLimits.${key} must be a positive number, got ${String(value)}`);
    merged[key] = value;
  }
  return merged;
}

/** Decoded bytes spent so far by one file, shared by all its streams. */
export class DecodeBudget {
  used = 0;
  constructor(readonly limits: PdfLimits) {}

  /** how many bytes the next stream may decode to */
  available(): number {
    return Math.max(0, Math.min(this.limits.maxStreamBytes, this.limits.maxTotalDecodedBytes - this.used));
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limits.maxTotalDecodedBytes) {
      throw new PdfReadError('too-large', `decoded streams exceed ${this.limits.maxTotalDecodedBytes} bytes in total`);
    }
  }
}
