// Every language pack is complete: it has every key of the reference pack
// (English), with the same placeholders in every message and the same shape
// (keys, arity of functions) in every section — so a third language cannot
// silently come out as German or English. The compiler checks the types; this
// walks the values too (an empty string, a missing placeholder).

import { describe, expect, it } from 'vitest';
import { languages, pack } from '../../src/lang/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The shape of a section: its keys and the kind of each value (a function may
 * ignore parameters its language does not need, a list may be longer). Word
 * lists and month names are data of their language: only their keys count.
 */
function shape(value: unknown, data = false): unknown {
  if (typeof value === 'function') return 'function';
  if (value instanceof RegExp) return 'regexp';
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object') {
    if (data) return Object.keys(value).sort();
    // month names are words of the language itself: any keys
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, k === 'monthNames' ? 'names' : shape((value as Record<string, unknown>)[k])]));
  }
  return typeof value;
}

/** every string of a value, with its path */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

const reference = pack('en');

describe('language packs', () => {
  it('agree speaks German and English', () => {
    expect(languages()).toEqual(['de', 'en']);
  });

  for (const code of languages()) {
    const p = pack(code);
    describe(`${code} (${p.name})`, () => {
      it('has every UI message of the reference pack, none empty, with the same placeholders', () => {
        expect(Object.keys(p.ui).sort()).toEqual(Object.keys(reference.ui).sort());
        for (const [key, en] of Object.entries(reference.ui) as Array<[keyof typeof reference.ui, string]>) {
          expect(p.ui[key].trim(), key).not.toBe('');
          expect(placeholders(p.ui[key]), key).toEqual(placeholders(en));
        }
      });

      for (const section of ['format', 'grammar', 'diagnostics', 'rules', 'document', 'review', 'reviewProfile', 'words'] as const) {
        it(`has the ${section} section in the reference pack's shape, with no empty words`, () => {
          if (section === 'reviewProfile') {
            // overrides: only keys the review words have
            const keys = (v: unknown, base: unknown): void => {
              if (!v || typeof v !== 'object' || typeof v === 'function') return;
              for (const [k, x] of Object.entries(v)) {
                expect(base && typeof base === 'object' && k in base, `reviewProfile.${k}`).toBe(true);
                keys(x, (base as Record<string, unknown>)[k]);
              }
            };
            keys(p.reviewProfile, p.review);
          } else {
            expect(shape(p[section], section === 'words')).toEqual(shape(reference[section], section === 'words'));
          }
          // a word may be empty where the reference's is too (a state that says nothing)
          const empty = new Set([...strings(reference[section], section)].filter(([, s]) => s.trim() === '').map(([path]) => path));
          for (const [path, s] of strings(p[section], section)) if (!empty.has(path)) expect(s.trim(), path).not.toBe('');
        });
      }

      it('names a locale and a templates folder', () => {
        expect(p.code).toBe(code);
        expect(p.locale).toMatch(new RegExp(`^${code}-[A-Z]{2}$`));
        expect(p.templates).toBe(code);
      });
    });
  }
});
