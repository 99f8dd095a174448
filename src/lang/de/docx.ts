// The words of agree's Word documents (German): the language Word hyphenates and spell-checks in, and the names of agree's paragraph styles.

import type { DocxWords } from '../../outputs/docx/words.js';

export const docx: DocxWords = {
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
};
