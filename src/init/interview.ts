// The questions `agree init` asks on a terminal: model (unless --model), district,
// the partners' names and short names, the counselling services, the review
// owner. Each default follows the answers before it (the partners' names
// follow the district, the provider's short name follows its name: "Caritas").

import type { Lang } from '../model/types.js';
import { message } from '../lang/fill.js';
import { languages, pack } from '../lang/index.js';
import { closest } from '../check/suggest.js';
import type { UiKey } from '../lang/en/ui.js';
import type { Prompter } from './prompt.js';
import { oneLine } from './template.js';
import {
  defaultAnswers,
  defaultPartners,
  modelNames,
  models,
  partnerIds,
  reviewOwnerId,
  serviceIds,
  unitIds,
  place,
  type InitAnswers,
  type ModelName,
  type Service,
} from './models.js';
import { provider } from './providers.js';

export interface InterviewStart {
  /** --model, when given */
  model?: ModelName;
  /** --district, when given */
  district?: string;
}

export async function interview(prompter: Prompter, lang: Lang, start: InterviewStart): Promise<InitAnswers> {
  const say = (key: string, params?: Record<string, string>) => message(lang, `init.${key}` as UiKey, params);
  const text = (answer: string) => (oneLine(answer) ? oneLine(answer) : { retry: say('invalid.empty') });

  prompter.say(say('intro'));
  const model =
    start.model ??
    ((await prompter.ask(say('ask.model'), 'dithmarschen', (a) => {
      const m = a.toLowerCase();
      return (modelNames as readonly string[]).includes(m) ? m : { retry: say('invalid.choice', { choices: modelNames.join(', ') }) };
    })) as ModelName);
  const spec = models[model];
  const answers = defaultAnswers(model, lang, start.district);

  answers.district = await prompter.ask(say('ask.district'), answers.district, text);
  answers.partners = defaultPartners(spec, answers.district, lang);
  for (const role of spec.roles) {
    if (!role.ask) continue;
    const partner = answers.partners[role.key]!;
    const roleName = say(`role.${role.key}`);
    partner.name = await prompter.ask(say('ask.name', { role: roleName }), partner.name, text);
    // the provider's own short name: "Caritas", "AWO", not the Diakonie's "DW"
    if (role.key === 'welfare') partner.shortName = provider(partner.name, place(answers.district).place).shortName;
    partner.shortName = await prompter.ask(say('ask.shortName', { role: roleName }), partner.shortName, text);
  }

  if (spec.services) {
    // "mbe und jmd" as well as "mbe, jmd"
    const and = new Set(languages().map((code) => pack(code).format.and.toLowerCase()));
    const list = await prompter.ask(say('ask.services'), answers.services.join(', '), (a) => {
      const words = a.toLowerCase().split(/[\s,;/+&]+/).filter((w) => w && !and.has(w));
      if (words.length === 0) return { retry: say('invalid.services') };
      // name each word that is wrong, not the whole answer
      const wrong = [...new Set(words.filter((w) => !(serviceIds as readonly string[]).includes(w)))];
      if (wrong.length > 0) {
        return {
          retry: wrong
            .map((word) => {
              const hint = closest(word, serviceIds);
              return say('invalid.service', { word, hint: hint ? say('invalid.serviceHint', { hint }) : '' });
            })
            .join('\n'),
        };
      }
      return serviceIds.filter((s) => words.includes(s)).join(', ');
    });
    answers.services = list.split(', ') as Service[];
  }

  // partners by id or short name, then units by id
  const ids = partnerIds(answers, lang);
  const choices = [...spec.roles.map((r) => ids[r.key]), ...unitIds(answers)];
  const byShortName = new Map(spec.roles.map((r) => [oneLine(answers.partners[r.key]!.shortName).toLowerCase(), ids[r.key]]));
  answers.reviewOwner = await prompter.ask(say('ask.reviewOwner', { choices: choices.join(', ') }), reviewOwnerId(answers, lang), (a) => {
    const key = oneLine(a).toLowerCase();
    if (choices.includes(key)) return key;
    const viaShort = byShortName.get(key);
    return viaShort ?? { retry: say('invalid.choice', { choices: choices.join(', ') }) };
  });
  return answers;
}
