// Every string of `agree review` in German and English: the command's messages
// (UI language, --lang/LANG) and the words of the documents it writes — the
// checklist, the results skeleton, the evaluation report and the calendar —
// which are in the agreement's own language, like the rendered agreement.
// `de` is typed against `en` (messages) and both implement ReviewWords, so a
// wording missing in one language does not compile. What the checklist says
// about the agreement in the agreement's own words (frequencies, page label,
// signature captions, legal basis) comes from document.ts, so the two agree.

import type { Frequency, Lang } from '../model/types.js';
import type { Localized } from '../check/diagnostic.js';
import { catalog } from './catalog.js';
import { documentWords } from './document.js';

// ---------------------------------------------------------------------------
// command-line messages

const en = {
  'help.review': 'annual review: print the checklist, write the results file to fill in, evaluate results, list due dates',
  'help.reviewFormat': 'checklist: md, pdf or yaml (results skeleton); with --results: md, json or yaml (the results as YAML); with --due: text or json',
  'help.reviewOut': 'output directory (default: current directory), or - for standard output',
  'help.reviewToday': 'the date of the review (YYYY-MM-DD, default: today): names the files (<id>-review-<YYYY>), decides what is due',
  'help.results': 'evaluate filled-in results against the agreement: results YAML, or the checklist PDF as filled in a viewer; several files show the trend per year',
  'help.due': 'list when each agreement’s next review is due',
  'help.ics': 'with --due: also write an iCalendar file (one all-day event per agreement), - for standard output',
  'help.force': 'overwrite an existing results skeleton (--format yaml)',
  'help.record': 'with --results: record the review in the agreement file (review.lastReview, and review.next when the meeting fixed a date)',
  'help.reviewMaxWarnings': 'with --results: exit 1 when there are more than N warnings (e.g. 0: an incomplete review fails)',
  'usage.recordWithoutResults': '--record writes the results of a review into the agreement; use it with --results.',
  'record.wrote': '{file}: review of {date} recorded',
  'record.unchanged': '{file}: the review of {date} is recorded already; nothing changed',
  'record.change': '  review.{key}: {from} → {to}',
  'record.none': '(none)',
  'record.removed': '(removed)',
  'record.nextSteps': 'Next steps — the agreement is to be amended in writing; the amendment requests:',
  'record.terminate': 'Next step — the agreement is to be terminated: tell all partners in writing.',
  'usage.formatFor': 'Invalid value "{value}" for --format {mode}; allowed: {choices}.',
  'usage.mode.checklist': 'for the checklist',
  'usage.mode.results': 'with --results',
  'usage.mode.due': 'with --due',
  'usage.resultsOneAgreement': '--results evaluates one agreement; {count} were given. Name the agreement first: agree review AGREEMENT.yaml --results RESULTS.yaml …',
  'usage.resultsAndDue': '--results and --due cannot be combined; run them one after the other.',
  'usage.dueOut': '--out does not apply to --due; the list goes to standard output, the calendar to --ics FILE.',
  'usage.resultsOut': '--out does not apply to --results; the evaluation goes to standard output (redirect it with > FILE).',
  'usage.icsWithoutDue': '--ics writes the due dates as a calendar; use it with --due.',
  'usage.stdoutOne': '--out - writes one document to standard output; {count} were given. Use --out DIR for several.',
  'usage.exists': '{path} exists already and may hold filled-in results. Choose another --out directory or add --force to overwrite it.',
  'usage.missingResults': 'Results file not found: {path}. Check the path (relative to {cwd}).',
  'skipped': '{file}: no review output ({reason}).',
  'reason.errors': 'the agreement has errors; fix them first (agree check)',
  'reason.duplicate': 'its id "{id}" is already used in this run',
  'duplicateId': 'id "{id}" is already used by {other} in this run; every document in a batch needs its own id (it names the output files).',
  'wrote': 'wrote {path}',
  'resultsRejected': '{file}: results not evaluated, see the errors above.',
  'due.heading.due': 'due',
  'due.heading.status': 'status',
  'due.heading.id': 'agreement',
  'due.heading.from': 'counted from',
  'due.heading.owner': 'owner',
  'due.heading.file': 'file',
  'due.status.ok': 'ok (in {days} days)',
  'due.status.due': 'due in {days} days',
  'due.status.dueToday': 'due today',
  'due.status.overdue': 'overdue by {days} days',
  'due.status.overdueOne': 'overdue by 1 day',
  'due.status.dueOne': 'due in 1 day',
  'due.from.lastReview': 'last review {date}',
  'due.from.version': 'version {date} (no review yet)',
  'due.from.next': 'fixed at the review of {date}',
  'due.intervalDefault': ' (interval not set: 12 months assumed)',
  'due.summary': '{count}: {overdue} overdue, {due} due within {window} days, {ok} ok.',
  'due.none': 'No agreement to list.',
  'due.agreements': '{n} agreements',
  'due.agreement': '1 agreement',
} as const;

export type ReviewMessageKey = keyof typeof en;

