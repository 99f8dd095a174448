// Social data may only be passed on a legal basis (SGB X § 67b, DSGVO Art. 6):
// a statute that allows it, or the client's written consent. An agreement that
// lists a data flow must say what is passed, why, and on which basis.

import type { Rule } from '../rule.js';
import { isRecord, list, root, text } from './_util.js';

export const rule: Rule = {
  id: 'data-flow-legal-basis',
  severity: 'error',
  description: {
    de: 'Ein Datenfluss ohne Datenangaben, ohne Zweck oder ohne gültige Rechtsgrundlage (Einwilligung braucht `consentForm`, Gesetz braucht `statute`)',
    en: 'A data flow without data items, purpose, or a valid basis (consent needs `consentForm`, statute needs `statute`)',
  },
  check(ctx) {
    list(root(ctx.doc).dataFlows).forEach((f, i) => {
      const at = `/dataFlows/${i}`;
      if (!isRecord(f)) return;
      const who = describe(f);

      const data = list(f.data).filter((d) => text(d) !== undefined);
      if (data.length === 0) {
        ctx.report({
          pointer: 'data' in f ? `${at}/data` : at,
          message: {
            de: `Der Datenfluss ${who.de} nennt keine Daten. Zählen Sie unter \`data\` auf, welche Angaben weitergegeben werden, z. B. \`data: [Fehlzeiten, Kursabbruch]\` – nur was dort steht, ist vereinbart (Datenminimierung, Art. 5 DSGVO).`,
            en: `The data flow ${who.en} names no data. List under \`data\` what is passed, e.g. \`data: [Fehlzeiten, Kursabbruch]\` — only what is listed is agreed (data minimisation, Art. 5 GDPR).`,
          },
        });
      }

      if (text(f.purpose) === undefined) {
        ctx.report({
          pointer: 'purpose' in f ? `${at}/purpose` : at,
          message: {
            de: `Der Datenfluss ${who.de} hat keinen Zweck. Geben Sie unter \`purpose\` an, wofür die Daten gebraucht werden, z. B. \`purpose: Teilnehmermotivation und Abbruchprävention\` (Zweckbindung, Art. 5 DSGVO, § 78 SGB X).`,
            en: `The data flow ${who.en} has no purpose. State under \`purpose\` what the data is needed for, e.g. \`purpose: Teilnehmermotivation und Abbruchprävention\` (purpose limitation, Art. 5 GDPR, § 78 SGB X).`,
          },
        });
      }

      const basis = f.legalBasis;
      if (basis === undefined || basis === null || basis === '') {
        ctx.report({
          pointer: 'legalBasis' in f ? `${at}/legalBasis` : at,
          message: {
            de: `Der Datenfluss ${who.de} hat keine Rechtsgrundlage. Setzen Sie \`legalBasis: consent\` mit \`consentForm\` (die Einwilligungserklärung) oder \`legalBasis: statute\` mit \`statute\` (die Befugnisnorm, z. B. „§ 50 SGB II i. V. m. § 69 SGB X“).`,
            en: `The data flow ${who.en} has no legal basis. Set \`legalBasis: consent\` with \`consentForm\` (the consent form) or \`legalBasis: statute\` with \`statute\` (the provision that permits it, e.g. "§ 50 SGB II i. V. m. § 69 SGB X").`,
          },
        });
      } else if (basis === 'consent') {
        if (text(f.consentForm) === undefined) {
          ctx.report({
            pointer: 'consentForm' in f ? `${at}/consentForm` : at,
            message: {
              de: `Der Datenfluss ${who.de} beruht auf Einwilligung, nennt aber keine Einwilligungserklärung. Eine Einwilligung muss nachweisbar sein (Art. 7 DSGVO, § 67b Abs. 2 SGB X); tragen Sie die Vorlage ein, z. B. \`consentForm: Anlage 1 Einwilligungserklärung\`.`,
              en: `The data flow ${who.en} is based on consent but names no consent form. Consent must be demonstrable (Art. 7 GDPR, § 67b (2) SGB X); name the form, e.g. \`consentForm: Anlage 1 Einwilligungserklärung\`.`,
            },
          });
        }
      } else if (basis === 'statute') {
        if (text(f.statute) === undefined) {
          ctx.report({
            pointer: 'statute' in f ? `${at}/statute` : at,
            message: {
              de: `Der Datenfluss ${who.de} beruht auf einem Gesetz, nennt es aber nicht. Tragen Sie unter \`statute\` die Befugnisnorm ein, z. B. \`statute: § 50 SGB II i. V. m. § 69 Abs. 1 Nr. 1 SGB X\` – oder stützen Sie den Datenfluss auf eine Einwilligung.`,
              en: `The data flow ${who.en} is based on a statute but does not name it. Put the provision under \`statute\`, e.g. \`statute: § 50 SGB II i. V. m. § 69 Abs. 1 Nr. 1 SGB X\` — or base the flow on consent.`,
            },
          });
        }
      } else {
        const shown = typeof basis === 'string' ? basis : JSON.stringify(basis);
        ctx.report({
          pointer: `${at}/legalBasis`,
          message: {
            de: `„${shown}“ ist keine Rechtsgrundlage, die agree kennt. Erlaubt sind \`consent\` (Einwilligung, mit \`consentForm\`) und \`statute\` (Gesetz, mit \`statute\`).`,
            en: `"${shown}" is not a legal basis agree knows. Use \`consent\` (with \`consentForm\`) or \`statute\` (with \`statute\`).`,
          },
        });
      }
    });
  },
};

function describe(f: Record<string, unknown>): { de: string; en: string } {
  const from = typeof f.from === 'string' ? f.from : '?';
  const to = Array.isArray(f.to) ? f.to.filter((t) => typeof t === 'string').join(', ') || '?' : typeof f.to === 'string' ? f.to : '?';
  return { de: `von \`${from}\` an \`${to}\``, en: `from \`${from}\` to \`${to}\`` };
}

export default rule;
