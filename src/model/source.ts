// Reading one YAML file: limits, encoding, parsing with positions, and turning
// the YAML tree into plain JSON values while remembering where each came from.

import { open, type FileHandle } from 'node:fs/promises';
import {
  Composer,
  CST,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type Alias,
  type YAMLError,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import { reason } from '../io/write.js';
import type { LanguagePack, Text } from '../lang/types.js';
import { lazy } from '../lang/lazy.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** deeper than any agreement needs; protects the recursive walks below */
export const MAX_DEPTH = 64;
/** values in the document with every alias expanded */
export const MAX_NODES = 100_000;
/**
 * YAML tokens (values, indicators, line breaks, comments …) in one file; bounds
 * the time spent in yaml's lexer and parser (about 1 µs a token) for input that
 * is all blank lines or comments. A 300-task agreement has about 2 000.
 */
export const MAX_TOKENS = 500_000;

export interface Position {
  line: number;
  column: number;
}

export interface Location {
  file: string;
  /** where the key of this value stands (absent for the root and sequence items) */
  key?: Position;
  value: Position;
  /** the value is a mapping or sequence */
  collection: boolean;
}

export interface SourceProblem {
  ruleId: 'yaml-syntax' | 'file';
  message: Text;
  /** position in this file; 0/0 when the file could not be read */
  line: number;
  column: number;
}

export interface ParsedSource {
  file: string;
  /** null when the file is empty or had errors */
  value: unknown;
  locations: Map<string, Location>;
  problems: SourceProblem[];
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const problem = (message: Text, line = 0, column = 0): SourceProblem => ({ ruleId: 'file', message, line, column });

/**
 * Reads a file with the size and encoding checks; returns text or a problem.
 * Never reads more than MAX_FILE_BYTES + 1 bytes: a regular file that is too
 * big is refused by its size, and a device or pipe (`/dev/zero`, `<(…)`) is
 * read in chunks only until it is known to be too big.
 */
export async function readText(path: string): Promise<{ text: string } | { problem: SourceProblem }> {
  let buffer: Buffer;
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      return { problem: problem((t) => t.diagnostics.source.isDirectory) };
    }
    if (info.size > MAX_FILE_BYTES) return { problem: problem(tooBig(info.size)) };
    const read = await readAtMost(handle, MAX_FILE_BYTES + 1);
    if (read.length > MAX_FILE_BYTES) return { problem: problem(tooBig(undefined)) };
    buffer = read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'EISDIR') {
      return { problem: problem((t) => t.diagnostics.source.isDirectory) };
    }
    const why = code === 'ENOENT' ? (t: LanguagePack) => t.diagnostics.source.notFound : reason(code);
    return { problem: problem((t) => t.diagnostics.source.unreadable(why(t))) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return decodeText(buffer);
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** "file is 6.0 MB; agree reads at most 5 MB" (size unknown for pipes and devices) */
function tooBig(size: number | undefined): Text {
  const mb = size === undefined ? null : (size / 1024 / 1024).toFixed(1);
  return (t) => t.diagnostics.source.tooBig(mb);
}

export function decodeText(buffer: Buffer): { text: string } | { problem: SourceProblem } {
  if (buffer.length > MAX_FILE_BYTES) return { problem: problem(tooBig(undefined)) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return notText(buffer);
  }
  // NUL and other C0 controls (except tab, CR, LF) do not occur in text files
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return notText(buffer);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function notText(buffer: Buffer): { problem: SourceProblem } {
  // report the line of the first bad byte so that a stray Windows-1252 "ü" can be found
  let line = 1;
  let bad = 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    bad = buffer.findIndex((b) => b < 0x09 || (b > 0x0d && b < 0x20));
  } catch {
    bad = firstInvalidUtf8(buffer);
  }
  for (let i = 0; i < bad && i < buffer.length; i++) if (buffer[i] === 0x0a) line++;
  return {
    problem: problem((t) => t.diagnostics.source.notUtf8, line, 1),
  };
}

/** Offset of the first byte that is not well-formed UTF-8 (Unicode 15, table 3-7). */
function firstInvalidUtf8(buffer: Buffer): number {
  let i = 0;
  while (i < buffer.length) {
    const c = buffer[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = buffer[i + k];
      // the second byte has the narrowed range, the others 80..BF
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return buffer.length;
}

/** The options every agree YAML file is parsed with (see parseYaml). */
const PARSE_OPTIONS = {
  prettyErrors: false,
  // duplicate keys are found in checkExpansion(), by the key as agree reads it
  // ("1" and 1 are the same key) and in linear time: yaml's own check compares
  // every key with all before it, minutes for a mapping with 300 000 keys
  uniqueKeys: false,
  strict: true,
  keepSourceTokens: false,
  // YAML 1.2 core schema only, also under a "%YAML 1.1" directive: no !!binary,
  // !!set, !!timestamp, merge keys or sexagesimal numbers; every other tag is
  // an error (TAG_RESOLVE_FAILED) and nothing is ever evaluated
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
} as const;

/**
 * Parses YAML text; never throws. Bounded in time and memory:
 *  - nesting: the parser's stack is watched token by token, so deeply nested
 *    input ends at MAX_DEPTH levels instead of overflowing yaml's recursive
 *    composer (or taking seconds in its parser);
 *  - aliases: every alias is resolved once through a table built in one pass,
 *    and the size and depth the document would have with all aliases expanded
 *    are computed per node (memoised) before anything is expanded, so a
 *    "billion laughs" file is refused after a few milliseconds;
 *  - values: at most MAX_NODES values, with or without aliases.
 */
export function parseYaml(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems: SourceProblem[] = [];
  const locations = new Map<string, Location>();
  const refuse = (message: Text, offset: number | undefined, ruleId: SourceProblem['ruleId'] = 'file'): ParsedSource => {
    const at = offset === undefined ? { line: 1, column: 1 } : pos(offset);
    return { file, value: null, locations: new Map(), problems: [{ ...problem(message, at.line, at.column), ruleId }] };
  };

  let doc: Document.Parsed | undefined;
  // the parser's tokens, kept to find where an unclosed quote or bracket opens
  const csts: CST.Token[] = [];
  try {
    doc = composeGuarded(text, lineCounter, csts);
  } catch (error) {
    if (error instanceof LimitError) return refuse(error.text, error.offset);
    if (error instanceof RangeError) return refuse(tooDeep, undefined);
    throw error;
  }
  for (const p of yamlProblems([...doc.errors, ...doc.warnings], text, csts)) {
    const at = pos(p.offset);
    problems.push({ ruleId: 'yaml-syntax', message: p.message, line: at.line, column: at.column });
  }
  if (problems.length > 0) return { file, value: null, locations, problems };

  let aliases: Map<Alias, Node>;
  try {
    aliases = resolveAliases(doc);
    if (doc.contents) checkExpansion(doc.contents as Node, aliases);
  } catch (error) {
    if (error instanceof LimitError) return refuse(error.text, error.offset, error.ruleId);
    throw error;
  }

  const walk = (node: Node | null | undefined, pointer: string, key: Position | undefined): unknown => {
    if (node && isAlias(node)) {
      const value = walk(aliases.get(node), pointer, key);
      const here = locations.get(pointer);
      if (here && node.range) here.value = pos(node.range[0]);
      return value;
    }
    const at = node?.range ? pos(node.range[0]) : key ?? { line: 1, column: 1 };
    if (!node || isScalar(node)) {
      const v = node ? (node as { value: unknown }).value : null;
      locations.set(pointer, { file, key, value: at, collection: false });
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      return v;
    }
    if (isMap(node)) {
      locations.set(pointer, { file, key, value: at, collection: true });
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        const name = String(k ? (k as { value: unknown }).value : '');
        const keyPos = k?.range ? pos(k.range[0]) : at;
        setOwn(out, name, walk(pair.value as Node | null, `${pointer}/${escapePointerSegment(name)}`, keyPos));
        // a key with no value ("purpose:") reports at the key
        if (!pair.value) locations.set(`${pointer}/${escapePointerSegment(name)}`, { file, key: keyPos, value: keyPos, collection: false });
      }
      return out;
    }
    if (isSeq(node)) {
      locations.set(pointer, { file, key, value: at, collection: true });
      return node.items.map((item, i) => walk(item as Node, `${pointer}/${i}`, undefined));
    }
    return null; // unreachable: a parsed node is an alias, a scalar, a mapping or a sequence
  };

  const value = doc.contents ? walk(doc.contents as Node, '', undefined) : null;
  return { file, value, locations, problems };
}

/**
 * out[key] = value, also for the key "__proto__": as an own property it is an
 * ordinary (unknown) key that the schema reports, never the object's prototype.
 */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

const hasAnchor = (node: Node): boolean =>
  (isScalar(node) || isMap(node) || isSeq(node)) && typeof node.anchor === 'string' && node.anchor !== '';

/**
 * parseDocument(), but with the lexer driven by us so that the nesting depth
 * can be checked after every token (yaml's own example of a user-provided
 * lexer, see Parser in yaml/dist/parse/parser.d.ts).
 */
function composeGuarded(text: string, lineCounter: LineCounter, csts: CST.Token[]): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  // the parser's stack holds the document, each open collection and the current scalar
  const maxStack = MAX_DEPTH + 3;
  // Values are counted here already, so that a 5 MB file of one-character
  // items is refused before yaml builds a tree of a million nodes (seconds,
  // a gigabyte). Each counted lexeme stands for a node of its own, and each
  // node is counted at most twice (by its indicator "-", "?" or ":" and by its
  // own scalar, alias or "[" / "{"), so a file with at most MAX_NODES values
  // never reaches 2 × MAX_NODES here; checkExpansion() counts exactly.
  const maxLexemes = 2 * MAX_NODES;
  let counted = 0;
  let all = 0;
  let atScalar = false;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      if (++all > MAX_TOKENS) throw new LimitError(tooManyTokens, parser.offset);
      if (atScalar) {
        atScalar = false; // the text of a plain or block scalar, counted by its marker
      } else {
        const type = CST.tokenType(lexeme);
        if (type === 'scalar') atScalar = true;
        if (type !== null && COUNTED.has(type) && ++counted > maxLexemes) throw new LimitError(tooManyValues, parser.offset);
      }
      for (const token of parser.next(lexeme)) {
        csts.push(token);
        yield token;
      }
      if (parser.stack.length > maxStack) {
        const top = parser.stack[parser.stack.length - 1] as { offset?: number } | undefined;
        throw new LimitError(tooDeep, top?.offset);
      }
    }
    for (const token of parser.end()) {
      csts.push(token);
      yield token;
    }
  }
  const composer = new Composer(PARSE_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'several documents'));
      break;
    }
  }
  return doc!;
}

