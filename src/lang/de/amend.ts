// Die Wörter von `agree diff` und `agree amend` (Deutsch): die Änderungsliste,
// die Änderungsbefehle in der Form, in der Nachträge zu Vereinbarungen sie
// fassen („In Nummer 2.1 wird nach dem dritten Spiegelstrich folgender
// Spiegelstrich eingefügt: …“), der Nachtrag, der Änderungswunsch und die
// Meldungen der Kommandozeile.

import type { AmendWords, InsertAt, Named } from '../../amend/words.js';

const ORDINALS = ['erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'elfte', 'zwölfte'];

/** "der dritte" (Nominativ) / "dem dritten" (Dativ); ab 13 in Ziffern, die keine Endung tragen */
function ordinal(n: number, dative: boolean): string {
  const word = ORDINALS[n - 1];
  if (!word) return `${n}.`;
  return dative ? `${word}n` : word;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const short = (n: Named) => (n.short ? ` (${n.short})` : '');
/** der Name im Fall, mit Kurzbezeichnung; ohne sichere Deklination mit „von“ (Genitiv, Dativ) oder bloß */
const nom = (n: Named) => `${n.nom ?? n.bare}${short(n)}`;
const gen = (n: Named) => `${n.gen ?? `von ${n.bare}`}${short(n)}`;
const dat = (n: Named) => `${n.dat ?? n.bare}${short(n)}`;
const acc = (n: Named) => `${n.acc ?? n.bare}${short(n)}`;

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

/** A quoted sentence ends the instruction with its own full stop: `: „… geändert.“`, not `: „… geändert.“.` */
const stop = (quoted: string) => (/[.!?]“$/u.test(quoted) ? quoted : `${quoted}.`);
const tail = (quoted: string | null) => (quoted ? `: ${stop(quoted)}` : ':');

const CHURCH_LAW: Record<string, string> = {
  'DSG-EKD': 'das Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD)',
  KDG: 'das Gesetz über den Kirchlichen Datenschutz (KDG)',
};

/** „zur Kooperationsvereinbarung“, „zum Vertrag“ */
function zu(agreement: string, dative: string | null): string {
  if (dative?.startsWith('der ')) return `zur ${dative.slice(4)}`;
  if (dative?.startsWith('dem ')) return `zum ${dative.slice(4)}`;
  return dative ? `zu ${dative}` : `zu „${agreement}“`;
}

export const amend: AmendWords = {
  subjects: {
    title: 'Überschrift',
    district: 'Kreis',
    version: 'Stand',
    partner: 'Partner',
    unit: 'Einheit',
    contact: 'Ansprechperson',
    purpose: 'Gegenstand und Zweck',
    legalBasis: 'Rechtsgrundlagen',
    responsibility: 'Zuständigkeit',
    task: 'Aufgabe',
    sharedTask: 'Gemeinsame Aufgabe',
    dataFlow: 'Datenübermittlung',
    body: 'Gremium',
    offer: 'Angebot',
    goal: 'Ziel',
    term: 'Laufzeit',
    amendment: 'Änderungsklausel',
    review: 'Überprüfung',
    annex: 'Anlage',
  },
  changes: {
    added: 'neu',
    removed: 'entfällt',
    changed: 'geändert',
    reworded: 'umformuliert',
    moved: 'verschoben',
    replaced: 'ersetzt',
    renamed: 'umbenannt',
  },
  clauses: {
    title: 'Überschrift',
    partners: 'Kooperationspartner',
    purpose: 'Gegenstand und Zweck',
    responsibilities: 'Aufgaben',
    bodies: 'Gremien',
    offers: 'Angebote',
    goals: 'Ziele',
    contacts: 'Ansprechpersonen',
    dataProtection: 'Datenschutz',
    term: 'Laufzeit und Kündigung',
    amendment: 'Änderungsklausel',
    review: 'Überprüfung',
    annexes: 'Anlagen',
    record: 'Verwaltungsangaben',
  },
  changeCount: (n) => (n === 1 ? '1 Änderung' : `${n} Änderungen`),
  heading: (oldFile, newFile, count) => `${oldFile} → ${newFile}: ${count}`,
  noChanges: 'Keine Änderungen.',
  similar: (percent) => `am Wortlaut erkannt, Ähnlichkeit ${percent}`,
  none: '—',
  labels: { was: 'bisher', now: 'neu', sentence: 'im Nachtrag', number: 'Nummer' },
  attentionHeading: 'Für die Datenschutzbeauftragten und die Leitungen',
  attention: {
    dataFlowAdded: (_party, what) => `Neue Übermittlung personenbezogener Daten: ${what}.`,
    dataItemsAdded: (_party, what) => `Eine Datenübermittlung umfasst weitere Angaben: ${what}.`,
    legalBasisChanged: (_party, what) => `Die Rechtsgrundlage einer Datenübermittlung ändert sich: ${what}.`,
    consentFormChanged: (_party, what) => `Die Einwilligungserklärung einer Datenübermittlung ändert sich: ${what}.`,
    lastTaskRemoved: (party) => `${party} hat nach dieser Änderung keine Aufgabe mehr in der Vereinbarung.`,
  },
  recordOnly: 'nicht Gegenstand eines Nachtrags',
  legalBasis: { consent: 'Einwilligung', statute: 'Gesetz' },
  flow: (from, to, data, basis) => `${from} an ${to}: ${data} (${basis})`,

  number: (n) => `Nummer ${n}`,
  numbers: (ns) => `Nummern ${list(ns)}`,
  letter: (i) => {
    const abc = 'abcdefghijklmnopqrstuvwxyz';
    return `${i >= 26 ? abc[Math.floor(i / 26) - 1] : ''}${abc[i % 26]})`;
  },

  insertItems: (at, where: InsertAt, quoted, count) => {
    const what = count === 1 ? 'folgender Spiegelstrich' : 'folgende Spiegelstriche';
    const verb = count === 1 ? 'wird' : 'werden';
    if (where === 'end') return at ? `In ${at} ${verb} ${what} angefügt${tail(quoted)}` : `${cap(what)} ${verb} angefügt${tail(quoted)}`;
    const position = where === 'start' ? 'vor dem ersten Spiegelstrich' : `nach dem ${ordinal(where, true)} Spiegelstrich`;
    return at ? `In ${at} ${verb} ${position} ${what} eingefügt${tail(quoted)}` : `${cap(position)} ${verb} ${what} eingefügt${tail(quoted)}`;
  },
  replaceItem: (at, position, quoted) =>
    at
      ? `In ${at} erhält der ${ordinal(position, false)} Spiegelstrich folgende Fassung: ${stop(quoted)}`
      : `Der ${ordinal(position, false)} Spiegelstrich erhält folgende Fassung: ${stop(quoted)}`,
  removeItem: (at, position, quoted) =>
    at ? `In ${at} wird der ${ordinal(position, false)} Spiegelstrich (${quoted}) gestrichen.` : `Der ${ordinal(position, false)} Spiegelstrich (${quoted}) wird gestrichen.`,
  replaceIntro: (at, quoted) => (at ? `In ${at} erhält der einleitende Satz folgende Fassung: ${stop(quoted)}` : `Der einleitende Satz erhält folgende Fassung: ${stop(quoted)}`),
  replaceHeading: (at, quoted) => (at ? `In ${at} erhält die Überschrift folgende Fassung: ${stop(quoted)}` : `Die Überschrift erhält folgende Fassung: ${stop(quoted)}`),
  replaceClosing: (at, quoted) =>
    at ? `In ${at} erhält der Text nach der Aufzählung folgende Fassung${tail(quoted)}` : `Der Text nach der Aufzählung erhält folgende Fassung${tail(quoted)}`,
  addClosing: (at, quoted) => (at ? `In ${at} wird nach der Aufzählung folgender Text angefügt${tail(quoted)}` : `Nach der Aufzählung wird folgender Text angefügt${tail(quoted)}`),
  removeClosing: (at) => (at ? `In ${at} wird der Text nach der Aufzählung gestrichen.` : 'Der Text nach der Aufzählung wird gestrichen.'),
  contactAdded: (at, quoted) => (at ? `In ${at} wird folgende Ansprechperson aufgenommen: ${quoted}.` : `Folgende Ansprechperson wird aufgenommen: ${quoted}.`),
  contactRemoved: (at, name, party) => (at ? `In ${at} wird die Ansprechperson ${name} (${party}) gestrichen.` : `Die Ansprechperson ${name} (${party}) wird gestrichen.`),
  contactChanged: (at, name, party, quoted) =>
    at ? `In ${at} erhalten die Angaben zu ${name} (${party}) folgende Fassung: ${stop(quoted)}` : `Die Angaben zu ${name} (${party}) erhalten folgende Fassung: ${stop(quoted)}`,

  sectionReplaced: (number, quoted) => `Nummer ${number} erhält folgende Fassung${tail(quoted)}`,
  sectionInserted: (after, number, heading) => (after ? `Nach Nummer ${after} wird folgende Nummer ${number} „${heading}“ eingefügt:` : `Es wird folgende Nummer ${number} „${heading}“ eingefügt:`),
  sectionRemoved: (number, heading) => `Nummer ${number} („${heading}“) wird gestrichen.`,
  renumbered: (olds, news) =>
    olds.length === 1 ? `Die bisherige Nummer ${olds[0]} wird Nummer ${news[0]}.` : `Die bisherigen Nummern ${list(olds)} werden die Nummern ${list(news)}.`,
  changedAsFollows: (number) => `Nummer ${number} wird wie folgt geändert:`,
  titleChanged: (quoted) => `Die Vereinbarung erhält die Überschrift ${quoted}.`,
  quote: (text) => `„${text}“`,

  partnerReplaced: (old, now, details) => `An die Stelle ${gen(old)} tritt ${nom(now)}${details ? `, ${details}` : ''}.`,
  partnerRenamed: (old, name) => `${cap(nom(old))} führt künftig den Namen „${name}“.`,
  partnerShortName: (p, s) => (s ? `Die Kurzbezeichnung ${p.gen ?? `von ${p.bare}`} lautet künftig „${s}“.` : `${cap(p.nom ?? p.bare)} wird künftig ohne Kurzbezeichnung genannt.`),
  partnerAddress: (p, address) => (address ? `Die Anschrift ${gen(p)} lautet: ${address}.` : `Die Angabe der Anschrift ${gen(p)} entfällt.`),
  partnerRepresented: (p, role, bare) => (bare ? `${cap(nom(p))} wird vertreten durch ${role ?? bare}.` : `Die Angabe, durch wen ${nom(p)} vertreten wird, entfällt.`),
  partnerChurchLaw: (p, law) =>
    law ? `Für ${acc(p)} gilt ${CHURCH_LAW[law] ?? law}.` : `Die Angabe des kirchlichen Datenschutzrechts für ${acc(p)} entfällt.`,
  partnerAdded: (p, details) => `Der Vereinbarung tritt ${nom(p)}${details ? `, ${details},` : ''} als weiterer Kooperationspartner bei.`,
  partnerRemoved: (p) => `${cap(nom(p))} scheidet aus der Vereinbarung aus.`,
  unitReplaced: (partner, old, now) => {
    const at = partner.dat?.startsWith('dem ') ? `Beim ${partner.dat.slice(4)}${short(partner)}` : `Bei ${dat(partner)}`;
    return `${at} tritt an die Stelle ${gen(old)} ${nom(now)}.`;
  },
  unitAdded: (partner, unit) => `${cap(nom(unit))} ${gen(partner)} wird in die Vereinbarung einbezogen.`,
  unitRemoved: (partner, unit) => `${cap(nom(unit))} ${gen(partner)} ist nicht mehr Teil der Vereinbarung.`,
  unitRenamed: (old, name) => `${cap(nom(old))} führt künftig den Namen „${name}“.`,
  unitMoved: (unit, from, to) => `${cap(nom(unit))} gehört künftig zu ${dat(to)} statt zu ${dat(from)}.`,
  unitTargetGroup: (unit, text) => (text ? `Die Zielgruppe ${gen(unit)} lautet: ${text}.` : `Die Angabe der Zielgruppe ${gen(unit)} entfällt.`),
  unitFramework: (unit, text) => (text ? `Die Arbeitsgrundlage ${gen(unit)} lautet: ${text}.` : `Die Angabe der Arbeitsgrundlage ${gen(unit)} entfällt.`),
  partnerDetails: (address, represented, units) => [address, represented, units ? `mit ${units}` : null].filter(Boolean).join(', '),

  amendment: {
    title: (number, agreement, dative, date) => `${number}. Nachtrag ${zu(agreement, dative)} vom ${date}`,
    preamble: (agreement, nominative, date, last) =>
      `${cap(nominative ?? agreement)} vom ${date}${last ? `, zuletzt geändert durch den ${last.number}. Nachtrag vom ${last.date},` : ''} wird wie folgt geändert:`,
    subject: (title, parties) => `${title} – ${parties}`,
    sections: { summary: 'Zusammenfassung', changes: 'Änderungen', effective: 'Inkrafttreten' },
    headings: {
      title: 'Überschrift',
      parties: 'Kooperationspartner',
      section: (number, heading) => `Nummer ${number} – ${heading}`,
      inserted: (number, heading) => `Neue Nummer ${number} – ${heading}`,
      renumbering: 'Zählung der Nummern',
    },
    summary: (count, clauses) => `Dieser Nachtrag ändert die Vereinbarung in ${count === 1 ? 'einem Punkt' : `${count} Punkten`}: ${clauses}.`,
    attentionLead: 'Diese Änderungen sollten die Datenschutzbeauftragten und die Leitungen der Kooperationspartner vor der Unterzeichnung prüfen:',
    effective: (date) => `Dieser Nachtrag tritt am ${date} in Kraft.`,
    unchanged: 'Im Übrigen gilt die Kooperationsvereinbarung unverändert fort.',
    record: (clauses) => `Änderungen: ${clauses}`,
  },

  request: {
    title: (agreement, dative, date) => `Änderungswunsch ${zu(agreement, dative)} vom ${date}`,
    from: 'von',
    to: 'an',
    lead: (sender, clause, genitive, accusative) =>
      clause
        ? `${cap(nom(sender))} wünscht gemäß Nummer ${clause} ${genitive ?? 'der Vereinbarung'}, sie wie folgt zu ändern:`
        : `${cap(nom(sender))} wünscht, ${accusative ?? 'die Vereinbarung'} wie folgt zu ändern:`,
    meeting: (date) =>
      date
        ? `Wir bitten darum, den Änderungswunsch bei der nächsten Überprüfung der Vereinbarung am ${date} zu beraten und die Änderungen in einem Nachtrag schriftlich zu vereinbaren.`
        : 'Wir bitten darum, den Änderungswunsch bei der nächsten Zusammenkunft der Kooperationspartner zu beraten und die Änderungen in einem Nachtrag schriftlich zu vereinbaren.',
    sections: { changes: 'Gewünschte Änderungen', meeting: 'Beratung' },
    summary: (count, clauses) => `Dieser Änderungswunsch betrifft ${count === 1 ? 'einen Punkt' : `${count} Punkte`} der Vereinbarung: ${clauses}.`,
    attentionLead: 'Diese Änderungen sollten die Datenschutzbeauftragten und die Leitungen der Kooperationspartner vor der Beratung prüfen:',
    dated: (date) => `Datum: ${date}`,
    subject: (title, sender) => `${title} – ${sender}`,
  },

  cli: {
    helpDiff: 'zeigt, was sich zwischen zwei Fassungen einer Vereinbarung geändert hat, Nummer für Nummer',
    helpAmend: 'schreibt den Nachtrag zu einer Vereinbarung zum Unterschreiben (oder mit --request den Änderungswunsch)',
    helpOld: 'die bisherige Fassung (YAML) oder REV:PFAD, eine Fassung aus git',
    helpNew: 'die neue Fassung (YAML)',
    helpDiffFormat: 'Ausgabe: text (Standard), json oder md',
    helpAmendFormat: 'was geschrieben wird: pdf (Standard), md, docx; mehrere durch Kommas getrennt',
    helpSince: 'die bisherige Fassung ist die Datei in dieser git-Revision, z. B. HEAD~1',
    helpAllowIdChange: 'Fassungen mit verschiedener id vergleichen',
    helpOut: 'Ausgabeverzeichnis (Standard: aktuelles Verzeichnis), oder - für die Standardausgabe',
    helpDate: 'Datum des Nachtrags oder Änderungswunsches (JJJJ-MM-TT; Standard: Stand der neuen Fassung, beim Änderungswunsch heute)',
    helpEffective: 'Tag, an dem der Nachtrag in Kraft tritt (JJJJ-MM-TT; Standard: sein Datum)',
    helpRequest: 'statt des Nachtrags den Änderungswunsch eines Partners an die anderen schreiben',
    helpFrom: 'mit --request: der Partner (id), der die Änderung wünscht',
    helpRecord: 'den Nachtrag in die Liste amendments der neuen Fassung eintragen (Kommentare bleiben erhalten)',
    helpToday: 'Datum, mit dem die Datumsregeln vergleichen (JJJJ-MM-TT, Standard: heute)',
    twoFiles: 'Zwei Fassungen angeben: agree {command} ALT.yaml NEU.yaml, oder agree {command} NEU.yaml --since REV.',
    sinceAndOld: '--since nennt die bisherige Fassung schon; dann nur die neue Datei angeben: agree {command} NEU.yaml --since REV.',
    differentIds: (oldId, newId) =>
      `Die Fassungen haben verschiedene Kennungen (id „${oldId}“ und „${newId}“) – sind es Fassungen derselben Vereinbarung? Wenn ja, mit --allow-id-change vergleichen.`,
    oldHasErrors: (file) => `${file}: Die bisherige Fassung hat Fehler (siehe oben); sie kann so nicht verglichen werden.`,
    newHasErrors: (file) => `${file}: Die neue Fassung hat Fehler (siehe oben); beheben Sie sie zuerst (agree check).`,
    informal: (file) => `${file} ist ein Kooperationsprofil (kind: informal): Es wird nicht unterschrieben und braucht keinen Nachtrag. agree diff zeigt die Änderungen, agree render die neue Fassung.`,
    noChanges: (oldFile, newFile) => `Keine Änderungen zwischen ${oldFile} und ${newFile}; nichts geschrieben.`,
    nothingToAmend: (oldFile, newFile) =>
      `Zwischen ${oldFile} und ${newFile} haben sich nur Verwaltungsangaben geändert (Stand, letzte Überprüfung, Stand der Kontaktliste …); sie brauchen keinen Nachtrag. Nichts geschrieben.`,
    wrote: (path, changes) => `${path} geschrieben (${changes}).`,
    requestNeedsFrom: '--request braucht --from PARTNER: die id des Partners, der die Änderung wünscht.',
    fromWithoutRequest: '--from gehört zu --request (der Änderungswunsch eines Partners).',
    unknownPartner: (id, known, hint) => `Kein Partner mit der id „${id}“ in der neuen Fassung.${hint ? ` Meinten Sie „${hint}“?` : ''} Partner: ${known}.`,
    recordWithRequest: '--record trägt einen geschlossenen Nachtrag ein; ein Änderungswunsch wird nicht eingetragen.',
    recordStdin: '--record schreibt in die Datei der neuen Fassung; von der Standardeingabe gelesen, gibt es keine Datei.',
    recorded: (file, number, date) => `${file}: ${number}. Nachtrag vom ${date} in amendments eingetragen.`,
    alreadyRecorded: (file, number) => `${file}: Der ${number}. Nachtrag ist in amendments schon eingetragen; nichts geändert.`,
    recordUnsafe: (file) => `${file}: Der Nachtrag kann nicht sicher eingetragen werden, ohne anderes zu verändern; tragen Sie ihn bitte von Hand unter amendments ein.`,
    recordUnreadable: (file, reason) => `${file}: kann nicht gelesen werden: ${reason}`,
    stdoutOne: '--out - schreibt eine Datei auf die Standardausgabe; wählen Sie ein Format (--format pdf, md oder docx).',
    badDate: (flag, value) => `Ungültiges Datum für ${flag}: „${value}“. Bitte JJJJ-MM-TT, z. B. 2026-04-01.`,
    git: {
      unknownRevision: (revision, path) => `Die Revision „${revision}“ gibt es in diesem git-Repository nicht (gesucht für ${path}). Prüfen Sie den Namen, z. B. mit git log --oneline.`,
      notInRevision: (path, revision) => `${path} gibt es in der Revision „${revision}“ nicht (die Datei war damals nicht im Repository oder hieß anders).`,
      notRepository: (path) => `${path} liegt nicht in einem git-Repository; eine frühere Fassung kann nicht aus git gelesen werden.`,
      noGit: 'git ist nicht installiert oder nicht im PATH; eine frühere Fassung kann nicht aus git gelesen werden.',
      badRevision: (revision) => `„${revision}“ ist kein Revisionsname (er darf nicht mit „-“ beginnen und keine Zeilenumbrüche enthalten).`,
      tooBig: (path, revision) => `${path} ist in der Revision „${revision}“ größer als 5 MB und wird nicht gelesen.`,
      other: (path, revision, reason) => `${path} kann aus der Revision „${revision}“ nicht gelesen werden: git meldet „${reason}“.`,
    },
  },
};
