// The few fixed words of the Word documents that the models (DocumentModel,
// ChecklistModel) do not carry — each language pack has them (src/lang/<code>/docx.ts): the document language as Word writes it, and
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
