// Task ids (SPEC §2): given, or derived from the text. Reviews refer to tasks by
// these ids, so the derivation is part of the file format.

import type { Agreement, Frequency } from './types.js';
import type { View } from '../check/view.js';

export interface TaskInfo {
  id: string;
  /** true when the YAML gives `id`; derived ids change when the text does */
  idGiven: boolean;
  text: string;
  /** pointer to the task entry (string or object) */
  pointer: string;
  kind: 'responsibility' | 'shared';
  /** party ids responsible: `by` of the responsibility, or `lead` (if any) for shared tasks */
  by: string[];
  /** index into responsibilities[] (kind responsibility) or sharedTasks[] (kind shared) */
  groupIndex: number;
  lead?: string;
  frequency?: Frequency;
  costBearer?: string;
}

const MAX_SLUG = 48;

/**
 * Lower case with ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped, and every run
 * of other characters replaced by `separator`: the basis of derived ids and of
 * comparing names loosely.
 */
export function foldToAscii(text: string, separator: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter((part) => part !== '')
    .join(separator);
}

/** "Anerkennung von Zeugnissen & Diplomen" → "anerkennung-von-zeugnissen-diplomen" */
export function slugify(text: string): string {
  let s = foldToAscii(text, '-');
  if (s.length > MAX_SLUG) {
    const cut = s.slice(0, MAX_SLUG + 1);
    const boundary = cut.lastIndexOf('-');
    s = boundary > 0 ? cut.slice(0, boundary) : s.slice(0, MAX_SLUG);
    s = s.replace(/-+$/g, '');
  }
  return s || 'task';
}

export function asList(value: string | string[] | undefined | null): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** All tasks in document order with unique ids. Given ids win; derived ids get -2, -3 … on collision. */
export function listTasks(doc: View<Agreement>): TaskInfo[] {
  const raw: Array<Omit<TaskInfo, 'id' | 'idGiven'> & { givenId?: string }> = [];
  // defensive: rules also run on documents that failed the schema
  const arr = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
  arr(doc.responsibilities).forEach((r, ri) => {
    if (!r || typeof r !== 'object' || !Array.isArray(r.tasks)) return;
    r.tasks.forEach((t, ti) => {
      const pointer = `/responsibilities/${ri}/tasks/${ti}`;
      const by = asList(r.by as string | string[]).filter((b): b is string => typeof b === 'string');
      if (typeof t === 'string') {
        raw.push({ text: t, pointer, kind: 'responsibility', by, groupIndex: ri });
      } else if (t && typeof t === 'object' && typeof t.text === 'string') {
        raw.push({ text: t.text, givenId: typeof t.id === 'string' ? t.id : undefined, pointer, kind: 'responsibility', by, groupIndex: ri, costBearer: t.costBearer });
      }
    });
  });
  arr(doc.sharedTasks).forEach((t, si) => {
    if (!t || typeof t.text !== 'string') return;
    raw.push({
      text: t.text,
      givenId: typeof t.id === 'string' ? t.id : undefined,
      pointer: `/sharedTasks/${si}`,
      kind: 'shared',
      by: typeof t.lead === 'string' ? [t.lead] : [],
      groupIndex: si,
      lead: t.lead,
      frequency: t.frequency,
      costBearer: t.costBearer,
    });
  });
  const used = new Set<string>();
  for (const t of raw) if (typeof t.givenId === 'string') used.add(t.givenId);
  return raw.map(({ givenId, ...t }) => {
    if (typeof givenId === 'string') return { ...t, id: givenId, idGiven: true };
    const base = slugify(t.text);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { ...t, id, idGiven: false };
  });
}

export interface MeetingInfo {
  /** the task's id, or the body's given or derived id (unique among tasks and bodies) */
  id: string;
  kind: 'shared' | 'body';
  /** the shared task's text or the body's name */
  text: string;
  frequency: Frequency;
  /** pointer to the shared task or body */
  pointer: string;
}

/**
 * What meets regularly, in document order: shared tasks with a frequency, then
 * bodies (working groups, steering groups) with a frequency. Reviews count
 * their meetings by these ids. A body without `id` gets one derived from its
 * name like a task's, made unique against the task ids and other bodies.
 */
export function listMeetings(doc: View<Agreement>, tasks: TaskInfo[] = listTasks(doc)): MeetingInfo[] {
  const out: MeetingInfo[] = [];
  for (const t of tasks) {
    if (t.kind === 'shared' && t.frequency !== undefined) out.push({ id: t.id, kind: 'shared', text: t.text, frequency: t.frequency, pointer: t.pointer });
  }
  const bodies = Array.isArray(doc.bodies) ? doc.bodies : [];
  const used = new Set(tasks.map((t) => t.id));
  for (const b of bodies) if (b && typeof b.id === 'string') used.add(b.id);
  bodies.forEach((b, i) => {
    if (!b || typeof b.name !== 'string' || typeof b.frequency !== 'string') return;
    let id: string;
    if (typeof b.id === 'string') {
      id = b.id;
    } else {
      const base = slugify(b.name);
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
    }
    out.push({ id, kind: 'body', text: b.name, frequency: b.frequency, pointer: `/bodies/${i}` });
  });
  return out;
}
