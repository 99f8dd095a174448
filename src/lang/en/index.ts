// The English language pack: every word agree uses in English.

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

const en: LanguagePack = {
  code: 'en',
  name: 'English',
  locale: 'en-GB',
  templates: 'en',
  hyphenation: 'hyphen/patterns/en-gb.js',
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

export default en;
