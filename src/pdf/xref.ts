// Cross-reference data (ISO 32000-2 §7.5.4–7.5.8): xref tables, xref
// streams, hybrid files (/XRefStm), the /Prev chain, and how its sections
// group into revisions (incremental updates, §7.5.6). When the xref cannot
// be used, scan.ts rebuilds the same structure from the objects themselves.

import { DecodeBudget, PdfReadError, type PdfLimits } from './errors.js';
import { decodeStream } from './filters.js';
import { Parser, bytesAt, isBoundary, isDigit, isWhitespace, objectHeaderAt } from './lexer.js';
import { PdfDict, PdfRef, PdfStream, isInteger, isName, type PdfValue } from './objects.js';

export type XrefEntry =
  | { type: 'free'; gen: number }
  /** offset -1: the xref names an object that is not in the file */
  | { type: 'offset'; offset: number; gen: number }
  | { type: 'compressed'; stream: number; index: number };

export interface XrefSection {
  /** where the section really starts (after correcting a slightly wrong offset) */
  offset: number;
  kind: 'table' | 'stream';
  trailer: PdfDict;
  entries: Map<number, XrefEntry>;
  /** offset just after the trailer dictionary or the xref stream object */
  parseEnd: number;
}

export interface RevisionData {
  end: number;
  startxref: number;
  xrefKind: 'table' | 'stream';
  trailer: PdfDict;
  entries: Map<number, XrefEntry>;
  defines: number[];
  frees: number[];
}

/** What the reader knows about the whole file before it reads any object. */
export interface Env {
  buf: Buffer;
  limits: PdfLimits;
  budget: DecodeBudget;
  /** where %PDF- starts; offsets in files with junk before the header may count from here */
  headerOffset: number;
  /** xref entries read so far, against limits.maxObjects */
  entryCount: number;
  /** offsets of every `endstream`, found on first need */
  endstreams?: number[];
}

const ENDSTREAM_WORD = 'endstream';

/**
 * The first `endstream` at or after `from`. All of them are found in one
 * pass the first time a stream's /Length does not fit; a file with
 * thousands of broken lengths then costs one pass, not one per stream.
 */
export function findEndstream(env: Env, from: number): number {
  if (!env.endstreams) {
    const { buf } = env;
    const found: number[] = [];
    const last = buf.length - ENDSTREAM_WORD.length;
    outer: for (let i = 0; i <= last; i++) {
      if (buf[i] !== 0x65 /* e */) continue;
      for (let k = 1; k < ENDSTREAM_WORD.length; k++) if (buf[i + k] !== ENDSTREAM_WORD.charCodeAt(k)) continue outer;
      found.push(i);
      i += ENDSTREAM_WORD.length - 1;
    }
    env.endstreams = found;
  }
  const list = env.endstreams;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo]! : -1;
}

/** The xref cannot be used; the caller falls back to scanning for objects. */
export class XrefUnusable extends Error {}

/** how far from a stated offset a misplaced `xref` or object header is still looked for */
export const NEARBY = 1024;

const XREF = Buffer.from('xref', 'latin1');

export function countEntries(env: Env, count: number): void {
  env.entryCount += count;
  if (env.entryCount > env.limits.maxObjects) {
    throw new PdfReadError('too-large', `more than ${env.limits.maxObjects} objects`);
  }
}

/** A stream inside the xref machinery: its dictionary entries must be direct (§7.5.8.2), so references read as null. */
function directStream(env: Env) {
  return (dict: PdfDict, raw: Uint8Array) =>
    new PdfStream(dict, raw, (s) => decodeStream(s, (v) => (v === undefined || v instanceof PdfRef ? null : v), env.budget));
}

function isXrefKeywordAt(buf: Buffer, pos: number): boolean {
  return bytesAt(buf, pos, XREF) && (pos === 0 || isBoundary(buf[pos - 1])) && isBoundary(buf[pos + 4]);
}

/** Candidate starts of an xref section near `offset`, nearest first. */
function sectionCandidates(env: Env, offset: number): number[] {
  const { buf } = env;
  const exact = [offset, offset + env.headerOffset].filter((p) => p >= 0 && p < buf.length);
  const found: number[] = [];
  const from = Math.max(0, offset - NEARBY);
  const to = Math.min(buf.length, offset + NEARBY);
  for (let p = from; p < to; p++) {
    const c = buf[p];
    if (c === 0x78 /* x */ ? isXrefKeywordAt(buf, p) : isDigit(c) && (p === 0 || isBoundary(buf[p - 1])) && objectHeaderAt(buf, p) !== null) found.push(p);
  }
  found.sort((a, b) => Math.abs(a - offset) - Math.abs(b - offset));
  return [...new Set([...exact, ...found])];
}

