// Builds the font that form fields are filled in with (the /DA font of every
// text field, see src/render/pdf/form-font.ts): DejaVu Sans cut down to the
// scripts people type into a checklist or a signature block — Latin with its
// extensions (Turkish, Polish …), Greek, Cyrillic, Arabic with its
// presentation forms (so viewers that shape by Unicode can show joined
// Arabic), punctuation and currency signs — with its cmap intact, because a
// viewer maps the typed characters to glyphs through it. The page font
// (pdfkit's per-document subset) has no usable cmap and only the glyphs the
// page needed, which is why typed "Gülşen Yılmaz" used to show "Gül lmaz".
//
// Everything a PDF needs is prepared here, once, so that embedding the font
// costs no CPU per document: the font program and the ToUnicode CMap are
// stored deflated (written into PDFs as they are, /Filter /FlateDecode), the
// widths (/W) and the font descriptor values as JSON.
//
// Output: dist/form-font/{form-font.json, font.ttf.deflate, to-unicode.cmap.deflate}
// (dist/ is built, not committed; `npm run build` runs this before tsc).
//
// harfbuzz's subsetter (hb-subset, through subset-font's WASM build) keeps the
// cmap, which pdfkit's own subsetter drops. Hinting and the OpenType layout
// tables are left out: viewers rasterise form text unhinted anyway and do not
// run GSUB/GPOS on typed text; that halves the size (measured: 98.8 KB → 59.1 KB
// deflated).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'form-font');
const source = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/** the Unicode ranges the field font keeps (those DejaVu Sans has glyphs for) */
const RANGES = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement'],
  [0x0100, 0x017f, 'Latin Extended-A'],
  [0x0180, 0x024f, 'Latin Extended-B'],
  [0x0259, 0x0259, 'schwa (Azerbaijani)'],
  [0x02b9, 0x02dd, 'modifier letters and accents'],
  [0x0300, 0x036f, 'combining diacritical marks'],
  [0x0370, 0x03ff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic and Cyrillic Supplement'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x1e00, 0x1eff, 'Latin Extended Additional (Vietnamese)'],
  [0x2000, 0x206f, 'General Punctuation'],
  [0x20a0, 0x20cf, 'Currency Symbols'],
  // (the whole Letterlike Symbols block would cost 8 KB per PDF, for 75 rare glyphs)
  [0x2116, 0x2116, 'numero sign'],
  [0x2122, 0x2122, 'trade mark sign'],
  [0x2190, 0x2193, 'arrows'],
  [0x2212, 0x2212, 'minus sign'],
  [0xfb50, 0xfdff, 'Arabic Presentation Forms-A'],
  [0xfe70, 0xfeff, 'Arabic Presentation Forms-B'],
  [0xfffd, 0xfffd, 'replacement character'],
];

/** six upper-case letters + "+": the PDF convention for a font subset (ISO 32000-1, 9.6.4) */
const SUBSET_TAG = 'AGREEF';

const sourceBytes = readFileSync(source);
const full = fontkit.create(sourceBytes);
const codePoints = [];
for (const [from, to] of RANGES) {
  for (let cp = from; cp <= to; cp++) if (full.hasGlyphForCodePoint(cp)) codePoints.push(cp);
}

const program = await subsetFont(sourceBytes, String.fromCodePoint(...codePoints), {
  targetFormat: 'truetype',
  noHinting: true,
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'MATH', 'kern'],
});

const font = fontkit.create(program);
const scale = 1000 / font.unitsPerEm;
const round = (n) => Math.round(n * scale);

// every kept code point must map to a real glyph of the subset
const firstCodePoint = new Map();
for (const cp of codePoints) {
  const gid = font.glyphForCodePoint(cp).id;
  if (gid === 0) throw new Error(`form font: U+${cp.toString(16).toUpperCase()} lost its glyph in the subset`);
  if (!firstCodePoint.has(gid)) firstCodePoint.set(gid, cp);
}

