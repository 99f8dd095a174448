// Builds the text of a new agreement file: the model's template in the chosen
// language, filled with the answers, below a modeline that points editors at
// the installed package's schema.

import { pack } from '../lang/index.js';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../model/types.js';
import { fillTemplate } from './template.js';
import { packageRoot } from '../paths.js';
import {
  documentId,
  models,
  partnerIds,
  place,
  reviewOwnerId,
  serviceIds,
  servicesText,
  type InitAnswers,
} from './models.js';
import { churchLawOf } from './providers.js';

/**
 * `#@if` flags for the counselling provider's church data-protection law,
 * which decides `churchLaw` and the wording of the consent form.
 */
const churchFlags = { 'DSG-EKD': 'church-ekd', KDG: 'church-kdg', none: 'church-none' } as const;

/** the package root: this file is src/init/build.ts or dist/init/build.js */

export const schemaPath = join(packageRoot, 'schemas', 'agreement.schema.json');
export const templateDir = join(packageRoot, 'templates', 'init');

export function templateFile(model: string, lang: Lang): string {
  return join(templateDir, pack(lang).templates, `${model}.tmpl.yaml`);
}

/**
 * `# yaml-language-server: $schema=…` with the schema path relative to the
 * directory the file is written to; a file URL when there is no relative path
 * (another drive on Windows).
 */
export function modeline(outputDir: string): string {
  const rel = relative(outputDir, schemaPath);
  const target = isAbsolute(rel) ? pathToFileURL(schemaPath).href : rel.split(sep).join('/');
  return `# yaml-language-server: $schema=${target}`;
}

export interface BuildOptions {
  answers: InitAnswers;
  lang: Lang;
  /** ISO date: version, contactsUpdated */
  today: string;
  /** absolute directory the file goes to (for the modeline) */
  outputDir: string;
}

export async function buildAgreement(options: BuildOptions): Promise<string> {
  const { answers, lang } = options;
  const file = templateFile(answers.model, lang);
  const source = await readFile(file, 'utf8');
  return `${modeline(options.outputDir)}\n${fillTemplate(source, templateValues(options), file)}`;
}

export function templateValues({ answers, lang, today }: BuildOptions) {
  const spec = models[answers.model];
  const p = place(answers.district);
  const ids = partnerIds(answers, lang);
  const services = serviceIds.filter((s) => answers.services.includes(s));
  const tokens: Record<string, string> = {
    id: documentId(p),
    today,
    reviewOwner: reviewOwnerId(answers, lang),
    services: services.join(', '),
    firstService: services[0] ?? '',
  };
  const texts: Record<string, string> = {
    district: p.district,
    place: p.place,
    servicesText: servicesText(services, lang),
  };
  for (const role of spec.roles) {
    const partner = answers.partners[role.key] ?? { name: role.name(p, lang), shortName: role.shortName(p, lang) };
    tokens[`${role.key}Id`] = ids[role.key];
    texts[`${role.key}Name`] = partner.name;
    texts[`${role.key}Short`] = partner.shortName;
  }
  // a service the model does not offer must not leave an empty `by:` or `lead:` behind
  if (spec.services && services.length === 0) throw new Error('at least one counselling service is needed');
  const flags = new Set<string>(services);
  const welfare = spec.roles.find((r) => r.key === 'welfare');
  if (welfare) {
    const partner = answers.partners.welfare ?? { name: welfare.name(p, lang), shortName: welfare.shortName(p, lang) };
    flags.add(churchFlags[churchLawOf(partner.name, partner.shortName) ?? 'none']);
  }
  return { tokens, texts, flags, knownFlags: new Set<string>([...serviceIds, ...Object.values(churchFlags)]) };
}
