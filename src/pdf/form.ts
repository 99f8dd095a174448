// AcroForm fields (ISO 32000-2 §12.7) read the way viewers write them:
// values on the field or inherited from a parent, check boxes and radio
// buttons from /V or else from the widget that is on, kids that are widgets
// told apart from kids that are fields (a kid with /T is a field).

import { PdfReadError } from './errors.js';
import type { PdfFile } from './file.js';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, isInteger, type PdfValue } from './objects.js';
import { decodeTextString } from './text-string.js';

export type FormFieldType = 'text' | 'checkbox' | 'radio' | 'pushbutton' | 'choice' | 'signature';

export interface FormWidget {
  /** 0-based index of the page whose /Annots lists the widget (else its /P); null when on no page */
  page: number | null;
  /** [x1, y1, x2, y2], normalized so that x1 <= x2 and y1 <= y2 */
  rect: [number, number, number, number];
  /** the appearance state (/AS), e.g. "Yes" or "Off"; null when it has none */
  state: string | null;
}

export interface FormField {
  /** fully qualified: the partial names (/T) of the field and its ancestors, joined by dots */
  name: string;
  type: FormFieldType;
  /**
   * text: the decoded string; choice: the selected option(s), several joined by "\n"
   * (all values of a file together at most limits.maxStreamBytes characters, else 'too-large');
   * checkbox/radio: the name of the state that is on, null when off; pushbutton, signature: null
   */
  value: string | null;
  /** checkbox/radio: the on-state names of its widgets, in widget order */
  states: string[];
  readOnly: boolean;
  widgets: FormWidget[];
  /** the field dictionary, when it is an indirect object */
  ref: PdfRef | null;
}

const FLAG_READ_ONLY = 1;
const FLAG_RADIO = 1 << 15;
const FLAG_PUSHBUTTON = 1 << 16;

interface Inherited {
  type?: PdfValue;
  flags?: PdfValue;
  value?: PdfValue;
}

function partialName(value: PdfValue): string | undefined {
  if (value instanceof PdfString) return value.text();
  if (value instanceof PdfName) return value.name;
  return undefined;
}

/**
 * Text of field values, each source decoded once however many fields share
 * it, and all of them together bounded by limits.maxStreamBytes characters:
 * a small file must not become gigabytes of strings.
 */
class ValueTexts {
  private readonly seen = new Map<PdfString | PdfStream, string>();
  private characters = 0;

  constructor(
    private readonly pdf: PdfFile,
    private readonly limit: number,
  ) {}

  private charge(source: PdfString | PdfStream, decode: () => string): string {
    let text = this.seen.get(source);
    if (text !== undefined) return text;
    text = decode();
    this.characters += text.length;
    if (this.characters > this.limit) throw new PdfReadError('too-large', `form field values hold more than ${this.limit} characters`);
    this.seen.set(source, text);
    return text;
  }

  of(value: PdfValue): string | null {
    if (value instanceof PdfString) return this.charge(value, () => value.text());
    // a long text value may be written as a stream (§12.7.4.3)
    if (value instanceof PdfStream) return this.charge(value, () => decodeTextString(value.decode()));
    if (value instanceof PdfName) return value.name;
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value)) {
      const parts = value.map((v) => this.of(this.pdf.resolve(v))).filter((v): v is string => v !== null);
      return parts.length > 0 ? parts.join('\n') : null;
    }
    return null;
  }
}

function fieldType(type: PdfValue | undefined, flags: number): FormFieldType | null {
  if (!(type instanceof PdfName)) return null;
  switch (type.name) {
    case 'Tx':
      return 'text';
    case 'Ch':
      return 'choice';
    case 'Sig':
      return 'signature';
    case 'Btn':
      return flags & FLAG_PUSHBUTTON ? 'pushbutton' : flags & FLAG_RADIO ? 'radio' : 'checkbox';
    default:
      return null;
  }
}

