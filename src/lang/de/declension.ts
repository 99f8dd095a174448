// German noun phrases for organisation names: "Diakonisches Werk Dithmarschen" →
// "des Diakonischen Werkes Dithmarschen" (genitive), "dem Diakonischen Werk
// Dithmarschen" (dative), "das Diakonische Werk Dithmarschen" (nominative with
// article).
//
// The heuristic, in order:
//  1. The name is split into words. The head noun is the first word whose gender
//     we know; only adjectives ("Diakonisches", "Runder", "Zentrale") and
//     invariable place adjectives ("Kieler", "Husumer") may stand before it, at
//     most three words. Everything after the head ("Dithmarschen", "für Arbeit
//     und Soziales im Kreis Dithmarschen", "in den Sozialzentren", "(MBE)") is
//     kept as it is — place names, prepositional and genitive attributes do not
//     change with the case of the whole phrase.
//  2. Gender of the head: a lexicon of acronyms and short words (ARGE, AWO, JMD,
//     DRK, VHS, Caritas …), then the end of the word, longest ending first
//     (feminine -ung -heit -keit -schaft -ion -tät -ik -ie -ei -ur -anz -enz
//     -stadt -kammer -fahrt -arbeit …; masculine -dienst -kreis -verein -verband
//     -träger -rat -bund -ausschuss -kurs -tisch …; neuter -werk -amt -center
//     -zentrum/-um -büro -ment -projekt -haus -institut -team -bündnis …), and
//     last, as a weak rule, -e → feminine (Beratungsstelle, Volkshochschule).
//     A strong adjective ending before the head (-es neuter, -er masculine, -e
//     feminine) must agree with that gender, otherwise the word is not taken as
//     an adjective.
//  3. Inflection: genitive masculine/neuter head + -es after s/ß/x/z/sch and for
//     the short words that prefer it (Werk → Werkes, Dienst → Dienstes, Amt →
//     Amtes), -nis → -nisses, acronyms unchanged (des JMD), else + -s (Jobcenters,
//     Fallmanagements, Zentrums). Adjectives after the definite article: -e in the
//     nominative (and feminine/neuter accusative), -en elsewhere.
//  4. When no head is found (unknown words, an article in the name, plural
//     names we cannot see), every function returns null and callers use a
//     construction that is grammatical with the bare name ("Aufgaben von X",
//     "Übermittlung von X an Y").
//
// Known limits: plural names ("Migrationsfachdienste") are taken as feminine
// singular — right in the genitive, wrong in the dative; weak masculine nouns
// (n-declension) are not handled; a name that starts with an article falls back.

export type Gender = 'm' | 'f' | 'n';
export type { Case as GermanCase } from '../types.js';
import type { Case as GermanCase } from '../types.js';

interface Ending {
  suffix: string;
  gender: Gender;
  /** genitive ending for masculine/neuter when the general rule is wrong */
  gen?: '' | 's' | 'es';
  /** only the whole word (or last part after a hyphen), not a compound: "Land" but not "Nordfriesland" */
  exact?: boolean;
}

// Acronyms and short words whose gender no ending reveals (matched case-insensitively).
const LEXICON: Record<string, Gender> = {
  arge: 'f', // Arbeitsgemeinschaft
  ag: 'f', // Arbeitsgemeinschaft / Arbeitsgruppe
  awo: 'f', // Arbeiterwohlfahrt
  mbe: 'f', // Migrationsberatung für erwachsene Zuwanderer
  msb: 'f', // Migrationssozialberatung
  vhs: 'f', // Volkshochschule
  ba: 'f', // Bundesagentur für Arbeit
  aa: 'f', // Agentur für Arbeit
  jba: 'f', // Jugendberufsagentur
  caritas: 'f',
  kita: 'f',
  diakonie: 'f',
  jmd: 'm', // Jugendmigrationsdienst
  dpwv: 'm', // Paritätischer Wohlfahrtsverband
  drk: 'n', // Deutsches Rotes Kreuz
  bamf: 'n', // Bundesamt für Migration und Flüchtlinge
  dw: 'n', // Diakonisches Werk
  dwd: 'n', // Diakonisches Werk Dithmarschen
  jc: 'n', // Jobcenter
  biz: 'n', // Berufsinformationszentrum
  ib: 'm', // Internationaler Bund
};

