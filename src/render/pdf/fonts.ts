// DejaVu Sans (regular + bold) from the dejavu-fonts-ttf package: read once per
// process, parsed once per process. The first document registers the file
// bytes; afterwards we register the parsed fontkit font objects pdfkit created
// for it (wrapped for a faster layout of simple text, see SIMPLE_LAYOUT), so
// later documents skip parsing (measured: ~100 ms → ~25 ms for a second
// document), and all documents share one cache of laid-out words per font.
// Glyph subsets stay per document, so output does not depend on what was
// rendered before (tested).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type {} from 'pdfkit';
import { hasGlyph, surelyCovered, type Face } from './coverage.js';
import { parsedFontOf, setParsedFont, shareLayoutCache } from './internals.js';

export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

const FILES: Record<string, string> = {
  [REGULAR]: 'DejaVuSans.ttf',
  [BOLD]: 'DejaVuSans-Bold.ttf',
};

/** Font source per name: file bytes until parsed once, then the parsed font. */
const sources = new Map<string, Uint8Array | object>();

/**
 * Shaped words per font, shared by all documents of the process (pdfkit keeps
 * one per document). Dropped every LAYOUT_CACHE_DOCS documents so that memory
 * stays bounded in long batches with many distinct words.
 */
const layoutCaches = new Map<string, Record<string, unknown>>();
const LAYOUT_CACHE_DOCS = 100;
let documents = 0;

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function source(name: string): Uint8Array | object {
  let src = sources.get(name);
  if (!src) {
    src = readFileSync(join(fontDir(), FILES[name]!));
    sources.set(name, src);
  }
  return src;
}

/**
 * OpenType shaping (fontkit runs GSUB and GPOS for every word) was ~60 % of a
 * cold render. Text in scripts that need no shaping — Latin, Greek, Cyrillic,
 * punctuation, without combining marks — is laid out from the cmap and the
 * advance widths instead: no kerning and no ligatures (Word does not kern body
 * text by default either, and ligatures across German compound boundaries are
 * wrong anyway). Everything else (Arabic, Hebrew, combining marks, bidi and
 * joiner controls …) still goes through full shaping. false = shape everything.
 */
export const SIMPLE_LAYOUT = true;

// Latin, IPA/modifiers, Greek, Cyrillic, Latin/Greek extended, spaces,
// punctuation (without bidi and joiner controls), currency, letterlike, U+FFFD
const SIMPLE_TEXT =
  /^[\u0020-\u007E\u00A0-\u02FF\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\u2000-\u200A\u2010-\u2029\u202F-\u205F\u20A0-\u20CF\u2100-\u214F\uFFFD]*$/;

interface Glyph {
  advanceWidth: number;
  codePoints: number[];
}

interface GlyphRun {
  glyphs: Glyph[];
  direction?: string;
}

interface FontkitFont {
  layout(text: string, ...rest: unknown[]): GlyphRun;
  glyphsForString(text: string): Glyph[];
}

/** What pdfkit needs of a fontkit GlyphRun; advanceWidth is read after pdfkit scaled the positions. */
function simpleRun(glyphs: Glyph[]) {
  const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  return {
    glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((w, p) => w + p.xAdvance, 0);
    },
  };
}

/**
 * A right-to-left run comes out of fontkit in visual order, and text
 * extraction (pdf.js, pdftotext) reverses it character by character. A glyph
 * for several characters — the Arabic lam-alef ligature "لا" — would then read
 * "ال": such glyphs get their characters in visual order too, for the font's
 * ToUnicode map (pdfkit takes it from glyph.codePoints). The glyph objects are
 * fontkit's shared ones, so the run gets copies.
 */
function visualCodePoints(run: GlyphRun): GlyphRun {
  if (run.direction !== 'rtl' || !run.glyphs.some((g) => g.codePoints.length > 1)) return run;
  run.glyphs = run.glyphs.map((g) =>
    g.codePoints.length > 1 ? (Object.create(g, { codePoints: { value: [...g.codePoints].reverse() } }) as Glyph) : g,
  );
  return run;
}

/** The parsed font with layout() taking the short path for simple text. */
function withSimpleLayout(font: FontkitFont): object {
  const layout = (text: string, ...rest: unknown[]) =>
    rest[0] == null && SIMPLE_TEXT.test(text) ? simpleRun(font.glyphsForString(text)) : visualCodePoints(font.layout(text, ...rest));
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Registers regular and bold under REGULAR / BOLD and selects REGULAR.
 * Selecting a font creates pdfkit's font object; nothing is embedded unless
 * text is drawn with it.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  if (documents++ % LAYOUT_CACHE_DOCS === 0) layoutCaches.clear();
  for (const name of [REGULAR, BOLD]) {
    const src = source(name);
    // pdfkit accepts a parsed fontkit font (anything with .layout) as source;
    // @types/pdfkit only knows paths and buffers.
    doc.registerFont(name, src as Buffer);
    doc.font(name);
    if (src instanceof Uint8Array) {
      const parsed = parsedFontOf(doc, name);
      const font = SIMPLE_LAYOUT ? withSimpleLayout(parsed as FontkitFont) : parsed;
      if (font !== parsed) setParsedFont(doc, name, font);
      sources.set(name, font);
    }
    let cache = layoutCaches.get(name);
    if (!cache) layoutCaches.set(name, (cache = Object.create(null) as Record<string, unknown>));
    shareLayoutCache(doc, name, cache);
  }
  doc.font(REGULAR);
}

/**
 * The same font under a second name, for right-to-left words: pdf.js starts a
 * new text item where the font changes, and guesses each item's direction
 * from its characters. Drawn in the same font as "Ali " before it, "محمد"
 * would join that item and be read as "محمد Ali". The second font object is
 * registered on first use; it embeds a subset of only the right-to-left
 * glyphs, so documents without such text do not change.
 */
export function rightToLeftFont(doc: PDFKit.PDFDocument, name: string): string {
  const rtl = `${name}-RTL`;
  let names = rtlRegistered.get(doc);
  if (!names) rtlRegistered.set(doc, (names = new Set()));
  if (!names.has(rtl)) {
    // pdfkit shares one font object between fonts of the same PostScript name
    let font = rtlSources.get(name);
    if (!font) {
      const base = source(name) as { postscriptName?: string };
      const postscriptName = `${base.postscriptName ?? name}-RTL`;
      font = new Proxy(base, { get: (target, prop) => (prop === 'postscriptName' ? postscriptName : Reflect.get(target, prop)) });
      rtlSources.set(name, font);
    }
    doc.registerFont(rtl, font as Buffer);
    doc.font(rtl);
    shareLayoutCache(doc, rtl, layoutCaches.get(name)!);
    names.add(rtl);
  }
  return rtl;
}

const rtlRegistered = new WeakMap<PDFKit.PDFDocument, Set<string>>();
const rtlSources = new Map<string, object>();

const FACES: Record<string, Face> = { [REGULAR]: 'regular', [BOLD]: 'bold' };

/**
 * Replaces characters the font has no glyph for by U+FFFD (which it has), and
 * drops invisible format characters it lacks: a missing glyph would be drawn
 * as .notdef, which PDF/A forbids and readers show as an empty box. `agree
 * check` reports these characters (rule unsupported-character), from the same
 * coverage data.
 */
export function coveredText(name: string, text: string): string {
  if (surelyCovered(text)) return text;
  const face = FACES[name] ?? 'regular';
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 10 || hasGlyph(face, cp)) out += ch;
    else if (!/\p{Cf}/u.test(ch)) out += '\uFFFD';
  }
  return out;
}
