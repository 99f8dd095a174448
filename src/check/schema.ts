// Schema validation with the validators precompiled at build time
// (scripts/build-validators.mjs), and ajv's errors turned into messages for
// people in German and English.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Localized } from './diagnostic.js';
import { closest } from './suggest.js';
import { packagePath } from '../paths.js';
import { escapePointerSegment, pointerSegments } from '../model/source.js';

export type SchemaName = 'agreement' | 'review-results';

/**
 * Keywords of the schemas that only editors read (yaml-language-server, VS Code's
 * JSON/YAML support): help in Markdown, a label per enum value, completion
 * snippets, messages for patterns and wrong types, conditions kept out of
 * completion. ajv validates nothing with them; strict mode must know them, so
 * whoever compiles the schemas declares them: `ajv.addVocabulary(editorKeywords)`.
 * scripts/build-validators.mjs repeats this list (it runs before tsc).
 */
export const editorKeywords = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'patternErrorMessage',
  'errorMessage',
  'doNotSuggest',
] as const;

/** ajv options the schemas need besides strict mode: an indicator value is a number or a text. */
export const ajvOptions = { allErrors: true, strict: true, allowUnionTypes: true } as const;

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** set by propertyNames: the key whose name failed */
  propertyName?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface SchemaIssue {
  keyword: string;
  pointer: string;
  /** report at the key (unknown keys) rather than the value */
  atKey: boolean;
  message: Localized;
  /** ajv's params of the keyword (missingProperty, allowedValues …); propertyName when a key's name failed */
  params: Record<string, unknown>;
}

// dist/validators/ from both src/check/ (tests) and dist/check/ (the CLI)
const require = createRequire(import.meta.url);
const validators = new Map<SchemaName, Validator>();
const schemas = new Map<SchemaName, Record<string, unknown>>();

function validator(name: SchemaName): Validator {
  let v = validators.get(name);
  if (!v) {
    const mod = require(packagePath('dist', 'validators', `${name}.cjs`)) as Validator | { default: Validator };
    v = typeof mod === 'function' ? mod : mod.default;
    validators.set(name, v);
  }
  return v;
}

/** The schema JSON itself, read only when a message needs it (e.g. "did you mean"). */
export function schemaJson(name: SchemaName): Record<string, unknown> {
  let s = schemas.get(name);
  if (!s) {
    s = JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
    schemas.set(name, s);
  }
  return s;
}

