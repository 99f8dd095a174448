// A section of the packs as texts to show later: lazy(t => t.diagnostics.results)
// gives, for each message of the section, a Text (for a plain string) or a
// function of the message's parameters that returns a Text — so code states a
// message where it happens, and the words come from the pack of whoever
// prints it:
//
//   const M = lazy((t) => t.diagnostics.results);
//   report(M.unknownTask(id, hint, 'tasks'));   // a Text
//   problem(M.emptyFile);                         // a Text
//
// Which members take parameters is read from the reference (English) pack:
// every pack has the same shape.

import { pack, REFERENCE_LANGUAGE } from './index.js';
import type { LanguagePack, Text } from './types.js';

export type Lazy<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => string ? (...args: A) => Text : S[K] extends string ? Text : never;
};

export function lazy<S extends object>(section: (t: LanguagePack) => S): Lazy<S> {
  const reference = section(pack(REFERENCE_LANGUAGE)) as Record<string, unknown>;
  const cache = new Map<string, unknown>();
  return new Proxy({} as Lazy<S>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      let member = cache.get(key);
      if (member === undefined) {
        member =
          typeof reference[key] === 'function'
            ? (...args: unknown[]): Text =>
                (t) =>
                  (section(t) as Record<string, (...a: unknown[]) => string>)[key]!(...args)
            : ((t: LanguagePack) => (section(t) as Record<string, string>)[key]!) satisfies Text;
        cache.set(key, member);
      }
      return member;
    },
  });
}