const de: Record<ReviewMessageKey, string> = {
  'help.review': 'jährliche Überprüfung: Checkliste ausgeben, Ergebnisdatei zum Ausfüllen schreiben, Ergebnisse auswerten, Fälligkeiten auflisten',
  'help.reviewFormat': 'Checkliste: md, pdf oder yaml (Ergebnisdatei); mit --results: md, json oder yaml (die Ergebnisse als YAML); mit --due: text oder json',
  'help.reviewOut': 'Ausgabeverzeichnis (Standard: aktuelles Verzeichnis) oder - für die Standardausgabe',
  'help.reviewToday': 'Datum der Überprüfung (JJJJ-MM-TT, Standard: heute): benennt die Dateien (<id>-review-<JJJJ>), bestimmt die Fälligkeit',
  'help.results': 'ausgefüllte Ergebnisse gegen die Vereinbarung auswerten: Ergebnis-YAML oder die im PDF-Programm ausgefüllte Checkliste; mehrere Dateien zeigen den Verlauf je Jahr',
  'help.due': 'auflisten, wann die nächste Überprüfung jeder Vereinbarung fällig ist',
  'help.ics': 'mit --due: zusätzlich eine iCalendar-Datei schreiben (ein ganztägiger Termin je Vereinbarung), - für die Standardausgabe',
  'help.force': 'eine vorhandene Ergebnisdatei (--format yaml) überschreiben',
  'help.record': 'mit --results: die Überprüfung in der Datei der Vereinbarung eintragen (review.lastReview und review.next, wenn die Sitzung einen Termin festgelegt hat)',
  'help.reviewMaxWarnings': 'mit --results: Exit-Code 1 bei mehr als N Warnungen (z. B. 0: eine unvollständige Überprüfung schlägt fehl)',
  'usage.recordWithoutResults': '--record trägt die Ergebnisse einer Überprüfung in die Vereinbarung ein; verwenden Sie es mit --results.',
  'record.wrote': '{file}: Überprüfung vom {date} eingetragen',
  'record.unchanged': '{file}: Die Überprüfung vom {date} ist schon eingetragen; nichts geändert',
  'record.change': '  review.{key}: {from} → {to}',
  'record.none': '(keine Angabe)',
  'record.removed': '(entfernt)',
  'record.nextSteps': 'Nächste Schritte – die Vereinbarung wird schriftlich geändert; die Änderungswünsche:',
  'record.terminate': 'Nächster Schritt – die Vereinbarung wird beendet: Teilen Sie es allen Partnern schriftlich mit.',
  'usage.formatFor': 'Ungültiger Wert „{value}“ für --format {mode}; erlaubt: {choices}.',
  'usage.mode.checklist': 'für die Checkliste',
  'usage.mode.results': 'mit --results',
  'usage.mode.due': 'mit --due',
  'usage.resultsOneAgreement': '--results wertet eine Vereinbarung aus; angegeben wurden {count}. Nennen Sie die Vereinbarung zuerst: agree review VEREINBARUNG.yaml --results ERGEBNISSE.yaml …',
  'usage.resultsAndDue': '--results und --due lassen sich nicht kombinieren; rufen Sie sie nacheinander auf.',
  'usage.dueOut': '--out gilt nicht für --due; die Liste geht auf die Standardausgabe, der Kalender in --ics DATEI.',
  'usage.resultsOut': '--out gilt nicht für --results; die Auswertung geht auf die Standardausgabe (umleiten mit > DATEI).',
  'usage.icsWithoutDue': '--ics schreibt die Fälligkeiten als Kalender; verwenden Sie es zusammen mit --due.',
  'usage.stdoutOne': '--out - schreibt ein Dokument auf die Standardausgabe; angegeben wurden {count}. Für mehrere --out VERZEICHNIS verwenden.',
  'usage.exists': '{path} gibt es schon; sie enthält womöglich ausgefüllte Ergebnisse. Wählen Sie ein anderes --out-Verzeichnis oder überschreiben Sie sie mit --force.',
  'usage.missingResults': 'Ergebnisdatei nicht gefunden: {path}. Prüfen Sie den Pfad (relativ zu {cwd}).',
  'skipped': '{file}: keine Ausgabe zur Überprüfung ({reason}).',
  'reason.errors': 'die Vereinbarung enthält Fehler; beheben Sie sie zuerst (agree check)',
  'reason.duplicate': 'seine Kennung „{id}“ ist in diesem Lauf schon vergeben',
  'duplicateId': 'Kennung „{id}“ wird in diesem Lauf schon von {other} verwendet; jedes Dokument eines Stapels braucht eine eigene Kennung (sie benennt die Ausgabedateien).',
  'wrote': '{path} geschrieben',
  'resultsRejected': '{file}: Ergebnisse nicht ausgewertet, siehe die Fehler oben.',
  'due.heading.due': 'fällig',
  'due.heading.status': 'Status',
  'due.heading.id': 'Vereinbarung',
  'due.heading.from': 'gerechnet ab',
  'due.heading.owner': 'Einladung',
  'due.heading.file': 'Datei',
  'due.status.ok': 'ok (in {days} Tagen)',
  'due.status.due': 'fällig in {days} Tagen',
  'due.status.dueToday': 'heute fällig',
  'due.status.overdue': 'seit {days} Tagen überfällig',
  'due.status.overdueOne': 'seit 1 Tag überfällig',
  'due.status.dueOne': 'fällig in 1 Tag',
  'due.from.lastReview': 'letzte Überprüfung {date}',
  'due.from.version': 'Stand {date} (noch keine Überprüfung)',
  'due.from.next': 'festgelegt bei der Überprüfung am {date}',
  'due.intervalDefault': ' (kein Intervall angegeben: 12 Monate angenommen)',
  'due.summary': '{count}: {overdue} überfällig, {due} in den nächsten {window} Tagen fällig, {ok} ok.',
  'due.none': 'Keine Vereinbarung aufzulisten.',
  'due.agreements': '{n} Vereinbarungen',
  'due.agreement': '1 Vereinbarung',
};

const review = catalog<ReviewMessageKey>(en, de);
export const reviewMessages = review.messages;
/** a command-line message in the UI language */
export const rt = review.text;
/** a message in both languages (for UsageError and diagnostics) */
export const rboth = review.both;

// ---------------------------------------------------------------------------
// diagnostics of a results file (both languages; the engine picks one)

export const resultsDiagnostics = {
  emptyFile: {
    de: 'Datei ist leer; eine Ergebnisdatei beginnt mit „agreement: <Kennung der Vereinbarung>“ – `agree review VEREINBARUNG.yaml --format yaml` schreibt eine zum Ausfüllen',
    en: 'file is empty; a results file starts with "agreement: <id of the agreement>" — `agree review AGREEMENT.yaml --format yaml` writes one to fill in',
  },
  notMapping: {
    de: 'Die Ergebnisdatei muss eine Abbildung (Schlüssel: Wert) sein, keine Liste oder ein einzelner Wert',
    en: 'the results file must be a mapping (key: value), not a list or a single value',
  },
  wrongAgreement: (given: string, expected: string, file: string): Localized => ({
    de: `Diese Ergebnisse gehören zur Vereinbarung „${given}“, ausgewertet wird aber „${expected}“ (${file}). Wählen Sie die passende Ergebnisdatei oder Vereinbarung.`,
    en: `These results belong to agreement "${given}", but "${expected}" (${file}) is being evaluated. Choose the matching results file or agreement.`,
  }),
  unknownTask: (id: string, hint: string | undefined, where: 'tasks' | 'meetings'): Localized => ({
    de: `Die Vereinbarung hat keine Aufgabe \`${id}\`${where === 'tasks' ? '' : ' (unter `meetings`)'}.${hint ? ` Meinten Sie \`${hint}\`?` : ''} Die Kennungen aller Aufgaben stehen in der Ergebnisdatei, die \`agree review --format yaml\` schreibt; eine abgeleitete Kennung ändert sich, wenn sich der Text der Aufgabe ändert.`,
    en: `The agreement has no task \`${id}\`${where === 'tasks' ? '' : ' (under `meetings`)'}.${hint ? ` Did you mean \`${hint}\`?` : ''} The ids of all tasks are in the results file that \`agree review --format yaml\` writes; a derived id changes when the task's text does.`,
  }),
  notRecurring: (id: string, shared: boolean): Localized =>
    shared
      ? {
          de: `Für die gemeinsame Aufgabe \`${id}\` ist keine Häufigkeit (\`frequency\`) vereinbart; Treffen werden nur für gemeinsame Aufgaben mit Häufigkeit gezählt. Tragen Sie die Häufigkeit in der Vereinbarung ein oder entfernen Sie den Eintrag.`,
          en: `Shared task \`${id}\` has no agreed \`frequency\`; meetings are counted only for shared tasks with a frequency. Add the frequency to the agreement or remove this entry.`,
        }
      : {
          de: `\`${id}\` ist keine gemeinsame Aufgabe; Treffen werden nur für gemeinsame Aufgaben (\`sharedTasks\`) mit Häufigkeit gezählt.`,
          en: `\`${id}\` is not a shared task; meetings are counted only for shared tasks (\`sharedTasks\`) with a frequency.`,
        },
  missingTasks: (ids: string[]): Localized => {
    const list = ids.slice(0, 5).map((id) => `\`${id}\``).join(', ') + (ids.length > 5 ? ' …' : '');
    return ids.length === 1
      ? {
          de: `Die Aufgabe ${list} der Vereinbarung fehlt in den Ergebnissen; sie zählt als nicht beantwortet (im Erfüllungsgrad wie „nicht erfüllt“).`,
          en: `Task ${list} of the agreement is missing from the results; it counts as unanswered (like "not fulfilled" in the rate).`,
        }
      : {
          de: `${ids.length} Aufgaben der Vereinbarung fehlen in den Ergebnissen (${list}); sie zählen als nicht beantwortet (im Erfüllungsgrad wie „nicht erfüllt“).`,
          en: `${ids.length} tasks of the agreement are missing from the results (${list}); they count as unanswered (like "not fulfilled" in the rate).`,
        };
  },
  unknownGoal: (goal: number, count: number): Localized => ({
    de:
      count === 0
        ? `Die Vereinbarung nennt keine Ziele; \`goal: ${goal}\` verweist ins Leere.`
        : `Die Vereinbarung hat ${count === 1 ? 'ein Ziel' : `${count} Ziele`} (\`goal: 0\`${count > 1 ? ` bis \`goal: ${count - 1}\`` : ''}); \`goal: ${goal}\` gibt es nicht.`,
    en:
      count === 0
        ? `The agreement names no goals; \`goal: ${goal}\` refers to nothing.`
        : `The agreement has ${count === 1 ? 'one goal' : `${count} goals`} (\`goal: 0\`${count > 1 ? ` to \`goal: ${count - 1}\`` : ''}); there is no \`goal: ${goal}\`.`,
  }),
  unknownIndicator: (indicator: string, goal: number, hint: string | undefined): Localized => ({
    de: `Ziel ${goal} der Vereinbarung hat keinen Indikator „${indicator}“${hint ? ` – meinten Sie „${hint}“?` : ''}; der Wert wird trotzdem in der Auswertung gezeigt.`,
    en: `Goal ${goal} of the agreement has no indicator "${indicator}"${hint ? ` – did you mean "${hint}"?` : ''}; the value is still shown in the evaluation.`,
  }),
  unknownParty: (id: string, hint: string | undefined): Localized => ({
    de: `\`nextReview.owner\` verweist auf „${id}“, aber kein Partner und keine Einheit der Vereinbarung hat diese Kennung${hint ? ` – meinten Sie \`${hint}\`?` : '.'}`,
    en: `\`nextReview.owner\` refers to "${id}", but no partner or unit of the agreement has this id${hint ? ` – did you mean \`${hint}\`?` : '.'}`,
  }),
  incomplete: (missing: { tasks: number; questions: number; decision: boolean }, tasks: number, questions: number): Localized => {
    const de: string[] = [];
    const en: string[] = [];
    if (missing.tasks > 0) {
      de.push(`${missing.tasks} von ${tasks} ${tasks === 1 ? 'Aufgabe' : 'Aufgaben'}`);
      en.push(`${missing.tasks} of ${tasks} ${tasks === 1 ? 'task' : 'tasks'}`);
    }
    if (missing.questions > 0) {
      de.push(`${missing.questions} von ${questions} Prüffragen`);
      en.push(`${missing.questions} of ${questions} review questions`);
    }
    if (missing.decision) {
      de.push('die Entscheidung');
      en.push('the decision');
    }
    const plural = de.length > 1 || missing.tasks > 1 || missing.questions > 1;
    return {
      de: `${joinDe(de)} ${plural ? 'sind' : 'ist'} nicht beantwortet – die Auswertung ist unvollständig. Tragen Sie die fehlenden Antworten ein (\`status\`, \`answer\`, \`decision\`).`,
      en: `${joinEn(en)} ${plural ? 'are' : 'is'} not answered — the evaluation is incomplete. Fill in the missing answers (\`status\`, \`answer\`, \`decision\`).`,
    };
  },
  amendWithoutRequest: {
    de: 'Entscheidung „amend“ (schriftlich ändern), aber keine Änderungswünsche: Der Änderungswunsch ist schriftlich und konkret anzumelden – tragen Sie ihn unter `amendments` ein.',
    en: 'Decision "amend" (amend in writing), but no amendment requests: the request must be made in writing and specifically — list it under `amendments`.',
  },
};