/** lexemes that stand for a node: see composeGuarded() */
const COUNTED = new Set<string>([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'alias',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
]);

/**
 * Every alias with the node it stands for: the last anchor of that name before
 * it in document order (YAML 1.2, 3.2.2.2) — what yaml's Alias.resolve() finds,
 * but in one pass instead of one pass per alias.
 */
function resolveAliases(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const aliases = new Map<Alias, Node>();
  let unresolved: Alias | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) aliases.set(node, target);
        else unresolved ??= node;
      } else if (hasAnchor(node as Node)) {
        anchors.set((node as { anchor: string }).anchor, node as Node);
      }
    },
  });
  if (unresolved) {
    const name = unresolved.source;
    throw new LimitError((t) => t.diagnostics.source.aliasWithoutAnchor(name), unresolved.range?.[0]);
  }
  return aliases;
}

/**
 * What text in an agreement never holds, also when written as a YAML escape
 * ("\e", "\x9b", "\ud800"): control characters other than tab and line
 * breaks, and unpaired surrogates. Quoted in a message they would reach the
 * terminal as escape sequences (colours, window titles, the clipboard), and
 * the rendered documents as invisible characters.
 */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Size (number of values) and depth of the document as if every alias were
 * expanded, computed per node with memoisation, so that the cost is linear in
 * the size of the file. Throws a LimitError when either is over its limit or an
 * alias refers to a collection that contains it.
 */
