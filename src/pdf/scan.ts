// The last resort when the xref cannot be used: one bounded linear pass that
// finds every `N G obj`, skipping stream data so that an embedded file's
// objects are not mistaken for the document's. Revisions are then the parts
// of the file between %%EOF markers, as an incremental writer leaves them.

import { PdfReadError } from './errors.js';
import { Parser, isBoundary, isDigit, isWhitespace } from './lexer.js';
import { PdfDict, PdfRef } from './objects.js';
import { countEntries, eofEnd, listOf, mergeDicts, type Env, type RevisionData, type XrefEntry } from './xref.js';

export interface FoundObject {
  num: number;
  gen: number;
  offset: number;
  /** where its `stream` keyword is, if it has a stream; -1 otherwise */
  streamAt: number;
  /** its dictionary mentions /ObjStm or /Catalog or /XRef before any stream data */
  marks: Set<'ObjStm' | 'Catalog' | 'XRef'>;
}

const OBJ = Buffer.from('obj', 'latin1');
const ENDOBJ = Buffer.from('endobj', 'latin1');
const STREAM = Buffer.from('stream', 'latin1');
const ENDSTREAM = Buffer.from('endstream', 'latin1');

/** the header `num gen obj` whose `obj` keyword starts at `at`, read backwards */
function headerBefore(buf: Buffer, at: number): { num: number; gen: number; start: number } | null {
  let p = at - 1;
  if (!isWhitespace(buf[p])) return null;
  while (p >= 0 && isWhitespace(buf[p])) p--;
  const genEnd = p + 1;
  while (p >= 0 && isDigit(buf[p])) p--;
  const genStart = p + 1;
  if (genStart === genEnd || genEnd - genStart > 5 || !isWhitespace(buf[p])) return null;
  while (p >= 0 && isWhitespace(buf[p])) p--;
  const numEnd = p + 1;
  while (p >= 0 && isDigit(buf[p])) p--;
  const numStart = p + 1;
  if (numStart === numEnd || numEnd - numStart > 10 || (p >= 0 && !isBoundary(buf[p]))) return null;
  return { num: Number(buf.toString('latin1', numStart, numEnd)), gen: Number(buf.toString('latin1', genStart, genEnd)), start: numStart };
}

export function scanObjects(env: Env): FoundObject[] {
  const { buf } = env;
  const found: FoundObject[] = [];
  let skipUntil = 0;
  // the last search for endstream: a later search from inside its range has the same answer
  let searchedFrom = -1;
  let searchedResult = -1;
  const findEndstream = (from: number) => {
    if (searchedFrom >= 0 && from >= searchedFrom && (searchedResult < 0 || from <= searchedResult)) return searchedResult;
    searchedFrom = from;
    searchedResult = buf.indexOf(ENDSTREAM, from);
    return searchedResult;
  };
  let at = buf.indexOf(OBJ, 0);
  while (at >= 0) {
    const header = isBoundary(buf[at + 3]) && at >= skipUntil ? headerBefore(buf, at) : null;
    if (!header || header.start < skipUntil) {
      at = buf.indexOf(OBJ, at + 3);
      continue;
    }
    if (found.length >= env.limits.maxObjects) throw new PdfReadError('too-large', `more than ${env.limits.maxObjects} objects`);
    // searches stay within this object (up to the next "obj", which may be its own endobj) so that
    // the whole scan costs linear time even in a file without endobj or endstream
    const next = buf.indexOf(OBJ, at + 3);
    const span = buf.subarray(at + 3, Math.min(next < 0 ? buf.length : next + 3, at + 3 + 65536));
    const endRel = span.indexOf(ENDOBJ);
    let streamRel = span.indexOf(STREAM);
    // `endstream` also contains "stream"; a stream keyword counts only before this object's endobj
    if (!(streamRel >= 0 && (endRel < 0 || streamRel < endRel) && span[streamRel - 1] !== 0x64 /* d of endstream */)) streamRel = -1;
    const stream = streamRel < 0 ? -1 : at + 3 + streamRel;
    const dictEnd = streamRel >= 0 ? streamRel : endRel >= 0 ? endRel : span.length;
    const head = span.toString('latin1', 0, dictEnd);
    const marks = new Set<'ObjStm' | 'Catalog' | 'XRef'>();
    if (/\/Type\s*\/ObjStm\b/.test(head)) marks.add('ObjStm');
    if (/\/Type\s*\/Catalog\b/.test(head)) marks.add('Catalog');
    if (/\/Type\s*\/XRef\b/.test(head)) marks.add('XRef');
    found.push({ num: header.num, gen: header.gen, offset: header.start, streamAt: stream, marks });
    // only stream data is skipped: a missing endobj must not hide the objects after it
    if (stream >= 0) {
      const endstream = findEndstream(stream + STREAM.length);
      skipUntil = endstream < 0 ? at + 3 : endstream + ENDSTREAM.length;
    }
    at = buf.indexOf(OBJ, Math.max(at + 3, skipUntil));
  }
  return found;
}

