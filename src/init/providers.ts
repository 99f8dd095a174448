// Which welfare organisation a counselling provider belongs to, from the name
// answered in `agree init`: that decides its church data-protection law (the
// Protestant church's DSG-EKD for the Diakonie, the Catholic KDG for the
// Caritas, none for AWO, DRK and the Paritätischer; Art. 91 DSGVO) and the
// short name suggested next ("Caritas", not the Diakonie's "DW"). These are
// the organisations' own names, the same in every language of the file.

import type { ChurchLaw } from '../model/types.js';

export interface Provider {
  /** null: not a church provider, or not known to be one */
  churchLaw: ChurchLaw | null;
  /** the suggested short name */
  shortName: string;
}

interface Known {
  pattern: RegExp;
  churchLaw: ChurchLaw | null;
  /** the short name, or how to take it from the matched name */
  shortName: string | ((match: RegExpExecArray) => string);
}

/** in this order: "Diakonisches Werk" before any other Diakonie, the umbrella names last */
const KNOWN: readonly Known[] = [
  { pattern: /\bcaritas/i, churchLaw: 'KDG', shortName: 'Caritas' },
  { pattern: /\bmalteser/i, churchLaw: 'KDG', shortName: 'Malteser' },
  { pattern: /\bin\s+via\b/i, churchLaw: 'KDG', shortName: 'IN VIA' },
  { pattern: /\bsozialdienst\s+katholischer\s+frauen\b|\bSkF\b/i, churchLaw: 'KDG', shortName: 'SkF' },
  { pattern: /\bsozialdienst\s+katholischer\s+m[äa]nner\b|\bSKM\b/i, churchLaw: 'KDG', shortName: 'SKM' },
  { pattern: /\bdiakonische[sn]?\s+werke?s?\b/i, churchLaw: 'DSG-EKD', shortName: 'DW' },
  // "Diakonie Nord Nord-Ost", "Gemeindediakonie Lübeck": the word itself
  { pattern: /\p{L}*diakonie\p{L}*/iu, churchLaw: 'DSG-EKD', shortName: (m) => m[0] },
  { pattern: /\bstadtmission\b/i, churchLaw: 'DSG-EKD', shortName: 'Stadtmission' },
  { pattern: /\b(arbeiterwohlfahrt|awo)\b/i, churchLaw: null, shortName: 'AWO' },
  { pattern: /\b(deutsches\s+rotes\s+kreuz|rotes\s+kreuz|drk)\b/i, churchLaw: null, shortName: 'DRK' },
  { pattern: /parit[äa]tische/i, churchLaw: null, shortName: 'Paritätischer' },
  // a Catholic or Protestant provider not named above
  { pattern: /\bkatholische/i, churchLaw: 'KDG', shortName: '' },
  { pattern: /\bevangelische/i, churchLaw: 'DSG-EKD', shortName: '' },
];

/**
 * The provider behind `name`; `place` ("Pinneberg") is left out of a short
 * name made from initials. An unknown provider gets no church law: agree does
 * not assume one the partner is not bound by.
 */
export function provider(name: string, place = ''): Provider {
  return recognise(name, place) ?? { churchLaw: null, shortName: initials(name, place) };
}

/** The church law of a partner, by its name, else by its short name ("Caritas" for "Verband Nord"). */
export function churchLawOf(name: string, shortName: string): ChurchLaw | null {
  return (recognise(name, '') ?? recognise(shortName, ''))?.churchLaw ?? null;
}

function recognise(name: string, place: string): Provider | undefined {
  for (const known of KNOWN) {
    const match = known.pattern.exec(name);
    if (!match) continue;
    const short = typeof known.shortName === 'string' ? known.shortName : known.shortName(match);
    return { churchLaw: known.churchLaw, shortName: short || initials(name, place) };
  }
  return undefined;
}

/** "Internationaler Bund Pinneberg" → "IB"; the name itself when that gives less than two letters */
function initials(name: string, place: string): string {
  const skip = new Set(place.toLowerCase().split(/\s+/).filter(Boolean));
  const words = name.split(/[\s\-–/]+/).filter((w) => /^\p{Lu}/u.test(w) && !skip.has(w.toLowerCase()) && !/^e\.?\s*V\.?$/i.test(w));
  const letters = words.map((w) => w[0]).join('');
  return letters.length >= 2 && letters.length <= 6 ? letters : name.trim();
}