// ---------------------------------------------------------------------------
// reading a filled checklist PDF as results (agree review … --results filled.pdf)

const dateDe = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$3.$2.$1');
const char = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const pdfResultsMessages = {
  tooBig: (size: number, max: number): Localized => ({
    de: `PDF ist ${(size / 1024 / 1024).toFixed(1)} MB groß; agree liest höchstens ${max / 1024 / 1024} MB`,
    en: `PDF is ${(size / 1024 / 1024).toFixed(1)} MB; agree reads at most ${max / 1024 / 1024} MB`,
  }),
  unreadable: (code: 'not-pdf' | 'truncated' | 'encrypted' | 'damaged' | 'too-large' | 'unsupported'): Localized =>
    ({
      'not-pdf': { de: 'ist keine PDF-Datei', en: 'is not a PDF file' },
      truncated: { de: 'PDF ist unvollständig (abgeschnitten); speichern oder übertragen Sie die ausgefüllte Checkliste erneut', en: 'the PDF is incomplete (truncated); save or transfer the filled checklist again' },
      encrypted: {
        de: 'PDF ist verschlüsselt oder kennwortgeschützt; agree liest nur unverschlüsselte Checklisten. Speichern Sie sie ohne Kennwort (in Acrobat: Datei › Eigenschaften › Sicherheit › Keine Sicherheit)',
        en: 'the PDF is encrypted or password-protected; agree reads only unencrypted checklists. Save it without a password (in Acrobat: File › Properties › Security › No Security)',
      },
      damaged: { de: 'PDF ist beschädigt und lässt sich nicht lesen; speichern Sie die ausgefüllte Checkliste erneut', en: 'the PDF is damaged and cannot be read; save the filled checklist again' },
      'too-large': { de: 'PDF enthält mehr, als agree in vertretbarer Zeit und mit vertretbarem Speicher liest; ist es wirklich eine Checkliste von agree review?', en: 'the PDF holds more than agree reads in reasonable time and memory; is it really a checklist from agree review?' },
      unsupported: { de: 'PDF verwendet eine Kodierung, die agree nicht liest; speichern Sie die Checkliste erneut, z. B. mit „Drucken als PDF“ ist sie nicht mehr ausfüllbar – besser in einem anderen Programm speichern', en: 'the PDF uses an encoding agree does not read; save the checklist again from another viewer' },
    })[code],
  notChecklist: {
    de: 'ist keine Checkliste von agree review (ihr fehlt das Feld „agree.checklist“). Füllen Sie die Checkliste aus, die `agree review VEREINBARUNG.yaml --format pdf` schreibt.',
    en: 'is not a checklist from agree review (it has no field "agree.checklist"). Fill in the checklist that `agree review AGREEMENT.yaml --format pdf` writes.',
  },
  otherAgreement: (given: { agreement: string; version: string }, expected: { agreement: string; version: string }): Localized => ({
    de: `Diese Checkliste gehört zur Vereinbarung „${given.agreement}“ (Stand ${dateDe(given.version)}), ausgewertet wird aber „${expected.agreement}“ (Stand ${dateDe(expected.version)}). Wählen Sie die passende Checkliste oder Vereinbarung.`,
    en: `This checklist belongs to agreement "${given.agreement}" (version of ${given.version}), but "${expected.agreement}" (version of ${expected.version}) is being evaluated. Choose the matching checklist or agreement.`,
  }),
  otherVersion: (given: { agreement: string; version: string }, expected: { agreement: string; version: string }): Localized => ({
    de: `Diese Checkliste wurde für den Stand ${dateDe(given.version)} der Vereinbarung „${given.agreement}“ erstellt; die Vereinbarung hat jetzt den Stand ${dateDe(expected.version)}. Werten Sie sie mit der Fassung vom ${dateDe(given.version)} aus, oder füllen Sie eine neue Checkliste aus (agree review … --format pdf).`,
    en: `This checklist was made for the version of ${given.version} of agreement "${given.agreement}"; the agreement is now at the version of ${expected.version}. Evaluate it against the version of ${given.version}, or fill in a new checklist (agree review … --format pdf).`,
  }),
  otherTasks: (given: { agreement: string; version: string }, expected: { agreement: string; version: string }): Localized => ({
    de: `Die Aufgaben der Vereinbarung „${expected.agreement}“ haben sich geändert, seit diese Checkliste erstellt wurde (beide mit Stand ${dateDe(given.version)}); die Antworten passen nicht mehr sicher zu den Aufgaben. Füllen Sie eine neue Checkliste aus (agree review … --format pdf).`,
    en: `The tasks of agreement "${expected.agreement}" changed after this checklist was made (both at the version of ${given.version}); the answers may no longer match the tasks. Fill in a new checklist (agree review … --format pdf).`,
  }),
  tooLong: (length: number, max: number): Localized => ({
    de: `Text ist zu lang (${length} Zeichen; höchstens ${max}); kürzen Sie die Angabe`,
    en: `text is too long (${length} characters; at most ${max}); shorten it`,
  }),
  control: (c: string): Localized => ({
    de: `Text enthält ein Steuerzeichen (${char(c)}); entfernen Sie es aus dem Feld`,
    en: `text contains a control character (${char(c)}); remove it from the field`,
  }),
  notADate: (typed: string): Localized => ({
    de: `„${typed.slice(0, 40)}“ ist kein Datum; schreiben Sie z. B. 12.03.2027`,
    en: `"${typed.slice(0, 40)}" is not a date; write e.g. 12/03/2027 or 2027-03-12`,
  }),
  notACount: (typed: string): Localized => ({
    de: `„${typed.slice(0, 40)}“ ist keine Anzahl; tragen Sie die Zahl der Treffen in Ziffern ein, z. B. 3`,
    en: `"${typed.slice(0, 40)}" is not a number; enter the number of meetings in digits, e.g. 3`,
  }),
};

