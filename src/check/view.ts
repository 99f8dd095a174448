// What rules see of a document: the parts the schema accepts, typed.
//
// Rules run on every document, also on one with schema errors, so that one run
// shows everything that can be known (docs/findings.md). They do not get the
// raw value: the engine removes every value the schema rejected — an unknown
// key, a value of the wrong type, a text that breaks its pattern; a list item
// that is not valid becomes null — and hands rules the rest. Its type says what
// is left: each present value has the schema's type, required keys may be
// missing, list items may be null. Checks of lengths and counts (`required`,
// `minItems`, `uniqueItems`) remove nothing: what is there still has its type.
//
// A rule that states a schema problem better (`explains`, rule.ts) keeps the
// value it explains: such keywords (pattern, format …) never change the type
// of a value, so the view's type still holds.

import type { SchemaIssue } from './schema.js';
import { escapePointerSegment, pointerSegments } from '../model/source.js';

/** A document as rules see it: every present value has the schema's type; any key may be missing; list items may be null. */
export type View<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Array<View<U> | null>
    : T extends object
      ? { [K in keyof T]?: View<T[K]> }
      : T;

/** keywords about a container's size or completeness: what is in it keeps its type, nothing is removed */
const STRUCTURAL = new Set(['required', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'dependentRequired', 'dependencies']);

/** The keyword as rules name it: a key whose name failed its pattern is `propertyNames`. */
export function issueKeyword(issue: SchemaIssue): string {
  return typeof issue.params?.propertyName === 'string' ? 'propertyNames' : issue.keyword;
}

/**
 * The pointer of what a schema issue is about: the missing key for `required`,
 * the key for a key name that failed, else the value at the issue's pointer.
 */
export function issueSubject(issue: SchemaIssue): string {
  const params = issue.params ?? {};
  if (issue.keyword === 'required' && typeof params.missingProperty === 'string') return `${issue.pointer}/${escapePointerSegment(params.missingProperty)}`;
  if (typeof params.propertyName === 'string') return `${issue.pointer}/${escapePointerSegment(params.propertyName)}`;
  return issue.pointer;
}

/** The value a schema issue rejects (removed from the view), or null when it rejects none (a missing key, a short list). */
function rejected(issue: SchemaIssue): string | null {
  if (STRUCTURAL.has(issue.keyword)) return null;
  return issueSubject(issue);
}

export interface Pruned<T> {
  view: View<T>;
  /** pointers of the values removed */
  removed: string[];
}

/**
 * The document without the values the schema rejected. `kept(issue)` says
 * which rejections a rule explains (their values stay). The value itself is
 * not changed: the containers on the way to a removed value are copied, the
 * rest is shared.
 */
export function prune<T>(value: unknown, issues: readonly SchemaIssue[], kept: (issue: SchemaIssue) => boolean = () => false): Pruned<T> {
  // a value stays only when every issue about it is explained
  const removeAt = new Set<string>();
  for (const issue of issues) {
    const at = rejected(issue);
    if (at !== null && !kept(issue)) removeAt.add(at);
  }
  const targets = [...removeAt].sort((a, b) => a.length - b.length);
  if (targets.length === 0) return { view: value as View<T>, removed: [] };
  if (targets[0] === '' || value === null || typeof value !== 'object') return { view: {} as View<T>, removed: [''] };
  const copies = new WeakSet<object>();
  const root = shallowCopy(value, copies);
  const removed: string[] = [];
  const gone = new Set<string>();
  for (const pointer of targets) {
    const segments = pointerSegments(pointer);
    // below a value already removed: nothing left to remove
    if (segments.slice(0, -1).some((_, n) => gone.has('/' + segments.slice(0, n + 1).map(escapePointerSegment).join('/')))) continue;
    if (removeValue(root, segments, copies)) {
      removed.push(pointer);
      gone.add(pointer);
    }
  }
  return { view: root as View<T>, removed };
}

function shallowCopy(value: object, copies: WeakSet<object>): Record<string, unknown> {
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  copies.add(copy);
  return copy;
}

/** removes the value at the segments, copying each container on the way that is not a copy yet */
function removeValue(root: Record<string, unknown>, segments: string[], copies: WeakSet<object>): boolean {
  let parent = root;
  for (const seg of segments.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(parent, seg)) return false;
    const child = parent[seg];
    if (child === null || typeof child !== 'object') return false;
    parent[seg] = copies.has(child) ? child : shallowCopy(child, copies);
    parent = parent[seg] as Record<string, unknown>;
  }
  const last = segments.at(-1)!;
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (!Number.isInteger(i) || i < 0 || i >= parent.length) return false;
    parent[i] = null;
    return true;
  }
  if (!Object.prototype.hasOwnProperty.call(parent, last)) return false;
  delete parent[last];
  return true;
}

/** Does the pointer pattern (`*` = any one segment) match the pointer or one of its ancestors? */
export function matchesAt(pattern: string, pointer: string): boolean {
  const want = pointerSegments(pattern);
  const have = pointerSegments(pointer);
  if (have.length < want.length) return false;
  return want.every((w, i) => w === '*' || w === have[i]);
}
