// Recording a held review in the agreement file (`agree review … --results R
// --record`): `review.lastReview` becomes the review date, `review.next` the
// date the meeting fixed (or goes, when it is from an earlier review), and
// `review.owner` the party the meeting named. Only the text of those values
// changes: their places come from the yaml library's syntax tree (node
// ranges), and the edit is spliced into the original text, so every comment,
// folded paragraph, key order and quoting style stays byte for byte. The new
// text is checked to parse to the old document with only those values changed,
// and is then written atomically. With an `extends` chain the values go into
// the input file (see planRecord).

import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { Text } from '../lang/types.js';
import type { LoadedDocument } from '../model/load.js';
import { decodeText, readText } from '../model/source.js';
import type { ReviewResults } from './results.js';

export interface RecordChange {
  key: 'lastReview' | 'next' | 'owner';
  from: string | null;
  to: string | null;
}

export interface RecordPlan {
  /** display path of the file that is changed */
  file: string;
  /** its absolute path */
  path: string;
  changes: RecordChange[];
  /** the new text of the file (unchanged when `changes` is empty) */
  text: string;
}

export class RecordError extends Error {
  constructor(readonly text: Text) {
    super('the review cannot be recorded');
    this.name = 'RecordError';
  }
}

const isoDate = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/**
 * What recording `results` changes in the agreement `loaded` (checked, without
 * errors). Throws RecordError when it cannot be recorded: agreement from stdin,
 * no review date, a later review already recorded, a file that changed.
 */
