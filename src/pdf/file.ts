// openPdf: a PDF file with every revision it went through. Objects are read
// lazily, once, from the revision asked for; references are followed with
// cycles cut. Everything a hostile file can make large is bounded by
// PdfLimits, and every failure is a PdfReadError.

import { DecodeBudget, PdfReadError, resolveLimits, type PdfLimits } from './errors.js';
import { decodeStream } from './filters.js';
import { Parser, asBuffer, isBoundary } from './lexer.js';
import { PdfDict, PdfRef, PdfStream, isInteger, isName, type PdfValue } from './objects.js';
import { looksLikeObjectStream, objectHeaderBefore, scanIndex, scanStructure } from './scan.js';
import {
  XrefUnusable,
  countEntries,
  findEndstream,
  groupRevisions,
  listOf,
  mergeDicts,
  readXrefChain,
  verifyOffsets,
  type Env,
  type RevisionData,
  type XrefEntry,
} from './xref.js';

export interface PdfRevision {
  index: number;
  /** byte offset just after this revision's %%EOF (end of line included if present) */
  end: number;
  /** where this revision's xref section starts (-1 when repaired and unknown) */
  startxref: number;
  xrefKind: 'table' | 'stream';
  trailer: PdfDict;
  /** object numbers this revision's xref section defines (in use), and those it frees (object 0 left out) */
  defines: number[];
  frees: number[];
}

export interface PdfFile {
  bytes: Uint8Array;
  /** oldest first; the last one is the current state */
  revisions: PdfRevision[];
  /** of the newest revision; /Root, /Info, /ID and /Encrypt filled in from older trailers when it lacks them */
  trailer: PdfDict;
  /** true when the xref was unusable and objects were found by scanning */
  repaired: boolean;
  /** follows indirect references (newest revision), cycles bounded; a reference to a missing object is null */
  resolve(value: PdfValue | undefined): PdfValue;
  /** the same, as the file was at the end of revision `index` */
  resolveAt(index: number, value: PdfValue | undefined): PdfValue;
  object(num: number, gen?: number): PdfValue | undefined;
  /** the object as it was at the end of revision `index` */
  objectAt(index: number, num: number, gen?: number): PdfValue | undefined;
  catalog(): PdfDict;
  /** the page dictionaries in order (page tree walk, bounded) */
  pages(): PdfDict[];
  readonly limits: Readonly<PdfLimits>;
}

interface ObjectStream {
  data: Uint8Array;
  first: number;
  /** [object number, offset after /First] */
  pairs: Array<[number, number]>;
}

const HEADER = Buffer.from('%PDF-', 'latin1');
const EOF_MARK = Buffer.from('%%EOF', 'latin1');
const STARTXREF = Buffer.from('startxref', 'latin1');
const TRAILER_KEYS = ['Root', 'Info', 'ID', 'Encrypt'];

class Reader implements PdfFile {
  readonly revisions: PdfRevision[];
  readonly trailer: PdfDict;
  private readonly maps: Array<Map<number, XrefEntry>>;
  private readonly cache = new Map<string, PdfValue>();
  private readonly streams = new Map<number, ObjectStream>();
  private readonly loading = new Set<string>();
  private catalogDict: PdfDict | undefined;
  private pageList: PdfDict[] | undefined;

  constructor(
    readonly bytes: Uint8Array,
    private readonly env: Env,
    data: RevisionData[],
    readonly repaired: boolean,
  ) {
    this.maps = data.map((r) => r.entries);
    this.revisions = data.map((r, index) => ({
      index,
      end: r.end,
      startxref: r.startxref,
      xrefKind: r.xrefKind,
      trailer: r.trailer,
      defines: r.defines,
      frees: r.frees,
    }));
    let trailer = data[data.length - 1]!.trailer;
    for (let i = data.length - 2; i >= 0; i--) trailer = mergeDicts(trailer, data[i]!.trailer, TRAILER_KEYS);
    this.trailer = trailer;
  }

