// Spaces a line must not break at, for every renderer that breaks lines itself
// (the PDF layout; the DOCX renderer reuses this): "z. B.", "§ 18", "Abs. 2",
// "Nr. 3", "SGB II", "6. Juli 2006", "12 %", and phone numbers such as
// "04841 000 00-310". A line break in there leaves a reader with "z." at the end
// of one line and "B." at the start of the next, or half a phone number.
//
// The spaces become U+00A0 (no-break space). Renderers that draw text
// themselves may draw it as an ordinary space, so that copied text and text
// extraction see the spaces the author typed.

export const NO_BREAK_SPACE = '\u00A0';

/**
 * Abbreviations written with an inner space, two or three parts of at most two
 * letters each: "z. B.", "d. h.", "u. a.", "i. d. R.", "o. Ä.", "e. V.".
 */
const SPACED_ABBREVIATION = /(?<![\p{L}\p{N}])\p{L}{1,2}\.(?: \p{L}{1,2}\.)+(?![\p{L}\p{N}])/gu;

/** a reference word and the number (or Roman numeral, or letter) that belongs to it */
const REFERENCE =
  /(?<![\p{L}\p{N}])(§§?|Abs\.|Art\.|Nr\.|Nrn\.|Ziff\.|Kap\.|Anl\.|Anlage|Satz|S\.|Bd\.|Rn\.|lit\.|Buchst\.|SGB|AufenthG|BDSG|DSGVO|No\.|Sec\.|para\.|Annex|Section) (?=(?:\d|[IVXLC]+\b|[a-z]\)))/gu;

/** a number and its unit or sign */
const NUMBER_UNIT = /(\d) (?=(?:%|‰|€|\$|£|EUR|Euro|km|m²|Std\.|Min\.|Jahre\b|Monate\b|Wochen\b|Tage\b))/gu;

const MONTHS =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December';

/** "6. Juli 2006", "6 July 2006", "July 6, 2006", "Juli 2006" */
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.? (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{1,2},? \\d{4}|(?:${MONTHS}) \\d{4})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Telephone and fax numbers: a group starting with 0 or +, then groups of
 * digits separated by single spaces, "/" or "-"; "(0)" may follow a country
 * code. At least six digits, so that "0 bis 3 Jahre" stays untouched.
 */
const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{1,3}(?: \(0\))?|0\d{1,5}|\(0\d{1,5}\))(?:[ /-]\d{1,8})+(?![\p{L}\p{N}])/gu;

const bind = (match: string) => match.replace(/ /g, NO_BREAK_SPACE);

/**
 * `text` with no-break spaces where a line must not break (see above). Only
 * single ASCII spaces inside those patterns change; everything else, and the
 * text's length, stays as it is.
 */
/** every pattern above needs a digit, "§" or an abbreviation's ". " */
const CANDIDATE = /[\d§]|\p{L}\. \p{L}/u;

export function withNoBreakSpaces(text: string): string {
  if (!text.includes(' ') || !CANDIDATE.test(text)) return text;
  return text
    .replace(SPACED_ABBREVIATION, bind)
    .replace(REFERENCE, `$1${NO_BREAK_SPACE}`)
    .replace(NUMBER_UNIT, `$1${NO_BREAK_SPACE}`)
    .replace(DATE, bind)
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 6 ? bind(m) : m));
}
