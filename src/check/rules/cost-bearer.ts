// "Kostenübernahme durch die Arge" in a sentence is easy to overlook and cannot be
// checked or reviewed; `costBearer` says who pays in a way the renderer and the
// review can show.
//
// Which tasks need it:
//   - every shared task about costs: it belongs to several parties by nature;
//   - a responsibility task about costs only when its `by` names more than one
//     party. When one party is responsible, that party bears the costs of its own
//     task ("Übernahme der Fahrkosten" among the job centre's tasks is clear).
// Förderung/gefördert does not count as a cost statement: see words/de.ts.

import type { TaskInfo } from '../../model/tasks.js';
import type { Rule, RuleContext } from '../rule.js';
import { short } from '../names.js';
import { costs, firstTerm, normalizeText, words } from '../words/index.js';

/** The one party the text names (by id, short name or name), if exactly one. */
function namedParty(ctx: RuleContext, taskText: string): string | undefined {
  const haystack = ` ${words(taskText).map((w) => w.lower).join(' ')} `;
  const found = new Set<string>();
  for (const party of ctx.parties.all()) {
    for (const alias of [party.id, party.shortName, party.name]) {
      if (alias === undefined || alias.trim() === '') continue;
      const needle = ` ${words(normalizeText(alias)).map((w) => w.lower).join(' ')} `;
      if (needle.trim() !== '' && haystack.includes(needle)) found.add(party.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function needsBearer(t: TaskInfo): boolean {
  return t.kind === 'shared' || t.by.length > 1;
}

/** a task written as an object (`{ text: …, costBearer: … }`) rather than as a plain text */
function isObjectTask(ctx: RuleContext, t: TaskInfo): boolean {
  const m = /^\/responsibilities\/(\d+)\/tasks\/(\d+)$/.exec(t.pointer);
  if (!m) return false;
  const entry = ctx.doc.responsibilities?.[Number(m[1])]?.tasks?.[Number(m[2])];
  return typeof entry === 'object' && entry !== null;
}

export const rule: Rule = {
  id: 'cost-bearer',
  severity: 'warning',
  description: (t) => t.rules['cost-bearer'].description,
  check(ctx) {
    for (const task of ctx.tasks) {
      if (!needsBearer(task) || (task.costBearer !== undefined && task.costBearer !== '')) continue;
      const term = firstTerm(task.text, costs);
      if (!term) continue;
      const named = namedParty(ctx, task.text);
      const example = named ?? task.lead ?? task.by[0] ?? 'jobcenter';
      const asObject = task.kind === 'responsibility' && !isObjectTask(ctx, task);
      const shown = short(task.text);
      ctx.report({
        pointer: task.pointer,
        about: `${task.pointer}/costBearer`,
        message: (t) => t.rules['cost-bearer'].noBearer(shown, term.text, named, example, asObject),
      });
    }
  },
};