function checkExpansion(root: Node, aliases: Map<Alias, Node>): void {
  const memo = new Map<Node, { size: number; height: number }>();
  const active = new Set<Node>();
  let usedAlias = false;
  const measure = (node: Node, depth: number): { size: number; height: number } => {
    if (depth > MAX_DEPTH) throw new LimitError(tooDeep, node.range?.[0]);
    if (isAlias(node)) {
      usedAlias = true;
      const target = aliases.get(node)!;
      if (active.has(target)) throw new LimitError(aliasCycle(node.source), node.range?.[0]);
      const m = measure(target, depth);
      // an alias is as big as what it stands for
      return m;
    }
    const known = memo.get(node);
    if (known) {
      if (depth + known.height > MAX_DEPTH) throw new LimitError(tooDeep, node.range?.[0]);
      return known;
    }
    let size = 1;
    let height = 0;
    if (isScalar(node) && typeof node.value === 'string') {
      const bad = NOT_TEXT.exec(node.value);
      if (bad) throw new LimitError(controlCharacter(bad[0]), node.range?.[0]);
    }
    if (isMap(node) || isSeq(node)) {
      active.add(node);
      const keys = isMap(node) ? new Set<string>() : undefined;
      for (const item of node.items) {
        const children = keys ? [(item as Pair).key, (item as Pair).value] : [item];
        if (keys) {
          const k = (item as Pair).key as Node | null;
          if (k && !isScalar(k)) throw new LimitError(complexKey, k.range?.[0]);
          const name = String(k ? k.value : '');
          if (keys.has(name)) throw new LimitError(duplicateKey(name), k?.range?.[0] ?? node.range?.[0], 'yaml-syntax');
          keys.add(name);
        }
        for (const child of children) {
          if (!child) {
            size += 1; // an empty key or value is a value (null) too
            continue;
          }
          const c = child as Node;
          const m = measure(c, depth + 1);
          size += m.size;
          height = Math.max(height, m.height + 1);
          if (size > MAX_NODES) throw new LimitError(usedAlias ? tooManyAliasValues : tooManyValues, c.range?.[0]);
        }
      }
      active.delete(node);
    }
    const m = { size, height };
    memo.set(node, m);
    return m;
  };
  measure(root, 0);
}