function readSectionAt(env: Env, pos: number): XrefSection | null {
  const { buf } = env;
  let p = pos;
  while (isWhitespace(buf[p]) && p - pos < 4) p++;
  if (isXrefKeywordAt(buf, p)) return readTable(env, p);
  if (objectHeaderAt(buf, p) === null) return null;
  return readXrefStream(env, p, false);
}

/** The section at `offset`, or the nearest one within NEARBY bytes. */
export function locateSection(env: Env, offset: number): XrefSection {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset >= env.buf.length) throw new XrefUnusable(`xref offset ${offset} outside the file`);
  for (const candidate of sectionCandidates(env, offset)) {
    let section: XrefSection | null = null;
    try {
      section = readSectionAt(env, candidate);
    } catch (error) {
      if (error instanceof PdfReadError && error.code === 'damaged') continue;
      throw error;
    }
    if (section) return section;
  }
  throw new XrefUnusable(`no xref section at offset ${offset}`);
}

function readTable(env: Env, pos: number): XrefSection {
  const { buf } = env;
  const parser = new Parser(buf, pos + 4, { limits: env.limits });
  const entries = new Map<number, XrefEntry>();
  let firstSubsection = true;
  for (;;) {
    parser.skipWhitespace();
    if (parser.readKeyword('trailer')) break;
    let start = parser.readUnsigned();
    const count = parser.readUnsigned();
    if (start === null || count === null) throw new XrefUnusable(`bad xref subsection header at offset ${parser.pos}`);
    countEntries(env, count);
    for (let i = 0; i < count; i++) {
      const offset = parser.readUnsigned();
      const gen = offset === null ? null : parser.readUnsigned();
      parser.skipWhitespace();
      const type = buf[parser.pos];
      if (offset === null || gen === null || (type !== 0x6e && type !== 0x66) || !isBoundary(buf[parser.pos + 1])) {
        throw new XrefUnusable(`bad xref entry at offset ${parser.pos}`);
      }
      parser.pos++;
      // a common writer bug: the table starts at object 1 but lists object 0's free entry first
      if (firstSubsection && i === 0 && start === 1 && type === 0x66 && gen === 65535) start = 0;
      const num = start + i;
      if (entries.has(num)) continue;
      entries.set(num, type === 0x6e ? { type: 'offset', offset, gen } : { type: 'free', gen });
    }
    firstSubsection = false;
  }
  const trailer = parser.readValue();
  if (!(trailer instanceof PdfDict)) throw new XrefUnusable(`trailer at offset ${pos} is not a dictionary`);
  const section: XrefSection = { offset: pos, kind: 'table', trailer, entries, parseEnd: parser.pos };
  const hidden = trailer.get('XRefStm');
  if (isInteger(hidden)) {
    // hybrid file (§7.5.8.4): the stream holds the compressed objects; the table's own in-use entries win
    const stream = locateSection(env, hidden);
    if (stream.kind !== 'stream') throw new XrefUnusable(`/XRefStm ${hidden} is not an xref stream`);
    const merged = new Map(stream.entries);
    for (const [num, entry] of entries) if (entry.type !== 'free' || !merged.has(num)) merged.set(num, entry);
    section.entries = merged;
  }
  return section;
}

function readField(data: Uint8Array, pos: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + data[pos + i]!;
  return value;
}

/** how much of an object the check for an xref stream dictionary reads */
const XREF_DICT_WINDOW = 65536;

/**
 * Whether the object at `pos` starts with an xref stream dictionary, read
 * within a window: near a wrong offset, every object header is a candidate,
 * and none may make the search read far.
 */
function startsXrefStream(env: Env, pos: number): boolean {
  const parser = new Parser(env.buf.subarray(0, Math.min(env.buf.length, pos + XREF_DICT_WINDOW)), pos, { limits: env.limits });
  try {
    if (parser.readUnsigned() === null || parser.readUnsigned() === null || !parser.readKeyword('obj')) return false;
    const dict = parser.readValue();
    return dict instanceof PdfDict && (isName(dict.get('Type'), 'XRef') || dict.has('W'));
  } catch (error) {
    if (error instanceof PdfReadError && error.code === 'damaged') return false;
    throw error;
  }
}

