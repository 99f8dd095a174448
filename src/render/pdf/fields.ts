// Interactive form fields with appearance streams (PDF/A-2 requires an /AP for
// every widget and forbids /NeedAppearances): text fields (single- and
// multi-line), check boxes and unsigned signature fields. Shared by the
// agreement (signature blocks) and the annual review checklist.
//
// Coordinates are pdfkit's: points, origin top-left of the page, y downwards.
// Field names may be dotted ("dwd.place"): each dot-separated part becomes a
// level of the field hierarchy, because a partial field name (/T) must not
// contain a period (ISO 32000-1, 12.7.3.2). The fully qualified name — what
// viewers, pdf.js getFieldObjects() and pdfsig show — is the dotted name.
//
// The document must have had registerFonts() (fonts.ts) called; text fields
// use DejaVu Sans (REGULAR). These helpers change the current font; select
// yours again before drawing text.

import type {} from 'pdfkit';
import { coveredText, REGULAR } from './fonts.js';
import {
  addFieldNode,
  addWidgetAnnotation,
  attachField,
  currentPageRef,
  encodeGlyphs,
  ensureAcroForm,
  fontResource,
  newRef,
  type PdfRef,
} from './internals.js';
import { cleanText, wrapText } from './text.js';

type Doc = PDFKit.PDFDocument;

interface FieldCommon {
  /** fully qualified field name, e.g. "dwd.place" */
  name: string;
  /** pdfkit coordinates (top-left origin) */
  x: number;
  y: number;
  /** tooltip / accessible name (/TU) */
  tooltip?: string;
  /**
   * Tagged documents: the structure element the field belongs to; a `Form`
   * element referencing the widget is added to it.
   */
  structParent?: PDFKit.PDFStructureElement;
}

export interface TextFieldOptions extends FieldCommon {
  width: number;
  height: number;
  value?: string;
  multiline?: boolean;
  /** default 10 */
  fontSize?: number;
}

export interface CheckBoxOptions extends FieldCommon {
  /** side length of the square box */
  size: number;
  checked?: boolean;
}

export interface SignatureFieldOptions extends FieldCommon {
  width: number;
  height: number;
}

interface FormState {
  /** non-terminal fields by qualified name */
  nodes: Map<string, PdfRef>;
  /** terminal names already used */
  terminals: Set<string>;
}

const forms = new WeakMap<Doc, FormState>();

function formState(doc: Doc): FormState {
  let state = forms.get(doc);
  if (!state) {
    state = { nodes: new Map(), terminals: new Set() };
    forms.set(doc, state);
  }
  return state;
}

const NAME_PART = /^[^.]+$/;

const FORM_GLYPHS =
  ' 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜßéèêàçñ.,;:-–/()&\'"„“';

/**
 * Resolves a dotted name to (parent field or null, partial name), creating the
 * non-terminal parent fields on first use.
 */
function placeField(doc: Doc, name: string): { parent: PdfRef | null; partial: string } {
  const parts = name.split('.');
  if (!name || parts.some((p) => !NAME_PART.test(p))) {
    throw new Error(`invalid form field name "${name}"`);
  }
  const state = formState(doc);
  if (state.terminals.has(name) || state.nodes.has(name)) {
    throw new Error(`duplicate form field name "${name}"`);
  }
  for (const terminal of state.terminals) {
    if (name.startsWith(`${terminal}.`)) throw new Error(`form field "${terminal}" cannot have children ("${name}")`);
  }
  const first = state.nodes.size === 0 && state.terminals.size === 0;
  ensureAcroForm(doc, REGULAR);
  // viewers fill in fields with the /DA font, our embedded subset: make sure it
  // has what place names and dates are typed with
  if (first) encodeGlyphs(doc, REGULAR, FORM_GLYPHS);
  let parent: PdfRef | null = null;
  for (let i = 0; i < parts.length - 1; i++) {
    const qualified = parts.slice(0, i + 1).join('.');
    let node = state.nodes.get(qualified);
    if (!node) {
      node = addFieldNode(doc, REGULAR, parts[i]!, parent);
      state.nodes.set(qualified, node);
    }
    parent = node;
  }
  state.terminals.add(name);
  return { parent, partial: parts[parts.length - 1]! };
}

