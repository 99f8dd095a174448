// The four models `agree init` writes, and what can be filled into them: the
// district, the partners that have a name and short name to fill, the
// counselling services involved, and who calls the annual review.

import { pack } from '../lang/index.js';
import type { Lang } from '../model/types.js';
import { slugify } from '../model/tasks.js';
import { oneLine } from './template.js';

export const modelNames = ['dithmarschen', 'nordfriesland', 'luebeck', 'blank'] as const;
export type ModelName = (typeof modelNames)[number];

export const serviceIds = ['mbe', 'msb', 'jmd'] as const;
export type Service = (typeof serviceIds)[number];

export type RoleKey = 'welfare' | 'jobcenter' | 'county' | 'school' | 'agency' | 'municipality';

export interface RoleSpec {
  key: RoleKey;
  /** the partner id in the template when the short name is the suggested one */
  id: string;
  /** asked on a terminal; the others follow the district */
  ask: boolean;
  name(place: Place, lang: Lang): string;
  shortName(place: Place, lang: Lang): string;
}

export interface ModelSpec {
  name: ModelName;
  kind: 'agreement' | 'informal';
  /** used when neither --district nor an answer gives one */
  district: string;
  roles: RoleSpec[];
  /** units whose ids the template always has (besides the services) */
  fixedUnits: string[];
  /** counselling services a partner of this model runs as units; null: the model's units are fixed */
  services: Service[] | null;
  /** role key or unit id */
  reviewOwner: string;
}

export interface Place {
  /** as written: "Kreis Pinneberg" */
  district: string;
  /** without "Kreis", "Stadt" …: "Pinneberg" — for "in Pinneberg" and the document id */
  place: string;
}

const ADMINISTRATIVE = /^(freie\s+und\s+hansestadt|landeshauptstadt|kreisfreie\s+stadt|st[äa]dteregion|universit[äa]tsstadt|hansestadt|landkreis|kreis|stadt|region|county\s+of|district\s+of|city\s+of)\s+/i;

export function place(district: string): Place {
  const d = oneLine(district);
  const p = d.replace(ADMINISTRATIVE, '').trim();
  return { district: d, place: p || d };
}

/** Document id from the district: "Kreis Pinneberg" → "pinneberg". */
export function documentId(p: Place): string {
  const slug = slugify(p.place);
  // slugify answers "task" when nothing is left (e.g. a name in another script)
  return slug === 'task' && !/task/i.test(p.place) ? 'agreement' : slug;
}

const welfare: RoleSpec = {
  key: 'welfare',
  id: 'dw',
  ask: true,
  name: (p) => `Diakonisches Werk ${p.district}`,
  shortName: () => 'DW',
};
const jobcenter: RoleSpec = {
  key: 'jobcenter',
  id: 'jobcenter',
  ask: true,
  name: (p) => `Jobcenter ${p.district}`,
  shortName: () => 'Jobcenter',
};

export const models: Record<ModelName, ModelSpec> = {
  dithmarschen: {
    name: 'dithmarschen',
    kind: 'agreement',
    district: 'Kreis Musterland',
    roles: [welfare, jobcenter],
    fixedUnits: [],
    services: ['mbe', 'jmd'],
    reviewOwner: 'welfare',
  },
  nordfriesland: {
    name: 'nordfriesland',
    kind: 'agreement',
    district: 'Kreis Musterland',
    roles: [
      { key: 'county', id: 'kreis', ask: true, name: (p) => p.district, shortName: (p) => p.district },
      { key: 'school', id: 'vhs', ask: true, name: (p) => `Volkshochschule ${p.place}`, shortName: (p) => `VHS ${p.place}` },
    ],
    fixedUnits: ['fm', 'msb'],
    services: null,
    reviewOwner: 'msb',
  },
  luebeck: {
    name: 'luebeck',
    kind: 'informal',
    district: 'Stadt Musterstadt',
    roles: [
      jobcenter,
      welfare,
      { key: 'municipality', id: 'kommune', ask: false, name: (p) => p.district, shortName: (p) => p.district },
      { key: 'agency', id: 'agentur', ask: false, name: (p) => `Agentur für Arbeit ${p.place}`, shortName: () => 'Agentur für Arbeit' },
    ],
    fixedUnits: ['jc-u25', 'berufsberatung'],
    services: ['mbe', 'jmd'],
    reviewOwner: 'jobcenter',
  },
  blank: {
    name: 'blank',
    kind: 'agreement',
    district: 'Kreis Musterland',
    roles: [welfare, jobcenter],
    fixedUnits: [],
    services: null,
    reviewOwner: 'welfare',
  },
};

export interface PartnerAnswer {
  name: string;
  shortName: string;
}

/** Everything a model is filled with; the defaults, or what was answered on a terminal. */
export interface InitAnswers {
  model: ModelName;
  district: string;
  partners: Partial<Record<RoleKey, PartnerAnswer>>;
  services: Service[];
  /** id of a partner or unit; undefined: the model's default */
  reviewOwner?: string;
}

export function defaultPartners(spec: ModelSpec, district: string, lang: Lang): Partial<Record<RoleKey, PartnerAnswer>> {
  const p = place(district);
  const out: Partial<Record<RoleKey, PartnerAnswer>> = {};
  for (const role of spec.roles) out[role.key] = { name: role.name(p, lang), shortName: role.shortName(p, lang) };
  return out;
}

export function defaultAnswers(model: ModelName, lang: Lang, district?: string): InitAnswers {
  const spec = models[model];
  const d = district ?? spec.district;
  return { model, district: d, partners: defaultPartners(spec, d, lang), services: [...(spec.services ?? [])] };
}

/** The units the written file will have. */
export function unitIds(answers: InitAnswers): string[] {
  const spec = models[answers.model];
  return [...spec.fixedUnits, ...(spec.services ? serviceIds.filter((s) => answers.services.includes(s)) : [])];
}

/**
 * Partner ids: the model's own (`dw`, `jobcenter` …) while the short name is the
 * suggested one, else derived from the short name ("Caritas" → `caritas`), so
 * that `by:` and `lead:` read like the partner they name. Never the id of a unit
 * or another partner.
 */
export function partnerIds(answers: InitAnswers, lang: Lang): Record<RoleKey, string> {
  const spec = models[answers.model];
  const p = place(answers.district);
  const taken = new Set<string>(unitIds(answers));
  const ids = {} as Record<RoleKey, string>;
  // the model's own ids first, so that a derived id never takes one of them
  const own = spec.roles.filter((r) => {
    const short = answers.partners[r.key]?.shortName;
    return short === undefined || oneLine(short) === r.shortName(p, lang);
  });
  for (const r of own) {
    ids[r.key] = unique(r.id, taken);
  }
  for (const r of spec.roles) {
    if (own.includes(r)) continue;
    const slug = slugify(answers.partners[r.key]!.shortName);
    const base = slug === 'task' || slug.length > 40 ? r.id : slug;
    ids[r.key] = unique(base, taken);
  }
  return ids;
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function reviewOwnerId(answers: InitAnswers, lang: Lang): string {
  if (answers.reviewOwner) return answers.reviewOwner;
  const spec = models[answers.model];
  const ids = partnerIds(answers, lang);
  return spec.roles.some((r) => r.key === spec.reviewOwner) ? ids[spec.reviewOwner as RoleKey] : spec.reviewOwner;
}

/** "MBE und JMD", "MBE, MSB and JMD" */
export function servicesText(services: Service[], lang: Lang): string {
  const names = serviceIds.filter((s) => services.includes(s)).map((s) => s.toUpperCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${pack(lang).format.and} ${names.at(-1)}`;
}