export async function planRecord(loaded: LoadedDocument, results: ReviewResults): Promise<RecordPlan> {
  const date = isoDate(results.reviewDate);
  if (!date) throw new RecordError((t) => t.diagnostics.record.noReviewDate);
  // Always the input file, never a base file: a base is shared by the
  // agreements of several districts, and one district's review is not
  // theirs. A `review:` written into the input merges key by key over the
  // base's (interval and owner stay as the base says).
  const path = loaded.paths[0] ?? null;
  const file = loaded.chain[0] ?? loaded.file;
  if (path === null) throw new RecordError((t) => t.diagnostics.record.stdin);

  const read = await readText(path);
  if ('problem' in read) throw new RecordError((t) => t.diagnostics.record.unreadable(file, read.problem.message(t)));
  const text = read.text;
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new RecordError((t) => t.diagnostics.record.unreadable(file, t.diagnostics.record.yamlError));
  const review = doc.get('review', true);
  const map = isMap(review) ? (review as YAMLMap) : null;
  if (review !== undefined && review !== null && !map) throw new RecordError((t) => t.diagnostics.record.unsafe(file));

  const pairOf = (key: string) => map?.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
  const current = (key: string): string | null => {
    const v = pairOf(key)?.value;
    return isScalar(v) && typeof v.value === 'string' ? v.value : null;
  };
  const merged = (loaded.value as { review?: { lastReview?: string; owner?: string } } | null)?.review ?? {};
  const last = isoDate(merged.lastReview);
  if (last && last > date) throw new RecordError((t) => t.diagnostics.record.older(date, last, file));

  const wanted: RecordChange[] = [];
  const want = (key: RecordChange['key'], to: string | null) => {
    const from = current(key);
    if (from !== to) wanted.push({ key, from, to });
  };
  want('lastReview', date);
  const next = isoDate(results.nextReview?.date);
  if (next && next > date) want('next', next);
  else want('next', null); // none fixed, or one fixed at an earlier review: stale now
  const owner = typeof results.nextReview?.owner === 'string' && results.nextReview.owner !== '' ? results.nextReview.owner : null;
  if (owner && owner !== (merged.owner ?? null)) want('owner', owner);

  const edited = wanted.length === 0 ? text : applyEdits(text, map, wanted, pairOf);
  verify(text, edited, wanted, file);
  return { file, path, changes: wanted, text: edited };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** the new values spliced into the original text; values are dates and ids, which YAML reads as plain strings */
function applyEdits(text: string, map: YAMLMap | null, changes: RecordChange[], pairOf: (key: string) => Pair | undefined): string {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  if (!map) {
    // no `review:` yet (a profile without one): a block mapping at the end
    const lines = changes.filter((c) => c.to !== null).map((c) => `  ${c.key}: ${c.to}`);
    const sep = text === '' || text.endsWith('\n') ? '' : nl;
    return `${text}${sep}review:${nl}${lines.join(nl)}${nl}`;
  }
  const edits: Edit[] = [];
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => {
    const i = text.indexOf('\n', at);
    return i < 0 ? text.length : i;
  };
  const items = map.items as Pair[];
  for (const c of changes) {
    const pair = pairOf(c.key);
    const keyRange = pair && (pair.key as { range?: [number, number, number] }).range;
    const valueRange = pair && (pair.value as { range?: [number, number, number] } | null)?.range;
    if (pair && keyRange && c.to !== null) {
      if (valueRange) edits.push({ start: valueRange[0], end: valueRange[1], text: c.to });
      else {
        const colon = text.indexOf(':', keyRange[1]);
        edits.push({ start: colon + 1, end: colon + 1, text: ` ${c.to}` });
      }
    } else if (pair && keyRange && c.to === null) {
      const end = valueRange ? valueRange[1] : keyRange[1];
      if (map.flow) {
        const i = items.indexOf(pair);
        if (i > 0) {
          const prev = items[i - 1]!;
          const prevEnd = ((prev.value as { range?: number[] } | null)?.range ?? (prev.key as { range: number[] }).range)[1]!;
          edits.push({ start: prevEnd, end, text: '' });
        } else {
          const comma = text.indexOf(',', end);
          const close = items.length > 1 && comma >= 0 ? (items[1]!.key as { range: number[] }).range[0]! : end;
          edits.push({ start: keyRange[0], end: close, text: '' });
        }
      } else {
        const stop = lineEnd(end);
        edits.push({ start: lineStart(keyRange[0]), end: stop < text.length ? stop + 1 : stop, text: '' });
      }
    } else if (c.to !== null) {
      const lastPair = items[items.length - 1];
      if (map.flow) {
        if (!lastPair) {
          const open = text.indexOf('{', (map as { range?: number[] }).range![0]!);
          edits.push({ start: open + 1, end: open + 1, text: ` ${c.key}: ${c.to} ` });
        } else {
          const lastEnd = ((lastPair.value as { range?: number[] } | null)?.range ?? (lastPair.key as { range: number[] }).range)[1]!;
          edits.push({ start: lastEnd, end: lastEnd, text: `, ${c.key}: ${c.to}` });
        }
      } else {
        const first = items[0]!;
        const firstKey = (first.key as { range: number[] }).range[0]!;
        const indent = text.slice(lineStart(firstKey), firstKey);
        const lastEnd = ((lastPair!.value as { range?: number[] } | null)?.range ?? (lastPair!.key as { range: number[] }).range)[1]!;
        const at = lineEnd(lastEnd);
        const eol = at > 0 && text[at - 1] === '\r' ? at - 1 : at;
        edits.push({ start: eol, end: eol, text: `${nl}${indent}${c.key}: ${c.to}` });
      }
    }
  }
  // from the end, so earlier offsets stay valid; insertions at one place keep the order of `changes`
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The new text must mean the old document with only the recorded values
 * changed: anything else (a comment that moved into a value, a reformatted
 * scalar) would be a silent edit of a signed agreement.
 */
function verify(before: string, after: string, changes: RecordChange[], file: string): void {
  const decoded = decodeText(Buffer.from(after, 'utf8'));
  const old = parseDocument(before).toJS() as Record<string, unknown>;
  const now = 'problem' in decoded ? null : (parseDocument(decoded.text).toJS() as Record<string, unknown> | null);
  if (!now) throw new RecordError((t) => t.diagnostics.record.unsafe(file));
  const review = { ...((old.review as Record<string, unknown> | undefined) ?? {}) };
  for (const c of changes) {
    if (c.to === null) delete review[c.key];
    else review[c.key] = c.to;
  }
  const expected = { ...old, review };
  if (JSON.stringify(sortKeys(expected)) !== JSON.stringify(sortKeys(now))) throw new RecordError((t) => t.diagnostics.record.unsafe(file));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