class LimitError extends Error {
  constructor(
    readonly text: Text,
    /** offset in the text, when known */
    readonly offset: number | undefined,
    readonly ruleId: SourceProblem['ruleId'] = 'file',
  ) {
    super('YAML input exceeds a limit');
  }
}

const tooDeep: Text = (t) => t.diagnostics.source.tooDeep(MAX_DEPTH);
const tooManyAliasValues: Text = (t) => t.diagnostics.source.tooManyAliasValues(MAX_NODES);
const tooManyValues: Text = (t) => t.diagnostics.source.tooManyValues(MAX_NODES);
const duplicateKey =
  (name: string): Text =>
  (t) =>
    t.diagnostics.source.duplicateKey(name.length > 60 ? name.slice(0, 60) + '…' : name);
const tooManyTokens: Text = (t) => t.diagnostics.source.tooManyTokens(MAX_TOKENS);
const controlCharacter = (c: string): Text => {
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const surrogate = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;
  return surrogate ? (t) => t.diagnostics.source.surrogate(code) : (t) => t.diagnostics.source.controlCharacter(code);
};
const aliasCycle =
  (name: string): Text =>
  (t) =>
    t.diagnostics.source.aliasCycle(name);
const complexKey: Text = (t) => t.diagnostics.source.complexKey;

const Y = lazy((t) => t.diagnostics.yaml);

interface YamlProblem {
  /** where the user must edit: for an unclosed quote or bracket, where it opens */
  offset: number;
  message: Text;
}

/**
 * The parser's errors as agree's own messages, each at the place to edit. The
 * yaml library's codes are mapped to messages in the packs (its English text
 * is only read to tell apart errors that share a code). An unclosed quote or
 * bracket is reported where it opens — the parser notices it only where the
 * text ends, often at the end of the file — and the errors that follow from
 * it are left out: closing it makes them go away.
 */
