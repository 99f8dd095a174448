// German grammar for sentences about organisations: the declension of names
// and roles (declension.ts).

import type { Grammar } from '../types.js';
import { declineName, declineRole } from './declension.js';

export const grammar: Grammar = {
  withArticle: (name, c) => declineName(name, c),
  role: (role, c) => declineRole(role, c),
  // "Arge" may stand for "Arbeitsgemeinschaft für Arbeit …" only where it can be declined
  shortNameUsable: (short) => declineName(short, 'gen') !== null,
};
