// Every word of `agree overview` — the page, the summary it prints and its help
// texts — in German and English. The page is in the language of --lang (like
// the command's messages), whatever the languages of the documents: one page
// for a coordinator who reads all of them. Logic gets an OverviewWords object
// and never asks which language it is; dates, numbers and percentages are
// formatted here, so the page does not depend on the ICU data of the Node.js
// build (the same inputs give the same bytes).

import type { Severity } from '../check/diagnostic.js';
import type { DueStatus } from '../review/due.js';
import type { Kind } from '../model/types.js';
import type { FlowRole, OverviewUnmatched } from './types.js';

export interface OverviewWords {
  /** the `lang` of the page */
  htmlLang: string;
  /** picks this language from a { de, en } pair (rule descriptions) */
  pick<T>(pair: { de: T; en: T }): T;
  /** compact date for tables: 26.11.2026 / 2026-11-26 */
  date(iso: string): string;
  /** date in running text: 26. November 2026 / 26 November 2026 */
  longDate(iso: string): string;
  /** "Nov. 2026" / "Nov 2026" for a "YYYY-MM" month */
  month(yyyyMm: string): string;
  number(n: number): string;
  /** 0…1 → "76 %" / "76%" */
  percent(rate: number): string;
  /** a count with its noun: "1 Dokument", "3 Dokumente" */
  count(n: number, one: string, many: string): string;

  title: string;
  intro(today: string): string;
  generatedBy(version: string): string;
  contents: string;
  summary: {
    label: string;
    documents: string;
    agreements: string;
    profiles: string;
    withErrors: string;
    overdue: string;
    due(windowDays: number): string;
    ok: string;
    reviewed: string;
  };
  sections: { documents: string; trend: string; timeline: string; dataFlows: string; findings: string; unmatched: string };

  table: {
    caption: string;
    sortHint: string;
    columns: { district: string; kind: string; partners: string; version: string; lastReview: string; next: string; findings: string; rate: string; pdf: string };
    filter: string;
    filterHint: string;
    statusFilter: string;
    kindFilter: string;
    all: string;
    /** `shown` is a formatted number, or the placeholder the page script fills in */
    shown(shown: string, total: number): string;
    noneShown: string;
    sortedAscending: string;
    sortedDescending: string;
  };
  kind: Record<Kind, string>;
  kindUnknown: string;
  /** the status of the next review, with the days */
  status(status: DueStatus, daysLeft: number): string;
  statusName: Record<DueStatus | 'errors', string>;
  basis: { next(date: string): string; lastReview(date: string): string; version(date: string): string };
  intervalDefaulted: string;
  noLastReview: string;
  errors(n: number): string;
  warnings(n: number): string;
  infos(n: number): string;
  noFindings: string;
  failure: { errors: string; 'duplicate-id': string };
  /** "Zeile 3, Spalte 5" */
  at(line: number, column: number, field?: string): string;
  moreFindings(n: number): string;
  reviewOf(date: string): string;
  reviewUndated: string;
  incomplete: string;
  noRate: string;
  noReview: string;
  resultsRejected(n: number): string;
  pdf: string;
  pdfOf(district: string): string;
  noPdf: string;