// ---------------------------------------------------------------------------
// recording a review in the agreement (agree review … --record), UI language

export const recordMessages = {
  noReviewDate: {
    de: 'Die Ergebnisse nennen kein Datum der Überprüfung (`reviewDate`); ohne Datum lässt sich die Überprüfung nicht eintragen. Tragen Sie es ein und rufen Sie den Befehl erneut auf.',
    en: 'The results give no date of the review (`reviewDate`); without it the review cannot be recorded. Fill it in and run the command again.',
  },
  stdin: {
    de: '--record schreibt in die Datei der Vereinbarung; eine Vereinbarung von der Standardeingabe (-) lässt sich nicht ändern. Nennen Sie die Datei.',
    en: '--record writes into the agreement file; an agreement read from standard input (-) cannot be changed. Name the file instead.',
  },
  unreadable: (file: string, why: Localized): Localized => ({
    de: `${file} lässt sich nicht zum Ändern lesen (${why.de}); nichts wurde geschrieben.`,
    en: `${file} cannot be read for changing (${why.en}); nothing was written.`,
  }),
  older: (date: string, last: string, file: string): Localized => ({
    de: `Die Ergebnisse sind vom ${date}, aber ${file} verzeichnet schon eine spätere Überprüfung (${last}); nichts wurde geschrieben. Tragen Sie nur die neueste Überprüfung ein.`,
    en: `The results are from ${date}, but ${file} already records a later review (${last}); nothing was written. Record only the newest review.`,
  }),
  unsafe: (file: string): Localized => ({
    de: `${file} ließe sich nicht ändern, ohne mehr als die Daten der Überprüfung zu verändern; nichts wurde geschrieben. Tragen Sie \`review.lastReview\` von Hand ein.`,
    en: `${file} could not be changed without changing more than the review's dates; nothing was written. Set \`review.lastReview\` by hand.`,
  }),
};

// ---------------------------------------------------------------------------
// document words: checklist, skeleton, report, calendar

export type TaskStatus = 'fulfilled' | 'partial' | 'notFulfilled' | 'notApplicable';
export type QuestionKey = 'contactsCurrent' | 'dataFlowsAsAgreed' | 'consentFormsCurrent' | 'legalOrFundingChanges';
export type Answer = 'yes' | 'no' | 'unclear';
export type Decision = 'keep' | 'amend' | 'terminate';

export interface ReviewWords {
  locale: string;
  checklistTitle: string;
  checklistTitleProfile: string;
  reportTitle: string;
  header: {
    item: string;
    value: string;
    agreement: string;
    partners: string;
    version: string;
    lastReview: string;
    noReviewYet: string;
    due: string;
    interval: string;
    owner: string;
    reviewDate: string;
    participants: string;
    resultsFile: string;
    /** the checklist's identity field (agreement, version, tasks): what results read from a filled PDF are checked against */
    checklistId: string;
  };
  /** "12 Monate (einmal jährlich)" */
  intervalText(months: number): string;
  dueState: { ok: string; due: string; overdue(days: number): string };
  sections: {
    tasks: string;
    meetings: string;
    questions: string;
    goals: string;
    decision: string;
    nextReview: string;
    signatures: string;
  };
  fillIn: string;
  tasksLead: string;
  /** the task section when the document names no tasks */
  noTasks: string;
  task: string;
  note: string;
  status: Record<TaskStatus, string>;
  /**
   * The words a results file may use instead of the ids (status, answer,
   * decision), as on the checklist. A results file in any language accepts the
   * words of every language (schemas/review-results.schema.json lists them).
   */
  accepted: { status: Record<TaskStatus, string>; answers: Record<Answer, string>; decisions: Record<Decision, string> };
  unanswered: string;
  meetingsLead: string;
  noMeetings: string;
  meetingColumns: { task: string; frequency: string; expected: string; held: string };
  frequency: Record<Frequency, string>;
  noExpectation: string;
  questionsLead: string;
  question: string;
  questions: Record<QuestionKey, string>;
  answers: Record<Answer, string>;
  context: {
    contacts(list: string): string;
    noContacts: string;
    dataFlows(list: string): string;
    noDataFlows: string;
    consentForms(list: string): string;
    noConsentForms: string;
    churchLaw(list: string): string;
    legalBasis(list: string): string;
  };
  /** "Jobcenter → DWD: Fehlzeiten, Kursabbruch" */
  flow(from: string, to: string, data: string): string;
  goalsLead: string;
  noGoals: string;
  goal(n: number): string;
  indicator: string;
  value: string;
  noIndicators: string;
  decisionLead: string;
  decisions: Record<Decision, string>;
  amendments: string;
  nextReviewDate: string;
  nextReviewOwner: string;
  suggestion(value: string): string;
  placeDate: string;
  signatureCaption(party: string): string;
  signaturesLead: string;
  pageLabel: string;
  footer(title: string, district: string): string;
  subject(title: string, district: string): string;
  /** PDF form field tooltips */
  tip: {
    status(status: string, task: string): string;
    note(task: string): string;
    held(task: string): string;
    answer(answer: string, question: string): string;
    questionNote(question: string): string;
    value(indicator: string): string;
    indicatorNote(indicator: string): string;
    decision(decision: string): string;
    reviewDate: string;
    participants: string;
  };

  // skeleton comments
  skeleton: {
    intro(title: string, id: string): string[];
    evaluate(command: string): string;
    reviewDate: string;
    participants: string;
    statusValues: string;
    meetingsNone: string;
    meetingExpected(frequency: string, expected: string): string;
    answerValues: string;
    indicatorsNone: string;
    decisionValues: string;
    amendments: string;
    nextReview(suggested: string): string;
  };

  // evaluation report
  report: {
    reviewOf(date: string): string;
    reviewDateMissing: string;
    fulfilment: string;
    rate: string;
    formula: string;
    /** "(12 + 0,5 × 3) / (20 − 1) = 13,5 / 19" */
    formulaFilled(fulfilled: string, partial: string, tasks: string, notApplicable: string, numerator: string, denominator: string): string;
    unansweredNote(n: number): string;
    /** the first thing an incomplete evaluation says: what is missing */
    incomplete(parts: string[], plural: boolean): string;
    missing: { tasks(n: number, total: number): string; questions(n: number, total: number): string; decision: string; reviewDate: string };
    noRate: string;
    columns: { scope: string; tasks: string; rate: string };
    overall: string;
    byParty: string;
    byPartner: string;
    shared: string;
    byPartnerNote: string;
    /** "Zuständig" of a shared task: "gemeinsam (federführend: Jobcenter)" */
    sharedBy(lead: string): string;
    open: string;
    openNone: string;
    /** nothing answered is open, but `n` tasks are unanswered */
    openNoneUnanswered(n: number): string;
    /** no task is answered at all */
    openNothingAnswered: string;
    /** decision amend: what follows the meeting */
    nextStepsAmend: string;
    openColumns: { task: string; by: string; result: string; note: string };
    unansweredList: string;
    meetingsNone: string;
    meetingsColumns: { task: string; frequency: string; expected: string; held: string; assessment: string };
    meetingMet: string;
    meetingBelow(missing: string): string;
    meetingNotRecorded: string;
    meetingNoExpectation: string;
    questionsColumns: { question: string; answer: string; note: string; action: string };
    actionNeeded: string;
    actionNone: string;
    actionUnanswered: string;
    actionSummary(n: number): string;
    indicatorsNone: string;
    indicatorNoValue: string;
    indicatorNotInAgreement: string;
    otherIndicators: string;
    decisionIs: Record<Decision, string>;
    decisionMissing: string;
    amendmentsNone: string;
    nextReview(date: string, owner: string): string;
    nextReviewMissing: string;
    trend: string;
    trendColumns: { year: string; date: string; rate: string; meetings: string };
    yearUnknown: string;
    generated: string;
  };