function rectOf(pdf: PdfFile, widget: PdfDict): [number, number, number, number] {
  const rect = pdf.resolve(widget.get('Rect'));
  if (!Array.isArray(rect) || rect.length < 4) return [0, 0, 0, 0];
  const n = rect.slice(0, 4).map((v) => pdf.resolve(v));
  if (!n.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) return [0, 0, 0, 0];
  const [a, b, c, d] = n as [number, number, number, number];
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

function onStates(pdf: PdfFile, widget: PdfDict): string[] {
  const ap = pdf.resolve(widget.get('AP'));
  if (!(ap instanceof PdfDict)) return [];
  const states: string[] = [];
  for (const key of ['N', 'D']) {
    const appearances = pdf.resolve(ap.get(key));
    if (appearances instanceof PdfDict) for (const state of appearances.keys()) if (state !== 'Off') states.push(state);
  }
  return states;
}

/** the page of every annotation listed in a page's /Annots, and the index of every page */
function pageIndex(pdf: PdfFile): { byAnnot: Map<PdfDict, number>; byPage: Map<PdfDict, number> } {
  const byAnnot = new Map<PdfDict, number>();
  const byPage = new Map<PdfDict, number>();
  pdf.pages().forEach((page, i) => {
    byPage.set(page, i);
    const annots = pdf.resolve(page.get('Annots'));
    if (!Array.isArray(annots)) return;
    for (const annot of annots) {
      const dict = pdf.resolve(annot);
      if (dict instanceof PdfDict && !byAnnot.has(dict)) byAnnot.set(dict, i);
    }
  });
  return { byAnnot, byPage };
}

/** The form fields of the current revision, in field tree order (terminal fields only). */
export function readFormFields(pdf: PdfFile): FormField[] {
  const acroForm = pdf.resolve(pdf.catalog().get('AcroForm'));
  if (!(acroForm instanceof PdfDict)) return [];
  const roots = pdf.resolve(acroForm.get('Fields'));
  if (!Array.isArray(roots)) return [];
  const { maxDepth, maxObjects } = pdf.limits;
  const pages = pageIndex(pdf);
  const result: FormField[] = [];
  const visited = new Set<PdfDict>();
  const texts = new ValueTexts(pdf, pdf.limits.maxStreamBytes);
  let nodes = 0;

  const widgetOf = (dict: PdfDict) => {
    let page = pages.byAnnot.get(dict);
    if (page === undefined) {
      const parent = pdf.resolve(dict.get('P'));
      page = parent instanceof PdfDict ? pages.byPage.get(parent) : undefined;
    }
    const state = pdf.resolve(dict.get('AS'));
    return { page: page ?? null, rect: rectOf(pdf, dict), state: state instanceof PdfName ? state.name : null };
  };

  // an explicit stack keeps a deep (hostile) tree from exhausting the call stack
  const stack: Array<{ ref: PdfValue; parentName: string; inherited: Inherited; depth: number }> = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ ref: roots[i]!, parentName: '', inherited: {}, depth: 0 });
  while (stack.length > 0) {
    const { ref, parentName, inherited, depth } = stack.pop()!;
    const node = pdf.resolve(ref);
    if (!(node instanceof PdfDict)) continue;
    if (visited.has(node)) throw new PdfReadError('damaged', 'the form field tree contains a field twice (a cycle)');
    visited.add(node);
    if (++nodes > maxObjects) throw new PdfReadError('too-large', `more than ${maxObjects} form fields`);
    if (depth > maxDepth) throw new PdfReadError('too-large', `form field tree deeper than ${maxDepth} levels`);
    const partial = partialName(pdf.resolve(node.get('T')));
    const name = partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial;
    const own: Inherited = {
      type: node.has('FT') ? node.get('FT') : inherited.type,
      flags: node.has('Ff') ? node.get('Ff') : inherited.flags,
      value: node.has('V') ? node.get('V') : inherited.value,
    };
    const kids = pdf.resolve(node.get('Kids'));
    const fieldKids: PdfValue[] = [];
    const widgets: PdfDict[] = [];
    if (node.get('Subtype') instanceof PdfName && (node.get('Subtype') as PdfName).name === 'Widget') widgets.push(node);
    if (Array.isArray(kids)) {
      for (const kid of kids) {
        const dict = pdf.resolve(kid);
        if (!(dict instanceof PdfDict)) continue;
        // a kid with a partial name, or with kids of its own, is a field; otherwise a widget of this field
        if (dict.has('T') || dict.has('Kids')) fieldKids.push(kid);
        else widgets.push(dict);
      }
    }
    if (widgets.length > 0 || fieldKids.length === 0) {
      const flagsValue = pdf.resolve(own.flags);
      const flags = isInteger(flagsValue) ? flagsValue : 0;
      const type = fieldType(pdf.resolve(own.type), flags);
      if (type) {
        nodes += widgets.length;
        if (nodes > maxObjects) throw new PdfReadError('too-large', `more than ${maxObjects} form fields`);
        const value = pdf.resolve(own.value);
        const widgetList = widgets.map(widgetOf);
        let fieldValue: string | null = null;
        let states: string[] = [];
        if (type === 'checkbox' || type === 'radio') {
          states = [...new Set(widgets.flatMap((w) => onStates(pdf, w)))];
          const named = value instanceof PdfName ? value.name : value instanceof PdfString ? texts.of(value) : null;
          if (named !== null && named !== 'Off' && named !== '') fieldValue = named;
          else fieldValue = widgetList.find((w) => w.state !== null && w.state !== 'Off')?.state ?? null;
        } else if (type === 'text' || type === 'choice') {
          fieldValue = texts.of(value);
        }
        result.push({
          name,
          type,
          value: fieldValue,
          states,
          readOnly: (flags & FLAG_READ_ONLY) !== 0,
          widgets: widgetList,
          ref: ref instanceof PdfRef ? ref : null,
        });
      }
    }
    for (let i = fieldKids.length - 1; i >= 0; i--) stack.push({ ref: fieldKids[i]!, parentName: name, inherited: own, depth: depth + 1 });
  }
  return result;
}