// Longest suffixes first is not required: the matcher picks the longest match.
const ENDINGS: Ending[] = [
  // feminine
  ...['ung', 'heit', 'keit', 'schaft', 'ion', 'tät', 'ik', 'ie', 'ei', 'ur', 'anz', 'enz', 'stadt', 'kammer', 'fahrt', 'arbeit', 'hilfe', 'liga', 'kommune', 'gemeinde', 'behörde', 'stelle', 'schule', 'gruppe', 'runde', 'initiative', 'werkstatt', 'kasse'].map(
    (suffix) => ({ suffix, gender: 'f' as const }),
  ),
  // masculine
  { suffix: 'dienst', gender: 'm', gen: 'es' },
  { suffix: 'kreis', gender: 'm' },
  { suffix: 'verein', gender: 'm' },
  { suffix: 'verband', gender: 'm', gen: 'es' },
  { suffix: 'träger', gender: 'm' },
  { suffix: 'rat', gender: 'm', gen: 'es' },
  { suffix: 'bund', gender: 'm', gen: 'es' },
  { suffix: 'ausschuss', gender: 'm' },
  { suffix: 'stab', gender: 'm', gen: 'es' },
  { suffix: 'bezirk', gender: 'm', gen: 'es' },
  { suffix: 'service', gender: 'm' },
  { suffix: 'kurs', gender: 'm' },
  { suffix: 'treff', gender: 'm', gen: 's' },
  { suffix: 'tisch', gender: 'm' },
  { suffix: 'ring', gender: 'm', gen: 'es' },
  { suffix: 'hof', gender: 'm', gen: 'es' },
  { suffix: 'markt', gender: 'm', gen: 'es' },
  { suffix: 'punkt', gender: 'm', gen: 'es' },
  { suffix: 'konvent', gender: 'm' },
  { suffix: 'senat', gender: 'm' },
  { suffix: 'sektor', gender: 'm' },
  { suffix: 'bereich', gender: 'm' },
  { suffix: 'fonds', gender: 'm', gen: '' },
  { suffix: 'dialog', gender: 'm' },
  { suffix: 'gipfel', gender: 'm' },
  { suffix: 'zirkel', gender: 'm' },
  { suffix: 'verbund', gender: 'm', gen: 'es' },
  { suffix: 'vorstand', gender: 'm', gen: 'es' },
  { suffix: 'meister', gender: 'm' }, // Bürgermeister
  { suffix: 'führer', gender: 'm' }, // Geschäftsführer
  // neuter
  { suffix: 'werk', gender: 'n', gen: 'es' },
  { suffix: 'amt', gender: 'n', gen: 'es' },
  { suffix: 'center', gender: 'n' },
  { suffix: 'centre', gender: 'n' },
  { suffix: 'um', gender: 'n' }, // Zentrum, Forum, Gremium, Ministerium
  { suffix: 'büro', gender: 'n' },
  { suffix: 'ment', gender: 'n' }, // Management, Fallmanagement
  { suffix: 'projekt', gender: 'n' },
  { suffix: 'haus', gender: 'n' },
  { suffix: 'institut', gender: 'n' },
  { suffix: 'team', gender: 'n' },
  { suffix: 'programm', gender: 'n' },
  { suffix: 'referat', gender: 'n' },
  { suffix: 'dezernat', gender: 'n' },
  { suffix: 'sekretariat', gender: 'n' },
  { suffix: 'heim', gender: 'n', gen: 'es' },
  { suffix: 'land', gender: 'n', gen: 'es', exact: true },
  { suffix: 'kreuz', gender: 'n' },
  { suffix: 'bündnis', gender: 'n' },
  { suffix: 'netz', gender: 'n' },
  { suffix: 'kolleg', gender: 'n' },
  { suffix: 'kontor', gender: 'n' },
  { suffix: 'angebot', gender: 'n' },
  { suffix: 'seminar', gender: 'n' },
  { suffix: 'treffen', gender: 'n' },
  { suffix: 'gespräch', gender: 'n' },
  { suffix: 'portal', gender: 'n' },
];

