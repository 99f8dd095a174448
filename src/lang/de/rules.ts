// Each rule's description and the wording of its findings (German).

import type { RuleMessages } from '../rules.js';

export const rules: RuleMessages = {
  'outdated-term': {
    description: '„ARGE“ in einem Dokument mit Stand ab 2011; „ALG II“/„Arbeitslosengeld II“ ab 2023 (Bürgergeld)',
    outdated: (found: string, year: string, term: 'arge' | 'arbeitslosengeld-ii') =>
      `„${found}“ ist in einer Fassung von ${year} veraltet: ${
        {
          arge: 'Seit 2011 heißen die Arbeitsgemeinschaften (ARGE) nach § 6d SGB II „Jobcenter“. Schreiben Sie „Jobcenter“.',
          'arbeitslosengeld-ii': 'Seit 2023 heißt die Leistung nach SGB II „Bürgergeld“ (Bürgergeld-Gesetz). Schreiben Sie „Bürgergeld“.',
        }[term]
      }`,
  },
};