  get limits(): Readonly<PdfLimits> {
    return this.env.limits;
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.maps.length) {
      throw new RangeError(`revision index ${index} out of range 0..${this.maps.length - 1}`);
    }
  }

  lookup(index: number, num: number): XrefEntry | undefined {
    for (let i = index; i >= 0; i--) {
      const entry = this.maps[i]!.get(num);
      if (entry) return entry.type === 'free' ? undefined : entry;
    }
    return undefined;
  }

  object(num: number, gen?: number): PdfValue | undefined {
    return this.objectAt(this.maps.length - 1, num, gen);
  }

  objectAt(index: number, num: number, gen?: number): PdfValue | undefined {
    this.checkIndex(index);
    const entry = this.lookup(index, num);
    if (!entry) return undefined;
    if (entry.type === 'offset') {
      if ((gen !== undefined && gen !== entry.gen) || entry.offset < 0) return undefined;
      return this.loadAt(index, num, entry.offset);
    }
    if (entry.type === 'compressed') {
      if (gen !== undefined && gen !== 0) return undefined;
      return this.loadCompressed(index, num, entry.stream, entry.index);
    }
    return undefined;
  }

  resolve(value: PdfValue | undefined): PdfValue {
    return this.resolveAt(this.maps.length - 1, value);
  }

  resolveAt(index: number, value: PdfValue | undefined): PdfValue {
    let current: PdfValue | undefined = value;
    let seen: Set<string> | undefined;
    while (current instanceof PdfRef) {
      const key = `${current.num} ${current.gen}`;
      seen ??= new Set();
      if (seen.has(key)) throw new PdfReadError('damaged', `reference cycle through object ${key}`);
      seen.add(key);
      current = this.objectAt(index, current.num, current.gen);
    }
    return current ?? null;
  }

  private guard<T>(key: string, what: string, load: () => T): T {
    if (this.loading.has(key)) throw new PdfReadError('damaged', `${what} is needed to read itself`);
    this.loading.add(key);
    try {
      return load();
    } finally {
      this.loading.delete(key);
    }
  }

  private loadAt(index: number, num: number, offset: number): PdfValue {
    const key = `o${offset}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    return this.guard(key, `object ${num}`, () => {
      const parser = new Parser(this.bytes, offset, {
        limits: this.env.limits,
        length: (value) => this.lengthAt(index, value),
        stream: (dict, raw) => new PdfStream(dict, raw, (s) => decodeStream(s, (v) => this.resolveAt(index, v), this.env.budget)),
        findEndstream: (from) => findEndstream(this.env, from),
      });
      const object = parser.readIndirectObject();
      if (object.num !== num) throw new PdfReadError('damaged', `the xref places object ${num} at offset ${offset}, where object ${object.num} is`);
      this.cache.set(key, object.value);
      return object.value;
    });
  }

  /** an indirect /Length, or undefined when it cannot be read (the parser then looks for `endstream`) */
  private lengthAt(index: number, value: PdfValue): number | undefined {
    try {
      const length = this.resolveAt(index, value);
      return isInteger(length) ? length : undefined;
    } catch (error) {
      if (error instanceof PdfReadError && error.code === 'damaged') return undefined;
      throw error;
    }
  }

  private objectStream(index: number, num: number): ObjectStream {
    const entry = this.lookup(index, num);
    if (!entry || entry.type !== 'offset' || entry.offset < 0) {
      throw new PdfReadError('damaged', `object stream ${num} is ${entry?.type === 'compressed' ? 'itself inside an object stream' : 'missing'}`);
    }
    const cached = this.streams.get(entry.offset);
    if (cached) return cached;
    return this.guard(`s${entry.offset}`, `object stream ${num}`, () => {
      const stream = this.loadAt(index, num, entry.offset);
      if (!(stream instanceof PdfStream)) throw new PdfReadError('damaged', `object ${num} holds compressed objects but is not a stream`);
      const count = this.resolveAt(index, stream.dict.get('N'));
      const first = this.resolveAt(index, stream.dict.get('First'));
      if (!isInteger(count) || count < 0 || !isInteger(first) || first < 0) throw new PdfReadError('damaged', `object stream ${num} has a bad /N or /First`);
      if (count > this.env.limits.maxObjects) throw new PdfReadError('too-large', `object stream ${num} claims ${count} objects`);
      const data = stream.decode();
      if (first > data.length) throw new PdfReadError('damaged', `object stream ${num}: /First ${first} is past its ${data.length} bytes`);
      const parser = new Parser(data.subarray(0, first), 0, { limits: this.env.limits }, `object stream ${num}`);
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < count; i++) {
        const objectNum = parser.readUnsigned();
        const offset = objectNum === null ? null : parser.readUnsigned();
        if (objectNum === null || offset === null) throw new PdfReadError('damaged', `object stream ${num}: header entry ${i} is not two numbers`);
        pairs.push([objectNum, offset]);
      }
      const result = { data, first, pairs };
      this.streams.set(entry.offset, result);
      return result;
    });
  }

  private loadCompressed(index: number, num: number, streamNum: number, position: number): PdfValue | undefined {
    const stream = this.objectStream(index, streamNum);
    const key = `c${streamNum}:${this.lookupOffset(index, streamNum)}:${num}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    // the xref's index is a hint; the stream's own header decides
    let pair: [number, number] | undefined = stream.pairs[position];
    if (!pair || pair[0] !== num) pair = stream.pairs.find((p) => p[0] === num);
    if (!pair) return undefined;
    const parser = new Parser(stream.data, stream.first + pair[1], { limits: this.env.limits }, `object stream ${streamNum}`);
    const value = parser.readValue();
    this.cache.set(key, value);
    return value;
  }

  private lookupOffset(index: number, num: number): number {
    const entry = this.lookup(index, num);
    return entry?.type === 'offset' ? entry.offset : -1;
  }

  /** after a scan: the objects inside object streams, each in the revision of its stream (plain objects of that revision win) */
  indexObjectStreams(data: RevisionData[], found: ReturnType<typeof scanStructure>): void {
    for (const { object, revision: r } of found.marked) {
      if (!looksLikeObjectStream(object)) continue;
      let stream: ObjectStream;
      try {
        stream = this.objectStream(r, object.num);
      } catch (error) {
        if (error instanceof PdfReadError && (error.code === 'damaged' || error.code === 'unsupported')) continue;
        throw error;
      }
      const entries = data[r]!.entries;
      countEntries(this.env, stream.pairs.length);
      stream.pairs.forEach(([num], position) => {
        if (!entries.has(num)) entries.set(num, { type: 'compressed', stream: object.num, index: position });
      });
    }
    data.forEach((revision, r) => Object.assign(this.revisions[r]!, listOf(revision.entries)));
  }

  catalog(): PdfDict {
    if (this.catalogDict) return this.catalogDict;
    const root = this.resolve(this.trailer.get('Root'));
    if (!(root instanceof PdfDict)) throw new PdfReadError('damaged', 'no document catalog (/Root)');
    this.catalogDict = root;
    return root;
  }

  pages(): PdfDict[] {
    if (this.pageList) return this.pageList;
    const { maxDepth, maxObjects } = this.env.limits;
    const root = this.resolve(this.catalog().get('Pages'));
    if (!(root instanceof PdfDict)) throw new PdfReadError('damaged', 'no page tree (/Pages)');
    const pages: PdfDict[] = [];
    const visited = new Set<PdfDict>();
    const stack: Array<{ node: PdfDict; depth: number }> = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (visited.has(node)) throw new PdfReadError('damaged', 'the page tree contains a node twice (a cycle)');
      visited.add(node);
      if (visited.size > maxObjects) throw new PdfReadError('too-large', `more than ${maxObjects} page tree nodes`);
      const kids = this.resolve(node.get('Kids'));
      const type = node.get('Type');
      if (isName(type, 'Pages') || (Array.isArray(kids) && !isName(type, 'Page'))) {
        if (depth >= maxDepth) throw new PdfReadError('too-large', `page tree deeper than ${maxDepth} levels`);
        if (!Array.isArray(kids)) continue;
        for (let i = kids.length - 1; i >= 0; i--) {
          const kid = this.resolve(kids[i]);
          if (kid instanceof PdfDict) stack.push({ node: kid, depth: depth + 1 });
        }
      } else pages.push(node);
    }
    this.pageList = pages;
    return pages;
  }
}