// Not a suffix table entry: a lone -e is only a weak hint (Zentrale can be an adjective).
const WEAK_FEMININE = /e$/;

const ADJECTIVE = /^([A-ZÄÖÜ][a-zäöüß-]*?(?:isch|lich|ig|al|ell|iv|är|bar|sam|haft))(e|es|er)$/;
const ADJECTIVE_STEMS = new Set(['rot', 'neu', 'alt', 'groß', 'gross', 'jung', 'frei', 'rund', 'erst', 'deutsch', 'gut', 'offen']);
// "Kieler", "Husumer", "Dithmarscher": adjectives from place names do not inflect.
const PLACE_ADJECTIVE = /^[A-ZÄÖÜ][a-zäöüß]+er$/;
const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9-]+$/;

interface HeadInfo {
  gender: Gender;
  /** true for the weak "-e → feminine" guess */
  weak: boolean;
  /** genitive ending override from the table */
  gen?: '' | 's' | 'es';
  acronym: boolean;
}

function headInfo(word: string): HeadInfo | null {
  const bare = word.replace(/[.,;:]+$/, '');
  if (!/^[A-ZÄÖÜ]/.test(bare)) return null;
  const lower = bare.toLowerCase();
  const acronym = ACRONYM.test(bare);
  const lex = LEXICON[lower];
  if (lex) return { gender: lex, weak: false, acronym, gen: acronym ? '' : undefined };
  if (acronym) return null;
  // the last part of a hyphenated compound carries the gender ("Kreis-Jobcenter")
  const last = lower.split('-').pop() ?? lower;
  let best: Ending | undefined;
  for (const e of ENDINGS) {
    if ((e.exact ? last === e.suffix : last.endsWith(e.suffix)) && (!best || e.suffix.length > best.suffix.length)) best = e;
  }
  if (best) return { gender: best.gender, weak: false, gen: best.gen, acronym: false };
  if (WEAK_FEMININE.test(last)) return { gender: 'f', weak: true, acronym: false };
  return null;
}

interface Adjective {
  stem: string;
  gender: Gender;
}

function adjective(word: string): Adjective | null {
  const m = ADJECTIVE.exec(word);
  let stem: string | undefined;
  let ending: string | undefined;
  if (m) {
    stem = m[1];
    ending = m[2];
  } else {
    const s = /^([A-ZÄÖÜ][a-zäöüß]+?)(e|es|er)$/.exec(word);
    if (s && ADJECTIVE_STEMS.has(s[1]!.toLowerCase())) {
      stem = s[1];
      ending = s[2];
    }
  }
  if (!stem || !ending) return null;
  return { stem, gender: ending === 'es' ? 'n' : ending === 'er' ? 'm' : 'f' };
}

export interface NameAnalysis {
  gender: Gender;
  /** words before the head: adjectives (inflected) or place adjectives (kept) */
  pre: Array<{ word: string; adjective?: Adjective }>;
  head: string;
  headInfo: HeadInfo;
  /** everything after the head, verbatim, with its leading space */
  rest: string;
}

