// A task that passes information about a client ("Unterrichtung des DWD bei
// Fernbleiben vom Unterricht") is a transfer of social data. Without a data flow
// the agreement does not say what is passed, why, and on which basis
// (SGB II § 50, SGB X §§ 67 ff., DSGVO Art. 6).
//
// When a data flow is "for" a task:
//   1. a flow whose `task` is the task's id serves exactly that task; or
//   2. a flow without `task` serves every task of the parties it connects: it
//      covers the task when its `from` or one of its `to` belongs to the same
//      partner as one of the task's parties (`by`; for a shared task its `lead`,
//      and a shared task without `lead` belongs to all parties).
// A flow with a `task` does not cover other tasks: naming the task is a promise
// that the flow is limited to it.

import type { Rule } from '../rule.js';
import { personalDataTransfer, firstTerm } from '../words/index.js';
import { ids, isRecord, list, partnerFamilies, qde, qen, root, text } from './_util.js';

export const rule: Rule = {
  id: 'undeclared-data-flow',
  severity: 'warning',
  description: {
    de: 'Eine Aufgabe gibt personenbezogene Informationen weiter (Fehlzeiten, Abbrüche, „informiert“, „Unterrichtung“, „Meldung“, „Austausch“), aber kein Datenfluss ist dafür vereinbart',
    en: 'A task passes personal information (absences, drop-outs, "informiert", "Unterrichtung", "Meldung", "Austausch") but no data flow is declared for it',
  },
  check(ctx) {
    const families = partnerFamilies(ctx.doc);
    const family = (id: string): Set<string> => families.get(id) ?? new Set([id]);
    const flows = list(root(ctx.doc).dataFlows)
      .filter(isRecord)
      .map((f) => ({ task: text(f.task), parties: new Set([...ids(f.from), ...ids(f.to)]) }));
    const allParties = new Set(families.keys());

    for (const t of ctx.tasks ?? []) {
      if (!t || typeof t.text !== 'string') continue;
      const term = firstTerm(t.text, personalDataTransfer);
      if (!term) continue;
      const own = t.kind === 'shared' && t.by.length === 0 ? allParties : new Set(t.by.filter((b) => typeof b === 'string').flatMap((b) => [...family(b)]));
      const covered = flows.some((f) => (f.task !== undefined ? f.task === t.id : [...f.parties].some((p) => own.has(p))));
      if (covered) continue;
      const parties = t.by.filter((b) => typeof b === 'string');
      const from = parties[0] ?? '…';
      // a derived id changes with the text, so a flow should refer to a given one
      const idHint = t.idGiven
        ? { de: '', en: '' }
        : { de: ` (geben Sie der Aufgabe dafür eine feste \`id\`; die abgeleitete ändert sich mit dem Text)`, en: ` (give the task a fixed \`id\` for that; the derived one changes with the text)` };
      ctx.report({
        pointer: t.pointer,
        message: {
          de: `Die Aufgabe ${qde(t.text)} gibt offenbar personenbezogene Informationen weiter („${term.text}“), aber kein Datenfluss ist dafür vereinbart. Ergänzen Sie unter \`dataFlows\` einen Eintrag mit \`from: ${from}\`, \`to\`, \`data\`, \`purpose\`, \`legalBasis\` und \`task: ${t.id}\`${idHint.de} – oder, falls keine Daten über Klientinnen und Klienten fließen, schalten Sie die Regel für dieses Dokument ab.`,
          en: `The task ${qen(t.text)} appears to pass personal information ("${term.text}"), but no data flow is declared for it. Add an entry under \`dataFlows\` with \`from: ${from}\`, \`to\`, \`data\`, \`purpose\`, \`legalBasis\` and \`task: ${t.id}\`${idHint.en} — or, if no client data is passed, switch the rule off for this document.`,
        },
      });
    }
  },
};

export default rule;
