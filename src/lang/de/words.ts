// German words the text rules look for; the pattern syntax is explained in
// src/check/words/types.ts. When you add a word, add a test case for it (and
// for its look-alike) in the rule's test file.

import type { LanguageWords } from '../../check/words/types.js';

export const words: LanguageWords = {
  personalDataTransfer: {
    include: [
      // what is passed: absences and drop-outs (SPEC §5), problem cases
      '*fehlzeit*', // Fehlzeiten, Fehlzeitenmeldung
      '*fernbleib*', // Fernbleiben vom Unterricht
      '*abwesenheit*',
      '*anwesenheitsliste*',
      '*abbruch*', // Abbruch, Kursabbruch, Abbruchs
      '*abbrüch*', // Abbrüche, Kursabbrüchen, Abbrueche
      '*problemfall*',
      '*problemfäll*', // über Problemfälle
      'personenbezogen*', // personenbezogene Daten
      '*sozialdaten*',
      '*schweigepflicht*', // Schweigepflichtentbindung: data is about to be passed
      // how it is passed: melden, unterrichten, informieren, austauschen …
      // not 'meld*': it would take Meldorf, the seat of the Diakonisches Werk Dithmarschen
      'melde',
      'melden',
      'meldet',
      'meldete',
      'meldeten',
      'melde?*', // Meldepflicht, Meldebogen, Meldefrist
      '*meldung*', // Meldung, Rückmeldung, Fehlzeitenmeldung
      'gemeldet',
      'rückmeld*',
      'zurückmeld*',
      'unterrichtung*', // "Unterrichtung des DWD" (not "Unterricht", the lesson)
      'unterrichten', // also "to teach"; the partners of these agreements rarely do
      'unterrichtet',
      'informier*', // informiert, informieren
      'information',
      'informationen',
      'informations*', // Informationsaustausch, Informationsweitergabe
      '?*information', // Rückinformation
      '?*informationen',
      'benachrichtig*',
      'mitteil*', // Mitteilung, mitteilen
      'mitgeteilt',
      'mitzuteilen',
      'übermitt*', // Übermittlung, übermitteln
      '*datenübermittlung*',
      '*weitergabe*', // Datenweitergabe, Informationsweitergabe
      'weitergeben',
      'weitergegeben',
      'weiterzugeben',
      '*austausch*', // Austausch, Informationsaustausch
      'austauschen',
      'ausgetauscht',
      'auszutauschen',
      'auskunft*',
      'auskünft*',
      '*fallbesprechung*',
      '*fallkonferenz*',
      'fallbezogen*',
    ],
    exclude: [
      // registering a client somewhere is not passing data between the partners
      'anmeld*', // Anmeldung der Kinder in Kindertagesstätte und Schule
      'abmeld*',
      'ummeld*',
      '*anmeldung*', // Kursanmeldung
      '*abmeldung*',
      'meldebehörde*', // the residents' registration office and its papers
      'meldeamt*',
      'meldebescheinigung*',
      'meldeadresse*',
      // preventing drop-outs is the counselling itself
      '*abbruchprävention*',
      '*abbruchprophylaxe*',
      // general exchange of experience or expertise, not about individual clients
      '*erfahrungsaustausch*',
      '*fachaustausch*',
      'fachlich* austausch*',
      // information for clients or the public, not about them
      'informationsveranstaltung*',
      'informationsmaterial*',
      'informationsabend*',
      'informationsbroschüre*',
      'informationsblatt',
      'informationsblätter*',
      'informationstag*',
      'informationsstand',
      'informationsangebot*',
      'austauschbar*',
    ],
  },

  meetings: {
    include: [
      '=Treffen', // the noun; the verb "Absprachen treffen" is lower case
      '=Treffens',
      '?*treffen', // Zusammentreffen, Netzwerktreffen, Arbeitstreffen
      '*zusammenkunft',
      '*zusammenkünfte',
      '*sitzung',
      '*sitzungen',
      '*besprechung', // Besprechung, Fallbesprechung, Dienstbesprechung
      '*besprechungen',
      '*konferenz', // Fallkonferenz, Helferkonferenz
      '*konferenzen',
      '*austausch*', // Austausch, Erfahrungsaustausch, Informationsaustausch
      'arbeitskreis*',
      '?*arbeitskreis*', // AK-Sitzung is caught by *sitzung
      'gesprächsrunde*',
      'netzwerkrunde*',
      'arbeitsrunde*',
      'runde* tisch*', // runder Tisch, am runden Tisch
      'jour fixe',
      'jourfixe',
      // words that say something recurs, even without saying what
      'regelmäßig*',
      'turnusmäßig*',
      'periodisch*',
      'wöchentlich*',
      'monatlich*',
      'vierteljährlich*',
      'quartalsweise',
      'quartalsmäßig*',
      'halbjährlich*',
      'jährlich*',
    ],
    exclude: [
      // verbs that end in "treffen": betreffen, zutreffen, eintreffen, übertreffen, antreffen
      'betreff*',
      'zutreff*',
      'eintreff*',
      'übertreff*',
      'antreff*',
      'austauschbar*',
    ],
  },

  costs: {
    include: [
      '*kosten*', // Kosten, Kostenübernahme, Fahrkosten, Kostenträger, Kinderbetreuungskosten
      '*finanzier*', // finanziert, Finanzierung, Kofinanzierung (not "finanziell")
      '*zuschuss*',
      '*zuschüss*',
      'bezuschuss*',
      '*erstattung*', // Erstattung, Fahrtkostenerstattung
      'erstatten',
      'erstattet',
      'bezahl*',
      '*gebühr*', // Kursgebühr, Gebühren
      '*entgelt*',
      'eigenanteil*',
      '*honorar*',
      '*haushaltsmittel*',
      'fördermittel*',
      'eingliederungsmittel*',
      'eigenmittel*',
      'drittmittel*',
      // NOT: Förderung, fördern, gefördert. In SGB II "Förderung von
      // Integrationsmaßnahmen" is the job centre's task itself (Leistungen zur
      // Eingliederung, § 16 SGB II), and the one who does it pays for it; funded
      // courses belong in `offers` with `funder`.
    ],
    exclude: [
      'kostenlos*',
      'kostenfrei*',
      'kostenneutral*',
      'unentgeltlich*',
      'gebührend*', // "gebührend berücksichtigen" = duly
      'bericht* erstatt*', // "Bericht erstatten" = to report
      'anzeige erstatt*',
    ],
  },

  secularDataProtectionLaw: {
    include: [
      'dsgvo',
      'ds gvo', // DS-GVO
      'datenschutz grundverordnung',
      'datenschutzgrundverordnung',
      'bdsg',
      'bundesdatenschutzgesetz*',
      'ldsg',
      'landesdatenschutzgesetz*',
    ],
  },

  dsgEkd: {
    include: ['dsg ekd', 'dsgekd', 'ekd', 'ekd datenschutzgesetz', 'evangelischen kirche*'],
  },

  kdg: {
    include: ['kdg', 'kdr og', 'gesetz über den kirchlichen datenschutz'],
  },

  churchDataProtectionLaw: {
    include: ['kirchlich* datenschutz*', 'kirchengesetz* * datenschutz*', 'kirchengesetz* über den datenschutz*', 'kirchendatenschutz*'],
  },

  arge: {
    include: [
      '=ARGE', // written as a name; the adjective "arge" ("eine arge Belastung") is lower case
      '=Arge',
      '=ARGEn',
      '=Argen',
      'arbeitsgemeinschaft für arbeit*', // "Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen"
      'arbeitsgemeinschaft für beschäftigung*',
      'arbeitsgemeinschaft* sgb ii',
      'arbeitsgemeinschaft* nach 44b',
      'arbeitsgemeinschaft* gemäß 44b',
      // NOT "Arbeitsgemeinschaft" alone: it is also any working group ("Arbeitsgemeinschaft Migration")
    ],
  },

  arbeitslosengeldII: {
    include: [
      'alg ii', // ALG II, ALG-II-Bezug
      'alg 2',
      'algii',
      'alg2',
      'arbeitslosengeld ii',
      'arbeitslosengeld 2',
      'hartz iv',
      'hartz 4',
      'hartziv',
      // NOT "ALG I" / "Arbeitslosengeld" alone: unemployment benefit under SGB III still exists
    ],
  },
};
