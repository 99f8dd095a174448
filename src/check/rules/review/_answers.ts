// What the results rules and the evaluation share about answers: status,
// answer and decision may be written as the checklist's words in any language
// ("erfüllt", "ja", "wird schriftlich geändert") or as their ids; indicators are
// compared as a reader would.

import { languages, pack } from '../../../lang/index.js';
import { QUESTION_KEYS } from '../../../review/checklist.js';
import { closest } from '../../suggest.js';

type Kind = 'status' | 'answers' | 'decisions';

let maps: Record<Kind, Map<string, string>> | undefined;

/** word (any language) or id → id, for each of status, answer and decision */
function accepted(): Record<Kind, Map<string, string>> {
  if (maps) return maps;
  maps = { status: new Map(), answers: new Map(), decisions: new Map() };
  for (const w of languages().map((code) => pack(code).review)) {
    for (const kind of ['status', 'answers', 'decisions'] as const) {
      for (const [id, word] of Object.entries(w.accepted[kind])) {
        maps[kind].set(id, id);
        maps[kind].set(word, id);
      }
    }
  }
  return maps;
}

/** the id of a status, answer or decision as written; an empty or unknown value as it is */
export function answerId(kind: Kind, value: string): string {
  return accepted()[kind].get(value) ?? value;
}

/** what a results file leaves unanswered: tasks without status, questions without answer, the decision */
export function unansweredIn(
  results: {
    tasks?: { [id: string]: { status?: string | null } | null | undefined } | null;
    questions?: { [key: string]: { answer?: string | null } | null | undefined } | null;
    decision?: string | null;
  },
  taskIds: readonly string[],
): { tasks: number; questions: number; decision: boolean } {
  const tasks = taskIds.filter((id) => !results.tasks?.[id]?.status).length;
  const questions = QUESTION_KEYS.filter((k) => !results.questions?.[k]?.answer).length;
  return { tasks, questions, decision: !results.decision };
}

/** texts compared as a reader would: case, white space and quotes do not matter */
export function sameText(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(s: string): string {
  return s.replace(/[„“”"‚‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** the candidate a reader most likely meant, compared as sameText does */
export function closestText(input: string, candidates: readonly string[]): string | undefined {
  return closest(input, candidates, { normalize });
}