  // calendar
  ics: {
    calendarName: string;
    summary(title: string, district: string): string;
    /** an overdue review, placed on the next working day */
    summaryOverdue(title: string, district: string, due: string): string;
    description(due: string, from: string, interval: string, owner: string, command: string): string;
    fromLastReview(date: string): string;
    fromVersion(date: string): string;
    /** the date was fixed at the review of `date` */
    fromNext(date: string): string;
  };
}

const deWords: ReviewWords = {
  locale: 'de-DE',
  checklistTitle: 'Überprüfung der Kooperationsvereinbarung',
  checklistTitleProfile: 'Überprüfung des Kooperationsprofils',
  reportTitle: 'Auswertung der Überprüfung',
  header: {
    item: 'Angabe',
    value: 'Wert',
    agreement: 'Vereinbarung',
    partners: 'Kooperationspartner',
    version: 'Stand',
    lastReview: 'Letzte Überprüfung',
    noReviewYet: 'noch keine',
    due: 'Fällig',
    interval: 'Überprüfung',
    owner: 'Einladung',
    reviewDate: 'Datum der Überprüfung',
    participants: 'Teilnehmende',
    resultsFile: 'Ergebnisdatei',
    checklistId: 'Prüfkennung',
  },
  intervalText: (months) =>
    months === 12 ? 'einmal jährlich' : months === 6 ? 'halbjährlich' : months % 12 === 0 ? `alle ${months / 12} Jahre` : `alle ${months} Monate`,
  dueState: {
    ok: '',
    due: 'demnächst fällig',
    overdue: (days) => (days === 1 ? 'seit 1 Tag überfällig' : `seit ${days} Tagen überfällig`),
  },
  sections: {
    tasks: 'Aufgaben',
    meetings: 'Treffen',
    questions: 'Prüffragen',
    goals: 'Ziele und Indikatoren',
    decision: 'Entscheidung',
    nextReview: 'Nächste Überprüfung',
    signatures: 'Unterschriften',
  },
  fillIn: 'Die Vereinbarung wird von den Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Bitte je Zeile ein Feld ankreuzen und Anmerkungen eintragen.',
  tasksLead: 'Wurde die Aufgabe seit der letzten Überprüfung wie vereinbart wahrgenommen?',
  noTasks: 'Die Vereinbarung nennt keine Aufgaben.',
  task: 'Aufgabe',
  note: 'Anmerkung',
  status: { fulfilled: 'erfüllt', partial: 'teilweise', notFulfilled: 'nicht erfüllt', notApplicable: 'entfällt' },
  accepted: {
    status: { fulfilled: 'erfüllt', partial: 'teilweise', notFulfilled: 'nicht erfüllt', notApplicable: 'entfällt' },
    answers: { yes: 'ja', no: 'nein', unclear: 'unklar' },
    decisions: { keep: 'gilt unverändert weiter', amend: 'wird schriftlich geändert', terminate: 'wird beendet' },
  },
  unanswered: 'nicht beantwortet',
  meetingsLead: 'Treffen seit der letzten Überprüfung, verglichen mit der vereinbarten Häufigkeit:',
  noMeetings: 'Die Vereinbarung legt für keine gemeinsame Aufgabe und kein Gremium eine Häufigkeit fest.',
  meetingColumns: { task: 'Gemeinsame Aufgabe oder Gremium', frequency: 'Häufigkeit', expected: 'erwartet', held: 'stattgefunden' },
  frequency: documentWords.de.frequency,
  noExpectation: '–',
  questionsLead: 'Fragen, die bei jeder Überprüfung zu beantworten sind:',
  question: 'Frage',
  questions: {
    contactsCurrent: 'Sind die Ansprechpersonen und ihre Kontaktdaten aktuell?',
    dataFlowsAsAgreed: 'Werden personenbezogene Daten nur wie vereinbart weitergegeben?',
    consentFormsCurrent: 'Sind die Einwilligungserklärungen aktuell und rechtlich gültig?',
    legalOrFundingChanges: 'Haben sich Rechtslage oder Förderung geändert (Gesetze, Förderrichtlinien, Finanzierung)?',
  },
  answers: { yes: 'ja', no: 'nein', unclear: 'unklar' },
  context: {
    contacts: (list) => `Stand der Listen: ${list}.`,
    noContacts: 'In der Vereinbarung sind keine Ansprechpersonen eingetragen.',
    dataFlows: (list) => `Vereinbart: ${list}.`,
    noDataFlows: 'Die Vereinbarung sieht keine Weitergabe personenbezogener Daten vor.',
    consentForms: (list) => `Vordrucke: ${list}.`,
    noConsentForms: 'Die Vereinbarung nennt keine Einwilligungserklärung.',
    churchLaw: (list) => `Kirchliches Datenschutzrecht: ${list}.`,
    legalBasis: documentWords.de.legalBasis,
  },
  flow: (from, to, data) => `${from} → ${to}: ${data}`,
  goalsLead: 'Was zeigen die vereinbarten Indikatoren?',
  noGoals: 'Die Vereinbarung nennt keine Ziele.',
  goal: (n) => `Ziel ${n}`,
  indicator: 'Indikator',
  value: 'Wert',
  noIndicators: 'Für dieses Ziel ist kein Indikator vereinbart.',
  decisionLead: 'Die Kooperationspartner beschließen:',
  decisions: {
    keep: 'Die Vereinbarung gilt unverändert weiter.',
    amend: 'Die Vereinbarung wird schriftlich geändert (Änderungswünsche unten).',
    terminate: 'Die Vereinbarung wird beendet.',
  },
  amendments: 'Änderungswünsche (schriftlich und konkret)',
  nextReviewDate: 'Datum der nächsten Überprüfung',
  nextReviewOwner: 'Einladung durch',
  suggestion: (value) => `Vorschlag: ${value}`,
  placeDate: documentWords.de.placeDate,
  signatureCaption: documentWords.de.signatureCaption,
  signaturesLead: 'Für die Kooperationspartner:',
  pageLabel: documentWords.de.pageLabel,
  footer: (title, district) => [`Überprüfung: ${title}`, district].filter(Boolean).join(' · '),
  subject: (title, district) => `Checkliste zur Überprüfung: ${title}${district ? ` – ${district}` : ''}`,
  tip: {
    status: (status, task) => `${status}: ${task}`,
    note: (task) => `Anmerkung: ${task}`,
    held: (task) => `Zahl der Treffen: ${task}`,
    answer: (answer, question) => `${answer}: ${question}`,
    questionNote: (question) => `Anmerkung: ${question}`,
    value: (indicator) => `Wert: ${indicator}`,
    indicatorNote: (indicator) => `Anmerkung: ${indicator}`,
    decision: (decision) => `Entscheidung: ${decision}`,
    reviewDate: 'Datum der Überprüfung',
    participants: 'Teilnehmende (Name, Einrichtung)',
  },
  skeleton: {
    intro: (title, id) => [
      `Ergebnisse der Überprüfung: ${title} (${id})`,
      'Ausfüllen, dann auswerten. Jede Aufgabe der Vereinbarung steht unter `tasks`,',
      'mit ihrem Text als Kommentar darüber.',
    ],
    evaluate: (command) => `Auswerten: ${command}`,
    reviewDate: 'Datum der Überprüfung, JJJJ-MM-TT',
    participants: 'z. B. - "Jan Petersen (Jobcenter)"',
    statusValues: 'status: erfüllt | teilweise | nicht erfüllt | entfällt (oder fulfilled | partial | notFulfilled | notApplicable)',
    meetingsNone: 'keine gemeinsame Aufgabe und kein Gremium mit vereinbarter Häufigkeit',
    meetingExpected: (frequency, expected) => `${frequency}, erwartet: ${expected}; held: Zahl der Treffen seit der letzten Überprüfung`,
    answerValues: 'answer: ja | nein | unklar (oder yes | no | unclear)',
    indicatorsNone: 'die Vereinbarung nennt keine Indikatoren',
    decisionValues: 'gilt unverändert weiter | wird schriftlich geändert | wird beendet (oder keep | amend | terminate)',
    amendments: 'Änderungswünsche, je einer pro Zeile: - "…"',
    nextReview: (suggested) => `nächste Überprüfung (Vorschlag: ${suggested}); owner: Kennung eines Partners oder einer Einheit`,
  },
  report: {
    reviewOf: (date) => `Überprüfung vom ${date}`,
    reviewDateMissing: 'Datum der Überprüfung nicht angegeben',
    fulfilment: 'Erfüllung der Aufgaben',
    rate: 'Erfüllungsgrad',
    formula: 'Erfüllungsgrad = (erfüllt + 0,5 × teilweise) / (Aufgaben − entfällt)',
    formulaFilled: (f, p, t, na, num, den) => `(${f} + 0,5 × ${p}) / (${t} − ${na}) = ${num} / ${den}`,
    unansweredNote: (n) =>
      n === 1
        ? 'Eine Aufgabe ist nicht beantwortet; sie zählt im Nenner mit, also wie „nicht erfüllt“.'
        : `${n} Aufgaben sind nicht beantwortet; sie zählen im Nenner mit, also wie „nicht erfüllt“.`,
    incomplete: (parts, plural) => `${joinDe(parts)} ${plural ? 'sind' : 'ist'} nicht beantwortet – die Auswertung ist unvollständig.`,
    missing: {
      tasks: (n, total) => `${n} von ${total} ${total === 1 ? 'Aufgabe' : 'Aufgaben'}`,
      questions: (n, total) => `${n} von ${total} Prüffragen`,
      decision: 'die Entscheidung',
      reviewDate: 'das Datum der Überprüfung',
    },
    noRate: 'Kein Erfüllungsgrad: alle Aufgaben entfallen.',
    columns: { scope: 'Bereich', tasks: 'Aufgaben', rate: 'Erfüllungsgrad' },
    overall: 'Insgesamt',
    byParty: 'Je Zuständigkeit',
    byPartner: 'Je Kooperationspartner',
    shared: 'Gemeinsame Aufgaben',
    byPartnerNote: 'Je Kooperationspartner zählen die Aufgaben des Partners und seiner Einheiten; gemeinsame Aufgaben stehen in einer eigenen Zeile.',
    sharedBy: (lead) => (lead ? `gemeinsam (federführend: ${lead})` : 'gemeinsam'),
    open: 'Nicht oder teilweise erfüllte Aufgaben',
    openNone: 'Alle Aufgaben sind erfüllt oder entfallen.',
    openNoneUnanswered: (n) =>
      `Keine der beantworteten Aufgaben ist offen; ${n === 1 ? 'eine Aufgabe ist' : `${n} Aufgaben sind`} aber nicht beantwortet (siehe unten).`,
    openNothingAnswered: 'Keine Aufgabe ist beantwortet: Über die Erfüllung lässt sich nichts sagen.',
    nextStepsAmend: 'Nächste Schritte: Die Änderungswünsche werden schriftlich und konkret angemeldet (agree amend schreibt den Nachtrag):',
    openColumns: { task: 'Aufgabe', by: 'Zuständig', result: 'Ergebnis', note: 'Anmerkung' },
    unansweredList: 'Nicht beantwortet',
    meetingsNone: 'Die Vereinbarung legt für keine gemeinsame Aufgabe und kein Gremium eine Häufigkeit fest.',
    meetingsColumns: { task: 'Gemeinsame Aufgabe oder Gremium', frequency: 'Häufigkeit', expected: 'erwartet', held: 'stattgefunden', assessment: 'Bewertung' },
    meetingMet: 'wie vereinbart',
    meetingBelow: (missing) => `${missing} zu wenig`,
    meetingNotRecorded: 'nicht erfasst',
    meetingNoExpectation: 'keine Vorgabe',
    questionsColumns: { question: 'Frage', answer: 'Antwort', note: 'Anmerkung', action: 'Handlungsbedarf' },
    actionNeeded: 'ja',
    actionNone: '–',
    actionUnanswered: 'offen',
    actionSummary: (n) =>
      n === 0 ? 'Keine Antwort verlangt Handlungsbedarf.' : n === 1 ? 'Eine Antwort verlangt Handlungsbedarf.' : `${n} Antworten verlangen Handlungsbedarf.`,
    indicatorsNone: 'Die Vereinbarung nennt keine Indikatoren, und die Ergebnisse enthalten keine Werte.',
    indicatorNoValue: 'kein Wert',
    indicatorNotInAgreement: '(nicht in der Vereinbarung)',
    otherIndicators: 'Weitere Werte',
    decisionIs: {
      keep: 'Die Vereinbarung gilt unverändert weiter.',
      amend: 'Die Vereinbarung wird schriftlich geändert.',
      terminate: 'Die Vereinbarung wird beendet.',
    },
    decisionMissing: 'Keine Entscheidung eingetragen.',
    amendmentsNone: 'Keine Änderungswünsche.',
    nextReview: (date, owner) => `Nächste Überprüfung: ${date}${owner ? `; Einladung: ${owner}` : ''}.`,
    nextReviewMissing: 'Termin der nächsten Überprüfung nicht eingetragen.',
    trend: 'Verlauf',
    trendColumns: { year: 'Jahr', date: 'Überprüfung', rate: 'Erfüllungsgrad', meetings: 'Treffen (stattgefunden/erwartet)' },
    yearUnknown: '?',
    generated: 'Erstellt mit agree review',
  },
  ics: {
    calendarName: 'Überprüfungen der Kooperationsvereinbarungen',
    summary: (title, district) => `Überprüfung: ${title}${district ? ` ${district}` : ''}`,
    summaryOverdue: (title, district, due) => `Überfällig seit ${due}: Überprüfung ${title}${district ? ` ${district}` : ''}`,
    description: (due, from, interval, owner, command) =>
      [`Fällig am ${due} (${from}; ${interval}).`, owner ? `Einladung: ${owner}.` : '', `Checkliste: ${command}`].filter(Boolean).join('\n'),
    fromLastReview: (date) => `letzte Überprüfung ${date}`,
    fromVersion: (date) => `Stand ${date}, noch keine Überprüfung`,
    fromNext: (date) => `festgelegt bei der Überprüfung am ${date}`,
  },
};

