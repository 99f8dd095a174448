// The word lists of a language pack (src/lang/<code>/words.ts): what the text
// rules look for. The lists of every pack are always used together (index.ts),
// because German agreements quote English terms and the other way round.
//
// Pattern syntax (see match.ts for the details):
//   - write words with umlauts or without: "Abbrüche" and "Abbrueche" are folded
//     to the same form, in the pattern and in the text, and case is ignored;
//   - `*` = any run of letters/digits, also none; `?` = exactly one. German
//     compounds put the interesting stem at the end ("Kursabbruch") or the
//     beginning ("Abbruchquote"), so stems usually get a `*` on both sides;
//   - several words separated by spaces must follow one another
//     ("Arbeitsgemeinschaft für Arbeit*");
//   - `=` at the start: compare the case as written, for nouns whose lower-case
//     twin is a verb ("=Treffen" is a meeting, "Absprachen treffen" is not);
//   - `exclude` lists look-alikes: a match that lies wholly inside an excluded
//     match does not count.
// When you add a word, add a test case for it (and for its look-alike) in the
// rule's test file.

import type { WordList } from './match.js';

export interface LanguageWords {
  /** undeclared-data-flow: a task that passes personal information about a client to another party */
  personalDataTransfer: WordList;
  /** recurring-task-frequency: a shared task that is a meeting or another recurring exchange */
  meetings: WordList;
  /** cost-bearer: a task that says something about costs, money or who pays */
  costs: WordList;
  /** church-data-law: secular data-protection law (DSGVO/GDPR, BDSG, state laws) */
  secularDataProtectionLaw: WordList;
  /** church-data-law: the Protestant church's law (DSG-EKD) */
  dsgEkd: WordList;
  /** church-data-law: the Catholic church's law (KDG) */
  kdg: WordList;
  /** church-data-law: church data-protection law without saying which one */
  churchDataProtectionLaw: WordList;
  /** outdated-term: the job centre's name before 2011 (ARGE) */
  arge: WordList;
  /** outdated-term: the benefit's name before 2023 (Arbeitslosengeld II, now Bürgergeld) */
  arbeitslosengeldII: WordList;
}
