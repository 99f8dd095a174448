// Characters the PDF cannot show: DejaVu Sans, the font agree embeds, covers
// Latin, Greek, Cyrillic, Arabic, Hebrew and more, but no Chinese, Japanese or
// Korean, and not every symbol. The PDF would show "�" instead — in a name on
// a contract. The coverage comes from a table generated from the font at build
// time (render/pdf/coverage.ts), so checking loads neither fontkit nor the font.

import { codePointLabel, unsupportedCharacters } from '../../render/pdf/coverage.js';
import type { Rule } from '../rule.js';
import { escapePointerSegment, short } from './_util.js';

/** keys whose values are identifiers, never drawn as text */
const NOT_DRAWN = new Set(['id', '$schema']);
/** characters listed in one finding, at most */
const LISTED = 5;

export const rule: Rule = {
  id: 'unsupported-character',
  severity: 'warning',
  description: (t) => t.rules['unsupported-character'].description,
  check(ctx) {
    // iterative: a hostile document may nest deeper than the call stack
    const stack: Array<{ value: unknown; pointer: string; key: string }> = [{ value: ctx.doc, pointer: '', key: '' }];
    while (stack.length) {
      const { value, pointer, key } = stack.pop()!;
      if (typeof value === 'string') {
        if (NOT_DRAWN.has(key)) continue;
        const chars = unsupportedCharacters(value);
        if (!chars.length) continue;
        const listed = chars.slice(0, LISTED).map((c) => `${c} (${codePointLabel(c)})`);
        const more = chars.length - listed.length;
        const shown = short(value);
        ctx.report({ pointer, message: (t) => t.rules['unsupported-character'].unsupported(shown, chars.length, listed, more) });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: `${pointer}/${i}`, key });
      } else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, v] = entries[i]!;
          stack.push({ value: v, pointer: `${pointer}/${escapePointerSegment(k)}`, key: k });
        }
      }
    }
  },
};

