// Document metadata: the trailer's /Info dictionary and the catalog's XMP
// packet (/Metadata), decoded to strings.

import type { PdfFile } from './file.js';
import { PdfDict, PdfName, PdfStream, PdfString } from './objects.js';

/** The /Info entries whose values are strings, names, numbers or booleans, as strings (text strings decoded). */
export function readInfo(pdf: PdfFile): Record<string, string> {
  const info = pdf.resolve(pdf.trailer.get('Info'));
  const result: Record<string, string> = {};
  if (!(info instanceof PdfDict)) return result;
  for (const [key, raw] of info) {
    const value = pdf.resolve(raw);
    if (value instanceof PdfString) result[key] = value.text();
    else if (value instanceof PdfName) result[key] = value.name;
    else if (typeof value === 'number' || typeof value === 'boolean') result[key] = String(value);
  }
  return result;
}

/** The catalog's XMP metadata stream, decoded (UTF-8, or UTF-16 after a byte order mark); null when there is none. */
export function readXmp(pdf: PdfFile): string | null {
  const metadata = pdf.resolve(pdf.catalog().get('Metadata'));
  if (!(metadata instanceof PdfStream)) return null;
  const bytes = metadata.decode();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
