// Each rule's description and the wording of its findings (German): the
// agreement's rules (`agree check`) and the review results' (`agree review
// --results`). Parties take their article in the case the sentence needs
// (names.party: "des Jobcenters Kiel", "dem Jobcenter Kiel").

import type { PartyRef } from '../names.js';
import type { BasisField, OverdueBasis, RuleMessages } from '../rules.js';
import { names } from './names.js';

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const q = (s: string) => `„${s}“`;
const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(', ');
const and = (parts: readonly string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`);
const party = (p: PartyRef, c: 'nom' | 'gen' | 'dat' | 'acc') => names.party(p, c);
const inField = (field: BasisField) => (field === 'consentForm' ? 'in der Einwilligungserklärung' : 'in `statute`');

export const rules: RuleMessages = {
  'duplicate-id': {
    description: 'Zwei Partner/Einheiten oder zwei Aufgaben mit derselben Kennung (id)',
    party: (id, first) =>
      `Die Kennung „${id}“ ist schon vergeben: ${first}. Partner und Einheiten brauchen verschiedene Kennungen; benennen Sie eine davon um, z. B. „${id}-2“, und passen Sie die Verweise darauf an.`,
    task: (id, first) =>
      `Die Aufgaben-Kennung „${id}“ ist schon vergeben: ${first}. Überprüfungen verweisen über diese Kennung auf Aufgaben; geben Sie dieser Aufgabe eine eigene \`id\` oder lassen Sie \`id\` weg, dann wird sie aus dem Text gebildet.`,
    body: (id, first) =>
      `Die Kennung „${id}“ des Gremiums ist schon vergeben: ${first}. Die Ergebnisse der Überprüfung zählen Treffen von Gremien und gemeinsamen Aufgaben unter ihrer Kennung; geben Sie dem Gremium eine eigene \`id\`.`,
  },
  'unknown-reference': {
    description: 'Ein Verweis auf einen Partner, eine Einheit oder eine Aufgabe, die es nicht gibt',
    party: (field, value, hint) =>
      `\`${field}\` verweist auf ${value === '' ? '(leer)' : q(value)}, aber es gibt keinen Partner und keine Einheit mit dieser \`id\`.${
        hint.suggestion ? ` Meinten Sie \`${hint.suggestion}\`?` : hint.known.length > 0 ? ` Bekannte Kennungen: ${ids(hint.known)}${hint.more ? ', …' : ''}.` : ' Das Dokument hat noch keine Partner mit `id`.'
      }`,
    task: (value, suggestion) =>
      `\`task\` verweist auf ${value === '' ? '(leer)' : q(value)}, aber keine Aufgabe hat diese Kennung.${
        suggestion ? ` Meinten Sie \`${suggestion}\`?` : ' Geben Sie der Aufgabe, der dieser Datenfluss dient, eine `id` und verwenden Sie sie hier.'
      }`,
  },
  'party-without-tasks': {
    description: 'Ein Partner (mit allen seinen Einheiten) hat keine Aufgabe – die Zuständigkeiten sind unklar',
    none: (p, partyIds) =>
      `${cap(party(p, 'nom'))} hat in dieser Vereinbarung keine Aufgabe: keine der Kennungen ${ids(partyIds)} steht in \`responsibilities[].by\` oder als \`lead\` einer gemeinsamen Aufgabe. Ergänzen Sie einen Abschnitt \`responsibilities\` mit \`by: ${partyIds[0]}\` oder übertragen Sie ${party(p, 'dat')} die Federführung (\`lead\`) einer gemeinsamen Aufgabe.`,
  },
  'data-flow-legal-basis': {
    description: 'Ein Datenfluss ohne Datenangaben, ohne Zweck oder ohne gültige Rechtsgrundlage (Einwilligung braucht `consentForm`, Gesetz braucht `statute`)',
    noData: (flow) =>
      `${cap(flow)} nennt keine Daten. Zählen Sie unter \`data\` auf, welche Angaben weitergegeben werden, z. B. \`data: [Fehlzeiten, Kursabbruch]\` – nur was dort steht, ist vereinbart (Datenminimierung, Art. 5 DSGVO).`,
    noPurpose: (flow) =>
      `${cap(flow)} hat keinen Zweck. Geben Sie unter \`purpose\` an, wofür die Daten gebraucht werden, z. B. \`purpose: Teilnehmermotivation und Abbruchprävention\` (Zweckbindung, Art. 5 DSGVO, § 78 SGB X).`,
    noBasis: (flow) =>
      `${cap(flow)} hat keine Rechtsgrundlage. Setzen Sie \`legalBasis: consent\` mit \`consentForm\` (die Einwilligungserklärung) oder \`legalBasis: statute\` mit \`statute\` (die Befugnisnorm, z. B. „§ 50 SGB II i. V. m. § 69 SGB X“).`,
    noConsentForm: (flow) =>
      `${cap(flow)} beruht auf Einwilligung, nennt aber keine Einwilligungserklärung. Eine Einwilligung muss nachweisbar sein (Art. 7 DSGVO, § 67b Abs. 2 SGB X); tragen Sie die Vorlage ein, z. B. \`consentForm: Anlage 1 Einwilligungserklärung\`.`,
    noStatute: (flow) =>
      `${cap(flow)} beruht auf einem Gesetz, nennt es aber nicht. Tragen Sie unter \`statute\` die Befugnisnorm ein, z. B. \`statute: § 50 SGB II i. V. m. § 69 Abs. 1 Nr. 1 SGB X\` – oder stützen Sie den Datenfluss auf eine Einwilligung.`,
  },
  'undeclared-data-flow': {
    description:
      'Eine Aufgabe gibt personenbezogene Informationen weiter (Fehlzeiten, Abbrüche, „informiert“, „Unterrichtung“, „Meldung“, „Austausch“), aber kein Datenfluss ist dafür vereinbart',
    undeclared: (task, term, from, taskId, idGiven) =>
      `Die Aufgabe ${q(task)} gibt offenbar personenbezogene Informationen weiter (${q(term)}), aber kein Datenfluss ist dafür vereinbart. Ergänzen Sie unter \`dataFlows\` einen Eintrag mit \`from: ${from}\`, \`to\`, \`data\`, \`purpose\`, \`legalBasis\` und \`task: ${taskId}\`${
        idGiven ? '' : ' (geben Sie der Aufgabe dafür eine feste `id`; die abgeleitete ändert sich mit dem Text)'
      } – oder, falls keine Daten über Klientinnen und Klienten fließen, schalten Sie die Regel für dieses Dokument ab.`,
  },
  'church-data-law': {
    description: 'Ein kirchlicher Träger (`churchLaw`) in einem Datenfluss, dessen Rechtsgrundlage nur DSGVO/BDSG nennt',
    otherChurch: (p, law, other, field) =>
      `${cap(party(p, 'nom'))} unterliegt dem ${law}, die Rechtsgrundlage dieses Datenflusses nennt aber das ${other}, das Datenschutzgesetz der anderen Kirche. Ersetzen Sie ${inField(field)} ${other} durch ${law}.`,
    secularOnly: (p, law, secular, field) =>
      `${cap(party(p, 'nom'))} ist ein kirchlicher Träger und unterliegt dem ${law}, nicht dem BDSG; die Rechtsgrundlage dieses Datenflusses nennt aber nur ${q(secular)}. Nennen Sie ${inField(field)} auch das ${law} (z. B. „${secular} bzw. ${law}“).`,
  },
  'recurring-task-frequency': {
    description: 'Eine gemeinsame Aufgabe über Treffen oder regelmäßigen Austausch ohne `frequency`',
    noFrequency: (task, term) =>
      `Die gemeinsame Aufgabe ${q(task)} ist ein Treffen oder regelmäßiger Austausch (${q(term)}), hat aber keine \`frequency\`. Ergänzen Sie z. B. \`frequency: quarterly\` (möglich: once, monthly, quarterly, semiannual, annual, asNeeded), damit die jährliche Überprüfung gehaltene und vereinbarte Treffen vergleichen kann.`,
  },
  'shared-task-lead': {
    description: 'Eine gemeinsame Aufgabe ohne Federführung (`lead`)',
    noLead: (task, n, example) =>
      `${task !== undefined ? `Die gemeinsame Aufgabe ${q(task)}` : `Gemeinsame Aufgabe ${n}`} hat keine Federführung. Legen Sie mit \`lead\` fest, wer einlädt oder den Anfang macht, z. B. \`lead: ${example}\`.`,
  },
  'cost-bearer': {
    description: 'Eine Aufgabe über Kosten („Kosten“, „Kostenübernahme“, „finanziert“) ohne Kostenträger (`costBearer`)',
    noBearer: (task, term, named, example, asObject) =>
      `Die Aufgabe ${q(task)} betrifft Kosten (${q(term)}), sagt aber nicht mit \`costBearer\`, wer sie trägt${named ? ` (der Text nennt \`${named}\`)` : ''}. Ergänzen Sie \`costBearer: ${example}\`${
        asObject ? ' – dazu die Aufgabe als Objekt schreiben: `{ text: …, costBearer: …}`' : ''
      }.`,
  },
  'target-group-age': {
    description: 'Eine JMD-Einheit mit Altersangaben außerhalb von 12–27 oder eine MBE-Einheit für unter 27-Jährige',
    jmd: (unit, key, age, fix) =>
      `Für ${party(unit, 'acc')} (JMD, \`service: jmd\`) wird nur die Arbeit mit jungen Menschen von 12 bis 27 Jahren gefördert (KJP-Grundsätze); \`${key}: ${age}\` liegt außerhalb. Setzen Sie \`${key}: ${fix}\` – ältere Zugewanderte berät die MBE, Jüngere die Schulsozialarbeit oder Jugendhilfe.`,
    mbe: (unit, key, age, min) =>
      `${cap(party(unit, 'nom'))} (MBE, \`service: mbe\`) berät Erwachsene über 27 Jahre; \`${key}: ${age}\` liegt darunter. Setzen Sie \`${key}: ${min}\` oder mehr; junge Menschen bis 27 berät der Jugendmigrationsdienst (JMD).`,
  },
  'review-clause': {
    description: 'Eine Vereinbarung ohne Überprüfungsintervall (`review.intervalMonths`); Warnung bei mehr als 12 Monaten',
    missing:
      'Die Vereinbarung sagt nicht, wann sie überprüft wird. Ergänzen Sie z. B. `review: { intervalMonths: 12, owner: <id> }` – wie in Dithmarschen: „wird einmal jährlich … auf ihre weitere Gültigkeit und Praktikabilität hin überprüft“.',
    tooLong: (months, max) =>
      `Die Vereinbarung wird nur alle ${months} Monate überprüft. In dieser Zeit wechseln meist Ansprechpersonen, Kurse und Förderbedingungen; vereinbaren Sie höchstens \`intervalMonths: ${max}\` (jährliche Überprüfung).`,
  },
  'review-overdue': {
    description:
      'Die Überprüfung ist überfällig: der bei der letzten Überprüfung festgelegte Termin (`review.next`) oder `lastReview` (oder `version`, wenn es keine gab) plus Intervall liegt vor dem heutigen Datum',
    overdue: (due, since: OverdueBasis, days) =>
      `Die Überprüfung war am ${due} fällig (${
        since.basis === 'next'
          ? `Termin der Überprüfung vom ${since.set}`
          : since.basis === 'lastReview'
            ? `letzte Überprüfung ${since.last}, Intervall ${since.interval} Monate`
            : `Stand ${since.version}, noch keine Überprüfung eingetragen, Intervall ${since.interval} Monate`
      }) und ist seit ${days} Tagen überfällig. Halten Sie sie ab (\`agree review\` erstellt die Checkliste) und tragen Sie sie danach ein (\`agree review … --results … --record\`).`,
  },
  'contacts-current': {
    description: 'Ein Partner ohne Ansprechpersonen oder mit einer Kontaktliste (`contactsUpdated`), die älter als 12 Monate ist',
    none: (p) =>
      `Für ${party(p, 'acc')} ist keine Ansprechperson eingetragen, weder beim Partner noch bei einer Einheit. Ergänzen Sie \`contacts\` (Name, Funktion, Telefon oder E-Mail) und \`contactsUpdated\` mit dem Datum der Bestätigung.`,
    stale: (p, updated, months) =>
      `Die Ansprechpersonen ${party(p, 'gen')} wurden zuletzt am ${updated} bestätigt, vor mehr als ${months} Monaten. Fragen Sie die Liste beim Partner ab, korrigieren Sie \`contacts\` und setzen Sie \`contactsUpdated\` auf das heutige Datum.`,
  },
  'goal-indicator': {
    description: 'Ein Ziel ohne Indikator',
    noIndicator: (goal, n) =>
      `${goal !== undefined ? `Das Ziel ${q(goal)}` : `Ziel ${n}`} hat keinen Indikator, an dem die jährliche Überprüfung ablesen kann, ob es erreicht ist. Ergänzen Sie \`indicators\`, z. B. \`indicators: [Zahl der Netzwerkpartner, Zahl der gemeinsamen Fallbesprechungen]\`.`,
  },
  'outdated-term': {
    description: '„ARGE“ in einem Dokument mit Stand ab 2011; „ALG II“/„Arbeitslosengeld II“ ab 2023 (Bürgergeld)',
    outdated: (found, year, term) =>
      `„${found}“ ist in einer Fassung von ${year} veraltet: ${
        {
          arge: 'Seit 2011 heißen die Arbeitsgemeinschaften (ARGE) nach § 6d SGB II „Jobcenter“. Schreiben Sie „Jobcenter“.',
          'arbeitslosengeld-ii': 'Seit 2023 heißt die Leistung nach SGB II „Bürgergeld“ (Bürgergeld-Gesetz). Schreiben Sie „Bürgergeld“.',
        }[term]
      }`,
  },
  'future-version': {
    description: 'Der Stand (`version`) liegt nach dem heutigen Datum',
    future: (version, today) =>
      `Der Stand ${version} liegt in der Zukunft (heute ist der ${today}). Tragen Sie als \`version\` das Datum der geltenden Fassung ein – vielleicht ein Tippfehler in der Jahreszahl?`,
  },
  'unsupported-character': {
    description: 'Ein Zeichen, das die PDF-Schrift nicht darstellen kann (z. B. Chinesisch), erschiene im PDF als „�“',
    unsupported: (value, count, listed, more) =>
      `${q(value)} enthält ${count === 1 ? 'ein Zeichen, das' : `${count} Zeichen, die`} die Schrift des PDF (DejaVu Sans) nicht hat: ${listed.join(', ')}${
        more > 0 ? ` und ${more} weitere` : ''
      }. Im PDF stünde dort „�“. Schreiben Sie es in lateinischer Umschrift (z. B. „Zhang Wei“ statt „张伟“).`,
  },

  // the review results' rules
  'review-agreement': {
    description: 'Die Ergebnisdatei nennt eine andere Vereinbarung (`agreement`)',
    wrongAgreement: (given, expected, file) =>
      `Diese Ergebnisse gehören zur Vereinbarung „${given}“, ausgewertet wird aber „${expected}“ (${file}). Wählen Sie die passende Ergebnisdatei oder Vereinbarung.`,
  },
  'review-unknown-task': {
    description: 'Eine Aufgaben-Kennung (unter `tasks` oder `meetings`), die die Vereinbarung nicht hat',
    unknownTask: (id, hint, where) =>
      `Die Vereinbarung hat keine Aufgabe \`${id}\`${where === 'tasks' ? '' : ' (unter `meetings`)'}.${hint ? ` Meinten Sie \`${hint}\`?` : ''} Die Kennungen aller Aufgaben stehen in der Ergebnisdatei, die \`agree review --format yaml\` schreibt; eine abgeleitete Kennung ändert sich, wenn sich der Text der Aufgabe ändert.`,
  },
  'review-not-recurring': {
    description: 'Gezählte Treffen einer Aufgabe, die keine gemeinsame Aufgabe mit Häufigkeit (`frequency`) ist',
    notRecurring: (id, shared) =>
      shared
        ? `Für die gemeinsame Aufgabe \`${id}\` ist keine Häufigkeit (\`frequency\`) vereinbart; Treffen werden nur für gemeinsame Aufgaben mit Häufigkeit gezählt. Tragen Sie die Häufigkeit in der Vereinbarung ein oder entfernen Sie den Eintrag.`
        : `\`${id}\` ist keine gemeinsame Aufgabe; Treffen werden nur für gemeinsame Aufgaben (\`sharedTasks\`) mit Häufigkeit gezählt.`,
  },
  'review-unknown-goal': {
    description: 'Ein Indikator zu einem Ziel (`goal`), das die Vereinbarung nicht hat',
    unknownGoal: (goal, count) =>
      count === 0
        ? `Die Vereinbarung nennt keine Ziele; \`goal: ${goal}\` verweist ins Leere.`
        : `Die Vereinbarung hat ${count === 1 ? 'ein Ziel' : `${count} Ziele`} (\`goal: 1\`${count > 1 ? ` bis \`goal: ${count}\`` : ''}, gezählt wie in der Checkliste); \`goal: ${goal}\` gibt es nicht.`,
  },
  'review-goal-numbering': {
    description: 'Ergebnisse, die die Ziele ab 0 zählen, wie Ergebnisdateien es früher taten',
    goalsFromZero:
      'Diese Ergebnisse zählen die Ziele ab 0 (`goal: 0` für Ziel 1), wie Ergebnisdateien es früher taten; agree liest sie so. Zählen Sie ab 1 wie die Checkliste (`goal: 1` ist Ziel 1) – `agree review VEREINBARUNG.yaml --results ERGEBNISSE.yaml --format yaml` schreibt die Datei neu gezählt.',
  },
  'review-unknown-party': {
    description: '`nextReview.owner` ist kein Partner und keine Einheit der Vereinbarung',
    unknownParty: (id, hint) =>
      `\`nextReview.owner\` verweist auf „${id}“, aber kein Partner und keine Einheit der Vereinbarung hat diese Kennung${hint ? ` – meinten Sie \`${hint}\`?` : '.'}`,
  },
  'review-missing-task': {
    description: 'Aufgaben der Vereinbarung fehlen in den Ergebnissen (sie zählen als nicht beantwortet)',
    missingTasks: (taskIds) => {
      const list = ids(taskIds.slice(0, 5)) + (taskIds.length > 5 ? ' …' : '');
      return taskIds.length === 1
        ? `Die Aufgabe ${list} der Vereinbarung fehlt in den Ergebnissen; sie zählt als nicht beantwortet (im Erfüllungsgrad wie „nicht erfüllt“).`
        : `${taskIds.length} Aufgaben der Vereinbarung fehlen in den Ergebnissen (${list}); sie zählen als nicht beantwortet (im Erfüllungsgrad wie „nicht erfüllt“).`;
    },
  },
  'review-unknown-indicator': {
    description: 'Ein Indikator, den sein Ziel nicht nennt (der Wert wird trotzdem gezeigt)',
    unknownIndicator: (indicator, goal, hint) =>
      `${cap(goal)} der Vereinbarung hat keinen Indikator „${indicator}“${hint ? ` – meinten Sie „${hint}“?` : '.'} Der Wert wird trotzdem in der Auswertung gezeigt.`,
  },
  'review-amend-without-request': {
    description: 'Die Entscheidung lautet „schriftlich ändern“, aber es ist keine Änderung beantragt (`amendments`)',
    amendWithoutRequest:
      'Entscheidung „amend“ (schriftlich ändern), aber keine Änderungswünsche: Der Änderungswunsch ist schriftlich und konkret anzumelden – tragen Sie ihn unter `amendments` ein.',
  },
  'review-incomplete': {
    description: 'Aufgaben, Prüffragen oder die Entscheidung sind nicht beantwortet',
    incomplete: (missing, tasks, questions) => {
      const parts: string[] = [];
      if (missing.tasks > 0) parts.push(`${missing.tasks} von ${tasks} ${tasks === 1 ? 'Aufgabe' : 'Aufgaben'}`);
      if (missing.questions > 0) parts.push(`${missing.questions} von ${questions} Prüffragen`);
      if (missing.decision) parts.push('die Entscheidung');
      const plural = parts.length > 1 || missing.tasks > 1 || missing.questions > 1;
      return `${cap(and(parts))} ${plural ? 'sind' : 'ist'} nicht beantwortet – die Auswertung ist unvollständig. Tragen Sie die fehlenden Antworten ein (\`status\`, \`answer\`, \`decision\`).`;
    },
  },
};