// /W: runs of equal widths as "first last width", other stretches as "first [w w …]";
// glyphs of the most common width are left to /DW
const widths = [];
for (let gid = 0; gid < font.numGlyphs; gid++) widths.push(round(font.getGlyph(gid).advanceWidth));
const counts = new Map();
for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
const dw = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
const W = [];
for (let gid = 0; gid < widths.length; ) {
  if (widths[gid] === dw) {
    gid++;
    continue;
  }
  let run = gid;
  while (run + 1 < widths.length && widths[run + 1] === widths[gid]) run++;
  if (run - gid >= 2) {
    W.push(gid, run, widths[gid]);
    gid = run + 1;
    continue;
  }
  const list = [];
  const start = gid;
  while (gid < widths.length && widths[gid] !== dw) {
    let same = gid;
    while (same + 1 < widths.length && widths[same + 1] === widths[gid]) same++;
    if (same - gid >= 2) break;
    list.push(widths[gid++]);
  }
  W.push(start, list);
}

// ToUnicode: glyph id (= CID, Identity) → the first code point that maps to it;
// runs of consecutive ids and code points as bfrange (neither the ids nor the
// code points of a range may cross a change of their first byte: readers only
// increment the last byte), the rest as bfchar
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
const pairs = [...firstCodePoint].sort((a, b) => a[0] - b[0]);
const sameHigh = (a, b) => a[0] >> 8 === b[0] >> 8 && a[1] >> 8 === b[1] >> 8;
const ranges = [];
const singles = [];
for (let i = 0; i < pairs.length; ) {
  let j = i;
  while (j + 1 < pairs.length && pairs[j + 1][0] === pairs[j][0] + 1 && pairs[j + 1][1] === pairs[j][1] + 1 && sameHigh(pairs[j + 1], pairs[i])) j++;
  if (j > i) ranges.push(`<${hex(pairs[i][0])}> <${hex(pairs[j][0])}> <${hex(pairs[i][1])}>`);
  else singles.push(`<${hex(pairs[i][0])}> <${hex(pairs[i][1])}>`);
  i = j + 1;
}
const blocks = [];
for (let i = 0; i < ranges.length; i += 100) {
  const chunk = ranges.slice(i, i + 100);
  blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
}
for (let i = 0; i < singles.length; i += 100) {
  const chunk = singles.slice(i, i + 100);
  blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
}
const toUnicode = [
  '/CIDInit /ProcSet findresource begin',
  '12 dict begin',
  'begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def',
  '/CMapType 2 def',
  '1 begincodespacerange',
  '<0000> <FFFF>',
  'endcodespacerange',
  ...blocks,
  'endcmap',
  'CMapName currentdict /CMap defineresource pop',
  'end',
  'end',
].join('\n');

const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
let flags = 1 << 2; // symbolic: the glyphs are addressed by id, not by a standard encoding
if (font.post.isFixedPitch) flags |= 1 << 0;
if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
if (font.head.macStyle.italic) flags |= 1 << 6;

const fontFile = deflateSync(program, { level: 9 });
const cmapFile = deflateSync(Buffer.from(toUnicode, 'latin1'), { level: 9 });
const sha = (b) => createHash('sha256').update(b).digest('hex');
const meta = {
  about: 'DejaVu Sans subset for form fields, built by scripts/build-form-font.mjs; see src/render/pdf/form-font.ts',
  source: { file: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', sha256: sha(sourceBytes) },
  ranges: RANGES.map(([from, to, name]) => `${hex(from)}-${hex(to)} ${name}`),
  codePoints: codePoints.length,
  glyphs: font.numGlyphs,
  fontName: `${SUBSET_TAG}+${font.postscriptName}`,
  descriptor: {
    Flags: flags,
    FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map(round),
    ItalicAngle: font.italicAngle,
    Ascent: round(font.ascent),
    Descent: round(font.descent),
    CapHeight: round(font.capHeight || font.ascent),
    XHeight: round(font.xHeight || 0),
    StemV: 0,
  },
  DW: dw,
  W,
  fontFile: { file: 'font.ttf.deflate', length: fontFile.length, length1: program.length, sha256: sha(fontFile) },
  toUnicode: { file: 'to-unicode.cmap.deflate', length: cmapFile.length, sha256: sha(cmapFile) },
};

// written under temporary names and renamed, so that a build stopped half-way
// never leaves a font without its matching metadata
mkdirSync(out, { recursive: true });
const files = [
  ['font.ttf.deflate', fontFile],
  ['to-unicode.cmap.deflate', cmapFile],
  ['form-font.json', `${JSON.stringify(meta, null, 1)}\n`],
];
for (const [name, data] of files) writeFileSync(join(out, `${name}.tmp`), data);
for (const [name] of files) renameSync(join(out, `${name}.tmp`), join(out, name));