  trend: {
    intro: string;
    none: string;
    chartTitle: string;
    chartDescription(documents: number, years: number[]): string;
    /** which rows one image of a long heat map shows */
    part(from: number, to: number, total: number): string;
    medianTitle: string;
    medianDescription: string;
    median: string;
    quartiles: string;
    reviews(n: number): string;
    bands: { high: string; medium: string; low: string; none: string; missing: string };
    /** the mark after the rate of an incompletely answered review, and what it means */
    incompleteMark: string;
    incompleteNote: string;
    asTable: string;
    tableCaption: string;
    district: string;
    rateIn(year: number): string;
  };
  timeline: {
    intro(from: string, until: string): string;
    chartTitle: string;
    chartDescription(total: number, overdue: number): string;
    overdue: string;
    reviewsIn(label: string, n: number): string;
    listSummary(n: number): string;
    none: string;
  };
  flows: {
    intro: string;
    none: string;
    matrixCaption: string;
    corner: string;
    role: Record<FlowRole, string>;
    basis: { consent: string; statute: string };
    consentForm(text: string): string;
    statute(text: string): string;
    inDocuments(n: number): string;
    listCaption: string;
    columns: { from: string; to: string; data: string; basis: string; documents: string };
    notStated: string;
  };
  findings: {
    intro: string;
    none: string;
    caption: string;
    columns: { rule: string; severity: string; what: string; count: string; files: string };
    severity: Record<Severity, string>;
    /** what findings of ids that are not quality rules are about */
    other: Record<string, string>;
    places(n: number): string;
    page: string;
  };
  unmatched: {
    intro: string;
    reason(u: OverviewUnmatched): string;
  };

  cli: {
    description: string;
    files: string;
    results: string;
    out: string;
    today: string;
    format: string;
    rule: string;
    ruleDocs: string;
    badFormat(value: string, choices: string): string;
    noInput: string;
    missingResults(path: string, cwd: string): string;
    emptyResultsDirectory(path: string): string;
    wrote(path: string): string;
    summary(documents: number, withErrors: number, overdue: number, due: number, reviewed: number): string;
  };
}

