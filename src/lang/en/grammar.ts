// English grammar for sentences about organisations: "the" before a name,
// no cases, no declension of roles ("represented by Geschäftsführung" keeps
// the role as written).

import type { Grammar } from '../types.js';

export const grammar: Grammar = {
  withArticle: (name) => (/^the\s/i.test(name) ? name : `the ${name}`),
  role: () => null,
  shortNameUsable: () => true,
};
