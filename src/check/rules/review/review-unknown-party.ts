// The next review needs someone to call it; an owner that is no partner or
// unit of the agreement is no one.
//
// An owner that is no id at all ("Jobcenter Kiel") breaks the schema's id
// pattern; this rule names the party that was probably meant, so its message
// is shown instead (`explains`).

import type { ResultsRule } from '../../rule.js';
import { closestId } from '../_suggest.js';

export const rule: ResultsRule = {
  id: 'review-unknown-party',
  severity: 'error',
  description: (t) => t.rules['review-unknown-party'].description,
  explains: [{ keyword: 'pattern', at: '/nextReview/owner' }],
  check(ctx) {
    const owner = ctx.results.nextReview?.owner;
    if (typeof owner !== 'string' || ctx.parties.has(owner)) return;
    const hint = closestId(
      owner,
      ctx.parties.all().map((p) => ({ id: p.id, aliases: [p.shortName, p.name].filter((a): a is string => a !== undefined) })),
    );
    ctx.report({ pointer: '/nextReview/owner', message: (t) => t.rules['review-unknown-party'].unknownParty(owner, hint) });
  },
};