const DE_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const DE_MONTHS_LONG = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (iso: string): [number, number, number] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};
const plural = (n: number, one: string, many: string, num: (n: number) => string) => `${num(n)} ${n === 1 ? one : many}`;
/** thousands separator: 1.234 / 1,234; one decimal at most */
const formatNumber = (n: number, group: string, decimal: string): string => {
  const rounded = Math.round(n * 10) / 10;
  const [int, frac] = Math.abs(rounded).toFixed(1).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '−' : ''}${grouped}${frac === '0' ? '' : decimal + frac}`;
};

const deNumber = (n: number) => formatNumber(n, '.', ',');
const enNumber = (n: number) => formatNumber(n, ',', '.');
const deCount = (n: number, one: string, many: string) => plural(n, one, many, deNumber);
const enCount = (n: number, one: string, many: string) => plural(n, one, many, enNumber);
const deList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`);
const enList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const de: OverviewWords = {
  htmlLang: 'de',
  pick: (pair) => pair.de,
  date: (iso) => {
    const p = parts(iso);
    return p ? `${p[2]}.${p[1]}.${p[0]}` : iso;
  },
  longDate: (iso) => {
    const p = parts(iso);
    return p ? `${p[2]}. ${DE_MONTHS_LONG[p[1] - 1]} ${p[0]}` : iso;
  },
  month: (m) => `${DE_MONTHS[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`,
  number: deNumber,
  percent: (rate) => `${Math.round(rate * 100)} %`,
  count: deCount,

  title: 'Übersicht der Kooperationsvereinbarungen',
  intro: (today) => `Stand der Auswertung: ${today}. Fälligkeiten, Befunde und Erfüllungsgrade beziehen sich auf dieses Datum.`,
  generatedBy: (version) => `Erstellt mit agree ${version}. Diese Seite lädt nichts nach und lässt sich offline öffnen und drucken.`,
  contents: 'Inhalt',
  summary: {
    label: 'Auf einen Blick',
    documents: 'Dokumente',
    agreements: 'schriftliche Vereinbarungen',
    profiles: 'Kooperationsprofile (ohne schriftliche Vereinbarung)',
    withErrors: 'Dokumente mit Fehlern',
    overdue: 'Überprüfungen überfällig',
    due: (days) => `Überprüfungen fällig in den nächsten ${days} Tagen`,
    ok: 'Überprüfungen später fällig',
    reviewed: 'Dokumente mit ausgewerteter Überprüfung',
  },
  sections: {
    documents: 'Alle Dokumente',
    trend: 'Erfüllungsgrad je Kreis und Jahr',
    timeline: 'Überprüfungen der nächsten 12 Monate',
    dataFlows: 'Datenflüsse',
    findings: 'Befunde nach Regel',
    unmatched: 'Ergebnisdateien ohne Auswertung',
  },
  table: {
    caption: 'Alle Dokumente mit nächster Überprüfung, Befunden und Erfüllungsgrad der letzten Überprüfung',
    sortHint: 'Zum Sortieren eine Spaltenüberschrift wählen (noch einmal: umgekehrte Reihenfolge).',
    columns: {
      district: 'Kreis / Stadt',
      kind: 'Art',
      partners: 'Partner',
      version: 'Stand',
      lastReview: 'Letzte Überprüfung',
      next: 'Nächste Überprüfung',
      findings: 'Befunde',
      rate: 'Erfüllungsgrad',
      pdf: 'PDF',
    },
    filter: 'Suchen',
    filterHint: 'Kreis, Partner, Datei oder Befund',
    statusFilter: 'Status',
    kindFilter: 'Art',
    all: 'alle',
    shown: (shown, total) => `${shown} von ${deCount(total, 'Dokument', 'Dokumenten')} angezeigt`,
    noneShown: 'Kein Dokument passt zu Suche und Auswahl.',
    sortedAscending: 'aufsteigend sortiert',
    sortedDescending: 'absteigend sortiert',
  },
  kind: { agreement: 'Vereinbarung', informal: 'Kooperationsprofil' },
  kindUnknown: 'unbekannt',
  status: (status, days) => {
    if (status === 'overdue') return days === -1 ? 'überfällig seit 1 Tag' : `überfällig seit ${deNumber(-days)} Tagen`;
    if (status === 'due') return days === 0 ? 'heute fällig' : days === 1 ? 'fällig in 1 Tag' : `fällig in ${deNumber(days)} Tagen`;
    return `ok (in ${deNumber(days)} Tagen)`;
  },
  statusName: { ok: 'ok', due: 'bald fällig', overdue: 'überfällig', errors: 'mit Fehlern' },
  basis: {
    next: (date) => `bei der Überprüfung vom ${date} festgelegt`,
    lastReview: (date) => `ab der letzten Überprüfung am ${date}`,
    version: (date) => `ab dem Stand ${date} (noch keine Überprüfung)`,
  },
  intervalDefaulted: 'kein Intervall angegeben: 12 Monate angenommen',
  noLastReview: 'keine',
  errors: (n) => deCount(n, 'Fehler', 'Fehler'),
  warnings: (n) => deCount(n, 'Warnung', 'Warnungen'),
  infos: (n) => deCount(n, 'Hinweis', 'Hinweise'),
  noFindings: 'keine',
  failure: {
    errors: 'Die Datei enthält Fehler und wurde nicht ausgewertet:',
    'duplicate-id': 'Die Kennung ist in diesem Lauf schon vergeben; das Dokument wurde nicht ausgewertet:',
  },
  at: (line, column, field) => (field ? `Feld ${field}` : line > 0 ? `Zeile ${line}, Spalte ${column}` : ''),
  moreFindings: (n) => `… und ${deCount(n, 'weiterer Befund', 'weitere Befunde')}`,
  reviewOf: (date) => `Überprüfung vom ${date}`,
  reviewUndated: 'Überprüfung ohne Datum',
  incomplete: 'unvollständig',
  noRate: 'keine Quote',
  noReview: 'keine Ergebnisse',
  resultsRejected: (n) => `${deCount(n, 'Ergebnisdatei', 'Ergebnisdateien')} mit Fehlern`,
  pdf: 'PDF',
  pdfOf: (district) => `PDF der Vereinbarung ${district}`,
  noPdf: 'kein PDF',

  trend: {
    intro: 'Erfüllungsgrad = (erfüllt + 0,5 × teilweise) / (Aufgaben − entfällt), aus den gefundenen Ergebnisdateien; je Jahr zählt die jüngste Überprüfung.',
    none: 'Keine ausgewerteten Überprüfungen gefunden. Geben Sie die Ergebnisdateien mit --results an.',
    chartTitle: 'Erfüllungsgrad je Kreis und Jahr',
    chartDescription: (n, years) =>
      `${deCount(n, 'Dokument', 'Dokumente')} mit ausgewerteter Überprüfung, Jahre ${deList(years.map(String))}. Jede Zeile ein Kreis, jede Spalte ein Jahr; die Zahl ist der Erfüllungsgrad.`,
    part: (from, to, total) => `Zeilen ${deNumber(from)} bis ${deNumber(to)} von ${deNumber(total)}`,
    medianTitle: 'Entwicklung über alle Kreise',
    medianDescription: 'Median des Erfüllungsgrads je Jahr, mit dem Bereich der mittleren Hälfte der Kreise (25. bis 75. Perzentil).',
    median: 'Median',
    quartiles: 'mittlere Hälfte (25.–75. Perzentil)',
    reviews: (n) => deCount(n, 'Überprüfung', 'Überprüfungen'),
    bands: { high: 'ab 75 %', medium: '50 bis 74 %', low: 'unter 50 %', none: 'keine Quote', missing: 'keine Überprüfung in diesem Jahr' },
    incompleteMark: '*',
    incompleteNote: '* nicht vollständig beantwortet: unbeantwortete Aufgaben zählen wie nicht erfüllt',
    asTable: 'Die Werte als Tabelle',
    tableCaption: 'Erfüllungsgrad je Kreis und Jahr',
    district: 'Kreis / Stadt',
    rateIn: (year) => `${year}`,
  },
  timeline: {
    intro: (from, until) => `Fällige Überprüfungen vom ${from} bis ${until}, je Monat; links die überfälligen.`,
    chartTitle: 'Überprüfungen je Monat',
    chartDescription: (total, overdue) =>
      `${deCount(total, 'Überprüfung', 'Überprüfungen')} in den nächsten 12 Monaten fällig, ${deCount(overdue, 'Überprüfung', 'Überprüfungen')} überfällig.`,
    overdue: 'überfällig',
    reviewsIn: (label, n) => `${label}: ${deCount(n, 'Überprüfung', 'Überprüfungen')}`,
    listSummary: (n) => `Die ${deCount(n, 'Überprüfung', 'Überprüfungen')} mit Datum`,
    none: 'In den nächsten 12 Monaten ist keine Überprüfung fällig, und keine ist überfällig.',
  },
  flows: {
    intro:
      'Welche Art von Partner gibt welche personenbezogenen Daten an wen weiter – mit Einwilligung (und welchem Vordruck) oder auf gesetzlicher Grundlage. Einheiten erscheinen als ihr Dienst (MBE, MSB, JMD), Partner mit ihrer Art.',
    none: 'In keinem Dokument ist ein Datenfluss vereinbart.',
    matrixCaption: 'Datenflüsse: Zeilen geben weiter, Spalten empfangen',
    corner: 'von \\ an',
    role: {
      jobcenter: 'Jobcenter',
      county: 'Kreis / Kommune',
      agency: 'Agentur für Arbeit',
      welfare: 'Wohlfahrtsverband',
      mbe: 'MBE',
      msb: 'MSB',
      jmd: 'JMD',
      other: 'Sonstige',
      unknown: 'Art nicht angegeben',
    },
    basis: { consent: 'Einwilligung', statute: 'Gesetz' },
    consentForm: (text) => `Vordruck: ${text}`,
    statute: (text) => `Rechtsgrundlage: ${text}`,
    inDocuments: (n) => `in ${deCount(n, 'Dokument', 'Dokumenten')}`,
    listCaption: 'Alle Datenflüsse mit Daten, Grundlage und Dokumenten',
    columns: { from: 'Von', to: 'An', data: 'Daten', basis: 'Grundlage', documents: 'Dokumente' },
    notStated: 'nicht angegeben',
  },
  findings: {
    intro: 'Was agree check in den Dokumenten und den Ergebnisdateien gefunden hat, nach Regel; jede Regel mit ihrer Erläuterung.',
    none: 'Keine Befunde.',
    caption: 'Befunde nach Regel mit Anzahl',
    columns: { rule: 'Regel', severity: 'Schwere', what: 'Was die Regel findet', count: 'Befunde', files: 'Dateien' },
    severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
    other: {
      'yaml-syntax': 'Die Datei ist kein gültiges YAML.',
      file: 'Die Datei lässt sich nicht lesen, oder eine Basisdatei (extends) fehlt.',
      schema: 'Ein Wert, den das Schema nicht erlaubt (unbekannter Schlüssel, falscher Typ, fehlende Angabe).',
      'duplicate-id': 'Zwei Partner, Einheiten, Aufgaben oder Dokumente eines Laufs mit derselben Kennung (id).',
      'review-agreement': 'Die Ergebnisdatei gehört zu einer anderen Vereinbarung (oder einem anderen Stand).',
      'review-unknown-task': 'Eine Aufgabe in der Ergebnisdatei, die die Vereinbarung nicht hat.',
      'review-not-recurring': 'Treffen für eine Aufgabe, die keine gemeinsame Aufgabe mit Häufigkeit ist.',
      'review-unknown-goal': 'Ein Indikator zu einem Ziel, das die Vereinbarung nicht hat.',
      'review-unknown-party': 'Die nächste Überprüfung lädt ein Partner ein, den die Vereinbarung nicht kennt.',
      'review-missing-task': 'Aufgaben der Vereinbarung fehlen in der Ergebnisdatei (sie zählen als unbeantwortet).',
      'review-unknown-indicator': 'Ein Indikator, den das Ziel nicht nennt.',
      'review-amend-without-request': 'Entscheidung „wird schriftlich geändert“ ohne Änderungswünsche.',
      'review-incomplete': 'Aufgaben, Prüffragen oder die Entscheidung sind nicht beantwortet.',
    },
    places: (n) => `${deCount(n, 'Fundstelle', 'Fundstellen')} zeigen`,
    page: 'Erläuterung',
  },
  unmatched: {
    intro: 'Diese Ergebnisdateien konnten keiner fehlerfreien Vereinbarung zugeordnet werden:',
    reason: (u) =>
      u.reason === 'unknown-agreement'
        ? `nennt die Vereinbarung „${u.agreement}“, die nicht unter den Dokumenten ist`
        : u.reason === 'agreement-has-errors'
          ? `gehört zu „${u.agreement}“; diese Vereinbarung enthält Fehler, die Ergebnisse wurden nicht ausgewertet`
          : 'lässt sich nicht lesen oder nennt keine Vereinbarung (agreement)',
  },

  cli: {
    description: 'eine Übersicht vieler Vereinbarungen als eigenständige HTML-Seite (oder JSON): Fälligkeiten, Erfüllungsgrade, Datenflüsse, Befunde',
    files: 'Vereinbarungsdateien oder Verzeichnisse (YAML)',
    results: 'Ergebnisdateien der Überprüfungen (YAML oder ausgefüllte Checklisten-PDFs) oder Verzeichnisse; zugeordnet über `agreement`',
    out: 'Zieldatei (Standard: overview.html bzw. overview.json im aktuellen Verzeichnis; ein Verzeichnis: die Datei darin), - für die Standardausgabe',
    today: 'Stichtag für Fälligkeiten und Regeln (JJJJ-MM-TT, Standard: heute)',
    format: 'html (Standard) oder json',
    rule: 'eine Regel für diesen Lauf ändern: ID=off|info|warning|error (mehrfach möglich)',
    ruleDocs: 'Adresse oder Pfad der Regelseiten (Standard: docs/rules des installierten Pakets, relativ zur Seite)',
    badFormat: (value, choices) => `Ungültiger Wert „${value}“ für --format; erlaubt: ${choices}.`,
    noInput: 'Keine Eingabe: Nennen Sie Vereinbarungsdateien oder Verzeichnisse, z. B. agree overview vereinbarungen/ --results ergebnisse/',
    missingResults: (path, cwd) => `Ergebnisdatei oder -verzeichnis nicht gefunden: ${path}. Prüfen Sie den Pfad (relativ zu ${cwd}).`,
    emptyResultsDirectory: (path) => `Im Verzeichnis ${path} gibt es keine Ergebnisdateien (*.yaml, *.yml, *.pdf).`,
    wrote: (path) => `${path} geschrieben`,
    summary: (documents, withErrors, overdue, due, reviewed) =>
      `${deCount(documents, 'Dokument', 'Dokumente')}: ${deNumber(withErrors)} mit Fehlern, ${deNumber(overdue)} überfällig, ${deNumber(due)} bald fällig, ${deNumber(reviewed)} mit ausgewerteter Überprüfung.`,
  },
};

