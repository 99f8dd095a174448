// Interactive form fields with appearance streams (PDF/A-2 requires an /AP for
// every widget and forbids /NeedAppearances): text fields (single- and
// multi-line, read-only), check boxes, radio groups and unsigned signature
// fields. Shared by the agreement (signature blocks) and the annual review
// checklist.
//
// Coordinates are pdfkit's: points, origin top-left of the page, y downwards.
// Field names may be dotted ("dwd.place"): each dot-separated part becomes a
// level of the field hierarchy, because a partial field name (/T) must not
// contain a period (ISO 32000-1, 12.7.3.2). The fully qualified name — what
// viewers, pdf.js getFieldObjects() and pdfsig show — is the dotted name.
//
// The document must have had registerFonts() (fonts.ts) called. A value agree
// writes into a text field is drawn in the page font (DejaVu Sans, REGULAR);
// what people type is drawn by their viewer with the field font (form-font.ts),
// which every /DA names. These helpers change the current font; select yours
// again before drawing text.

import type {} from 'pdfkit';
import { coveredText, REGULAR } from './fonts.js';
import { formFont } from './form-font.js';
import {
  addFieldNode,
  addWidgetAnnotation,
  attachField,
  currentPageRef,
  encodeGlyphs,
  fontResource,
  newRef,
  setFormFont,
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
  /** a value people cannot change (/Ff ReadOnly); viewers keep it when they save */
  readOnly?: boolean;
  /** default 10 */
  fontSize?: number;
}

export interface CheckBoxOptions extends FieldCommon {
  /** side length of the square box */
  size: number;
  checked?: boolean;
}

export interface RadioGroupOptions {
  /** fully qualified field name, e.g. "task.erstberatung.status" */
  name: string;
  /** the on-state of each button, e.g. ["fulfilled", "partial"]: what the field's value is when it is chosen */
  states: readonly string[];
  /** the state chosen initially; none (/Off) by default */
  selected?: string;
  /** tooltip / accessible name of the group (/TU) */
  tooltip?: string;
}

export interface RadioButtonOptions {
  /** pdfkit coordinates (top-left origin) of the square the circle is drawn in */
  x: number;
  y: number;
  size: number;
  /** tooltip / accessible name of this button (/TU) */
  tooltip?: string;
  /** as for the other fields: a `Form` element referencing the widget is added to it */
  structParent?: PDFKit.PDFStructureElement;
}

export interface RadioGroup {
  /** the field (its widgets are its kids) */
  readonly ref: PdfRef;
  /** adds the button for `state` on the current page */
  button(state: string, opts: RadioButtonOptions): PdfRef;
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
  /** radio button appearances by size, shared by all buttons of that size */
  radioLooks: Map<number, RadioLooks>;
}

interface RadioLooks {
  on: PdfRef;
  off: PdfRef;
}

const forms = new WeakMap<Doc, FormState>();

function formState(doc: Doc): FormState {
  let state = forms.get(doc);
  if (!state) {
    state = { nodes: new Map(), terminals: new Set(), radioLooks: new Map() };
    forms.set(doc, state);
  }
  return state;
}

const NAME_PART = /^[^.]+$/;

/**
 * The document's AcroForm, created on first use with the field font as its
 * /DA font (what viewers fill in fields with). Returns that font's resource name.
 */
function ensureForm(doc: Doc): string {
  const state = formState(doc);
  const font = formFont(doc);
  if (state.nodes.size === 0 && state.terminals.size === 0) setFormFont(doc, REGULAR, font.key, font.ref);
  return font.key;
}

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
  ensureForm(doc);
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

const tooltipOf = (tooltip: string | undefined) => (tooltip ? { TU: new String(cleanText(tooltip)) } : {});

/**
 * A widget annotation on the current page, printable, under `parent` (its
 * /Parent: written at once by pdfkit, so it must be in the dictionary now),
 * tagged as a `Form` element of `structParent`.
 */
function addWidget(
  doc: Doc,
  box: { x: number; y: number; width: number; height: number; structParent?: PDFKit.PDFStructureElement },
  dict: Record<string, unknown>,
  parent: PdfRef | null,
): PdfRef {
  const widget: Record<string, unknown> = {
    Subtype: 'Widget',
    ...dict,
    F: 4, // Print
    P: currentPageRef(doc),
    ...(parent ? { Parent: parent } : {}),
  };
  let form: PDFKit.PDFStructureElement | undefined;
  if (box.structParent) {
    form = doc.struct('Form');
    box.structParent.add(form);
  }
  const ref = addWidgetAnnotation(doc, box.x, box.y, box.width, box.height, widget, form);
  form?.end();
  attachField(doc, REGULAR, ref, parent);
  return ref;
}

/** a field that is its own (single) widget */
function addField(
  doc: Doc,
  opts: FieldCommon & { width: number; height: number },
  dict: Record<string, unknown>,
): PdfRef {
  const { parent, partial } = placeField(doc, opts.name);
  return addWidget(doc, opts, { ...dict, T: new String(partial), ...tooltipOf(opts.tooltip) }, parent);
}

