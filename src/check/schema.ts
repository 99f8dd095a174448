// Schema validation with the validators precompiled at build time
// (scripts/build-validators.mjs), and ajv's errors turned into messages for
// people: each names the place as the document does ("partner 3 (Diakonie)",
// schema-names.ts), an unknown key gets the keys allowed at its place and the
// nearest of them, and every word comes from the language pack
// (diagnostics.schema) — no message of ajv's own is ever shown.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LanguagePack, Text } from '../lang/types.js';
import { closest } from './suggest.js';
import { packagePath } from '../paths.js';
import { escapePointerSegment, pointerSegments } from '../model/source.js';
import { placeOf, type Place } from './schema-names.js';

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
  /** set on the errors of a key's name (propertyNames) */
  propertyName?: string;
  message?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface SchemaIssue {
  /** the JSON Schema keyword that failed (additionalProperties, required, type …) */
  keyword: string;
  pointer: string;
  /** report at the key (unknown keys) rather than the value */
  atKey: boolean;
  /** ajv's parameters of the keyword (missingProperty, additionalProperty, allowedValues, limit …) */
  params: Record<string, unknown>;
  /** the message, in whichever language it is shown */
  message: Text;
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

/** a schema's local reference ("#/$defs/partner") resolved */
function resolveRef(root: Record<string, unknown>, ref: string): Record<string, unknown> | undefined {
  if (!ref.startsWith('#')) return undefined;
  let cur: unknown = root;
  for (const seg of pointerSegments(ref.slice(1))) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>) : undefined;
}

type SchemaObject = Record<string, unknown>;
const isSchema = (v: unknown): v is SchemaObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a schema with every schema that also applies to the same value: $ref targets and the branches of allOf/anyOf/oneOf/then/else */
function expand(root: SchemaObject, schemas: SchemaObject[]): SchemaObject[] {
  const out: SchemaObject[] = [];
  const seen = new Set<SchemaObject>();
  const visit = (s: unknown) => {
    if (!isSchema(s) || seen.has(s)) return;
    seen.add(s);
    out.push(s);
    if (typeof s.$ref === 'string') visit(resolveRef(root, s.$ref));
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) visit(b);
    visit(s.then);
    visit(s.else);
  };
  for (const s of schemas) visit(s);
  return out;
}

/**
 * The schemas that apply to the value at an instance pointer, found by walking
 * the schema along the pointer (ajv's schemaPath is relative to the $ref'd
 * definition, so it cannot say which mapping an unknown key is in).
 */
function schemasAt(name: SchemaName, pointer: string): SchemaObject[] {
  const root = schemaJson(name);
  let current = expand(root, [root]);
  for (const seg of pointerSegments(pointer)) {
    const next: SchemaObject[] = [];
    for (const s of current) {
      const props = isSchema(s.properties) ? s.properties : undefined;
      if (props && seg in props) next.push(props[seg] as SchemaObject);
      else if (isSchema(s.additionalProperties)) next.push(s.additionalProperties);
      if (/^\d+$/.test(seg) && isSchema(s.items)) next.push(s.items);
    }
    current = expand(root, next.filter(isSchema));
  }
  return current;
}

