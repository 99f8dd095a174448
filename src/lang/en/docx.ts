// The words of agree's Word documents (English): the language Word hyphenates and spell-checks in, and the names of agree's paragraph styles.

import type { DocxWords } from '../../outputs/docx/words.js';

export const docx: DocxWords = {
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
};
