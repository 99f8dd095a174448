// What a language pack holds: every word agree uses in one language — the
// command line's messages, the findings of the rules and the schema, the words
// of the rendered documents (with the grammar they need), the review's words,
// dates and numbers, the word lists the text rules search, `agree init`'s
// questions and models, the Markdown templates. One folder per language
// (src/lang/<code>/), registered in src/lang/index.ts; code asks the pack of
// the language at hand for words and never compares language codes. A pack
// that lacks a word does not compile (each section is a typed interface, and
// the UI messages are keyed by the English pack's keys); test/lang.test.ts
// walks every key of every pack.

import type { DocumentWords } from '../render/words.js';
import type { ReviewWords } from '../review/words.js';
import type { LanguageWords } from '../check/words/types.js';
import type { UiKey } from './en/ui.js';
import type { Diagnostics } from './diagnostics.js';
import type { RuleMessages } from './rules.js';
import type { DocxWords } from '../outputs/docx/words.js';
import type { OverviewWords } from '../overview/words.js';
import type { SignWords } from '../sign/words.js';

/** A text in whichever language it is shown in: the message, given the pack. */
export type Text = (t: LanguagePack) => string;

/** German cases; languages without cases use the forms they need and ignore the rest */
export type Case = 'nom' | 'gen' | 'dat' | 'acc';

/** What sentences about organisations need of a language's grammar. */
export interface Grammar {
  /**
   * The name with its article in a case — "des Diakonischen Werkes
   * Dithmarschen", "the Jobcenter" — or null when the grammar is unsure (then
   * sentences are built so that the bare name is grammatical).
   */
  withArticle(name: string, c: Case): string | null;
  /** A role or office with article ("die Geschäftsführung"), or null for what may be a person's name. */
  role(role: string, c: Case): string | null;
  /** May a partner's short name stand for its long name in running text? */
  shortNameUsable(short: string): boolean;
}

/** Dates, numbers and lists in running text. */
export interface Format {
  /** "6. Juli 2006" / "6 July 2006" */
  longDate(year: number, month: number, day: number): string;
  /** as dates appear in messages: "6.7.2006" / "2006-07-06" */
  shortDate(year: number, month: number, day: number): string;
  /** the conjunction of a list, "und" / "and" */
  and: string;
  /** a word that shows a list item is itself a pair ("Name und Kontaktdaten"): then items are separated by ";" */
  andPattern: RegExp;
  /** small whole numbers as words in running text (German in the dative: "einem"), 0–12 */
  numberWords: readonly string[];
  /** decimal separator and percent as in the locale (written out: output must not depend on ICU data) */
  decimal(n: number, maxFractionDigits: number): string;
  percent(rate: number): string;
  /** month names and abbreviations people type in dates (lower case, no dot) → month 1–12 */
  monthNames: Readonly<Record<string, number>>;
}

export type UiMessages = Record<UiKey, string>;

export interface LanguagePack {
  /** ISO 639-1, the value of `--lang` and of a document's `language` */
  code: string;
  /** the language's name in itself, e.g. "Deutsch" */
  name: string;
  /** BCP 47 tag of documents in this language (PDF /Lang, DOCX w:lang), e.g. "de-DE" */
  locale: string;
  /** folder under templates/ (Markdown) and templates/init/ (`agree init`'s models) */
  templates: string;
  /** the `hyphen` package's TeX patterns for the language, e.g. "hyphen/patterns/de-1996.js" (loaded only when a word must be broken) */
  hyphenation: string;
  format: Format;
  grammar: Grammar;
  /** messages of the command line, with {placeholders} */
  ui: UiMessages;
  /** findings of the loader, the schema and the results checks; errors of writing files */
  diagnostics: Diagnostics;
  /** each rule's description and messages */
  rules: RuleMessages;
  /** the words of the rendered agreement and cooperation profile */
  document: DocumentWords;
  /** the words of the review: checklist, results file, report, calendar */
  review: ReviewWords;
  /** what a cooperation profile's review says differently */
  reviewProfile: DeepPartial<ReviewWords>;
  /** the words the text rules search (every text is searched with every language's lists) */
  words: LanguageWords;
  /** what Word documents need besides the document's words (output kind docx) */
  docx: DocxWords;
  /** `agree overview`: the page and the command */
  overview: OverviewWords;
  /** `agree sign`, `verify`, `extract`, and what they write into a PDF */
  sign: SignWords;
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends RegExp ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
