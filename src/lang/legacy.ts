// TRANSITIONAL: messages still written as { de, en } objects in the code (the
// quality rules and the schema messages, being moved into the packs). Each is
// shown in its language, falling back to English for other packs. Once the
// last { de, en } object is gone from src/, this file goes too.

import type { Text } from './types.js';

export interface Localized {
  de: string;
  en: string;
}

export const localized =
  (m: Localized): Text =>
  (t) =>
    (m as unknown as Record<string, string>)[t.code] ?? m.en;

/** a message that is a Text, or still a { de, en } object, in a language */
export function show(m: Text | Localized, t: Parameters<Text>[0]): string {
  return typeof m === 'function' ? m(t) : localized(m)(t);
}
