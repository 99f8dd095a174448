// The few fixed words of the Word documents that the models (DocumentModel,
// ChecklistModel) do not carry: the document language as Word writes it, and
// the names of agree's own paragraph styles as they appear in Word's style
// gallery. Word names its built-in styles (Title, Heading 1 …) itself, in the
// language of the user's Word.

export interface DocxWords {
  /** w:lang of the text (BCP 47, as Word spells it): decides spelling and hyphenation */
  locale: string;
  /** names of the paragraph styles agree defines besides Word's built-in ones */
  styles: {
    connector: string;
    party: string;
    partyDetail: string;
    stand: string;
    signatureParty: string;
    signatory: string;
    signatureCaption: string;
    tableText: string;
    tableHeading: string;
    note: string;
  };
}

export const docxWords: Record<'de' | 'en', DocxWords> = {
  de: {
    locale: 'de-DE',
    styles: {
      connector: 'Verbindungswort',
      party: 'Vertragspartei',
      partyDetail: 'Vertragspartei Angaben',
      stand: 'Stand',
      signatureParty: 'Unterschrift Partei',
      signatory: 'Unterschrift Name',
      signatureCaption: 'Unterschrift Beschriftung',
      tableText: 'Tabellentext',
      tableHeading: 'Tabellenkopf',
      note: 'Hinweis',
    },
  },
  en: {
    locale: 'en-GB',
    styles: {
      connector: 'Connector',
      party: 'Party',
      partyDetail: 'Party details',
      stand: 'Version date',
      signatureParty: 'Signature party',
      signatory: 'Signatory',
      signatureCaption: 'Signature caption',
      tableText: 'Table text',
      tableHeading: 'Table heading',
      note: 'Note',
    },
  },
};
