// `agree diff` output: the change list as text for a terminal (coloured when
// it is one), as JSON (documented in docs/amend.md, stable within version 1)
// or as Markdown (for a pull request or the minutes). Labels are in the UI
// language; wordings as the files have them; each change's sentence in the
// language of the agreement, as the amendment states it.

import { Chalk } from 'chalk';
import type { LanguagePack } from '../lang/types.js';
import { escapeMarkdown } from '../render/text/markdown-escape.js';
import { visible } from '../io/display.js';
import { attentionText, type AgreementDiff } from './index.js';
import { CLAUSES, type Change, type Value } from './types.js';

export interface DiffFiles {
  old: string;
  new: string;
}

/** fields whose values are wordings: shown as "was" and "now" lines rather than "a → b" */
const WORDING = new Set(['text', 'name', 'intro', 'notes', 'purpose', 'description', 'framework', 'targetGroup']);

function value(v: Value, t: LanguagePack): string {
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return t.amend.none;
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

const pct = (n: number, t: LanguagePack) => t.format.percent(n);

/** "Task reworded" */
export function describe(c: Change, t: LanguagePack): string {
  return `${t.amend.subjects[c.subject]} ${t.amend.changes[c.change]}`;
}

function ids(c: Change): string {
  if (!c.id) return '';
  const { old, new: now } = c.id;
  if (old && now && old !== now) return `${old} → ${now}`;
  return now ?? old ?? '';
}

function where(diff: AgreementDiff, i: number, t: LanguagePack): string {
  const s = diff.sections[i]!;
  if (!s.old && !s.new) return '';
  const n = s.old && s.new && s.old !== s.new ? `${s.old} → ${s.new}` : (s.new ?? s.old)!;
  return `${t.amend.labels.number} ${n}`;
}

// ---- text --------------------------------------------------------------------------

export function diffText(diff: AgreementDiff, files: DiffFiles, t: LanguagePack, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  // text from the files goes to a terminal: control characters shown, never sent (an escape sequence in a task would be obeyed)
  const v = visible;
  const a = t.amend;
  const out: string[] = [c.bold(a.heading(files.old, files.new, a.changeCount(diff.changes.length)))];
  if (diff.changes.length === 0) return `${out[0]}\n${a.noChanges}\n`;
  for (const clause of CLAUSES) {
    const here = diff.changes.map((ch, i) => ({ ch, i })).filter((x) => x.ch.clause === clause);
    if (here.length === 0) continue;
    out.push('', c.underline(clause === 'record' ? `${a.clauses.record} (${a.recordOnly})` : a.clauses[clause]));
    for (const { ch, i } of here) {
      const mark = ch.change === 'added' ? c.green('+') : ch.change === 'removed' ? c.red('-') : c.yellow('~');
      const details = [where(diff, i, t), ch.similarity !== null ? a.similar(pct(ch.similarity, t)) : ''].filter(Boolean).join(', ');
      out.push(`  ${mark} ${c.bold(describe(ch, t))}${ids(ch) ? `  ${v(ids(ch))}` : ''}${details ? c.dim(`  (${details})`) : ''}`);
      for (const line of changeLines(ch, t)) {
        if (line.kind === 'was') out.push(`      ${c.red(`- ${v(line.text)}`)}`);
        else if (line.kind === 'now') out.push(`      ${c.green(`+ ${v(line.text)}`)}`);
        else out.push(`      ${c.dim(v(line.text))}`);
      }
      for (const kind of ch.attention) {
        const x = diff.attention.find((y) => y.change === i && y.kind === kind);
        if (x) out.push(`      ${c.magenta(`! ${v(attentionText(diff, x, t))}`)}`);
      }
    }
  }
  if (diff.attention.length) {
    out.push('', c.underline(a.attentionHeading));
    for (const x of diff.attention) out.push(`  ${c.magenta('!')} ${v(attentionText(diff, x, t))}`);
  }
  return out.join('\n') + '\n';
}

type Line = { kind: 'was' | 'now' | 'field'; text: string };

/** the wording before and after, then every other field as "key: a → b" */
function changeLines(ch: Change, t: LanguagePack): Line[] {
  const lines: Line[] = [];
  const wordingField = ch.fields.find((f) => WORDING.has(f.field) && (f.field === 'text' || f.field === 'name'));
  if (ch.change === 'added' && ch.new) lines.push({ kind: 'now', text: ch.new });
  else if (ch.change === 'removed' && ch.old) lines.push({ kind: 'was', text: ch.old });
  else if (ch.change === 'replaced' || wordingField || ch.subject === 'purpose' || ch.subject === 'title' || ch.subject === 'version' || ch.subject === 'district') {
    if (ch.old !== null) lines.push({ kind: 'was', text: ch.old });
    if (ch.new !== null) lines.push({ kind: 'now', text: ch.new });
  }
  for (const f of ch.fields) {
    if (f.field === 'text' || f.field === 'id' || (f.field === 'name' && lines.length > 0)) continue;
    if (ch.subject === 'legalBasis') continue;
    if (WORDING.has(f.field)) {
      lines.push({ kind: 'field', text: `${f.field}:` });
      if (f.old !== null) lines.push({ kind: 'was', text: value(f.old, t) });
      if (f.new !== null) lines.push({ kind: 'now', text: value(f.new, t) });
    } else {
      lines.push({ kind: 'field', text: `${f.field}: ${value(f.old, t)} → ${value(f.new, t)}` });
    }
  }
  if (ch.subject === 'legalBasis' && ch.change === 'changed') {
    if (ch.old) lines.push({ kind: 'was', text: ch.old });
    if (ch.new) lines.push({ kind: 'now', text: ch.new });
  }
  return lines;
}

// ---- json ------------------------------------------------------------------------------

export interface DiffJson {
  version: 1;
  old: { file: string; id: string; version: string };
  new: { file: string; id: string; version: string };
  language: string;
  changes: Array<{
    clause: string;
    subject: string;
    change: string;
    description: string;
    id: { old: string | null; new: string | null } | null;
    pointer: { old: string | null; new: string | null };
    section: { old: string | null; new: string | null };
    old: string | null;
    new: string | null;
    fields: Array<{ field: string; old: Value; new: Value }>;
    similarity: number | null;
    attention: string[];
    amends: boolean;
    sentence: string | null;
  }>;
  attention: Array<{ kind: string; change: number; party: string | null; message: string }>;
  summary: { changes: number; amends: number; added: number; removed: number; changed: number; attention: number };
}

export function diffJson(diff: AgreementDiff, files: DiffFiles, t: LanguagePack): DiffJson {
  const count = (test: (c: Change) => boolean) => diff.changes.filter(test).length;
  return {
    version: 1,
    old: { file: files.old, id: diff.old.id, version: diff.old.version },
    new: { file: files.new, id: diff.new.id, version: diff.new.version },
    language: diff.lang,
    changes: diff.changes.map((c, i) => ({
      clause: c.clause,
      subject: c.subject,
      change: c.change,
      description: describe(c, t),
      id: c.id,
      pointer: c.pointer,
      section: diff.sections[i]!,
      old: c.old,
      new: c.new,
      fields: c.fields,
      similarity: c.similarity,
      attention: c.attention,
      amends: c.amends,
      sentence: diff.sentences[i] ?? null,
    })),
    attention: diff.attention.map((x) => ({ kind: x.kind, change: x.change, party: x.party, message: attentionText(diff, x, t) })),
    summary: {
      changes: diff.changes.length,
      amends: count((c) => c.amends),
      added: count((c) => c.change === 'added'),
      removed: count((c) => c.change === 'removed'),
      changed: count((c) => c.change !== 'added' && c.change !== 'removed'),
      attention: diff.attention.length,
    },
  };
}

// ---- markdown ------------------------------------------------------------------------------

export function diffMarkdown(diff: AgreementDiff, files: DiffFiles, t: LanguagePack): string {
  const a = t.amend;
  const md = (s: string) => escapeMarkdown(s);
  const out: string[] = [`# ${md(a.heading(files.old, files.new, a.changeCount(diff.changes.length)))}`];
  if (diff.changes.length === 0) return `${out[0]}\n\n${md(a.noChanges)}\n`;
  if (diff.attention.length) {
    out.push('', `## ${md(a.attentionHeading)}`, '');
    for (const x of diff.attention) out.push(`- ${md(attentionText(diff, x, t))}`);
  }
  for (const clause of CLAUSES) {
    const here = diff.changes.map((ch, i) => ({ ch, i })).filter((x) => x.ch.clause === clause);
    if (here.length === 0) continue;
    out.push('', `## ${md(clause === 'record' ? `${a.clauses.record} (${a.recordOnly})` : a.clauses[clause])}`, '');
    for (const { ch, i } of here) {
      const details = [where(diff, i, t), ch.similarity !== null ? a.similar(pct(ch.similarity, t)) : ''].filter(Boolean).join(', ');
      out.push(`- **${md(describe(ch, t))}**${ids(ch) ? ` \`${ids(ch).replace(/`/g, "'")}\`` : ''}${details ? ` (${md(details)})` : ''}`);
      for (const line of changeLines(ch, t)) {
        const label = line.kind === 'was' ? `${a.labels.was}: ` : line.kind === 'now' ? `${a.labels.now}: ` : '';
        out.push(`  - ${md(label + line.text)}`);
      }
      const sentence = diff.sentences[i];
      if (sentence) out.push(`  - *${md(a.labels.sentence)}:* ${md(sentence)}`);
    }
  }
  return out.join('\n') + '\n';
}
