// Ids are how every other part of the document — and the review results —
// refers to a party or a task, so each must name exactly one thing.

import type { Rule } from '../rule.js';
import { isRecord, list, root, text } from './_util.js';

// Partners and units share one namespace (SPEC §2). Task ids are a namespace of
// their own: only `dataFlows[].task` and the review results refer to tasks, and
// every other reference names a party, so a task "msb" next to a unit `msb` is
// never ambiguous. Derived task ids cannot collide (listTasks numbers them -2,
// -3 …); given ones can.

export const rule: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: {
    de: 'Zwei Partner/Einheiten oder zwei Aufgaben mit derselben Kennung (id)',
    en: 'Two partners/units or two tasks with the same id',
  },
  check(ctx) {
    const seen = new Map<string, { pointer: string; what: { de: string; en: string } }>();
    list(root(ctx.doc).partners).forEach((p, pi) => {
      if (!isRecord(p)) return;
      const entries: Array<{ id: unknown; pointer: string; what: { de: string; en: string } }> = [
        {
          id: p.id,
          pointer: `/partners/${pi}/id`,
          what: { de: `Partner ${text(p.name) ?? pi + 1}`, en: `partner ${text(p.name) ?? pi + 1}` },
        },
      ];
      list(p.units).forEach((u, ui) => {
        if (!isRecord(u)) return;
        entries.push({
          id: u.id,
          pointer: `/partners/${pi}/units/${ui}/id`,
          what: { de: `Einheit ${text(u.name) ?? ui + 1}`, en: `unit ${text(u.name) ?? ui + 1}` },
        });
      });
      for (const e of entries) {
        if (typeof e.id !== 'string') continue;
        const first = seen.get(e.id);
        if (!first) {
          seen.set(e.id, e);
          continue;
        }
        ctx.report({
          pointer: e.pointer,
          message: {
            de: `Die Kennung „${e.id}“ ist schon vergeben (${first.what.de}, ${first.pointer}); Partner und Einheiten brauchen verschiedene Kennungen. Benennen Sie eine davon um, z. B. „${e.id}-2“, und passen Sie die Verweise darauf an.`,
            en: `The id "${e.id}" is already taken (${first.what.en}, ${first.pointer}); partners and units need different ids. Rename one, e.g. to "${e.id}-2", and update the references to it.`,
          },
        });
      }
    });

    const tasks = new Map<string, string>();
    for (const t of ctx.tasks ?? []) {
      if (!t || !t.idGiven || typeof t.id !== 'string') continue;
      const first = tasks.get(t.id);
      if (first === undefined) {
        tasks.set(t.id, t.pointer);
        continue;
      }
      ctx.report({
        pointer: `${t.pointer}/id`,
        message: {
          de: `Die Aufgaben-Kennung „${t.id}“ ist schon bei der Aufgabe ${first} vergeben. Überprüfungen verweisen über diese Kennung auf Aufgaben; geben Sie dieser Aufgabe eine eigene \`id\` oder lassen Sie \`id\` weg, dann wird sie aus dem Text gebildet.`,
          en: `The task id "${t.id}" is already used by the task at ${first}. Reviews refer to tasks by this id; give this task an \`id\` of its own, or drop \`id\` to have it derived from the text.`,
        },
      });
    }

    // bodies' meetings are counted in the review results under the same keys as
    // shared tasks', so a given body id must differ from every task id
    const taken = new Map<string, string>();
    for (const t of ctx.tasks ?? []) if (t && typeof t.id === 'string' && !taken.has(t.id)) taken.set(t.id, t.pointer);
    list(root(ctx.doc).bodies).forEach((b, bi) => {
      if (!isRecord(b) || typeof b.id !== 'string') return;
      const first = taken.get(b.id);
      if (first === undefined) {
        taken.set(b.id, `/bodies/${bi}`);
        return;
      }
      ctx.report({
        pointer: `/bodies/${bi}/id`,
        message: {
          de: `Die Kennung „${b.id}“ des Gremiums ist schon bei ${first} vergeben. Die Ergebnisse der Überprüfung zählen Treffen von Gremien und gemeinsamen Aufgaben unter ihrer Kennung; geben Sie dem Gremium eine eigene \`id\`.`,
          en: `The body's id "${b.id}" is already used at ${first}. Review results count the meetings of bodies and shared tasks under their ids; give the body an \`id\` of its own.`,
        },
      });
    });
  },
};

export default rule;
