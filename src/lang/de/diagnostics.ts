// Findings of the loader, the results file's reader and the PDF reader, and errors of
// writing files, in German.

import type { Diagnostics } from "../diagnostics.js";
import { schema } from "./schema.js";

const dateDe = (iso: string) =>
  iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, "$3.$2.$1");
const char = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export const diagnostics: Diagnostics = {
  schema,
  yaml: {
    unclosedQuote: (q: string) =>
      `das Anführungszeichen \`${q}\`, das hier beginnt, wird nicht geschlossen: setzen Sie das schließende \`${q}\` ans Ende des Textes (meist ans Ende dieser Zeile)`,
    unclosedList:
      "die Liste, die hier mit `[` beginnt, wird nicht geschlossen: setzen Sie `]` hinter den letzten Eintrag (`[a, b]`) oder schreiben Sie sie als eingerückte Liste mit `- ` je Eintrag",
    unclosedMapping:
      "die Abbildung, die hier mit `{` beginnt, wird nicht geschlossen: setzen Sie `}` hinter den letzten Eintrag (`{ schlüssel: wert, anderer: wert }`)",
    badEscape: (sequence: string) =>
      `„${sequence}“ ist in doppelten Anführungszeichen keine gültige Escape-Sequenz: schreiben Sie \`\\\\\` für einen Backslash oder setzen Sie den Text in einfache Anführungszeichen`,
    reservedStart: (c: string) =>
      `ein Wert darf ohne Anführungszeichen nicht mit „${c}“ beginnen: setzen Sie den Wert in Anführungszeichen`,
    colonInValue:
      "dieser Wert enthält „: “, das YAML als zweiten Schlüssel liest: setzen Sie den Wert in Anführungszeichen, z. B. `title: \"Teil 1: Ziele\"`",
    missingColon:
      "diese Zeile hat nicht die Form „schlüssel: wert“: fehlt der Doppelpunkt nach dem Schlüssel, oder ist die Zeile falsch eingerückt?",
    indentation:
      "die Einrückung passt nicht: die Einträge einer Liste oder Abbildung beginnen in derselben Spalte, und was zu einem Schlüssel gehört, ist weiter eingerückt als der Schlüssel (nur Leerzeichen)",
    blockInFlow:
      "eine eingerückte Liste oder Abbildung innerhalb von `[ ]` oder `{ }`: schließen Sie zuerst die Klammer oder schreiben Sie die ganze Liste eingerückt mit `- `",
    longKey: "ein Schlüssel mit mehr als 1024 Zeichen; Schlüssel sind kurze Namen wie `district`",
    directive:
      "eine Zeile, die mit „%“ beginnt, ist eine YAML-Direktive, die Vereinbarungen nicht verwenden: entfernen Sie sie oder setzen Sie den Text in Anführungszeichen",
    anchor:
      "„&“, „*“ und „!“ am Anfang eines Werts kennzeichnen YAML-Anker, -Aliase und -Tags: setzen Sie einen Wert, der damit beginnt, in Anführungszeichen",
    flowComma:
      "zwischen zwei Einträgen in `[ ]` oder `{ }` fehlt ein Komma – oder ein Eintrag enthält „: “ oder „ #“ und braucht Anführungszeichen",
    flowColonSpace: "nach „:“ fehlt in `{ }` ein Leerzeichen: schreiben Sie `{ schlüssel: wert }`",
    flowExtraComma: "ein Komma zu viel in `[ ]` oder `{ }`: entfernen Sie es",
    commentSpace:
      "„#“ beginnt einen Kommentar nur nach einem Leerzeichen: setzen Sie ein Leerzeichen davor oder den Text in Anführungszeichen, wenn „#“ dazugehört",
    unexpected: (c: string) =>
      `„${c}“ ist hier nicht erwartet: prüfen Sie die Einrückung dieser Zeile und der Zeile davor`,
    syntax:
      "YAML-Syntaxfehler: prüfen Sie diese Zeile und die Zeile davor (Einrückung, Doppelpunkte, Anführungszeichen)",
  },
  template: {
    unknownVariable: (name: string, parent: string, hint: string | undefined, here: string[]) =>
      `\`${name}\` ist keine Variable ${parent ? `von \`${parent}\`` : "der Vorlage an dieser Stelle"}${hint ? ` – meinten Sie \`${hint}\`?` : here.length > 0 && here.length <= 16 ? `; hier gibt es: ${here.map((k) => `\`${k}\``).join(", ")}` : ""} (alle Variablen: docs/templates.md)`,
    unknownHelper: (name: string, hint: string | undefined, helpers: string[]) =>
      `\`${name}\` ist kein Helfer, den agree kennt${hint ? ` – meinten Sie \`${hint}\`?` : ""} (Helfer: ${helpers.join(", ")})`,
    unknownPartial: (name: string, hint: string | undefined, partials: string[]) =>
      `agree hat keine Teilvorlage \`${name}\`${hint ? ` – meinten Sie \`${hint}\`?` : ""} (Teilvorlagen: ${partials.join(", ")})`,
    notAList: (what: string) => `\`{{#each ${what}}}\`: \`${what}\` ist keine Liste`,
    tooFarUp: (path: string) => `\`${path}\` geht über die äußerste Ebene der Vorlage hinaus`,
    tooDeep: (max: number) => `Blöcke sind mehr als ${max} Ebenen tief verschachtelt`,
    mismatch: (open: string, close: string) => `\`{{/${close}}}\` schließt \`{{#${open}}}\`: ein Block endet mit seinem eigenen Namen`,
    unclosedBlock:
      "die Vorlage endet, während ein Block noch offen ist: jedes `{{#each}}`, `{{#if}}` … braucht sein `{{/each}}`, `{{/if}}` …",
    syntax: "die Vorlage ist hier nicht lesbar: prüfen Sie das `{{ … }}` in dieser Zeile (jedes `{{` braucht sein `}}`)",
  },
  source: {
    isDirectory: "ist ein Verzeichnis, keine YAML-Datei",
    notFound: "Datei nicht gefunden (ENOENT)",
    unreadable: (why: string) => `kann nicht gelesen werden: ${why}`,
    tooBig: (mb: string | null) =>
      `${mb ? `Datei ist ${mb} MB groß` : "Eingabe ist größer als 5 MB"}; agree liest höchstens 5 MB. Teilen Sie das Dokument auf oder kürzen Sie es.`,
    notUtf8:
      "keine UTF-8-Textdatei (ungültiges Byte). Speichern Sie die Datei als UTF-8, z. B. im Editor über „Speichern unter … Kodierung UTF-8“.",
    aliasWithoutAnchor: (name: string) =>
      `Alias *${name} ohne Anker: vor dieser Stelle steht kein „&${name}“`,
    tooDeep: (max: number) =>
      `zu tief verschachtelt (mehr als ${max} Ebenen); eine Vereinbarung braucht nur wenige Ebenen`,
    tooManyAliasValues: (max: number) =>
      `zu viele Werte nach Auflösen der YAML-Aliase (über ${max}); verwenden Sie Aliase (*name) sparsam`,
    tooManyValues: (max: number) =>
      `zu viele Werte (über ${max}); teilen Sie das Dokument auf`,
    duplicateKey: (name: string) =>
      `Schlüssel „${name}“ doppelt vorhanden; jeder Schlüssel darf in einer Abbildung nur einmal stehen`,
    duplicateKeyUnnamed:
      "Schlüssel doppelt vorhanden; jeder Schlüssel darf in einer Abbildung nur einmal stehen",
    tooManyTokens: (max: number) =>
      `zu lang: mehr als ${max} YAML-Bausteine (Zeilen, Werte, Satzzeichen, Kommentare); teilen Sie das Dokument auf`,
    surrogate: (code: string) =>
      `Text enthält ein einzelnes Surrogat (${code}), kein gültiges Unicode-Zeichen; entfernen Sie die Escape-Sequenz`,
    controlCharacter: (code: string) =>
      `Text enthält ein Steuerzeichen (${code}); in einer Vereinbarung sind nur Tabulator und Zeilenumbruch erlaubt — entfernen Sie die Escape-Sequenz`,
    aliasCycle: (name: string) =>
      `Alias *${name} verweist auf eine Liste oder Abbildung, in der er selbst steht (Kreis)`,
    complexKey:
      "Schlüssel müssen einfache Texte sein (keine Listen oder Abbildungen als Schlüssel)",
    unknownTag: (tag: string) =>
      `unbekannter YAML-Tag (${tag}); agree wertet keine Tags aus — entfernen Sie das „!…“ vor dem Wert`,
    severalDocuments:
      "mehrere YAML-Dokumente in einer Datei (---); eine Datei enthält genau eine Vereinbarung",
    tabIndent: "Tabulator zur Einrückung; YAML erlaubt nur Leerzeichen",
  },
  load: {
    baseFile: (file: string, problem: string) =>
      `Basisdatei ${file}: ${problem}`,
    empty: "Datei ist leer; eine Vereinbarung beginnt mit „schemaVersion: 1“",
    notMapping:
      "Die Datei muss eine Abbildung (Schlüssel: Wert) sein, keine Liste oder ein einzelner Wert",
    extendsNotPath:
      "`extends` muss ein Dateipfad sein (relativ zu dieser Datei)",
    extendsCycle: (chain: string) =>
      `\`extends\` bildet einen Kreis: ${chain}. Entfernen Sie einen der Verweise.`,
    extendsTooLong: (max: number) =>
      `\`extends\`-Kette länger als ${max} Dateien`,
    pdfTooBig: (size: number, max: number) =>
      `das PDF ist ${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB groß; agree liest PDFs bis ${max / 1024 / 1024} MB`,
  },
  write: {
    errno: (code: string) =>
      `${
        (
          {
            EACCES: "keine Berechtigung",
            EPERM: "keine Berechtigung",
            EROFS: "Dateisystem ist schreibgeschützt",
            ENOSPC: "kein Platz mehr auf dem Datenträger",
            EDQUOT: "Speicherkontingent erschöpft",
            ENOENT:
              "das Verzeichnis gibt es nicht (mehr) oder es nimmt keine Dateien auf",
            EISDIR: "dort steht ein Verzeichnis gleichen Namens",
            ENOTDIR: "ein Teil des Pfades ist eine Datei",
            EMFILE: "zu viele offene Dateien",
            ENAMETOOLONG: "Pfad zu lang",
          } as Record<string, string>
        )[code] ?? "Ein-/Ausgabefehler"
      } (${code})`,
    badFileName: (name: string) =>
      `„${name}“ ist kein zulässiger Dateiname für eine Ausgabe (nur a–z, 0–9, Punkt, Bindestrich, Unterstrich; kein Gerätename wie con, nul, com1)`,
    outUnderFile: (dir: string) =>
      `--out ${dir}: ein Teil des Pfades ist eine Datei, kein Verzeichnis`,
    outInaccessible: (dir: string, why: string) =>
      `Ausgabeverzeichnis ${dir} ist nicht zugänglich: ${why}`,
    outNotCreated: (dir: string, why: string) =>
      `Ausgabeverzeichnis ${dir} kann nicht angelegt werden: ${why}`,
    outMissing: (dir: string) =>
      `Ausgabeverzeichnis ${dir} gibt es nicht. Legen Sie es an (mkdir -p ${dir}) oder wählen Sie mit --out ein anderes.`,
    outIsFile: (dir: string) => `--out ${dir} ist eine Datei, kein Verzeichnis`,
    outNotWritable: (dir: string) =>
      `In das Ausgabeverzeichnis ${dir} darf nicht geschrieben werden (Berechtigungen prüfen)`,
    cannotWrite: (target: string, why: string) =>
      `${target} kann nicht geschrieben werden: ${why}`,
  },
  ruleFailed: (rule: string, why: string) =>
    `interner Fehler in der Regel ${rule} (${why}); bitte als Fehler melden. Die übrigen Regeln wurden geprüft.`,
  results: {
    emptyFile:
      "Datei ist leer; eine Ergebnisdatei beginnt mit „agreement: <Kennung der Vereinbarung>“ – `agree review VEREINBARUNG.yaml --format yaml` schreibt eine zum Ausfüllen",
    notMapping:
      "Die Ergebnisdatei muss eine Abbildung (Schlüssel: Wert) sein, keine Liste oder ein einzelner Wert",
  },
  pdfResults: {
    unreadable: (
      code:
        | "not-pdf"
        | "truncated"
        | "encrypted"
        | "damaged"
        | "too-large"
        | "unsupported",
    ): string =>
      ({
        "not-pdf": "ist keine PDF-Datei",
        truncated:
          "PDF ist unvollständig (abgeschnitten); speichern oder übertragen Sie die ausgefüllte Checkliste erneut",
        encrypted:
          "PDF ist verschlüsselt oder kennwortgeschützt; agree liest nur unverschlüsselte Checklisten. Speichern Sie sie ohne Kennwort (in Acrobat: Datei › Eigenschaften › Sicherheit › Keine Sicherheit)",
        damaged:
          "PDF ist beschädigt und lässt sich nicht lesen; speichern Sie die ausgefüllte Checkliste erneut",
        "too-large":
          "PDF enthält mehr, als agree in vertretbarer Zeit und mit vertretbarem Speicher liest; ist es wirklich eine Checkliste von agree review?",
        unsupported:
          "PDF verwendet eine Kodierung, die agree nicht liest; speichern Sie die ausgefüllte Checkliste in einem anderen PDF-Programm erneut",
      })[code],
    notChecklist:
      "ist keine Checkliste von agree review (ihr fehlt das Feld „agree.checklist“). Füllen Sie die Checkliste aus, die `agree review VEREINBARUNG.yaml --format pdf` schreibt.",
    otherAgreement: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `Diese Checkliste gehört zur Vereinbarung „${given.agreement}“ (Stand ${dateDe(given.version)}), ausgewertet wird aber „${expected.agreement}“ (Stand ${dateDe(expected.version)}). Wählen Sie die passende Checkliste oder Vereinbarung.`,
    otherVersion: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `Diese Checkliste wurde für den Stand ${dateDe(given.version)} der Vereinbarung „${given.agreement}“ erstellt; die Vereinbarung hat jetzt den Stand ${dateDe(expected.version)}. Werten Sie sie mit der Fassung vom ${dateDe(given.version)} aus, oder füllen Sie eine neue Checkliste aus (agree review … --format pdf).`,
    otherTasks: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `Die Aufgaben der Vereinbarung „${expected.agreement}“ haben sich geändert, seit diese Checkliste erstellt wurde (beide mit Stand ${dateDe(given.version)}); die Antworten passen nicht mehr sicher zu den Aufgaben. Füllen Sie eine neue Checkliste aus (agree review … --format pdf).`,
    tooLong: (length: number, max: number): string =>
      `Text ist zu lang (${length} Zeichen; höchstens ${max}); kürzen Sie die Angabe`,
    control: (c: string): string =>
      `Text enthält ein Steuerzeichen (${char(c)}); entfernen Sie es aus dem Feld`,
    notADate: (typed: string): string =>
      `„${typed.slice(0, 40)}“ ist kein Datum; schreiben Sie z. B. 12.03.2027`,
    notACount: (typed: string): string =>
      `„${typed.slice(0, 40)}“ ist keine Anzahl; tragen Sie die Zahl der Treffen in Ziffern ein, z. B. 3`,
  },
  record: {
    yamlError: 'YAML-Fehler',
    noReviewDate:
      "Die Ergebnisse nennen kein Datum der Überprüfung (`reviewDate`); ohne Datum lässt sich die Überprüfung nicht eintragen. Tragen Sie es ein und rufen Sie den Befehl erneut auf.",
    stdin:
      "--record schreibt in die Datei der Vereinbarung; eine Vereinbarung von der Standardeingabe (-) lässt sich nicht ändern. Nennen Sie die Datei.",
    unreadable: (file: string, why: string): string =>
      `${file} lässt sich nicht zum Ändern lesen (${why}); nichts wurde geschrieben.`,
    older: (date: string, last: string, file: string): string =>
      `Die Ergebnisse sind vom ${date}, aber ${file} verzeichnet schon eine spätere Überprüfung (${last}); nichts wurde geschrieben. Tragen Sie nur die neueste Überprüfung ein.`,
    unsafe: (file: string): string =>
      `${file} ließe sich nicht ändern, ohne mehr als die Daten der Überprüfung zu verändern; nichts wurde geschrieben. Tragen Sie \`review.lastReview\` von Hand ein.`,
  },
};
