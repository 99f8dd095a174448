// Reading one YAML file: limits, encoding, parsing with positions, and turning
// the YAML tree into plain JSON values while remembering where each came from.

import { readFile, stat } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Localized } from '../check/diagnostic.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** deeper than any agreement needs; protects the recursive walks below */
export const MAX_DEPTH = 64;
/** values produced by alias expansion, counted over the whole file */
export const MAX_NODES = 200_000;

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
  message: Localized;
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

const problem = (message: Localized, line = 0, column = 0): SourceProblem => ({ ruleId: 'file', message, line, column });

/** Reads a file with the size and encoding checks; returns text or a problem. */
export async function readText(path: string): Promise<{ text: string } | { problem: SourceProblem }> {
  let buffer: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { problem: problem({ de: 'ist ein Verzeichnis, keine YAML-Datei', en: 'is a directory, not a YAML file' }) };
    }
    if (info.size > MAX_FILE_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return {
        problem: problem({
          de: `Datei ist ${mb} MB groß; agree liest höchstens 5 MB. Teilen Sie das Dokument auf oder kürzen Sie es.`,
          en: `file is ${mb} MB; agree reads at most 5 MB. Split or shorten the document.`,
        }),
      };
    }
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { problem: problem({ de: `kann nicht gelesen werden (${code})`, en: `cannot be read (${code})` }) };
  }
  return decodeText(buffer);
}

export function decodeText(buffer: Buffer): { text: string } | { problem: SourceProblem } {
  if (buffer.length > MAX_FILE_BYTES) {
    return { problem: problem({ de: 'Eingabe ist größer als 5 MB', en: 'input is larger than 5 MB' }) };
  }
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
    problem: problem(
      {
        de: 'keine UTF-8-Textdatei (ungültiges Byte). Speichern Sie die Datei als UTF-8, z. B. im Editor über „Speichern unter … Kodierung UTF-8“.',
        en: 'not a UTF-8 text file (invalid byte). Save the file as UTF-8, e.g. "Save as … encoding UTF-8" in your editor.',
      },
      line,
      1,
    ),
  };
}

function firstInvalidUtf8(buffer: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buffer.length;
  // binary search for the shortest invalid prefix (a prefix that ends inside a valid sequence also fails, which is fine)
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(buffer.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Parses YAML text; never throws. */
export function parseYaml(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems: SourceProblem[] = [];
  const locations = new Map<string, Location>();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', strict: true, keepSourceTokens: false });
  } catch (error) {
    if (error instanceof RangeError) {
      return { file, value: null, locations, problems: [problem(tooDeep)] };
    }
    throw error;
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = pos(e.pos[0]);
    problems.push({ ruleId: 'yaml-syntax', message: yamlMessage(e.code, e.message), line: at.line, column: at.column });
  }
  if (problems.length > 0) return { file, value: null, locations, problems };

  let nodes = 0;
  const walk = (node: Node | null | undefined, pointer: string, key: Position | undefined, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw new LimitError(tooManyNodes, node);
    if (depth > MAX_DEPTH) throw new LimitError(tooDeep, node);
    if (node && isAlias(node)) {
      const target = node.resolve(doc);
      const value = walk(target, pointer, key, depth + 1);
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
        if (k && !isScalar(k)) throw new LimitError(complexKey, k);
        const name = String(k ? (k as { value: unknown }).value : '');
        const keyPos = k?.range ? pos(k.range[0]) : at;
        out[name] = walk(pair.value as Node | null, `${pointer}/${escapePointerSegment(name)}`, keyPos, depth + 1);
        // a key with no value ("purpose:") reports at the key
        if (!pair.value) locations.set(`${pointer}/${escapePointerSegment(name)}`, { file, key: keyPos, value: keyPos, collection: false });
      }
      return out;
    }
    if (isSeq(node)) {
      locations.set(pointer, { file, key, value: at, collection: true });
      return node.items.map((item, i) => walk(item as Node, `${pointer}/${i}`, undefined, depth + 1));
    }
    throw new LimitError(complexKey, node);
  };

  try {
    const value = doc.contents ? walk(doc.contents as Node, '', undefined, 0) : null;
    return { file, value, locations, problems };
  } catch (error) {
    if (error instanceof LimitError) {
      const at = error.node?.range ? pos(error.node.range[0]) : { line: 1, column: 1 };
      return { file, value: null, locations: new Map(), problems: [problem(error.localized, at.line, at.column)] };
    }
    if (error instanceof RangeError) return { file, value: null, locations: new Map(), problems: [problem(tooDeep, 1, 1)] };
    throw error;
  }
}

class LimitError extends Error {
  constructor(readonly localized: Localized, readonly node: Node | null | undefined) {
    super(localized.en);
  }
}

const tooDeep: Localized = {
  de: `zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen); eine Vereinbarung braucht nur wenige Ebenen`,
  en: `nested too deeply (more than ${MAX_DEPTH} levels); an agreement needs only a few levels`,
};
const tooManyNodes: Localized = {
  de: `zu viele Werte nach Auflösen der YAML-Aliase (über ${MAX_NODES}); verwenden Sie Aliase (*name) sparsam`,
  en: `too many values after expanding YAML aliases (over ${MAX_NODES}); use aliases (*name) sparingly`,
};
const complexKey: Localized = {
  de: 'Schlüssel müssen einfache Texte sein (keine Listen oder Abbildungen als Schlüssel)',
  en: 'keys must be plain text (no lists or mappings as keys)',
};

function yamlMessage(code: string, raw: string): Localized {
  const first = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return { de: 'Schlüssel doppelt vorhanden; jeder Schlüssel darf in einer Abbildung nur einmal stehen', en: 'duplicate key; each key may appear only once in a mapping' };
    case 'TAG_RESOLVE_FAILED':
      return {
        de: `unbekannter YAML-Tag (${first}); agree wertet keine Tags aus — entfernen Sie das „!…“ vor dem Wert`,
        en: `unknown YAML tag (${first}); agree does not evaluate tags — remove the "!…" before the value`,
      };
    case 'MULTIPLE_DOCS':
      return { de: 'mehrere YAML-Dokumente in einer Datei (---); eine Datei enthält genau eine Vereinbarung', en: 'several YAML documents in one file (---); a file holds exactly one agreement' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { de: `YAML-Syntaxfehler: ${first}. Prüfen Sie Einrückung und Doppelpunkte.`, en: `YAML syntax error: ${first}. Check indentation and colons.` };
    case 'TAB_AS_INDENT':
      return { de: 'Tabulator zur Einrückung; YAML erlaubt nur Leerzeichen', en: 'tab used for indentation; YAML allows spaces only' };
    default:
      return { de: `YAML-Syntaxfehler: ${first}`, en: `YAML syntax error: ${first}` };
  }
}
