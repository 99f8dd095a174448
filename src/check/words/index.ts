// The word lists of every language pack merged per purpose, as the rules use
// them. A German agreement may say "Case Management" and an English one
// "Fehlzeiten", so every text is matched against every language's lists.

import { languages, pack } from '../../lang/index.js';
import type { LanguageWords } from './types.js';
import { mergeLists, type WordList } from './match.js';

export { findTerms, firstTerm, foldUmlauts, normalizeText, words, type TermMatch, type WordList } from './match.js';

const all = (key: keyof LanguageWords): WordList => mergeLists(...languages().map((code) => pack(code).words[key]));

export const personalDataTransfer = all('personalDataTransfer');
export const meetings = all('meetings');
export const costs = all('costs');
export const secularDataProtectionLaw = all('secularDataProtectionLaw');
export const churchDataProtectionLaw = {
  'DSG-EKD': all('dsgEkd'),
  KDG: all('kdg'),
  /** names church law without saying which: accepted for either */
  unspecified: all('churchDataProtectionLaw'),
} as const;

export interface OutdatedTerm {
  /** the rule's messages say what to write instead and why (pack.rules['outdated-term']) */
  id: 'arge' | 'arbeitslosengeld-ii';
  words: WordList;
  /** ISO date from which a document using the term is out of date */
  since: string;
}

export const outdatedTerms: readonly OutdatedTerm[] = [
  { id: 'arge', words: all('arge'), since: '2011-01-01' },
  { id: 'arbeitslosengeld-ii', words: all('arbeitslosengeldII'), since: '2023-01-01' },
];
