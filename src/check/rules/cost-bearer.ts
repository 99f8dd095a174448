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
import { costs, firstTerm, normalizeText, words } from '../words/index.js';
import { isRecord, list, qde, qen, root, text } from './_util.js';

/** The one party the text names (by id, short name or name), if exactly one. */
function namedParty(ctx: RuleContext, taskText: string): string | undefined {
  const tokens = words(taskText).map((w) => w.lower);
  const haystack = ` ${tokens.join(' ')} `;
  const found = new Set<string>();
  for (const p of list(root(ctx.doc).partners)) {
    if (!isRecord(p)) continue;
    for (const o of [p, ...list(p.units).filter(isRecord)]) {
      const id = text(o.id);
      if (!id) continue;
      for (const alias of [o.id, o.shortName, o.name]) {
        if (typeof alias !== 'string' || alias.trim() === '') continue;
        const needle = ` ${words(normalizeText(alias)).map((w) => w.lower).join(' ')} `;
        if (needle.trim() !== '' && haystack.includes(needle)) found.add(id);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function needsBearer(t: TaskInfo): boolean {
  if (t.kind === 'shared') return true;
  return t.by.filter((b) => typeof b === 'string').length > 1;
}

export const rule: Rule = {
  id: 'cost-bearer',
  severity: 'warning',
  description: {
    de: 'Eine Aufgabe über Kosten („Kosten“, „Kostenübernahme“, „finanziert“) ohne Kostenträger (`costBearer`)',
    en: 'A task about costs ("Kosten", "Kostenübernahme", "finanziert") without `costBearer`',
  },
  check(ctx) {
    for (const t of ctx.tasks ?? []) {
      if (!t || typeof t.text !== 'string' || !needsBearer(t)) continue;
      if (t.costBearer !== undefined && t.costBearer !== null && t.costBearer !== '') continue;
      const term = firstTerm(t.text, costs);
      if (!term) continue;
      const named = namedParty(ctx, t.text);
      const example = named ?? t.lead ?? t.by.find((b) => typeof b === 'string') ?? 'jobcenter';
      const asObject = t.kind === 'responsibility' && !isObjectTask(ctx, t);
      ctx.report({
        pointer: t.pointer,
        message: {
          de: `Die Aufgabe ${qde(t.text)} betrifft Kosten („${term.text}“), sagt aber nicht mit \`costBearer\`, wer sie trägt${named ? ` (der Text nennt \`${named}\`)` : ''}. Ergänzen Sie \`costBearer: ${example}\`${asObject ? ' – dazu die Aufgabe als Objekt schreiben: `{ text: …, costBearer: …}`' : ''}.`,
          en: `The task ${qen(t.text)} is about costs ("${term.text}") but does not say with \`costBearer\` who pays${named ? ` (the text names \`${named}\`)` : ''}; add \`costBearer: ${example}\`${asObject ? ' — write the task as an object for that: `{ text: …, costBearer: …}`' : ''}.`,
        },
      });
    }
  },
};

function isObjectTask(ctx: RuleContext, t: TaskInfo): boolean {
  const m = /^\/responsibilities\/(\d+)\/tasks\/(\d+)$/.exec(t.pointer);
  if (!m) return false;
  const r = list(root(ctx.doc).responsibilities)[Number(m[1])];
  return isRecord(r) && isRecord(list(r.tasks)[Number(m[2])]);
}

export default rule;