const en: OverviewWords = {
  htmlLang: 'en',
  pick: (pair) => pair.en,
  date: (iso) => iso,
  longDate: (iso) => {
    const p = parts(iso);
    return p ? `${p[2]} ${EN_MONTHS_LONG[p[1] - 1]} ${p[0]}` : iso;
  },
  month: (m) => `${EN_MONTHS[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`,
  number: enNumber,
  percent: (rate) => `${Math.round(rate * 100)}%`,
  count: enCount,

  title: 'Overview of the cooperation agreements',
  intro: (today) => `As of ${today}. Due dates, findings and fulfilment rates refer to this date.`,
  generatedBy: (version) => `Made with agree ${version}. This page loads nothing from elsewhere; it opens and prints offline.`,
  contents: 'Contents',
  summary: {
    label: 'At a glance',
    documents: 'documents',
    agreements: 'written agreements',
    profiles: 'cooperation profiles (no written agreement)',
    withErrors: 'documents with errors',
    overdue: 'reviews overdue',
    due: (days) => `reviews due within ${days} days`,
    ok: 'reviews due later',
    reviewed: 'documents with an evaluated review',
  },
  sections: {
    documents: 'All documents',
    trend: 'Fulfilment by district and year',
    timeline: 'Reviews in the next 12 months',
    dataFlows: 'Data flows',
    findings: 'Findings by rule',
    unmatched: 'Results files not evaluated',
  },
  table: {
    caption: 'All documents with their next review, findings and the fulfilment rate of the last review',
    sortHint: 'Choose a column heading to sort (again: reverse order).',
    columns: {
      district: 'District',
      kind: 'Kind',
      partners: 'Partners',
      version: 'Version',
      lastReview: 'Last review',
      next: 'Next review',
      findings: 'Findings',
      rate: 'Fulfilment',
      pdf: 'PDF',
    },
    filter: 'Search',
    filterHint: 'district, partner, file or finding',
    statusFilter: 'Status',
    kindFilter: 'Kind',
    all: 'all',
    shown: (shown, total) => `${shown} of ${enCount(total, 'document', 'documents')} shown`,
    noneShown: 'No document matches the search and selection.',
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
  },
  kind: { agreement: 'agreement', informal: 'cooperation profile' },
  kindUnknown: 'unknown',
  status: (status, days) => {
    if (status === 'overdue') return days === -1 ? 'overdue by 1 day' : `overdue by ${enNumber(-days)} days`;
    if (status === 'due') return days === 0 ? 'due today' : days === 1 ? 'due in 1 day' : `due in ${enNumber(days)} days`;
    return `ok (in ${enNumber(days)} days)`;
  },
  statusName: { ok: 'ok', due: 'due soon', overdue: 'overdue', errors: 'with errors' },
  basis: {
    next: (date) => `fixed at the review of ${date}`,
    lastReview: (date) => `from the last review on ${date}`,
    version: (date) => `from the version of ${date} (no review yet)`,
  },
  intervalDefaulted: 'no interval given: 12 months assumed',
  noLastReview: 'none',
  errors: (n) => enCount(n, 'error', 'errors'),
  warnings: (n) => enCount(n, 'warning', 'warnings'),
  infos: (n) => enCount(n, 'note', 'notes'),
  noFindings: 'none',
  failure: {
    errors: 'The file has errors and was not evaluated:',
    'duplicate-id': 'Its id is already used in this run; the document was not evaluated:',
  },
  at: (line, column, field) => (field ? `field ${field}` : line > 0 ? `line ${line}, column ${column}` : ''),
  moreFindings: (n) => `… and ${enCount(n, 'more finding', 'more findings')}`,
  reviewOf: (date) => `review of ${date}`,
  reviewUndated: 'review without a date',
  incomplete: 'incomplete',
  noRate: 'no rate',
  noReview: 'no results',
  resultsRejected: (n) => `${enCount(n, 'results file', 'results files')} with errors`,
  pdf: 'PDF',
  pdfOf: (district) => `PDF of the agreement ${district}`,
  noPdf: 'no PDF',

  trend: {
    intro: 'Fulfilment = (fulfilled + 0.5 × partial) / (tasks − not applicable), from the results files found; per year the newest review counts.',
    none: 'No evaluated reviews found. Name the results files with --results.',
    chartTitle: 'Fulfilment by district and year',
    chartDescription: (n, years) =>
      `${enCount(n, 'document', 'documents')} with an evaluated review, years ${enList(years.map(String))}. One row per district, one column per year; the number is the fulfilment rate.`,
    part: (from, to, total) => `rows ${enNumber(from)} to ${enNumber(to)} of ${enNumber(total)}`,
    medianTitle: 'Across all districts',
    medianDescription: 'Median fulfilment per year, with the range of the middle half of the districts (25th to 75th percentile).',
    median: 'median',
    quartiles: 'middle half (25th–75th percentile)',
    reviews: (n) => enCount(n, 'review', 'reviews'),
    bands: { high: '75% and more', medium: '50 to 74%', low: 'below 50%', none: 'no rate', missing: 'no review that year' },
    incompleteMark: '*',
    incompleteNote: '* not completely answered: unanswered tasks count as not fulfilled',
    asTable: 'The values as a table',
    tableCaption: 'Fulfilment by district and year',
    district: 'District',
    rateIn: (year) => `${year}`,
  },
  timeline: {
    intro: (from, until) => `Reviews due from ${from} to ${until}, by month; on the left those overdue.`,
    chartTitle: 'Reviews per month',
    chartDescription: (total, overdue) =>
      `${enCount(total, 'review', 'reviews')} due in the next 12 months, ${enCount(overdue, 'review', 'reviews')} overdue.`,
    overdue: 'overdue',
    reviewsIn: (label, n) => `${label}: ${enCount(n, 'review', 'reviews')}`,
    listSummary: (n) => `The ${enCount(n, 'review', 'reviews')} with dates`,
    none: 'No review is due in the next 12 months, and none is overdue.',
  },
  flows: {
    intro:
      'Which kind of partner passes which personal data to whom — on consent (with which form) or on a statute. Units appear as their service (MBE, MSB, JMD), partners as their type.',
    none: 'No document declares a data flow.',
    matrixCaption: 'Data flows: rows pass data on, columns receive it',
    corner: 'from \\ to',
    role: {
      jobcenter: 'Job centre',
      county: 'County / municipality',
      agency: 'Employment agency',
      welfare: 'Welfare organisation',
      mbe: 'MBE',
      msb: 'MSB',
      jmd: 'JMD',
      other: 'Other',
      unknown: 'Type not given',
    },
    basis: { consent: 'consent', statute: 'statute' },
    consentForm: (text) => `form: ${text}`,
    statute: (text) => `legal basis: ${text}`,
    inDocuments: (n) => `in ${enCount(n, 'document', 'documents')}`,
    listCaption: 'Every data flow with its data, basis and documents',
    columns: { from: 'From', to: 'To', data: 'Data', basis: 'Basis', documents: 'Documents' },
    notStated: 'not given',
  },
  findings: {
    intro: 'What agree check found in the documents and the results files, by rule; each rule with its explanation.',
    none: 'No findings.',
    caption: 'Findings by rule with counts',
    columns: { rule: 'Rule', severity: 'Severity', what: 'What the rule finds', count: 'Findings', files: 'Files' },
    severity: { error: 'error', warning: 'warning', info: 'note' },
    other: {
      'yaml-syntax': 'The file is not valid YAML.',
      file: 'The file cannot be read, or a base file (extends) is missing.',
      schema: 'A value the schema does not allow (unknown key, wrong type, missing value).',
      'duplicate-id': 'Two partners, units, tasks or documents of one run with the same id.',
      'review-agreement': 'The results file belongs to another agreement (or another version).',
      'review-unknown-task': 'A task in the results file that the agreement does not have.',
      'review-not-recurring': 'Meetings for a task that is not a shared task with a frequency.',
      'review-unknown-goal': 'An indicator for a goal the agreement does not have.',
      'review-unknown-party': 'The next review is convened by a party the agreement does not know.',
      'review-missing-task': 'Tasks of the agreement missing from the results file (they count as unanswered).',
      'review-unknown-indicator': 'An indicator the goal does not name.',
      'review-amend-without-request': 'Decision "amend" without amendment requests.',
      'review-incomplete': 'Tasks, review questions or the decision are not answered.',
    },
    places: (n) => `show ${enCount(n, 'place', 'places')}`,
    page: 'explanation',
  },
  unmatched: {
    intro: 'These results files could not be matched to an agreement without errors:',
    reason: (u) =>
      u.reason === 'unknown-agreement'
        ? `names the agreement "${u.agreement}", which is not among the documents`
        : u.reason === 'agreement-has-errors'
          ? `belongs to "${u.agreement}"; that agreement has errors, so the results were not evaluated`
          : 'cannot be read or names no agreement (agreement)',
  },

  cli: {
    description: 'an overview of many agreements as one self-contained HTML page (or JSON): due dates, fulfilment, data flows, findings',
    files: 'agreement files or directories (YAML)',
    results: 'review results files (YAML or filled checklist PDFs) or directories; matched by their `agreement`',
    out: 'the file to write (default: overview.html or overview.json in the current directory; a directory: the file in it), - for standard output',
    today: 'the date for due dates and rules (YYYY-MM-DD, default: today)',
    format: 'html (default) or json',
    rule: 'change a rule for this run: ID=off|info|warning|error (repeatable)',
    ruleDocs: 'address or path of the rule pages (default: docs/rules of the installed package, relative to the page)',
    badFormat: (value, choices) => `Invalid value "${value}" for --format; allowed: ${choices}.`,
    noInput: 'No input: name agreement files or directories, e.g. agree overview agreements/ --results results/',
    missingResults: (path, cwd) => `Results file or directory not found: ${path}. Check the path (relative to ${cwd}).`,
    emptyResultsDirectory: (path) => `The directory ${path} holds no results files (*.yaml, *.yml, *.pdf).`,
    wrote: (path) => `wrote ${path}`,
    summary: (documents, withErrors, overdue, due, reviewed) =>
      `${enCount(documents, 'document', 'documents')}: ${enNumber(withErrors)} with errors, ${enNumber(overdue)} overdue, ${enNumber(due)} due soon, ${enNumber(reviewed)} with an evaluated review.`,
  },
};

export const overviewWords: Record<'de' | 'en', OverviewWords> = { de, en };

/** a message in both languages, for errors that main() prints in the UI language */
export function bothLanguages(make: (w: OverviewWords) => string): { de: string; en: string } {
  return { de: make(de), en: make(en) };
}