/** the offset of the xref the last `startxref` names, if it is directly before the last %%EOF */
function lastStartxref(buf: Buffer, eof: number): number | null {
  const at = buf.lastIndexOf(STARTXREF, eof);
  if (at < 0) return null;
  const parser = new Parser(buf.subarray(0, eof), at + STARTXREF.length, { limits: resolveLimits() });
  const offset = parser.readUnsigned();
  if (offset === null) return null;
  // only whitespace may follow; otherwise this startxref belongs to an older revision
  let p = parser.pos;
  while (p < eof && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09 || buf[p] === 0x00 || buf[p] === 0x0c)) p++;
  return p === eof ? offset : null;
}

/**
 * After the last %%EOF, whitespace or junk is fine; an object header or an
 * xref keyword means another revision was being written when the file was
 * cut. One pass in JavaScript: a regular expression could backtrack for
 * ages on a long run of digits.
 */
function cutAfterLastEof(buf: Buffer, eof: number): boolean {
  for (let i = eof + EOF_MARK.length; i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x6f /* o */) {
      if (buf[i + 1] === 0x62 && buf[i + 2] === 0x6a && isBoundary(buf[i + 3]) && objectHeaderBefore(buf, i)) return true;
    } else if (c === 0x78 /* x */ || c === 0x74 /* t */) {
      const word = c === 0x78 ? 'xref' : 'trailer';
      let k = 1;
      while (k < word.length && buf[i + k] === word.charCodeAt(k)) k++;
      if (k === word.length && isBoundary(buf[i + k])) return true;
    }
  }
  return false;
}

