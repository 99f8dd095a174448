// The German language pack: every word agree uses in German.

import type { LanguagePack } from '../types.js';
import { format } from './format.js';
import { grammar } from './grammar.js';
import { ui } from './ui.js';
import { diagnostics } from './diagnostics.js';
import { rules } from './rules.js';
import { document } from './document.js';
import { review, reviewProfile } from './review.js';
import { words } from './words.js';
import { docx } from './docx.js';
import { overview } from './overview.js';
import { sign } from './sign.js';

const de: LanguagePack = {
  code: 'de',
  name: 'Deutsch',
  locale: 'de-DE',
  templates: 'de',
  hyphenation: 'hyphen/patterns/de-1996.js',
  format,
  grammar,
  ui,
  diagnostics,
  rules,
  document,
  review,
  reviewProfile,
  words,
  docx,
  overview,
  sign,
};

export default de;