function readXrefStream(env: Env, pos: number, strict: boolean): XrefSection | null {
  if (!startsXrefStream(env, pos)) {
    if (strict) throw new XrefUnusable(`object at offset ${pos} is not an xref stream`);
    return null;
  }
  const parser = new Parser(env.buf, pos, { limits: env.limits, stream: directStream(env), findEndstream: (from) => findEndstream(env, from) });
  const object = parser.readIndirectObject();
  const stream = object.value;
  if (!(stream instanceof PdfStream) || !(isName(stream.dict.get('Type'), 'XRef') || stream.dict.has('W'))) {
    if (strict) throw new XrefUnusable(`object at offset ${pos} is not an xref stream`);
    return null;
  }
  const dict = stream.dict;
  const w = dict.get('W');
  if (!Array.isArray(w) || w.length < 3 || !w.slice(0, 3).every((x) => isInteger(x) && x >= 0 && x <= 8)) {
    throw new XrefUnusable(`xref stream at offset ${pos} has a bad /W`);
  }
  const [w0, w1, w2] = w as number[];
  const entrySize = w0! + w1! + w2!;
  if (entrySize === 0) throw new XrefUnusable(`xref stream at offset ${pos} has /W [0 0 0]`);
  const size = dict.get('Size');
  const index = dict.get('Index') ?? [0, isInteger(size) ? size : 0];
  if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every((x) => isInteger(x) && x >= 0)) {
    throw new XrefUnusable(`xref stream at offset ${pos} has a bad /Index`);
  }
  const data = stream.decode();
  const entries = new Map<number, XrefEntry>();
  let at = 0;
  for (let k = 0; k < index.length; k += 2) {
    const start = index[k] as number;
    // count what is really there: a huge /Size over a short stream costs nothing
    const count = Math.min(index[k + 1] as number, Math.floor((data.length - at) / entrySize));
    countEntries(env, count);
    for (let i = 0; i < count; i++, at += entrySize) {
      const type = w0 === 0 ? 1 : readField(data, at, w0!);
      const f1 = readField(data, at + w0!, w1!);
      const f2 = readField(data, at + w0! + w1!, w2!);
      const num = start + i;
      if (entries.has(num)) continue;
      if (type === 0) entries.set(num, { type: 'free', gen: f2 });
      else if (type === 1) entries.set(num, { type: 'offset', offset: f1, gen: f2 });
      else if (type === 2) entries.set(num, { type: 'compressed', stream: f1, index: f2 });
      // other types are reserved: read as references to null (§7.5.8.3)
    }
  }
  return { offset: pos, kind: 'stream', trailer: dict, entries, parseEnd: object.end };
}

/** The sections of the /Prev chain, newest first. A loop is damage, not something to repair. */
export function readXrefChain(env: Env, startxref: number): XrefSection[] {
  const sections: XrefSection[] = [];
  const seen = new Set<number>();
  let offset: number | undefined = startxref;
  while (offset !== undefined) {
    if (sections.length >= env.limits.maxRevisions) {
      throw new PdfReadError('too-large', `more than ${env.limits.maxRevisions} xref sections (incremental updates)`);
    }
    const section = locateSection(env, offset);
    if (seen.has(section.offset)) throw new PdfReadError('damaged', `the /Prev chain of xref sections loops back to offset ${section.offset}`);
    seen.add(section.offset);
    sections.push(section);
    const prev: PdfValue | undefined = section.trailer.get('Prev');
    offset = isInteger(prev) ? prev : undefined;
  }
  return sections;
}

const EOF_MARK = Buffer.from('%%EOF', 'latin1');

/** offset just after the %%EOF at `at` and its end of line */
export function eofEnd(buf: Buffer, at: number): number {
  let end = at + EOF_MARK.length;
  if (buf[end] === 0x0d) end++;
  if (buf[end] === 0x0a) end++;
  return end;
}

export function listOf(entries: Map<number, XrefEntry>): { defines: number[]; frees: number[] } {
  const defines: number[] = [];
  const frees: number[] = [];
  for (const [num, entry] of entries) {
    if (entry.type === 'free') {
      // object 0 heads the free list in every table; it is never freed by anyone
      if (num !== 0) frees.push(num);
    } else defines.push(num);
  }
  return { defines: defines.sort((a, b) => a - b), frees: frees.sort((a, b) => a - b) };
}

