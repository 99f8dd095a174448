// The words of `agree overview`'s page and command (German).

import type { OverviewWords } from '../../overview/words.js';

const DE_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const DE_MONTHS_LONG = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

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
const deCount = (n: number, one: string, many: string) => plural(n, one, many, deNumber);
const deList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`);

export const overview: OverviewWords = {
  htmlLang: 'de',
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
