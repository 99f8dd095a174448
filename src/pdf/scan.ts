// The last resort when the xref cannot be used: one bounded linear pass that
// finds every `N G obj`, skipping stream data so that an embedded file's
// objects are not mistaken for the document's. Revisions are then the parts
// of the file between %%EOF markers, as an incremental writer leaves them.

import { PdfReadError } from './errors.js';
import { Parser, isBoundary, isDigit, isWhitespace } from './lexer.js';
import { PdfDict, PdfRef } from './objects.js';
import { eofEnd, mergeDicts, type Env, type RevisionData, type XrefEntry } from './xref.js';

export const MARK_OBJSTM = 1;
export const MARK_CATALOG = 2;
export const MARK_XREF = 4;

export interface FoundObject {
  num: number;
  gen: number;
  offset: number;
  /** where its `stream` keyword is, if it has a stream; -1 otherwise */
  streamAt: number;
  /** MARK_* bits: its dictionary says /Type /ObjStm, /Catalog or /XRef */
  marks: number;
}

const ENDSTREAM = Buffer.from('endstream', 'latin1');

function digitsValue(buf: Buffer, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (buf[i]! - 0x30);
  return value;
}

/** the header `num gen obj` whose `obj` keyword starts at `at`, read backwards */
export function objectHeaderBefore(buf: Buffer, at: number): { num: number; gen: number; start: number } | null {
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
  return { num: digitsValue(buf, numStart, numEnd), gen: digitsValue(buf, genStart, genEnd), start: numStart };
}

function wordAt(buf: Buffer, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (buf[at + k] !== word.charCodeAt(k)) return false;
  return isBoundary(buf[at + word.length]);
}

const TYPE_MARKS: Array<[string, number]> = [
  ['/ObjStm', MARK_OBJSTM],
  ['/Catalog', MARK_CATALOG],
  ['/XRef', MARK_XREF],
];

/**
 * One pass over the bytes, in plain JavaScript: a native search per hit
 * would cost more than the pass itself in a file of a million tiny objects.
 */
export function scanObjects(env: Env, visit: (object: FoundObject) => void, trailer: (at: number) => void = () => {}): void {
  const { buf } = env;
  let count = 0;
  // the object whose dictionary is being read (no endobj or stream seen yet)
  let open: FoundObject | null = null;
  // once a search for endstream fails, later ones from further on fail too
  let noEndstreamFrom = Infinity;
  const length = buf.length;
  for (let i = 0; i < length; i++) {
    const c = buf[i];
    if (c === 0x6f /* o */) {
      if (buf[i + 1] !== 0x62 || buf[i + 2] !== 0x6a || !isBoundary(buf[i + 3])) continue;
      const header = objectHeaderBefore(buf, i);
      if (!header) continue;
      if (++count > env.limits.maxObjects) throw new PdfReadError('too-large', `more than ${env.limits.maxObjects} objects`);
      if (open) visit(open);
      open = { num: header.num, gen: header.gen, offset: header.start, streamAt: -1, marks: 0 };
      i += 2;
    } else if (c === 0x74 /* t */ && wordAt(buf, i, 'trailer') && isBoundary(buf[i - 1])) {
      // a trailer also ends an object that lacks its endobj
      if (open) visit(open);
      open = null;
      trailer(i);
      i += 6;
    } else if (open === null) {
      continue;
    } else if (c === 0x65 /* e */) {
      if (wordAt(buf, i, 'endobj') && isBoundary(buf[i - 1])) {
        visit(open);
        open = null;
        i += 5;
      }
    } else if (c === 0x73 /* s */) {
      if (!wordAt(buf, i, 'stream') || !isBoundary(buf[i - 1])) continue;
      open.streamAt = i;
      visit(open);
      open = null;
      // stream data is skipped, so that an embedded file's objects are not taken for the document's
      const end = i + 6 >= noEndstreamFrom ? -1 : buf.indexOf(ENDSTREAM, i + 6);
      if (end < 0) noEndstreamFrom = Math.min(noEndstreamFrom, i + 6);
      else i = end + ENDSTREAM.length - 1;
    } else if (c === 0x2f /* / */ && wordAt(buf, i, '/Type')) {
      let p = i + 5;
      while (isWhitespace(buf[p])) p++;
      for (const [name, mark] of TYPE_MARKS) if (wordAt(buf, p, name)) open.marks |= mark;
    }
  }
  if (open) visit(open);
}