const enWords: ReviewWords = {
  locale: 'en-GB',
  checklistTitle: 'Review of the Cooperation Agreement',
  checklistTitleProfile: 'Review of the Cooperation Profile',
  reportTitle: 'Review Evaluation',
  header: {
    item: 'Item',
    value: 'Value',
    agreement: 'Agreement',
    partners: 'Partners',
    version: 'Version of',
    lastReview: 'Last review',
    noReviewYet: 'none yet',
    due: 'Due',
    interval: 'Review',
    owner: 'Convened by',
    reviewDate: 'Date of this review',
    participants: 'Participants',
    resultsFile: 'Results file',
    checklistId: 'Checklist id',
  },
  intervalText: (months) =>
    months === 12 ? 'once a year' : months === 6 ? 'every six months' : months % 12 === 0 ? `every ${months / 12} years` : `every ${months} months`,
  dueState: {
    ok: '',
    due: 'due soon',
    overdue: (days) => (days === 1 ? 'overdue by 1 day' : `overdue by ${days} days`),
  },
  sections: {
    tasks: 'Tasks',
    meetings: 'Meetings',
    questions: 'Review Questions',
    goals: 'Goals and Indicators',
    decision: 'Decision',
    nextReview: 'Next Review',
    signatures: 'Signatures',
  },
  fillIn: 'The partners review the agreement for its continued validity and practicability. Please tick one box per row and add notes.',
  tasksLead: 'Has the task been carried out as agreed since the last review?',
  noTasks: 'The agreement names no tasks.',
  task: 'Task',
  note: 'Note',
  status: { fulfilled: 'fulfilled', partial: 'partly', notFulfilled: 'not fulfilled', notApplicable: 'not applicable' },
  accepted: {
    status: { fulfilled: 'fulfilled', partial: 'partial', notFulfilled: 'notFulfilled', notApplicable: 'notApplicable' },
    answers: { yes: 'yes', no: 'no', unclear: 'unclear' },
    decisions: { keep: 'keep', amend: 'amend', terminate: 'terminate' },
  },
  unanswered: 'not answered',
  meetingsLead: 'Meetings since the last review, compared with the agreed frequency:',
  noMeetings: 'The agreement sets no frequency for any shared task or body.',
  meetingColumns: { task: 'Shared task or body', frequency: 'Frequency', expected: 'expected', held: 'held' },
  frequency: documentWords.en.frequency,
  noExpectation: '–',
  questionsLead: 'Questions to answer at every review:',
  question: 'Question',
  questions: {
    contactsCurrent: 'Are the contact persons and their details current?',
    dataFlowsAsAgreed: 'Is personal data passed on only as agreed?',
    consentFormsCurrent: 'Are the consent forms current and legally valid?',
    legalOrFundingChanges: 'Has the legal situation or the funding changed (laws, funding guidelines, budgets)?',
  },
  answers: { yes: 'yes', no: 'no', unclear: 'unclear' },
  context: {
    contacts: (list) => `Lists as of: ${list}.`,
    noContacts: 'The agreement lists no contact persons.',
    dataFlows: (list) => `Agreed: ${list}.`,
    noDataFlows: 'The agreement provides for no passing of personal data.',
    consentForms: (list) => `Forms: ${list}.`,
    noConsentForms: 'The agreement names no consent form.',
    churchLaw: (list) => `Church data protection law: ${list}.`,
    legalBasis: documentWords.en.legalBasis,
  },
  flow: (from, to, data) => `${from} → ${to}: ${data}`,
  goalsLead: 'What do the agreed indicators show?',
  noGoals: 'The agreement names no goals.',
  goal: (n) => `Goal ${n}`,
  indicator: 'Indicator',
  value: 'Value',
  noIndicators: 'No indicator is agreed for this goal.',
  decisionLead: 'The partners decide:',
  decisions: {
    keep: 'The agreement continues unchanged.',
    amend: 'The agreement is amended in writing (amendment requests below).',
    terminate: 'The agreement is terminated.',
  },
  amendments: 'Amendment requests (in writing, specific)',
  nextReviewDate: 'Date of the next review',
  nextReviewOwner: 'Convened by',
  suggestion: (value) => `suggested: ${value}`,
  placeDate: documentWords.en.placeDate,
  signatureCaption: documentWords.en.signatureCaption,
  signaturesLead: 'For the partners:',
  pageLabel: documentWords.en.pageLabel,
  footer: (title, district) => [`Review: ${title}`, district].filter(Boolean).join(' · '),
  subject: (title, district) => `Review checklist: ${title}${district ? ` – ${district}` : ''}`,
  tip: {
    status: (status, task) => `${status}: ${task}`,
    note: (task) => `Note: ${task}`,
    held: (task) => `Number of meetings: ${task}`,
    answer: (answer, question) => `${answer}: ${question}`,
    questionNote: (question) => `Note: ${question}`,
    value: (indicator) => `Value: ${indicator}`,
    indicatorNote: (indicator) => `Note: ${indicator}`,
    decision: (decision) => `Decision: ${decision}`,
    reviewDate: 'Date of this review',
    participants: 'Participants (name, organisation)',
  },
  skeleton: {
    intro: (title, id) => [
      `Review results: ${title} (${id})`,
      'Fill in, then evaluate. Every task of the agreement is listed under `tasks`,',
      'with its text as a comment above it.',
    ],
    evaluate: (command) => `Evaluate: ${command}`,
    reviewDate: 'date of the review, YYYY-MM-DD',
    participants: 'e.g. - "Jan Petersen (Jobcenter)"',
    statusValues: 'status: fulfilled | partial | notFulfilled | notApplicable',
    meetingsNone: 'no shared task or body with an agreed frequency',
    meetingExpected: (frequency, expected) => `${frequency}, expected: ${expected}; held: number of meetings since the last review`,
    answerValues: 'answer: yes | no | unclear',
    indicatorsNone: 'the agreement names no indicators',
    decisionValues: 'keep | amend (in writing) | terminate',
    amendments: 'amendment requests, one per line: - "…"',
    nextReview: (suggested) => `next review (suggested: ${suggested}); owner: id of a partner or unit`,
  },
  report: {
    reviewOf: (date) => `Review of ${date}`,
    reviewDateMissing: 'date of the review not given',
    fulfilment: 'Fulfilment of Tasks',
    rate: 'Fulfilment rate',
    formula: 'Fulfilment rate = (fulfilled + 0.5 × partly) / (tasks − not applicable)',
    formulaFilled: (f, p, t, na, num, den) => `(${f} + 0.5 × ${p}) / (${t} − ${na}) = ${num} / ${den}`,
    unansweredNote: (n) =>
      n === 1
        ? 'One task is not answered; it counts in the denominator, i.e. like "not fulfilled".'
        : `${n} tasks are not answered; they count in the denominator, i.e. like "not fulfilled".`,
    incomplete: (parts, plural) => `${joinEn(parts)} ${plural ? 'are' : 'is'} not answered — the evaluation is incomplete.`,
    missing: {
      tasks: (n, total) => `${n} of ${total} ${total === 1 ? 'task' : 'tasks'}`,
      questions: (n, total) => `${n} of ${total} review questions`,
      decision: 'the decision',
      reviewDate: 'the date of the review',
    },
    noRate: 'No fulfilment rate: all tasks are not applicable.',
    columns: { scope: 'Scope', tasks: 'Tasks', rate: 'Rate' },
    overall: 'Overall',
    byParty: 'By responsibility',
    byPartner: 'By partner',
    shared: 'Shared tasks',
    byPartnerNote: 'Per partner, the tasks of the partner and its units count; shared tasks have a row of their own.',
    sharedBy: (lead) => (lead ? `jointly (lead: ${lead})` : 'jointly'),
    open: 'Tasks Not or Partly Fulfilled',
    openNone: 'All tasks are fulfilled or not applicable.',
    openNoneUnanswered: (n) => `None of the answered tasks is open, but ${n === 1 ? 'one task is' : `${n} tasks are`} not answered (see below).`,
    openNothingAnswered: 'No task is answered: nothing can be said about fulfilment.',
    nextStepsAmend: 'Next steps: the amendment requests are submitted in writing and specifically (agree amend writes the amendment):',
    openColumns: { task: 'Task', by: 'Responsible', result: 'Result', note: 'Note' },
    unansweredList: 'Not answered',
    meetingsNone: 'The agreement sets no frequency for any shared task or body.',
    meetingsColumns: { task: 'Shared task or body', frequency: 'Frequency', expected: 'expected', held: 'held', assessment: 'Assessment' },
    meetingMet: 'as agreed',
    meetingBelow: (missing) => `${missing} too few`,
    meetingNotRecorded: 'not recorded',
    meetingNoExpectation: 'no target',
    questionsColumns: { question: 'Question', answer: 'Answer', note: 'Note', action: 'Action needed' },
    actionNeeded: 'yes',
    actionNone: '–',
    actionUnanswered: 'open',
    actionSummary: (n) => (n === 0 ? 'No answer calls for action.' : n === 1 ? 'One answer calls for action.' : `${n} answers call for action.`),
    indicatorsNone: 'The agreement names no indicators and the results contain no values.',
    indicatorNoValue: 'no value',
    indicatorNotInAgreement: '(not in the agreement)',
    otherIndicators: 'Other values',
    decisionIs: {
      keep: 'The agreement continues unchanged.',
      amend: 'The agreement is amended in writing.',
      terminate: 'The agreement is terminated.',
    },
    decisionMissing: 'No decision recorded.',
    amendmentsNone: 'No amendment requests.',
    nextReview: (date, owner) => `Next review: ${date}${owner ? `; convened by ${owner}` : ''}.`,
    nextReviewMissing: 'Date of the next review not recorded.',
    trend: 'Trend',
    trendColumns: { year: 'Year', date: 'Review', rate: 'Fulfilment rate', meetings: 'Meetings (held/expected)' },
    yearUnknown: '?',
    generated: 'Generated by agree review',
  },
  ics: {
    calendarName: 'Reviews of cooperation agreements',
    summary: (title, district) => `Review: ${title}${district ? ` ${district}` : ''}`,
    summaryOverdue: (title, district, due) => `Overdue since ${due}: review ${title}${district ? ` ${district}` : ''}`,
    description: (due, from, interval, owner, command) =>
      [`Due on ${due} (${from}; ${interval}).`, owner ? `Convened by ${owner}.` : '', `Checklist: ${command}`].filter(Boolean).join('\n'),
    fromLastReview: (date) => `last review ${date}`,
    fromVersion: (date) => `version of ${date}, no review yet`,
    fromNext: (date) => `fixed at the review of ${date}`,
  },
};