function formXObject(doc: Doc, width: number, height: number, content: string, resources?: Record<string, unknown>): PdfRef {
  const ref = newRef(doc, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    ...(resources ? { Resources: resources } : {}),
  });
  ref.end(content);
  return ref;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function addField(
  doc: Doc,
  opts: FieldCommon & { width: number; height: number },
  dict: Record<string, unknown>,
): PdfRef {
  const { parent, partial } = placeField(doc, opts.name);
  const field: Record<string, unknown> = {
    Subtype: 'Widget',
    ...dict,
    T: new String(partial),
    ...(opts.tooltip ? { TU: new String(cleanText(opts.tooltip)) } : {}),
    F: 4, // Print
    P: currentPageRef(doc),
    // written at once by pdfkit, so /Parent must be in it now
    ...(parent ? { Parent: parent } : {}),
  };
  let form: PDFKit.PDFStructureElement | undefined;
  if (opts.structParent) {
    form = doc.struct('Form');
    opts.structParent.add(form);
  }
  const ref = addWidgetAnnotation(doc, opts.x, opts.y, opts.width, opts.height, field, form);
  form?.end();
  attachField(doc, REGULAR, ref, parent);
  return ref;
}

/**
 * A text field (/FT /Tx) with an appearance stream showing `value` in DejaVu
 * Sans. `multiline` wraps the value and sets the Multiline flag.
 */
export function addTextField(doc: Doc, opts: TextFieldOptions): PdfRef {
  const fontSize = opts.fontSize ?? 10;
  const value = coveredText(REGULAR, cleanText(opts.value ?? ''));
  ensureAcroForm(doc, REGULAR);
  const font = fontResource(doc, REGULAR);
  let body = '';
  if (value) {
    doc.font(REGULAR).fontSize(fontSize);
    const pad = 2;
    const lines = opts.multiline
      ? wrapText(value, opts.width - 2 * pad, (s) => doc.widthOfString(s))
      : [value.replace(/\n/g, ' ')];
    const leading = fontSize * 1.2;
    const firstBaseline = opts.multiline
      ? opts.height - pad - fontSize * 0.93
      : (opts.height - fontSize * 0.72) / 2;
    const shown = lines.map((line, i) => {
      const y = firstBaseline - i * leading;
      return `1 0 0 1 ${num(pad)} ${num(y)} Tm <${encodeGlyphs(doc, REGULAR, line)}> Tj`;
    });
    body = [
      'q',
      `1 1 ${num(opts.width - 2)} ${num(opts.height - 2)} re W n`,
      'BT',
      `/${font.key} ${num(fontSize)} Tf 0 g`,
      ...shown,
      'ET',
      'Q',
    ].join('\n');
  }
  const ap = formXObject(doc, opts.width, opts.height, `/Tx BMC\n${body}${body ? '\n' : ''}EMC`, {
    Font: { [font.key]: font.ref },
  });
  return addField(doc, opts, {
    FT: 'Tx',
    ...(opts.multiline ? { Ff: 1 << 12 } : {}),
    DA: new String(`/${font.key} ${num(fontSize)} Tf 0 g`),
    V: new String(value),
    AP: { N: ap },
  });
}

/**
 * A check box (/FT /Btn) with /Yes and /Off appearances (a thin square, plus a
 * drawn check mark for /Yes — no font needed) and /AS set from `checked`.
 */
export function addCheckBox(doc: Doc, opts: CheckBoxOptions): PdfRef {
  const s = opts.size;
  const box = `q 0.6 w 0 G ${num(0.3)} ${num(0.3)} ${num(s - 0.6)} ${num(s - 0.6)} re S Q`;
  const tick =
    `q ${num(Math.max(1, s * 0.1))} w 1 J 1 j 0 G ` +
    `${num(s * 0.22)} ${num(s * 0.52)} m ${num(s * 0.42)} ${num(s * 0.28)} l ${num(s * 0.8)} ${num(s * 0.76)} l S Q`;
  const off = formXObject(doc, s, s, box);
  const yes = formXObject(doc, s, s, `${box}\n${tick}`);
  const state = opts.checked ? 'Yes' : 'Off';
  return addField(
    doc,
    { ...opts, width: s, height: s },
    { FT: 'Btn', V: state, AS: state, AP: { N: { Yes: yes, Off: off } } },
  );
}

/**
 * An unsigned signature field (/FT /Sig) with an empty appearance; the visible
 * signature line and caption belong to the page content. /SigFlags stays
 * unset: SignaturesExist (1) would claim a signature that is not there; a
 * signing application sets it.
 */
export function addSignatureField(doc: Doc, opts: SignatureFieldOptions): PdfRef {
  const ap = formXObject(doc, opts.width, opts.height, 'q Q');
  return addField(doc, opts, { FT: 'Sig', AP: { N: ap } });
}