/** scanned objects by number, for correcting xref offsets */
export function scanIndex(env: Env): Map<number, Array<{ gen: number; offset: number }>> {
  const index = new Map<number, Array<{ gen: number; offset: number }>>();
  for (const object of scanObjects(env)) {
    const list = index.get(object.num) ?? [];
    list.push({ gen: object.gen, offset: object.offset });
    index.set(object.num, list);
  }
  return index;
}

const TRAILER = Buffer.from('trailer', 'latin1');
const STARTXREF = Buffer.from('startxref', 'latin1');
const EOF_MARK = Buffer.from('%%EOF', 'latin1');

export interface ScannedStructure {
  revisions: RevisionData[];
  objects: FoundObject[];
  /** revision index of each found object, same order */
  revisionOf: number[];
}

/**
 * Revisions rebuilt from the objects: one per %%EOF, each defining the
 * objects between the previous %%EOF and its own (later ones win within it).
 * Trailers come from `trailer` dictionaries and xref stream dictionaries
 * found in that part; compressed objects are added later by the caller,
 * which can read object streams.
 */
export function scanStructure(env: Env): ScannedStructure {
  const { buf, limits } = env;
  const ends: number[] = [];
  for (let at = buf.indexOf(EOF_MARK); at >= 0; at = buf.indexOf(EOF_MARK, at + EOF_MARK.length)) {
    if (ends.length >= limits.maxRevisions) throw new PdfReadError('too-large', `more than ${limits.maxRevisions} revisions`);
    const end = eofEnd(buf, at);
    if (ends.length === 0 || end > ends[ends.length - 1]!) ends.push(end);
  }
  if (ends.length === 0 || ends[ends.length - 1]! < buf.length) ends.push(buf.length);
  const objects = scanObjects(env);
  countEntries(env, objects.length);
  const revisionOf: number[] = [];
  const revisions: RevisionData[] = ends.map((end) => ({
    end,
    startxref: -1,
    xrefKind: 'stream' as 'table' | 'stream',
    trailer: new PdfDict(),
    entries: new Map<number, XrefEntry>(),
    defines: [],
    frees: [],
  }));
  const revisionAt = (offset: number) => {
    const i = ends.findIndex((end) => offset < end);
    return i < 0 ? ends.length - 1 : i;
  };
  for (const object of objects) {
    const r = revisionAt(object.offset);
    revisionOf.push(r);
    revisions[r]!.entries.set(object.num, { type: 'offset', offset: object.offset, gen: object.gen });
  }
  const parse = (pos: number) => new Parser(buf, pos, { limits });
  for (let at = buf.indexOf(TRAILER); at >= 0; at = buf.indexOf(TRAILER, at + TRAILER.length)) {
    if (at > 0 && !isBoundary(buf[at - 1])) continue;
    const revision = revisions[revisionAt(at)]!;
    revision.xrefKind = 'table';
    try {
      const parser = parse(at + TRAILER.length);
      const dict = parser.readValue();
      if (dict instanceof PdfDict) revision.trailer = mergeDicts(dict, revision.trailer);
    } catch (error) {
      if (!(error instanceof PdfReadError && error.code === 'damaged')) throw error;
    }
  }
  objects.forEach((object, i) => {
    if (!object.marks.has('XRef')) return;
    try {
      const parser = parse(object.offset);
      const header = parser.readUnsigned() !== null && parser.readUnsigned() !== null && parser.readKeyword('obj');
      const dict = header ? parser.readValue() : null;
      const revision = revisions[revisionOf[i]!]!;
      if (dict instanceof PdfDict) revision.trailer = mergeDicts(revision.trailer, dict);
    } catch (error) {
      if (!(error instanceof PdfReadError && error.code === 'damaged')) throw error;
    }
  });
  for (const revision of revisions) {
    const from = revisions.indexOf(revision) === 0 ? 0 : revisions[revisions.indexOf(revision) - 1]!.end;
    const at = buf.lastIndexOf(STARTXREF, revision.end);
    if (at >= from) {
      const parser = parse(at + STARTXREF.length);
      revision.startxref = parser.readUnsigned() ?? -1;
    }
    Object.assign(revision, listOf(revision.entries));
  }
  // without any trailer naming the catalog, the newest object that says it is one
  const newest = revisions[revisions.length - 1]!;
  if (!revisions.some((r) => r.trailer.get('Root') instanceof PdfRef)) {
    for (let i = objects.length - 1; i >= 0; i--) {
      const object = objects[i]!;
      if (object.marks.has('Catalog')) {
        const trailer = mergeDicts(newest.trailer, new PdfDict());
        trailer.set('Root', new PdfRef(object.num, object.gen));
        newest.trailer = trailer;
        break;
      }
    }
  }
  return { revisions, objects, revisionOf };
}

export function looksLikeObjectStream(object: FoundObject): boolean {
  return object.streamAt >= 0 && object.marks.has('ObjStm');
}
