// Every user-facing string of the command line, in English and German.
// `de` is typed against `en`, so a key missing in one language does not compile;
// test/i18n.test.ts checks the placeholders match too.

import type { Lang } from '../model/types.js';

const en = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'summary.problems': '{problems} ({errors}, {warnings}, {infos}) in {files}',
  'summary.none': 'No problems in {files}.',
  'count.errors': '{n} errors',
  'count.error': '1 error',
  'count.warnings': '{n} warnings',
  'count.warning': '1 warning',
  'count.infos': '{n} notes',
  'count.info': '1 note',
  'count.problems': '{n} problems',
  'count.problem': '1 problem',
  'count.files': '{n} files',
  'count.file': '1 file',
  'maxWarnings': 'Too many warnings ({count}); at most {max} allowed (--max-warnings).',
  'usage.missingInput': 'Input not found: {path}. Check the path (relative to {cwd}).',
  'usage.noInput': 'No input files given. Example: agree {command} examples/dithmarschen.yaml',
  'usage.badDate': 'Invalid date for {flag}: "{value}". Use YYYY-MM-DD, e.g. 2026-11-26.',
  'usage.badNumber': 'Invalid number for {flag}: "{value}". Use a whole number ≥ 0.',
  'usage.badRule': 'Invalid --rule "{value}". Use ID=off|info|warning|error, e.g. --rule contacts-current=off.',
  'usage.unknownRule': 'Unknown rule "{id}" in --rule.{hint}',
  'usage.didYouMean': ' Did you mean "{hint}"?',
  'usage.badChoice': 'Invalid value "{value}" for {flag}; allowed: {choices}.',
  'usage.stdinTwice': 'stdin ("-") can be read only once.',
  'internal': 'agree hit an unexpected internal error: {message}. Please report it as a bug at the project\'s issue tracker with the command you ran and the input (run again with --debug for details).',
  'help.check': 'check agreements: YAML syntax, schema, references and quality rules',
  'help.files': 'agreement files (YAML), "-" for stdin',
  'help.format': 'output format',
  'help.maxWarnings': 'exit 1 when there are more than N warnings',
  'help.today': 'date that date rules compare against (YYYY-MM-DD, default: today)',
  'help.rule': 'set a rule for this run: ID=off|info|warning|error (repeatable)',
  'help.lang': 'language of messages (de|en; default from LANG)',
  'help.noColor': 'no colours (also with NO_COLOR)',
  'help.debug': 'show stack traces of internal errors',
  'help.quiet': 'print only errors',
} as const;

const de: Record<keyof typeof en, string> = {
  'severity.error': 'Fehler',
  'severity.warning': 'Warnung',
  'severity.info': 'Hinweis',
  'summary.problems': '{problems} ({errors}, {warnings}, {infos}) in {files}',
  'summary.none': 'Keine Probleme in {files}.',
  'count.errors': '{n} Fehler',
  'count.error': '1 Fehler',
  'count.warnings': '{n} Warnungen',
  'count.warning': '1 Warnung',
  'count.infos': '{n} Hinweise',
  'count.info': '1 Hinweis',
  'count.problems': '{n} Befunde',
  'count.problem': '1 Befund',
  'count.files': '{n} Dateien',
  'count.file': '1 Datei',
  'maxWarnings': 'Zu viele Warnungen ({count}); höchstens {max} erlaubt (--max-warnings).',
  'usage.missingInput': 'Eingabe nicht gefunden: {path}. Prüfen Sie den Pfad (relativ zu {cwd}).',
  'usage.noInput': 'Keine Eingabedateien angegeben. Beispiel: agree {command} examples/dithmarschen.yaml',
  'usage.badDate': 'Ungültiges Datum für {flag}: „{value}“. Schreiben Sie JJJJ-MM-TT, z. B. 2026-11-26.',
  'usage.badNumber': 'Ungültige Zahl für {flag}: „{value}“. Erwartet wird eine ganze Zahl ≥ 0.',
  'usage.badRule': 'Ungültiges --rule „{value}“. Schreiben Sie ID=off|info|warning|error, z. B. --rule contacts-current=off.',
  'usage.unknownRule': 'Unbekannte Regel „{id}“ in --rule.{hint}',
  'usage.didYouMean': ' Meinten Sie „{hint}“?',
  'usage.badChoice': 'Ungültiger Wert „{value}“ für {flag}; erlaubt: {choices}.',
  'usage.stdinTwice': 'Die Standardeingabe („-“) kann nur einmal gelesen werden.',
  'internal': 'agree ist auf einen unerwarteten internen Fehler gestoßen: {message}. Bitte melden Sie ihn als Fehler im Issue-Tracker des Projekts, mit dem Befehl und der Eingabe (mit --debug erneut ausführen für Details).',
  'help.check': 'Vereinbarungen prüfen: YAML-Syntax, Schema, Verweise und Qualitätsregeln',
  'help.files': 'Vereinbarungsdateien (YAML), „-“ für die Standardeingabe',
  'help.format': 'Ausgabeformat',
  'help.maxWarnings': 'Exit-Code 1 bei mehr als N Warnungen',
  'help.today': 'Stichtag für Datumsregeln (JJJJ-MM-TT, Standard: heute)',
  'help.rule': 'Regel für diesen Lauf einstellen: ID=off|info|warning|error (wiederholbar)',
  'help.lang': 'Sprache der Meldungen (de|en; Standard aus LANG)',
  'help.noColor': 'keine Farben (auch mit NO_COLOR)',
  'help.debug': 'Stacktraces interner Fehler zeigen',
  'help.quiet': 'nur Fehler ausgeben',
};

export type MessageKey = keyof typeof en;
export const messages: Record<Lang, Record<MessageKey, string>> = { en, de };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** "1 error" / "3 errors" */
export function count(lang: Lang, what: 'error' | 'warning' | 'info' | 'problem' | 'file', n: number): string {
  return n === 1 ? t(lang, `count.${what}` as MessageKey) : t(lang, `count.${what}s` as MessageKey, { n });
}