function yamlProblems(errors: YAMLError[], text: string, csts: CST.Token[]): YamlProblem[] {
  const problems: Array<YamlProblem & { unclosed: boolean }> = errors.map((e) => {
    const at = e.pos[0];
    const raw = e.message.split('\n')[0]!;
    const quote = /Missing closing (["'])quote/.exec(raw);
    if (e.code === 'MISSING_CHAR' && quote) {
      const type = quote[1] === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
      const token = openingBefore(csts, at, (t) => t.type === type);
      return { offset: token && 'offset' in token ? token.offset : at, message: Y.unclosedQuote(quote[1]!), unclosed: true };
    }
    const bracket = /(?:Flow sequence|Flow map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(raw);
    if (bracket) {
      const close = bracket[1]!;
      const open = close === ']' ? '[' : '{';
      const token = openingBefore(csts, at, (t) => t.type === 'flow-collection' && t.start.source === open && !t.end.some((x) => x.source === close));
      return { offset: token?.type === 'flow-collection' ? token.start.offset : at, message: open === '[' ? Y.unclosedList : Y.unclosedMapping, unclosed: true };
    }
    return { offset: at, message: yamlMessage(e.code, raw, text.slice(at, Math.max(e.pos[1], at + 1))), unclosed: false };
  });
  problems.sort((a, b) => a.offset - b.offset);
  const first = problems.find((p) => p.unclosed);
  const kept = first ? problems.filter((p) => p === first || p.offset < first.offset) : problems;
  return kept.map(({ offset, message }) => ({ offset, message }));
}

/** of the parser's tokens that match, the last one that starts before `offset` (the innermost open one) */
function openingBefore(csts: CST.Token[], offset: number, match: (t: CST.Token) => boolean): CST.Token | undefined {
  let found: CST.Token | undefined;
  const start = (t: CST.Token) => (t.type === 'flow-collection' ? t.start.offset : 'offset' in t ? t.offset : -1);
  const walk = (t: CST.Token | undefined, depth: number): void => {
    if (!t || depth > MAX_DEPTH + 2) return;
    if (match(t) && start(t) <= offset && (!found || start(t) >= start(found))) found = t;
    if (t.type === 'document') walk(t.value, depth + 1);
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const item of t.items) {
        if ('key' in item) walk(item.key ?? undefined, depth + 1);
        walk(item.value, depth + 1);
      }
    }
  };
  for (const t of csts) walk(t, 0);
  return found;
}

/** one parser error in agree's words; `source` is the text the error points at */
function yamlMessage(code: string, raw: string, source: string): Text {
  switch (code) {
    case 'DUPLICATE_KEY':
      return (t) => t.diagnostics.source.duplicateKeyUnnamed;
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE': {
      const tag = /!\S*/.exec(source)?.[0] ?? '!';
      return (t) => t.diagnostics.source.unknownTag(tag);
    }
    case 'MULTIPLE_DOCS':
      return (t) => t.diagnostics.source.severalDocuments;
    case 'RESOURCE_EXHAUSTION':
      // yaml's composer ran out of stack; the nesting guard should have stopped it before
      return tooDeep;
    case 'TAB_AS_INDENT':
      return (t) => t.diagnostics.source.tabIndent;
    case 'NON_STRING_KEY':
      return complexKey;
    case 'BAD_DQ_ESCAPE': {
      const sequence = /Invalid escape sequence (\S+)/.exec(raw)?.[1] ?? source;
      return Y.badEscape(sequence);
    }
    case 'BAD_SCALAR_START': {
      const c = /reserved character (\S)/.exec(raw)?.[1] ?? source.charAt(0);
      return Y.reservedStart(c);
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /compact mappings/.test(raw) ? Y.colonInValue : Y.indentation;
    case 'MULTILINE_IMPLICIT_KEY':
      return Y.missingColon;
    case 'BLOCK_IN_FLOW':
      return Y.blockInFlow;
    case 'KEY_OVER_1024_CHARS':
      return Y.longKey;
    case 'BAD_DIRECTIVE':
      return Y.directive;
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
      return Y.anchor;
    case 'BAD_INDENT':
      return Y.indentation;
    case 'MISSING_CHAR':
      if (/between flow (sequence|map) items/.test(raw)) return Y.flowComma;
      if (/Missing space after :/.test(raw)) return Y.flowColonSpace;
      if (/Comments must be separated/.test(raw)) return Y.commentSpace;
      if (/Implicit map keys need to be followed by map values/.test(raw)) return Y.missingColon;
      if (/Tags and anchors must be separated/.test(raw)) return Y.anchor;
      if (/directives-end|directive/i.test(raw)) return Y.directive;
      return Y.indentation;
    case 'UNEXPECTED_TOKEN': {
      if (/Unexpected , in|Unexpected empty item/.test(raw)) return Y.flowExtraComma;
      const c = source.trim().charAt(0);
      return c ? Y.unexpected(c) : Y.syntax;
    }
    default:
      return Y.syntax;
  }
}
