// PDF text strings (ISO 32000-2 §7.9.2.2): UTF-16BE or UTF-8 after a byte
// order mark, else PDFDocEncoding. Control characters are kept as they are;
// the caller decides what to show.

/** PDFDocEncoding where it differs from Latin-1 (Annex D.3) */
const PDF_DOC: Record<number, number> = {
  0x18: 0x02d8, 0x19: 0x02c7, 0x1a: 0x02c6, 0x1b: 0x02d9, 0x1c: 0x02dd, 0x1d: 0x02db, 0x1e: 0x02da, 0x1f: 0x02dc,
  0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044,
  0x88: 0x2039, 0x89: 0x203a, 0x8a: 0x2212, 0x8b: 0x2030, 0x8c: 0x201e, 0x8d: 0x201c, 0x8e: 0x201d, 0x8f: 0x2018,
  0x90: 0x2019, 0x91: 0x201a, 0x92: 0x2122, 0x93: 0xfb01, 0x94: 0xfb02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160,
  0x98: 0x0178, 0x99: 0x017d, 0x9a: 0x0131, 0x9b: 0x0142, 0x9c: 0x0153, 0x9d: 0x0161, 0x9e: 0x017e, 0xa0: 0x20ac,
};

const utf8 = new TextDecoder('utf-8', { fatal: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });

/** U+001B language code U+001B marks the language of the text that follows (§7.9.2.2); not part of the text */
const LANGUAGE_MARK = /\u001b[^\u001b]*\u001b/g;

export function decodeTextString(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16be.decode(bytes.subarray(2, bytes.length - (bytes.length % 2))).replace(LANGUAGE_MARK, '');
  }
  // not in the standard, but written by some tools; viewers accept it
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16le.decode(bytes.subarray(2, bytes.length - (bytes.length % 2))).replace(LANGUAGE_MARK, '');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8.decode(bytes.subarray(3)).replace(LANGUAGE_MARK, '');
  }
  return decodePdfDocEncoding(bytes);
}

/** the bytes where PDFDocEncoding and Latin-1 differ */
const DIFFERENT = /[\x18-\x1f\x80-\x9e\xa0]/g;

export function decodePdfDocEncoding(bytes: Uint8Array): string {
  // Latin-1 natively, then only the few differing characters replaced: fast even for megabytes
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(DIFFERENT, (c) => String.fromCharCode(PDF_DOC[c.charCodeAt(0)] ?? c.charCodeAt(0)));
}

/** Name bytes (after #xx decoding): UTF-8 when they are valid UTF-8, else Latin-1 (§7.3.5 leaves the encoding open). */
export function decodeNameBytes(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}