/**
 * A text field (/FT /Tx) with an appearance stream showing `value` in DejaVu
 * Sans. `multiline` wraps the value and sets the Multiline flag. Its /DA names
 * the field font, so that what people type shows in any script it covers.
 */
export function addTextField(doc: Doc, opts: TextFieldOptions): PdfRef {
  const fontSize = opts.fontSize ?? 10;
  const value = coveredText(REGULAR, cleanText(opts.value ?? ''));
  const fieldFont = ensureForm(doc);
  let body = '';
  let resources: Record<string, unknown> | undefined;
  if (value) {
    const font = fontResource(doc, REGULAR);
    resources = { Font: { [font.key]: font.ref } };
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
  const ap = formXObject(doc, opts.width, opts.height, `/Tx BMC\n${body}${body ? '\n' : ''}EMC`, resources);
  const flags = (opts.multiline ? MULTILINE : 0) | (opts.readOnly ? READ_ONLY : 0);
  return addField(doc, opts, {
    FT: 'Tx',
    ...(flags ? { Ff: flags } : {}),
    DA: new String(`/${fieldFont} ${num(fontSize)} Tf 0 g`),
    V: new String(value),
    AP: { N: ap },
  });
}

// field flags (ISO 32000-1, tables 221, 226, 228; bit n is 1 << (n - 1))
const READ_ONLY = 1 << 0;
const MULTILINE = 1 << 12;
const NO_TOGGLE_TO_OFF = 1 << 14;
const RADIO = 1 << 15;

/** a PDF name that is also readable as a value: letters and digits, starting with a letter */
const STATE = /^[A-Za-z][A-Za-z0-9]*$/;

/** "m … c" path of a circle around (c, c) with radius r (four Bézier arcs) */
function circle(c: number, r: number): string {
  const k = r * 0.5523;
  const p = (x: number, y: number) => `${num(x)} ${num(y)}`;
  return [
    `${p(c + r, c)} m`,
    `${p(c + r, c + k)} ${p(c + k, c + r)} ${p(c, c + r)} c`,
    `${p(c - k, c + r)} ${p(c - r, c + k)} ${p(c - r, c)} c`,
    `${p(c - r, c - k)} ${p(c - k, c - r)} ${p(c, c - r)} c`,
    `${p(c + k, c - r)} ${p(c + r, c - k)} ${p(c + r, c)} c`,
  ].join(' ');
}

/**
 * The two looks of a radio button of side `s`, off and on (a dot), made once
 * per size and document: every button of that size shares them. No /D (down)
 * looks: PDF/A-2 allows only /N in an appearance dictionary (ISO 19005-2,
 * 6.3.3).
 */
function radioLooks(doc: Doc, s: number): RadioLooks {
  const state = formState(doc);
  let looks = state.radioLooks.get(s);
  if (!looks) {
    const c = s / 2;
    const ring = `q 0.6 w 0 G ${circle(c, c - 0.5)} S Q`;
    const dot = `q 0 g ${circle(c, s * 0.22)} f Q`;
    looks = { off: formXObject(doc, s, s, ring), on: formXObject(doc, s, s, `${ring}\n${dot}`) };
    state.radioLooks.set(s, looks);
  }
  return looks;
}

/**
 * A group of radio buttons: one field (/FT /Btn, Radio and NoToggleToOff)
 * whose value (/V) is the state of the chosen button, /Off while none is.
 * Its widgets are added with `button()`, each on the page current then, with
 * /AS and an appearance for its own state and for /Off (a circle, a dot when
 * chosen), drawn by the appearance itself — so a viewer shows the same before
 * and after a click, and one click in the group clears the others.
 */
export function addRadioGroup(doc: Doc, opts: RadioGroupOptions): RadioGroup {
  const states = [...opts.states];
  for (const s of states) {
    if (!STATE.test(s) || s === 'Off') throw new Error(`invalid radio button state "${s}" in "${opts.name}"`);
  }
  if (new Set(states).size !== states.length) throw new Error(`duplicate radio button state in "${opts.name}"`);
  if (opts.selected !== undefined && !states.includes(opts.selected)) {
    throw new Error(`radio group "${opts.name}" has no state "${opts.selected}"`);
  }
  const value = opts.selected ?? 'Off';
  const { parent, partial } = placeField(doc, opts.name);
  const group = addFieldNode(doc, REGULAR, partial, parent, {
    FT: 'Btn',
    Ff: RADIO | NO_TOGGLE_TO_OFF,
    V: value,
    ...tooltipOf(opts.tooltip),
  });
  const added = new Set<string>();
  return {
    ref: group,
    button(state, b) {
      if (!states.includes(state)) throw new Error(`radio group "${opts.name}" has no state "${state}"`);
      if (added.has(state)) throw new Error(`radio group "${opts.name}" has a button "${state}" already`);
      added.add(state);
      const looks = radioLooks(doc, b.size);
      return addWidget(
        doc,
        { x: b.x, y: b.y, width: b.size, height: b.size, structParent: b.structParent },
        {
          ...tooltipOf(b.tooltip),
          AS: state === value ? state : 'Off',
          AP: { N: { [state]: looks.on, Off: looks.off } },
          // for viewers that draw buttons themselves: black border, no fill
          MK: { BC: [0] },
        },
        group,
      );
    },
  };
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
