// Which agreement, in which version, a review checklist was made for — written
// into the checklist PDF as the read-only field `agree.checklist`, so that
// results read back from a filled-in PDF can be checked against the agreement
// they are evaluated with. A visible, read-only field survives every viewer's
// save; PDF/A forbids hidden widgets, and custom XMP would need an extension
// schema.
//
// `tasks` fingerprints the task list the checklist's fields were made from:
// the first 16 hex digits of the SHA-256 of the JSON array, in document order
// (listTasks), of [id, kind] per task — [id, kind, hasFrequency] for shared
// tasks, whose frequency decides whether the checklist has meeting fields for
// them. Task texts are left out on purpose: a corrected typo changes no field.

import { createHash } from 'node:crypto';
import { listTasks } from '../model/tasks.js';
import type { Agreement } from '../model/types.js';

export interface ChecklistIdentity {
  /** the agreement's id */
  agreement: string;
  /** its "Stand" (version date) */
  version: string;
  /** 16 hex digits: fingerprint of the task ids, kinds and (shared tasks) whether they have a frequency */
  tasks: string;
}

const PREFIX = 'agree-review-checklist/1';

export function checklistIdentity(doc: Agreement): ChecklistIdentity {
  const tasks = listTasks(doc).map((t) => (t.kind === 'shared' ? [t.id, t.kind, t.frequency !== undefined] : [t.id, t.kind]));
  return {
    agreement: String(doc.id ?? ''),
    version: String(doc.version ?? ''),
    tasks: createHash('sha256').update(JSON.stringify(tasks)).digest('hex').slice(0, 16),
  };
}

// values are percent-encoded where they would break the format (spaces, "=",
// "%", anything not printable ASCII), so that every identity round-trips; the
// ids and ISO dates of a valid agreement never need it
const encodeValue = (v: string) =>
  v
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') // lone surrogates cannot be encoded
    .replace(/[^A-Za-z0-9._~:/+-]/gu, (c) => encodeURIComponent(c));

/** "agree-review-checklist/1 agreement=dithmarschen version=2026-03-10 tasks=0123456789abcdef" */
export function encodeIdentity(i: ChecklistIdentity): string {
  return `${PREFIX} agreement=${encodeValue(i.agreement)} version=${encodeValue(i.version)} tasks=${i.tasks}`;
}

/** longer than any identity agree writes (ids have at most 64 characters) */
const MAX_LENGTH = 512;
const FORMAT = /^agree-review-checklist\/1 agreement=([!-~]*) version=([!-~]*) tasks=([0-9a-f]{16})$/;

/**
 * The identity in a field value read from a PDF, or null when the value is
 * not one (another tool's PDF, a field someone edited, a newer format).
 * Surrounding white space is ignored.
 */
export function decodeIdentity(s: string): ChecklistIdentity | null {
  if (typeof s !== 'string' || s.length > MAX_LENGTH) return null;
  const m = FORMAT.exec(s.trim());
  if (!m) return null;
  try {
    return { agreement: decodeURIComponent(m[1]!), version: decodeURIComponent(m[2]!), tasks: m[3]! };
  } catch {
    return null; // malformed percent-encoding
  }
}