export function openPdf(bytes: Uint8Array, limits: Partial<PdfLimits> = {}): PdfFile {
  const resolved = resolveLimits(limits);
  if (!(bytes instanceof Uint8Array)) throw new TypeError('openPdf expects the file as a Uint8Array or Buffer');
  if (bytes.length === 0) throw new PdfReadError('not-pdf', 'the file is empty');
  if (bytes.length > resolved.maxFileBytes) throw new PdfReadError('too-large', `the file has ${bytes.length} bytes, more than ${resolved.maxFileBytes}`);
  const buf = asBuffer(bytes);
  // viewers accept up to 1 KB of junk before the header
  const headerOffset = buf.subarray(0, 1024 + HEADER.length).indexOf(HEADER);
  if (headerOffset < 0) throw new PdfReadError('not-pdf', 'no %PDF- header in the first 1024 bytes');
  const eof = buf.lastIndexOf(EOF_MARK);
  if (eof < 0) throw new PdfReadError('truncated', 'no %%EOF marker: the file ends before its end');
  if (cutAfterLastEof(buf, eof)) throw new PdfReadError('truncated', 'an incremental update after the last %%EOF is incomplete');
  const env: Env = { buf, limits: resolved, budget: new DecodeBudget(resolved), headerOffset, entryCount: 0 };

  let data: RevisionData[];
  let repaired = false;
  let scanned: ReturnType<typeof scanStructure> | undefined;
  try {
    const startxref = lastStartxref(buf, eof);
    if (startxref === null) throw new XrefUnusable('no startxref before the last %%EOF');
    data = groupRevisions(env, readXrefChain(env, startxref));
    if (data.some((r) => r.trailer.has('Encrypt'))) throw new PdfReadError('encrypted', 'the file is encrypted (/Encrypt in the trailer)');
    repaired = verifyOffsets(env, data, () => scanIndex({ ...env, entryCount: 0 }));
  } catch (error) {
    if (!(error instanceof XrefUnusable)) throw error;
    env.entryCount = 0;
    scanned = scanStructure(env);
    data = scanned.revisions;
    repaired = true;
  }
  const file = new Reader(bytes, env, data, repaired);
  if (scanned) file.indexObjectStreams(data, scanned);
  if (file.trailer.has('Encrypt')) throw new PdfReadError('encrypted', 'the file is encrypted (/Encrypt in the trailer)');
  file.catalog();
  return file;
}
