// The rendered agreement as one language-resolved model. It is built once from
// an Agreement (build-document.ts) and laid out by two renderers: Markdown
// (templates/<lang>/*.md.hbs) and PDF (render/pdf). All strings are plain
// text — no markup. Each renderer escapes for its own output.

import type { Lang } from '../model/types.js';

export type Block =
  | { type: 'paragraph'; text: string }
  /** bullet list; `id` per item lets the review checklist refer to tasks */
  | { type: 'list'; items: string[] }
  /** a small table: contacts, data flows, meetings */
  | { type: 'table'; columns: string[]; rows: string[][] };

export interface Section {
  /** "1", "2.1" … ; empty for unnumbered sub-headings */
  number: string;
  heading: string;
  blocks: Block[];
  subsections: Section[];
}

export interface PartyBlock {
  /** first line, bold: the partner's name, or "MSB und JMD" style unit line */
  lines: string[];
}

export interface SignatureBlock {
  /** partner id, used for form field names */
  partnerId: string;
  /** e.g. "Diakonisches Werk Dithmarschen" */
  partyName: string;
  /** e.g. "Geschäftsführung" (vertreten durch / signatory role) */
  role: string;
  /** signatory name, may be empty (blank line to fill in) */
  signatoryName: string;
  /**
   * "Ort, Datum": the line beside the signature, where the date is asked.
   * Empty when the date is part of the signature caption (the seed's single
   * line, `signatureLines: combined`): then the block has one line only.
   */
  placeDateCaption: string;
  /** "Unterschrift (DWD)"; "Datum, Unterschrift (DWD)" when placeDateCaption is empty */
  signatureCaption: string;
  /**
   * Unique per block, for form field names: the partner id, or "dwd-1", "dwd-2" …
   * when a partner has several signatories (then partnerId repeats). Optional:
   * fall back to partnerId when absent.
   */
  fieldId?: string;
}

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  lang: Lang;
  /** ISO date (the agreement's version); the PDF's creation date, so output is reproducible */
  date: string;
}

export interface DocumentModel {
  lang: Lang;
  kind: 'agreement' | 'informal';
  id: string;
  title: string;
  /** "zwischen" / "between" — empty for informal profiles */
  between: string;
  /** "und" / "and" */
  and: string;
  parties: PartyBlock[];
  /** optional line under the parties, e.g. district for informal profiles */
  subtitle?: string;
  sections: Section[];
  /** "Stand 6. Juli 2006" */
  stand: string;
  signatures: SignatureBlock[];
  /** running footer text, e.g. "Kooperationsvereinbarung Kreis Dithmarschen · Stand 6. Juli 2006" */
  footer: string;
  /** "Seite {page} von {pages}" */
  pageLabel: string;
  meta: DocumentMeta;
}