/** scanned objects by number, for correcting xref offsets */
export function scanIndex(env: Env): Map<number, Array<{ gen: number; offset: number }>> {
  const index = new Map<number, Array<{ gen: number; offset: number }>>();
  scanObjects(env, (object) => {
    const list = index.get(object.num);
    if (list) list.push({ gen: object.gen, offset: object.offset });
    else index.set(object.num, [{ gen: object.gen, offset: object.offset }]);
  });
  return index;
}

const TRAILER = Buffer.from('trailer', 'latin1');
const STARTXREF = Buffer.from('startxref', 'latin1');
const EOF_MARK = Buffer.from('%%EOF', 'latin1');

export interface ScannedStructure {
  revisions: RevisionData[];
  /** objects that are (or say they are) object streams, xref streams or catalogs, with their revision */
  marked: Array<{ object: FoundObject; revision: number }>;
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
  const marked: ScannedStructure['marked'] = [];
  const trailers: number[] = [];
  // objects come in file order, so their revision only ever moves forward
  let current = 0;
  scanObjects(
    env,
    (object) => {
      env.entryCount++;
      while (current < ends.length - 1 && object.offset >= ends[current]!) current++;
      revisions[current]!.entries.set(object.num, { type: 'offset', offset: object.offset, gen: object.gen });
      if (object.marks !== 0) marked.push({ object, revision: current });
    },
    (at) => {
      if (trailers.length >= limits.maxRevisions) throw new PdfReadError('too-large', `more than ${limits.maxRevisions} trailers`);
      trailers.push(at);
    },
  );
  trailers.forEach((at, k) => {
    const revision = revisions[revisionAt(at)]!;
    revision.xrefKind = 'table';
    // each trailer is read only up to the next one or its revision's end, so that overlapping candidates cost linear time
    const stop = Math.min(trailers[k + 1] ?? buf.length, revision.end);
    try {
      const dict = new Parser(buf.subarray(0, stop), at + TRAILER.length, { limits }).readValue();
      if (dict instanceof PdfDict) revision.trailer = mergeDicts(dict, revision.trailer);
    } catch (error) {
      if (!(error instanceof PdfReadError && error.code === 'damaged')) throw error;
    }
  });
  const parse = (pos: number) => new Parser(buf, pos, { limits });
  for (const { object, revision: r } of marked) {
    if (!(object.marks & MARK_XREF)) continue;
    try {
      const parser = parse(object.offset);
      const header = parser.readUnsigned() !== null && parser.readUnsigned() !== null && parser.readKeyword('obj');
      const dict = header ? parser.readValue() : null;
      const revision = revisions[r]!;
      if (dict instanceof PdfDict) revision.trailer = mergeDicts(revision.trailer, dict);
    } catch (error) {
      if (!(error instanceof PdfReadError && error.code === 'damaged')) throw error;
    }
  }
  for (const revision of revisions) {
    const from = revisions.indexOf(revision) === 0 ? 0 : revisions[revisions.indexOf(revision) - 1]!.end;
    const at = buf.lastIndexOf(STARTXREF, revision.end);
    if (at >= from) {
      const parser = parse(at + STARTXREF.length);
      revision.startxref = parser.readUnsigned() ?? -1;
    }
  }
  // without any trailer naming the catalog, the newest object that says it is one
  const newest = revisions[revisions.length - 1]!;
  if (!revisions.some((r) => r.trailer.get('Root') instanceof PdfRef)) {
    for (let i = marked.length - 1; i >= 0; i--) {
      const { object } = marked[i]!;
      if (object.marks & MARK_CATALOG) {
        const trailer = mergeDicts(newest.trailer, new PdfDict());
        trailer.set('Root', new PdfRef(object.num, object.gen));
        newest.trailer = trailer;
        break;
      }
    }
  }
  return { revisions, marked };
}

export function looksLikeObjectStream(object: FoundObject): boolean {
  return object.streamAt >= 0 && (object.marks & MARK_OBJSTM) !== 0;
}