/** the keys a mapping at this pointer may have, in the schema's order */
export function allowedKeys(name: SchemaName, pointer: string): string[] {
  const keys: string[] = [];
  for (const s of schemasAt(name, pointer)) {
    if (!isSchema(s.properties)) continue;
    for (const k of Object.keys(s.properties)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** which of the schemas' shared definitions a pattern is (dates, ids, e-mail addresses are each defined once) */
function patternKind(name: SchemaName, pattern: string): 'date' | 'id' | 'email' | 'postalCode' | undefined {
  const defs = (schemaJson(name).$defs ?? {}) as Record<string, { pattern?: string }>;
  if (pattern === defs.optionalDate?.pattern || pattern === 'date') return 'date';
  if (pattern === defs.id?.pattern || pattern === '^[a-z0-9][a-z0-9-]{0,63}$') return 'id';
  if (pattern === defs.email?.pattern || pattern === 'email') return 'email';
  if (pattern.includes('[0-9]{5}')) return 'postalCode';
  return undefined;
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

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
    // (ajv's schemaPath is relative to a $ref'd definition — a task's missing
    // `text` is at `#/required`, not under the umbrella's `…/anyOf/1` —, so an
    // error at the value or below it belongs to the umbrella whatever its path says)
    const branch = (e: AjvError) => e !== umbrella && below(e.instancePath);
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
  // propertyNames reports the name's own error (a pattern) as well: one message is enough
  errors = errors.filter((e) => !(e.propertyName !== undefined && e.keyword !== 'propertyNames' && errors.some((u) => u.keyword === 'propertyNames' && u.instancePath === e.instancePath)));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const issue = translateOne(name, data, e);
    // one message per value is enough (a bad date fails pattern and format)
    const key = issue.atKey || e.keyword === 'required' ? `${issue.pointer}|${e.keyword}|${JSON.stringify(e.params)}` : issue.pointer;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // `adress:` for `address:` is one mistake, not two: the unknown key's "did you
  // mean `address`?" says all that "`address` is missing" would say
  return issues.filter(
    (i) =>
      !(
        i.keyword === 'required' &&
        issues.some((u) => u.keyword === 'additionalProperties' && u.pointer.slice(0, u.pointer.lastIndexOf('/')) === i.pointer && u.params.hint === i.params.missingProperty)
      ),
  );
}

/**
 * The requirement is one that only a written agreement has (kind: agreement or no
 * kind): the agreement schema keeps those in its root's else (no `extends`) → else
 * (not `kind: informal`).
 */
const forWrittenAgreement = (e: AjvError) => e.schemaPath.startsWith('#/else/else/');

const S = (t: LanguagePack) => t.diagnostics.schema;

function translateOne(name: SchemaName, data: unknown, e: AjvError): SchemaIssue {
  const pointer = e.instancePath;
  const value = valueAt(data, pointer);
  const place: Place = placeOf(name, data, pointer);
  const shown = (t: LanguagePack) => S(t).value(value);
  const issue = (message: Text, extra: Partial<SchemaIssue> = {}): SchemaIssue => ({ keyword: e.keyword, pointer, atKey: false, params: e.params, message, ...extra });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = allowedKeys(name, pointer);
      const hint = closest(key, allowed);
      return issue((t) => S(t).unknownKey(key, hint, allowed, place), {
        pointer: `${pointer}/${escapePointerSegment(key)}`,
        atKey: true,
        params: { ...e.params, allowed, ...(hint ? { hint } : {}) },
      });
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const inKind = forWrittenAgreement(e);
      return issue((t) => S(t).required(missing, place, inKind));
    }
    case 'type': {
      const types = String(e.params.type).split(',');
      // YAML reads 25704 as a number and true as a boolean; quotes keep them text
      const quoted = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean') ? `"${String(value)}"` : undefined;
      return issue((t) => S(t).type(place, S(t).or(types.map((x) => S(t).types[x] ?? x)), shown(t), quoted));
    }
    case 'enum': {
      // "" and null stand for "not answered yet" in the results file; show them as written in YAML
      const allowed = (e.params.allowedValues as unknown[]).map((v) => (v === '' ? '""' : String(v)));
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return issue((t) => S(t).enum(place, shown(t), allowed, hint));
    }
    case 'const':
      return issue((t) => S(t).const(place, JSON.stringify(e.params.allowedValue)));
    case 'pattern':
    case 'format': {
      const p = String(e.params.pattern ?? e.params.format);
      switch (patternKind(name, p)) {
        case 'date':
          return issue((t) => S(t).date(place, shown(t)));
        case 'id':
          return issue((t) => S(t).id(place, shown(t)));
        case 'postalCode':
          return issue((t) => S(t).postalCode(place, shown(t)));
        case 'email':
          return issue((t) => S(t).email(place, shown(t)));
        default:
          return issue((t) => S(t).pattern(place, shown(t), p));
      }
    }
    case 'minLength': {
      const limit = Number(e.params.limit);
      return issue((t) => (limit === 1 ? S(t).empty(place) : S(t).minLength(place, limit)));
    }
    case 'maxLength':
      return issue((t) => S(t).maxLength(place, Number(e.params.limit)));
    case 'minimum':
      return issue((t) => S(t).minimum(place, shown(t), Number(e.params.limit)));
    case 'maximum':
      return issue((t) => S(t).maximum(place, shown(t), Number(e.params.limit)));
    case 'minItems': {
      const inKind = forWrittenAgreement(e);
      return issue((t) => S(t).minItems(place, Number(e.params.limit), inKind));
    }
    case 'maxItems':
      return issue((t) => S(t).maxItems(place, Number(e.params.limit)));
    case 'uniqueItems': {
      const twice = Array.isArray(value) ? value[Number(e.params.j)] : undefined;
      return issue((t) => S(t).uniqueItems(place, S(t).value(twice)));
    }
    case 'propertyNames': {
      const key = String(e.params.propertyName);
      // at the mapping, as ajv has it: the results check replaces this finding with its own for task ids
      return issue((t) => S(t).propertyName(key, place));
    }
  }
  return issue((t) => S(t).other(place, e.keyword));
}
