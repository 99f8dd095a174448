// `agree amend … --record`: the amendment is appended to the new version's
// `amendments` list, as review/record.ts records a review — the entry is
// spliced into the file's text at the place the yaml library's syntax tree
// gives (after the last entry, or a new `amendments:` at the end), so every
// comment, quoting style and key order stays byte for byte; the result must
// parse to the old document plus exactly that entry, and is then written
// atomically. With an `extends` chain the entry goes into the input file; if
// the list came from a base file, the input gets the whole list (lists
// replace, they do not merge).

import { isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLSeq } from 'yaml';
import type { Text } from '../lang/types.js';
import type { LoadedDocument } from '../model/load.js';
import { decodeText, readText } from '../model/source.js';
import type { AmendmentRecord } from '../model/types.js';

export class AmendRecordError extends Error {
  constructor(readonly text: Text) {
    super('the amendment cannot be recorded');
    this.name = 'AmendRecordError';
  }
}

export interface AmendRecordPlan {
  /** display path of the file that is changed */
  file: string;
  path: string;
  entry: AmendmentRecord;
  /** the entry's number is recorded already: nothing to write */
  unchanged: boolean;
  text: string;
}

/** one entry as a flow mapping on one line; the summary as a JSON string, which YAML reads as it is */
function entryText(e: AmendmentRecord): string {
  const parts = [`number: ${e.number}`, `date: ${e.date}`, `summary: ${JSON.stringify(e.summary)}`];
  if (e.agreementDate) parts.push(`agreementDate: ${e.agreementDate}`);
  return `{ ${parts.join(', ')} }`;
}

export async function planAmendmentRecord(loaded: LoadedDocument, entry: AmendmentRecord): Promise<AmendRecordPlan> {
  const path = loaded.paths[0] ?? null;
  const file = loaded.chain[0] ?? loaded.file;
  if (path === null) throw new AmendRecordError((t) => t.amend.cli.recordStdin);
  const read = await readText(path);
  if ('problem' in read) throw new AmendRecordError((t) => t.amend.cli.recordUnreadable(file, read.problem.message(t)));
  const text = read.text;
  const merged = ((loaded.value as { amendments?: unknown } | null)?.amendments ?? []) as unknown[];
  const recorded = Array.isArray(merged) ? (merged as AmendmentRecord[]) : [];
  if (recorded.some((a) => a && a.number === entry.number)) return { file, path, entry, unchanged: true, text };

  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'amendments') as Pair | undefined;
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => {
    const i = text.indexOf('\n', at);
    const end = i < 0 ? text.length : i;
    return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
  };
  let edited: string;
  if (!pair) {
    // none in this file: a block list at the end, with what a base file listed before it
    const lines = [...recorded, entry].map((e) => `  - ${entryText(e)}`);
    const sep = text === '' || text.endsWith('\n') ? '' : nl;
    edited = `${text}${sep}amendments:${nl}${lines.join(nl)}${nl}`;
  } else if (isSeq(pair.value)) {
    const seq = pair.value as YAMLSeq;
    const range = (seq as { range?: number[] }).range!;
    const items = seq.items as Array<{ range?: number[] }>;
    if (seq.flow) {
      const close = text.lastIndexOf(']', range[1]! - 1);
      if (close < 0) throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
      const last = items.at(-1)?.range;
      edited = last ? `${text.slice(0, last[1]!)}, ${entryText(entry)}${text.slice(last[1]!)}` : `${text.slice(0, close)} ${entryText(entry)} ${text.slice(close)}`;
    } else {
      const first = items[0]?.range;
      const last = items.at(-1)?.range;
      if (!first || !last) throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
      const dash = text.lastIndexOf('-', first[0]! - 1);
      const indent = text.slice(lineStart(first[0]!), dash);
      let end = last[1]!;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      const at = lineEnd(end);
      edited = `${text.slice(0, at)}${nl}${indent}- ${entryText(entry)}${text.slice(at)}`;
    }
  } else {
    throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
  }
  verify(text, edited, recorded, entry, file);
  return { file, path, entry, unchanged: false, text: edited };
}

/** the new text must mean the old document with the one entry appended */
function verify(before: string, after: string, recorded: AmendmentRecord[], entry: AmendmentRecord, file: string): void {
  const decoded = decodeText(Buffer.from(after, 'utf8'));
  const now = 'problem' in decoded ? null : parseDocument(decoded.text);
  if (!now || now.errors.length > 0) throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
  const old = parseDocument(before).toJS() as Record<string, unknown>;
  const expected = { ...old, amendments: [...(Array.isArray(old.amendments) ? old.amendments : recorded), { ...entry }] };
  if (JSON.stringify(sortKeys(expected)) !== JSON.stringify(sortKeys(now.toJS()))) throw new AmendRecordError((t) => t.amend.cli.recordUnsafe(file));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