function schemaAt(name: SchemaName, schemaPath: string): Record<string, unknown> | undefined {
  let cur: unknown = schemaJson(name);
  for (const seg of pointerSegments(schemaPath.replace(/^#/, ''))) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>) : undefined;
}

const parentPath = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

const typeNames: Record<string, Localized> = {
  string: { de: 'ein Text', en: 'a text (string)' },
  number: { de: 'eine Zahl', en: 'a number' },
  integer: { de: 'eine ganze Zahl', en: 'a whole number (integer)' },
  boolean: { de: 'true oder false', en: 'true or false' },
  array: { de: 'eine Liste (- …)', en: 'a list (- …)' },
  object: { de: 'eine Abbildung (Schlüssel: Wert)', en: 'a mapping (key: value)' },
  null: { de: 'leer (null)', en: 'empty (null)' },
};

function typeList(types: string[]): Localized {
  const names = types.map((t) => typeNames[t] ?? { de: t, en: t });
  return { de: names.map((n) => n.de).join(' oder '), en: names.map((n) => n.en).join(' or ') };
}

function describeValue(data: unknown): string {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'list';
  if (typeof data === 'object') return 'mapping';
  const s = JSON.stringify(data);
  return s.length > 40 ? s.slice(0, 37) + '…"' : s;
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

const lastSegment = (pointer: string) => pointerSegments(pointer).at(-1) ?? '';

export function validate(name: SchemaName, data: unknown): SchemaIssue[] {
  const v = validator(name);
  if (v(data)) return [];
  return translate(name, data, v.errors ?? []);
}

function translate(name: SchemaName, data: unknown, raw: AjvError[]): SchemaIssue[] {
  let errors = raw.filter((e) => e.keyword !== 'if');
  // anyOf/oneOf (a task is a text or a mapping): if some branch had the right
  // type, its errors explain the problem; otherwise say which types fit.
  for (const umbrella of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    // the same schema applies to many values (every `held` of a results file):
    // a branch error belongs to this umbrella only at its value or below it
    const below = (path: string) => path === umbrella.instancePath || path.startsWith(umbrella.instancePath + '/');
    const branch = (e: AjvError) => e !== umbrella && e.schemaPath.startsWith(umbrella.schemaPath + '/') && below(e.instancePath);
    const branchErrors = errors.filter(branch);
    const typeErrors = branchErrors.filter((e) => e.keyword === 'type' && e.instancePath === umbrella.instancePath);
    if (typeErrors.length === branchErrors.length) {
      const types = [...new Set(typeErrors.flatMap((e) => [e.params.type as string].flat().flatMap((t) => String(t).split(','))))];
      errors = errors.filter((e) => !branch(e) && e !== umbrella);
      errors.push({ ...umbrella, keyword: 'type', params: { type: types.join(',') } });
    } else {
      errors = errors.filter((e) => e !== umbrella && !typeErrors.includes(e));
    }
  }
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const issue = { ...translateOne(name, data, e), params: e.propertyName === undefined ? e.params : { ...e.params, propertyName: e.propertyName } };
    // one message per value is enough (a bad date fails pattern and format)
    const key = issue.atKey || e.keyword === 'required' ? `${issue.pointer}|${issue.message.en}` : issue.pointer;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * The requirement is one that only a written agreement has (kind: agreement or no
 * kind): the agreement schema keeps those in its root's else (no `extends`) → else
 * (not `kind: informal`).
 */
const forWrittenAgreement = (e: AjvError) => e.schemaPath.startsWith('#/else/else/');

let localizeDe: ((errors: AjvError[]) => void) | undefined;

function translateOne(name: SchemaName, data: unknown, e: AjvError): Omit<SchemaIssue, 'params'> {
  const pointer = e.instancePath;
  const value = valueAt(data, pointer);
  const shown = describeValue(value);
  const field = lastSegment(pointer);
  const where = field ? `\`${field}\`` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const props = schemaAt(name, parentPath(e.schemaPath))?.properties as Record<string, unknown> | undefined;
      const known = props ? Object.keys(props) : [];
      const hint = closest(key, known);
      return {
        keyword: e.keyword,
        pointer: `${pointer}/${escapePointerSegment(key)}`,
        atKey: true,
        message: hint
          ? { de: `unbekannter Schlüssel \`${key}\` – meinten Sie \`${hint}\`?`, en: `unknown key \`${key}\` – did you mean \`${hint}\`?` }
          : {
              de: `unbekannter Schlüssel \`${key}\`; erlaubt sind hier: ${known.map((k) => `\`${k}\``).join(', ')}`,
              en: `unknown key \`${key}\`; allowed here: ${known.map((k) => `\`${k}\``).join(', ')}`,
            },
      };
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const inKind = forWrittenAgreement(e);
      return {
        keyword: e.keyword,
        pointer,
        atKey: false,
        message: {
          de: `Pflichtangabe \`${missing}\` fehlt${where ? ` in ${where}` : ''}${inKind ? ' (für eine schriftliche Vereinbarung, `kind: agreement`)' : ''}`,
          en: `required key \`${missing}\` is missing${where ? ` in ${where}` : ''}${inKind ? ' (for a written agreement, `kind: agreement`)' : ''}`,
        },
      };
    }
    case 'type': {
      const types = String(e.params.type).split(',');
      const t = typeList(types);
      // YAML reads 25704 as a number and true as a boolean; quotes keep them text
      const quote = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean') ? `"${String(value)}"` : undefined;
      return {
        keyword: e.keyword,
        pointer,
        atKey: false,
        message: {
          de: `${where || 'Wert'} muss ${t.de} sein, nicht ${shown}${quote ? ` – in Anführungszeichen schreiben: ${quote}` : ''}`,
          en: `${where || 'value'} must be ${t.en}, not ${shown}${quote ? ` – write it in quotes: ${quote}` : ''}`,
        },
      };
    }
    case 'enum': {
      // "" and null stand for "not answered yet" in the results file; show them as written in YAML
      const allowed = (e.params.allowedValues as unknown[]).map((v) => (v === '' ? '""' : String(v)));
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      const list = allowed.map((a) => `\`${a}\``).join(', ');
      return {
        keyword: e.keyword,
        pointer,
        atKey: false,
        message: {
          de: `${where || 'Wert'} ${shown} ist nicht erlaubt; erlaubt: ${list}${hint ? ` – meinten Sie \`${hint}\`?` : ''}`,
          en: `${where || 'value'} ${shown} is not allowed; allowed: ${list}${hint ? ` – did you mean \`${hint}\`?` : ''}`,
        },
      };
    }
    case 'const':
      return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where} muss ${JSON.stringify(e.params.allowedValue)} sein`, en: `${where} must be ${JSON.stringify(e.params.allowedValue)}` } };
    case 'pattern':
    case 'format': {
      const p = String(e.params.pattern ?? e.params.format);
      // the schemas keep date and e-mail patterns in one definition each
      const def = /\/\$defs\/([^/]+)\/(?:pattern|format)$/.exec(e.schemaPath)?.[1];
      if (def === 'optionalDate' || p === 'date') {
        return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Datum'} ${shown} ist kein gültiges Datum; schreiben Sie JJJJ-MM-TT, z. B. 2026-07-06`, en: `${where || 'date'} ${shown} is not a valid date; write YYYY-MM-DD, e.g. 2026-07-06` } };
      }
      if (p.includes('[a-z0-9-]')) {
        return {
          keyword: e.keyword,
          pointer,
          atKey: false,
          message: {
            de: `${where || 'Kennung'} ${shown} ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, Beginn mit Buchstabe oder Ziffer, höchstens 64 Zeichen (z. B. \`kreis-dithmarschen\`)`,
            en: `${where || 'id'} ${shown} is not a valid id: lowercase letters a–z, digits and hyphens only, starting with a letter or digit, at most 64 characters (e.g. \`kreis-dithmarschen\`)`,
          },
        };
      }
      if (p.includes('[0-9]{5}')) {
        return { keyword: e.keyword, pointer, atKey: false, message: { de: `Postleitzahl ${shown} muss aus 5 Ziffern bestehen (in Anführungszeichen, z. B. "25704")`, en: `postal code ${shown} must be 5 digits (in quotes, e.g. "25704")` } };
      }
      if (def === 'email' || p === 'email') {
        return { keyword: e.keyword, pointer, atKey: false, message: { de: `${shown} ist keine gültige E-Mail-Adresse`, en: `${shown} is not a valid e-mail address` } };
      }
      return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Wert'} ${shown} hat nicht die erwartete Form (${p})`, en: `${where || 'value'} ${shown} does not have the expected form (${p})` } };
    }
    case 'minLength':
      if (e.params.limit === 1) return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Wert'} darf nicht leer sein`, en: `${where || 'value'} must not be empty` } };
      break;
    case 'minimum':
      return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Wert'} ${shown} ist zu klein; erlaubt ist mindestens ${e.params.limit}`, en: `${where || 'value'} ${shown} is too small; the least allowed is ${e.params.limit}` } };
    case 'maximum':
      return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Wert'} ${shown} ist zu groß; erlaubt ist höchstens ${e.params.limit}`, en: `${where || 'value'} ${shown} is too large; the most allowed is ${e.params.limit}` } };
    case 'minItems': {
      const inKind = forWrittenAgreement(e);
      return {
        keyword: e.keyword,
        pointer,
        atKey: false,
        message: {
          de: `${where || 'Liste'} braucht mindestens ${e.params.limit} Einträge${inKind ? ' (für eine schriftliche Vereinbarung, `kind: agreement`)' : ''}`,
          en: `${where || 'list'} needs at least ${e.params.limit} entries${inKind ? ' (for a written agreement, `kind: agreement`)' : ''}`,
        },
      };
    }
    case 'maxItems':
      return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Liste'} darf höchstens ${e.params.limit} Einträge haben`, en: `${where || 'list'} may have at most ${e.params.limit} entries` } };
  }
  // everything else: ajv's own message, with ajv-i18n's German
  const en = `${where || 'value'} ${e.message ?? e.keyword}`;
  const copy = { ...e };
  localizeDe ??= require('ajv-i18n/localize/de') as (errors: AjvError[]) => void;
  localizeDe([copy]);
  return { keyword: e.keyword, pointer, atKey: false, message: { de: `${where || 'Wert'} ${copy.message ?? e.keyword}`, en } };
}