function joinDe(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

function joinEn(parts: string[]): string {
  const s = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const reviewWords: Record<Lang, ReviewWords> = { de: deWords, en: enWords };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * A cooperation profile (kind: informal) is not an agreement: every text of
 * its checklist and report speaks of the profile and of participants.
 */
const profileWords: Record<Lang, DeepPartial<ReviewWords>> = {
  de: {
    header: { agreement: 'Kooperationsprofil', partners: 'Beteiligte' },
    fillIn: 'Das Kooperationsprofil wird von den Beteiligten auf seine Aktualität hin überprüft. Bitte je Zeile ein Feld ankreuzen und Anmerkungen eintragen.',
    noTasks: 'Das Kooperationsprofil nennt keine Aufgaben.',
    noMeetings: 'Das Kooperationsprofil legt für keine gemeinsame Aufgabe und kein Gremium eine Häufigkeit fest.',
    context: {
      noContacts: 'Im Kooperationsprofil sind keine Ansprechpersonen eingetragen.',
      noDataFlows: 'Das Kooperationsprofil sieht keine Weitergabe personenbezogener Daten vor.',
      noConsentForms: 'Das Kooperationsprofil nennt keine Einwilligungserklärung.',
    },
    noGoals: 'Das Kooperationsprofil nennt keine Ziele.',
    decisionLead: 'Die Beteiligten entscheiden:',
    decisions: {
      keep: 'Das Kooperationsprofil gilt unverändert weiter.',
      amend: 'Das Kooperationsprofil wird schriftlich geändert (Änderungswünsche unten).',
      terminate: 'Die Zusammenarbeit nach diesem Kooperationsprofil wird beendet.',
    },
    skeleton: {
      intro: (title, id) => [
        `Ergebnisse der Überprüfung: ${title} (${id})`,
        'Ausfüllen, dann auswerten. Jede Aufgabe des Kooperationsprofils steht unter `tasks`,',
        'mit ihrem Text als Kommentar darüber.',
      ],
      indicatorsNone: 'das Kooperationsprofil nennt keine Indikatoren',
    },
    report: {
      meetingsNone: 'Das Kooperationsprofil legt für keine gemeinsame Aufgabe und kein Gremium eine Häufigkeit fest.',
      indicatorsNone: 'Das Kooperationsprofil nennt keine Indikatoren, und die Ergebnisse enthalten keine Werte.',
      indicatorNotInAgreement: '(nicht im Kooperationsprofil)',
      byPartner: 'Je beteiligter Einrichtung',
      byPartnerNote: 'Je beteiligter Einrichtung zählen ihre Aufgaben und die ihrer Einheiten; gemeinsame Aufgaben stehen in einer eigenen Zeile.',
      decisionIs: {
        keep: 'Das Kooperationsprofil gilt unverändert weiter.',
        amend: 'Das Kooperationsprofil wird schriftlich geändert.',
        terminate: 'Die Zusammenarbeit nach diesem Kooperationsprofil wird beendet.',
      },
    },
    ics: { calendarName: 'Überprüfungen der Kooperationsprofile' },
  },
  en: {
    header: { agreement: 'Cooperation profile', partners: 'Participants' },
    fillIn: 'The participants review the cooperation profile to keep it up to date. Please tick one box per row and add notes.',
    noTasks: 'The cooperation profile names no tasks.',
    noMeetings: 'The cooperation profile sets no frequency for any shared task or body.',
    context: {
      noContacts: 'The cooperation profile lists no contact persons.',
      noDataFlows: 'The cooperation profile provides for no passing of personal data.',
      noConsentForms: 'The cooperation profile names no consent form.',
    },
    noGoals: 'The cooperation profile names no goals.',
    decisionLead: 'The participants decide:',
    decisions: {
      keep: 'The cooperation profile continues unchanged.',
      amend: 'The cooperation profile is amended in writing (amendment requests below).',
      terminate: 'The cooperation under this profile ends.',
    },
    skeleton: {
      intro: (title, id) => [
        `Review results: ${title} (${id})`,
        'Fill in, then evaluate. Every task of the cooperation profile is listed under `tasks`,',
        'with its text as a comment above it.',
      ],
      indicatorsNone: 'the cooperation profile names no indicators',
    },
    report: {
      meetingsNone: 'The cooperation profile sets no frequency for any shared task or body.',
      indicatorsNone: 'The cooperation profile names no indicators and the results contain no values.',
      indicatorNotInAgreement: '(not in the cooperation profile)',
      byPartner: 'By participating organisation',
      byPartnerNote: 'Per participating organisation, its tasks and those of its units count; shared tasks have a row of their own.',
      decisionIs: {
        keep: 'The cooperation profile continues unchanged.',
        amend: 'The cooperation profile is amended in writing.',
        terminate: 'The cooperation under this profile ends.',
      },
    },
    ics: { calendarName: 'Reviews of cooperation profiles' },
  },
};

function mergeDeep<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (!over) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Record<string, unknown>)[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' ? mergeDeep(b, v as DeepPartial<typeof b>) : v;
  }
  return out as T;
}

const profileCache = new Map<Lang, ReviewWords>();

/** the words of a review of an agreement, or of a cooperation profile (kind: informal) */
export function reviewWordsFor(lang: Lang, kind: 'agreement' | 'informal' | string | undefined): ReviewWords {
  if (kind !== 'informal') return reviewWords[lang];
  let w = profileCache.get(lang);
  if (!w) profileCache.set(lang, (w = mergeDeep(reviewWords[lang], profileWords[lang])));
  return w;
}
