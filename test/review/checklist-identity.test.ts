// The identity a checklist carries (agreement, version, task fingerprint): what
// changes it, what does not, and that its text form survives a round trip and
// rejects what is not one.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checklistIdentity, decodeIdentity, encodeIdentity } from '../../src/review/identity.js';
import { buildChecklist } from '../../src/review/checklist.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { example, minimal } from './helpers.js';

describe('checklist identity', () => {
  it('names the agreement and its version, and fingerprints the task ids in 16 hex digits', async () => {
    const doc = await example('examples/dithmarschen.yaml');
    const id = checklistIdentity(doc);
    expect(id.agreement).toBe('dithmarschen');
    expect(id.version).toBe(doc.version);
    expect(id.tasks).toMatch(/^[0-9a-f]{16}$/);
    // the documented recipe, recomputed here
    const tasks = listTasks(doc).map((t) => (t.kind === 'shared' ? [t.id, t.kind, t.frequency !== undefined] : [t.id, t.kind]));
    expect(id.tasks).toBe(createHash('sha256').update(JSON.stringify(tasks)).digest('hex').slice(0, 16));
    expect(encodeIdentity(id)).toBe(`agree-review-checklist/1 agreement=dithmarschen version=${doc.version} tasks=${id.tasks}`);
    expect(buildChecklist(doc, '2026-11-26').identity).toEqual(id);
  });

  it('changes with the task list, its order, a task’s kind or a shared task’s frequency — not with wording of given ids', () => {
    const base = checklistIdentity(minimal());
    const fingerprint = (change: (d: Agreement) => void) => checklistIdentity(minimal(change)).tasks;
    expect(fingerprint(() => {})).toBe(base.tasks);
    expect(fingerprint((d) => d.responsibilities![0]!.tasks.push('Neue Aufgabe'))).not.toBe(base.tasks);
    expect(fingerprint((d) => d.responsibilities!.reverse())).not.toBe(base.tasks);
    expect(fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen', id: 'fachtreffen' }]))).not.toBe(
      fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen', id: 'fachtreffen', frequency: 'quarterly' }])),
    );
    // quarterly or monthly: the same fields, the same fingerprint
    expect(fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen', id: 'fachtreffen', frequency: 'monthly' }]))).toBe(
      fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen', id: 'fachtreffen', frequency: 'quarterly' }])),
    );
    expect(fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen', id: 'fachtreffen' }]))).toBe(
      fingerprint((d) => (d.sharedTasks = [{ text: 'Fachtreffen (überarbeitet)', id: 'fachtreffen' }])),
    );
    // the same id as a party's task or as a shared task
    const asResponsibility = fingerprint((d) => {
      d.responsibilities = [{ by: 'mbe', tasks: [{ id: 'x', text: 'X' }] }];
      d.sharedTasks = [];
    });
    const asShared = fingerprint((d) => {
      d.responsibilities = [];
      d.sharedTasks = [{ id: 'x', text: 'X' }];
    });
    expect(asResponsibility).not.toBe(asShared);
    expect(checklistIdentity(minimal((d) => (d.version = '2027-01-01'))).version).toBe('2027-01-01');
  });

  it('round-trips through its text form, even for values that are no id', () => {
    const cases = [
      { agreement: 'dithmarschen', version: '2026-03-10', tasks: '0123456789abcdef' },
      { agreement: 'a b=c%d', version: 'Stand: März', tasks: 'ffffffffffffffff' },
      { agreement: 'محمد\u{1F600}', version: '', tasks: '0000000000000000' },
    ];
    for (const c of cases) {
      const text = encodeIdentity(c);
      expect(text).toMatch(/^[!-~ ]+$/);
      expect(decodeIdentity(text)).toEqual(c);
      expect(decodeIdentity(`  ${text}\n`)).toEqual(c);
    }
  });

  it('rejects what is not an identity', () => {
    const good = 'agree-review-checklist/1 agreement=dithmarschen version=2026-03-10 tasks=0123456789abcdef';
    for (const bad of [
      '',
      'dithmarschen',
      good.replace('/1', '/2'),
      good.replace('tasks=0123456789abcdef', 'tasks=0123456789ABCDEF'),
      good.replace('tasks=0123456789abcdef', 'tasks=0123'),
      good.replace(' version', '  version'),
      good.replace('dithmarschen', 'dith%E0marschen'),
      `${good} extra=1`,
      `${good}${' '.repeat(600)}x`,
      'x'.repeat(100_000),
    ]) {
      expect(decodeIdentity(bad), bad.slice(0, 80)).toBeNull();
    }
    expect(decodeIdentity(undefined as unknown as string)).toBeNull();
  });

  it('encodes lone surrogates as U+FFFD instead of throwing', () => {
    const text = encodeIdentity({ agreement: 'a\uD800b', version: 'v', tasks: '0123456789abcdef' });
    expect(decodeIdentity(text)?.agreement).toBe('a\uFFFDb');
  });
});
