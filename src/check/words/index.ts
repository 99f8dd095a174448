// The word lists of both languages merged per purpose, as the rules use them.
// A German agreement may say "Case Management" and an English one "Fehlzeiten",
// so every text is matched against both languages.

import { de } from './de.js';
import { en } from './en.js';
import { mergeLists, type WordList } from './match.js';

export { findTerms, firstTerm, foldUmlauts, normalizeText, words, type TermMatch, type WordList } from './match.js';

const both = (key: keyof typeof de): WordList => mergeLists(de[key], en[key]);

export const personalDataTransfer = both('personalDataTransfer');
export const meetings = both('meetings');
export const costs = both('costs');
export const secularDataProtectionLaw = both('secularDataProtectionLaw');
export const churchDataProtectionLaw = {
  'DSG-EKD': both('dsgEkd'),
  KDG: both('kdg'),
  /** names church law without saying which: accepted for either */
  unspecified: both('churchDataProtectionLaw'),
} as const;

export interface OutdatedTerm {
  id: 'arge' | 'arbeitslosengeld-ii';
  words: WordList;
  /** ISO date from which a document using the term is out of date */
  since: string;
  /** what to write instead */
  replacement: { de: string; en: string };
  /** why, for the message */
  reason: { de: string; en: string };
}

export const outdatedTerms: readonly OutdatedTerm[] = [
  {
    id: 'arge',
    words: both('arge'),
    since: '2011-01-01',
    replacement: { de: 'Jobcenter', en: 'Jobcenter' },
    reason: {
      de: 'Seit 2011 heißen die Arbeitsgemeinschaften (ARGE) nach § 6d SGB II „Jobcenter“',
      en: 'since 2011 the joint agencies (ARGE) are called "Jobcenter" (job centre, § 6d SGB II)',
    },
  },
  {
    id: 'arbeitslosengeld-ii',
    words: both('arbeitslosengeldII'),
    since: '2023-01-01',
    replacement: { de: 'Bürgergeld', en: 'Bürgergeld' },
    reason: {
      de: 'Seit 2023 heißt die Leistung nach SGB II „Bürgergeld“ (Bürgergeld-Gesetz)',
      en: 'since 2023 the SGB II benefit is called "Bürgergeld" (citizen’s benefit, Bürgergeld Act)',
    },
  },
];