/**
 * Groups the chain's sections into revisions, oldest first. A revision ends
 * at the first %%EOF after its section. A section that ends no later than the
 * revision before it (the first-page xref of a linearized file, which the
 * chain calls newer but which sits at the front) belongs to that revision.
 */
export function groupRevisions(env: Env, newestFirst: XrefSection[]): RevisionData[] {
  const { buf } = env;
  const revisions: RevisionData[] = [];
  for (const section of [...newestFirst].reverse()) {
    const eof = buf.indexOf(EOF_MARK, section.parseEnd);
    const end = eof < 0 ? buf.length : eofEnd(buf, eof);
    const last = revisions[revisions.length - 1];
    if (last && end <= last.end) {
      for (const [num, entry] of section.entries) last.entries.set(num, entry);
      last.trailer = mergeDicts(section.trailer, last.trailer);
      last.startxref = section.offset;
      last.xrefKind = section.kind;
      continue;
    }
    revisions.push({
      end,
      startxref: section.offset,
      xrefKind: section.kind,
      trailer: section.trailer,
      // taken over, not copied: a section belongs to one revision, and copies of 500 000 entries cost memory
      entries: section.entries,
      defines: [],
      frees: [],
    });
  }
  for (const revision of revisions) Object.assign(revision, listOf(revision.entries));
  return revisions;
}

/** a dictionary with the keys of `newer`, and those of `older` it lacks */
export function mergeDicts(newer: PdfDict, older: PdfDict, keys?: string[]): PdfDict {
  const merged = new PdfDict();
  for (const [key, value] of newer) merged.set(key, value);
  for (const [key, value] of older) if (!keys || keys.includes(key)) merged.set(key, value);
  return merged;
}

function findNearby(env: Env, num: number, gen: number, offset: number, before: number): number | null {
  const pattern = Buffer.from(`${num} ${gen} obj`, 'latin1');
  const { buf } = env;
  let best: number | null = null;
  let at = buf.indexOf(pattern, Math.max(0, offset - NEARBY));
  while (at >= 0 && at <= offset + NEARBY && at < before) {
    if ((at === 0 || isBoundary(buf[at - 1])) && isBoundary(buf[at + pattern.length])) {
      if (best === null || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
    }
    at = buf.indexOf(pattern, at + 1);
  }
  return best;
}

/**
 * Checks that every in-use offset points at its `N G obj`, moving entries that
 * are off by a little (or counted from a late %PDF- header). When many are
 * wrong, or one cannot be found nearby, the objects found by a scan decide.
 * Returns true when the scan was needed (the file counts as repaired).
 */
export function verifyOffsets(env: Env, revisions: RevisionData[], scan: () => Map<number, Array<{ gen: number; offset: number }>>): boolean {
  const { buf } = env;
  let nearbyBudget = 64;
  let index: Map<number, Array<{ gen: number; offset: number }>> | undefined;
  for (const revision of revisions) {
    for (const [num, entry] of revision.entries) {
      if (entry.type !== 'offset') continue;
      const header = objectHeaderAt(buf, entry.offset);
      if (header && header.num === num && header.gen === entry.gen) continue;
      let fixed: number | null = null;
      if (env.headerOffset > 0) {
        const shifted = objectHeaderAt(buf, entry.offset + env.headerOffset);
        if (shifted && shifted.num === num && shifted.gen === entry.gen) fixed = entry.offset + env.headerOffset;
      }
      if (fixed === null && nearbyBudget > 0) {
        nearbyBudget--;
        fixed = findNearby(env, num, entry.gen, entry.offset, revision.end);
      }
      if (fixed === null) {
        index ??= scan();
        let best = -1;
        for (const found of index.get(num) ?? []) {
          // a revision's objects lie before its end; a later revision's copy must not stand in for it
          if (found.gen === entry.gen && found.offset < revision.end && (best < 0 || Math.abs(found.offset - entry.offset) < Math.abs(best - entry.offset))) best = found.offset;
        }
        fixed = best;
      }
      revision.entries.set(num, { type: 'offset', offset: fixed, gen: entry.gen });
    }
  }
  return index !== undefined;
}
