// Characters the PDF cannot show: DejaVu Sans, the font agree embeds, covers
// Latin, Greek, Cyrillic, Arabic, Hebrew and more, but no Chinese, Japanese or
// Korean, and not every symbol. The PDF would show "�" instead — in a name on
// a contract. The coverage comes from a table generated from the font at build
// time (render/pdf/coverage.ts), so checking loads neither fontkit nor the font.

import { codePointLabel, unsupportedCharacters } from '../../render/pdf/coverage.js';
import type { Rule } from '../rule.js';
import { isRecord, qde, qen, seg } from './_util.js';

/** keys whose values are identifiers, never drawn as text */
const NOT_DRAWN = new Set(['id', '$schema']);
/** characters listed in one finding, at most */
const LISTED = 5;

export const rule: Rule = {
  id: 'unsupported-character',
  severity: 'warning',
  description: {
    de: 'Ein Zeichen, das die PDF-Schrift nicht darstellen kann (z. B. Chinesisch), erschiene im PDF als „�“',
    en: 'A character the PDF font cannot show (e.g. Chinese) would appear as "�" in the PDF',
  },
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
        ctx.report({
          pointer,
          message: {
            de: `${qde(value)} enthält ${chars.length === 1 ? 'ein Zeichen, das' : `${chars.length} Zeichen, die`} die Schrift des PDF (DejaVu Sans) nicht hat: ${listed.join(', ')}${more > 0 ? ` und ${more} weitere` : ''}. Im PDF stünde dort „�“. Schreiben Sie es in lateinischer Umschrift (z. B. „Zhang Wei“ statt „张伟“).`,
            en: `${qen(value)} contains ${chars.length === 1 ? 'a character' : `${chars.length} characters`} the PDF's font (DejaVu Sans) does not have: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}. The PDF would show "�" there. Write it in Latin transcription (e.g. "Zhang Wei" instead of "张伟").`,
          },
        });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: `${pointer}/${i}`, key });
      } else if (isRecord(value)) {
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, v] = entries[i]!;
          stack.push({ value: v, pointer: `${pointer}/${seg(k)}`, key: k });
        }
      }
    }
  },
};

export default rule;