/** Finds the head noun of an organisation name; null when the heuristic is not sure. */
export function analyzeName(name: string): NameAnalysis | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  if (/^(der|die|das|des|dem|den)\s/i.test(trimmed)) return null;
  const words = trimmed.split(' ');
  const pre: NameAnalysis['pre'] = [];
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const word = words[i]!;
    const info = headInfo(word);
    const later = findHead(words, i + 1);
    if (info && !info.weak) return done(info, word, i);
    const adj = adjective(word);
    if (adj && later && later.gender === adj.gender) {
      pre.push({ word, adjective: adj });
      continue;
    }
    if (PLACE_ADJECTIVE.test(word) && !info && later && later.index === i + 1) {
      pre.push({ word });
      continue;
    }
    if (info) return done(info, word, i);
    return null;
  }
  return null;

  function done(info: HeadInfo, word: string, i: number): NameAnalysis {
    const rest = words.slice(i + 1).join(' ');
    return { gender: info.gender, pre, head: word, headInfo: info, rest: rest ? ` ${rest}` : '' };
  }
}

// The first word after `from` that could be a head, passing over adjectives.
function findHead(words: string[], from: number): { gender: Gender; index: number } | null {
  for (let i = from; i < Math.min(words.length, 4); i++) {
    const info = headInfo(words[i]!);
    if (info) return { gender: info.gender, index: i };
    if (!adjective(words[i]!) && !PLACE_ADJECTIVE.test(words[i]!)) return null;
  }
  return null;
}

const ARTICLES: Record<GermanCase, Record<Gender, string>> = {
  nom: { m: 'der', f: 'die', n: 'das' },
  gen: { m: 'des', f: 'der', n: 'des' },
  dat: { m: 'dem', f: 'der', n: 'dem' },
  acc: { m: 'den', f: 'die', n: 'das' },
};

/** the article the phrase takes in this case, e.g. "des" */
export function article(gender: Gender, c: GermanCase): string {
  return ARTICLES[c][gender];
}

function genitiveHead(head: string, info: HeadInfo): string {
  if (info.gender === 'f' || info.acronym) return head;
  if (info.gen !== undefined) return head + info.gen;
  const lower = head.toLowerCase();
  if (/nis$/.test(lower)) return `${head}ses`;
  if (/(s|ß|x|z|sch)$/.test(lower)) return `${head}es`;
  return `${head}s`;
}

/**
 * The name with definite article in the given case, e.g. declineName("Kreis
 * Nordfriesland", "gen") → "des Kreises Nordfriesland"; null when unsure.
 */
export function declineName(name: string, c: GermanCase): string | null {
  const a = analyzeName(name);
  if (!a) return null;
  // weak declension after the definite article: -e in the nominative singular
  // and in the feminine/neuter accusative, -en everywhere else
  const weakE = c === 'nom' || (c === 'acc' && a.gender !== 'm');
  const pre = a.pre.map((p) => (p.adjective ? p.adjective.stem + (weakE ? 'e' : 'en') : p.word));
  const head = c === 'gen' ? genitiveHead(a.head, a.headInfo) : a.head;
  return [article(a.gender, c), ...pre, head].join(' ') + a.rest;
}

/**
 * A role or office with article ("vertreten durch die Geschäftsführung", "den
 * Landrat", "die Leitung der Volkshochschule"); null for anything that may be a
 * person's name ("Landrat Florian Lorenzen", "Uwe Reimers", "Marion Peters"):
 * only a head we are sure of (not the weak -e guess), followed by nothing or by
 * a lowercase word, counts as a role.
 */
export function declineRole(role: string, c: GermanCase): string | null {
  const a = analyzeName(role);
  if (!a || a.headInfo.weak || a.headInfo.acronym || a.pre.some((p) => !p.adjective)) return null;
  if (a.rest && !/^ [a-zäöüß]/.test(a.rest)) return null;
  return declineName(role, c);
}

/** the grammatical gender of an organisation name, or null */
export function genderOf(name: string): Gender | null {
  return analyzeName(name)?.gender ?? null;
}

export function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
