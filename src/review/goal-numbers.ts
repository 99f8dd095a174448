// `goal:` in a results file counts as people do: `goal: 1` is Ziel 1, the
// first goal of the agreement, as the checklist and the results skeleton name
// it. Results files written before counted from 0 (`goal: 0` was Ziel 1);
// they are still read, with a warning, so no filled-in review is lost. Inside
// agree (evaluation, report, checklists) a goal is its 0-based position.
//
// Which way a file counts is decided for the whole file, from what it says:
// a `goal: 0` can only be the old way; otherwise the indicators' wording tells
// (each entry names its indicator, and an indicator belongs to one goal): a
// file whose entries all fit their goals only when counted from 0 is an old
// one. When both fit, or neither, the file counts from 1.

interface Entry {
  goal?: unknown;
  indicator?: unknown;
}

interface Goal {
  indicators?: unknown;
}

const norm = (s: string) => s.replace(/[„“”"‚‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

function names(goal: Goal | undefined, indicator: string): boolean {
  const list = Array.isArray(goal?.indicators) ? goal.indicators : [];
  return list.some((x) => typeof x === 'string' && norm(x) === norm(indicator));
}

/** true when the entries count goals from 0 (the old form) */
export function countsFromZero(entries: unknown, goals: readonly (Goal | null | undefined)[] | undefined): boolean {
  if (!Array.isArray(entries)) return false;
  const numbered = entries.filter((e): e is Entry & { goal: number } => typeof e === 'object' && e !== null && Number.isInteger((e as Entry).goal));
  if (numbered.some((e) => e.goal === 0)) return true;
  const worded = numbered.filter((e): e is Entry & { goal: number; indicator: string } => typeof e.indicator === 'string');
  if (worded.length === 0) return false;
  const all = goals ?? [];
  const fromOne = worded.every((e) => names(all[e.goal - 1] ?? undefined, e.indicator));
  const fromZero = worded.every((e) => names(all[e.goal] ?? undefined, e.indicator));
  return fromZero && !fromOne;
}

/** the 0-based position of the goal an entry's `goal:` names */
export function goalIndex(goal: number, fromZero: boolean): number {
  return fromZero ? goal : goal - 1;
}
