// The user-facing strings of `agree init`: help, questions, messages. `de` is
// typed against `en`, so a key missing in one language does not compile.

import { catalog } from './catalog.js';

const en = {
  'help.init': 'write a new agreement file from a model, with comments that explain every section',
  'help.file': 'file to write (default: agreement.yaml; "-" for stdout)',
  'help.model': 'model to start from (default: dithmarschen): dithmarschen = written agreement, nordfriesland = county as Optionskommune, luebeck = informal cooperation, blank = the minimum',
  'help.district': 'county or city, e.g. "Kreis Pinneberg"; fills district, id and the partners\' names',
  'help.force': 'replace an existing file',
  'help.yes': 'ask no questions; take the defaults',
  'help.after':
    '\nThe file is written in the language of --lang (de|en). On a terminal, agree init\nasks a few questions first (Enter takes the suggestion in brackets); with --yes\nor without a terminal it asks nothing and takes the suggestions.\n\nExit codes: 0 written · 1 aborted with Ctrl-C or end of input, nothing written\n· 2 usage problem, or the file exists and --force is not given (file untouched)\n\nExamples:\n  agree init\n  agree init --yes --model luebeck --district "Hansestadt Lübeck" luebeck.yaml\n',
  'usage.exists': '{file} already exists; nothing written. Choose another file name or replace it with --force.',
  'usage.isDirectory': '{file} is a directory. Give a file name, e.g. {example}.',
  'usage.noDirectory': 'Directory {dir} does not exist. Create it first (mkdir -p {dir}).',
  'usage.emptyDistrict': '--district needs a name, e.g. --district "Kreis Pinneberg".',
  'aborted': 'Aborted, nothing written.',
  'written': 'Wrote {file} (model {model}, {district}, {language}).',
  'language.de': 'German',
  'language.en': 'English',
  'next': 'Next steps:',
  'next.edit': '  1. Edit the file: replace the placeholders (Musterstraße 1, "12345", Vorname Nachname) and adapt tasks and texts',
  'next.check': '  2. agree check {file}',
  'next.render': '  3. agree render {file}',
  'intro': 'New agreement. Press Enter to take the suggestion in [brackets]; Ctrl-C aborts without writing anything.',
  'ask.model': 'Model: dithmarschen (written agreement), nordfriesland (county as Optionskommune), luebeck (informal cooperation), blank',
  'ask.district': 'County or city',
  'ask.name': '{role}: name',
  'ask.shortName': '{role}: short name',
  'ask.services': 'Counselling services involved (mbe, msb, jmd; several separated by commas)',
  'ask.reviewOwner': 'Who calls the annual review? ({choices})',
  'invalid.choice': '  Please answer one of: {choices}.',
  'invalid.empty': '  Please enter a text.',
  'invalid.services': '  Please name at least one of mbe, msb, jmd, separated by commas.',
  'role.welfare': 'Counselling provider',
  'role.jobcenter': 'Jobcenter',
  'role.county': 'County (Optionskommune)',
  'role.school': 'Course provider',
  'role.agency': 'Employment agency',
  'role.municipality': 'Municipality',
} as const;

const de: Record<keyof typeof en, string> = {
  'help.init': 'eine neue Vereinbarungsdatei nach einem Modell schreiben, mit Kommentaren, die jeden Abschnitt erklären',
  'help.file': 'zu schreibende Datei (Standard: agreement.yaml; „-“ für die Standardausgabe)',
  'help.model': 'Modell als Ausgangspunkt (Standard: dithmarschen): dithmarschen = schriftliche Vereinbarung, nordfriesland = Kreis als Optionskommune, luebeck = Zusammenarbeit ohne Vertrag, blank = das Nötigste',
  'help.district': 'Kreis oder Stadt, z. B. „Kreis Pinneberg“; füllt district, id und die Namen der Partner',
  'help.force': 'eine vorhandene Datei ersetzen',
  'help.yes': 'keine Fragen stellen; die Vorschläge übernehmen',
  'help.after':
    '\nDie Datei wird in der Sprache von --lang (de|en) geschrieben. Am Terminal stellt\nagree init zuerst einige Fragen (die Eingabetaste übernimmt den Vorschlag in\nKlammern); mit --yes oder ohne Terminal fragt es nichts und nimmt die Vorschläge.\n\nExit-Codes: 0 geschrieben · 1 mit Strg+C oder Eingabeende abgebrochen, nichts\ngeschrieben · 2 Aufruffehler, oder die Datei gibt es schon und --force fehlt\n(Datei unverändert)\n\nBeispiele:\n  agree init\n  agree init --yes --model luebeck --district "Hansestadt Lübeck" luebeck.yaml\n',
  'usage.exists': '{file} gibt es schon; nichts geschrieben. Wählen Sie einen anderen Dateinamen oder ersetzen Sie die Datei mit --force.',
  'usage.isDirectory': '{file} ist ein Verzeichnis. Geben Sie einen Dateinamen an, z. B. {example}.',
  'usage.noDirectory': 'Das Verzeichnis {dir} gibt es nicht. Legen Sie es zuerst an (mkdir -p {dir}).',
  'usage.emptyDistrict': '--district braucht einen Namen, z. B. --district "Kreis Pinneberg".',
  'aborted': 'Abgebrochen, nichts geschrieben.',
  'written': '{file} geschrieben (Modell {model}, {district}, {language}).',
  'language.de': 'Deutsch',
  'language.en': 'Englisch',
  'next': 'Nächste Schritte:',
  'next.edit': '  1. Datei bearbeiten: Platzhalter ersetzen (Musterstraße 1, „12345“, Vorname Nachname), Aufgaben und Texte anpassen',
  'next.check': '  2. agree check {file}',
  'next.render': '  3. agree render {file}',
  'intro': 'Neue Vereinbarung. Die Eingabetaste übernimmt den Vorschlag in [Klammern]; Strg+C bricht ab, ohne etwas zu schreiben.',
  'ask.model': 'Modell: dithmarschen (schriftliche Vereinbarung), nordfriesland (Kreis als Optionskommune), luebeck (Zusammenarbeit ohne Vertrag), blank',
  'ask.district': 'Kreis oder Stadt',
  'ask.name': '{role}: Name',
  'ask.shortName': '{role}: Kurzname',
  'ask.services': 'Beteiligte Beratungsdienste (mbe, msb, jmd; mehrere mit Komma)',
  'ask.reviewOwner': 'Wer lädt zur jährlichen Überprüfung ein? ({choices})',
  'invalid.choice': '  Bitte eine dieser Antworten: {choices}.',
  'invalid.empty': '  Bitte einen Text eingeben.',
  'invalid.services': '  Bitte mindestens einen von mbe, msb, jmd nennen, mehrere mit Komma getrennt.',
  'role.welfare': 'Beratungsträger',
  'role.jobcenter': 'Jobcenter',
  'role.county': 'Kreis (Optionskommune)',
  'role.school': 'Kursträger',
  'role.agency': 'Agentur für Arbeit',
  'role.municipality': 'Kommune',
};

export type InitMessageKey = keyof typeof en;
const init = catalog<InitMessageKey>(en, de);
export const initMessages = init.messages;
export const initText = init.text;
/** both languages, for typed errors that are localized where they are caught */
export const initBoth = init.both;
