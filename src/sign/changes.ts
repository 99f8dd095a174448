// What the revisions after a signed one changed, object by object, and
// whether that is allowed after signing. Allowed (as PDF viewers and
// ISO 32000-2 §12.8.2.2 DocMDP level 2 allow): another signature, and
// filling in form fields that the signature did not lock; document metadata
// is reported and let pass. Not allowed: anything that changes what a page
// shows — a page dictionary, the page tree, a content stream, a resource or
// font the pages use, an annotation added on top of the page (the "shadow
// attack" hides and replaces content exactly this way) — and changes to the
// document catalog, to fields a signature locked, or to a signature already
// made. Every object of a later revision is compared with the revision
// before it; an object written again unchanged is no change.

import { PdfReadError, PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfFile, type PdfValue } from '../pdf/index.js';

export type ChangeKind =
  /** a new or filled signature field, a signature dictionary */
  | 'signature'
  /** form field values and their appearances */
  | 'form'
  /** the document information dictionary or the XMP metadata */
  | 'metadata'
  /** a field a signature locked (its /Lock), or a signature field already signed */
  | 'locked-field'
  /** a field moved, resized or otherwise reshaped */
  | 'field-layout'
  /** a page, the page tree, a content stream or a resource a page uses */
  | 'page'
  /** an annotation added to or removed from a page (other than a signature field) */
  | 'annotation'
  /** the document catalog or the form dictionary beyond signature flags */
  | 'document'
  /** an object whose role agree cannot tell */
  | 'other';

export interface Change {
  /** 1-based revision number */
  revision: number;
  kind: ChangeKind;
  allowed: boolean;
  /** form fields involved (qualified names) */
  fields: string[];
  /** object numbers involved (the first MAX_LISTED of them) */
  objects: number[];
  /** how many objects, listed or not */
  count: number;
}

/** object numbers a change lists; the count says how many there were */
const MAX_LISTED = 100;

/**
 * How many objects of later revisions are compared with the revision before
 * them, for all signatures of a file together. An honest later revision (a
 * signature, a form filled in) changes a few dozen; a file that changes more
 * than this is not examined further — the rest counts as changed in a way
 * agree cannot tell, which is not allowed — so that a hostile file cannot
 * make agree load and compare millions of objects.
 */
const MAX_COMPARED = 50_000;

const ALLOWED: Record<ChangeKind, boolean> = {
  signature: true,
  form: true,
  metadata: true,
  'locked-field': false,
  'field-layout': false,
  page: false,
  annotation: false,
  document: false,
  other: false,
};

/** how many objects the walks of one verification may visit (page resources, field trees) */
const WALK_BUDGET = 2_000_000;

interface FieldInfo {
  name: string;
  /** field type, inherited: Tx, Btn, Ch, Sig */
  type: string | null;
}

interface RevisionView {
  /** object number → form field (fields and their widgets) */
  fields: Map<number, FieldInfo>;
  /** appearance stream object number → the field it belongs to */
  appearances: Map<number, FieldInfo>;
  /** objects that make up what pages show: page tree nodes, pages, contents, resources and all they reach */
  pageObjects: Set<number>;
  pageDicts: Set<number>;
  /** indirect /Annots arrays, by object number */
  annotArrays: Set<number>;
  catalog: number | null;
  acroForm: number | null;
  info: number | null;
  metadata: number | null;
}

/**
 * Deep equality of two values as read from two revisions (references by
 * number, streams by dictionary and raw bytes). Real numbers within 0.01 of
 * each other are equal: a viewer that saves a widget again writes its
 * rectangle with fewer decimals (MuPDF: 70.866142 → 70.86614), which moves
 * nothing anyone can see.
 */
export function sameValue(a: PdfValue | undefined, b: PdfValue | undefined, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 64) return false;
  if (typeof a === 'number' && typeof b === 'number') return !(Number.isInteger(a) && Number.isInteger(b)) && Math.abs(a - b) <= 0.01;
  if (a instanceof PdfRef && b instanceof PdfRef) return a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfName && b instanceof PdfName) return a.name === b.name;
  if (a instanceof PdfString && b instanceof PdfString) return Buffer.from(a.bytes).equals(Buffer.from(b.bytes));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i], depth + 1));
  if (a instanceof PdfStream && b instanceof PdfStream) return sameValue(a.dict, b.dict, depth + 1) && Buffer.from(a.raw).equals(Buffer.from(b.raw));
  if (a instanceof PdfDict && b instanceof PdfDict) {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !sameValue(value, b.get(key), depth + 1)) return false;
    return true;
  }
  return false;
}

/** keys whose values differ between two dictionaries */
function changedKeys(a: PdfDict, b: PdfDict): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => !sameValue(a.get(k), b.get(k)));
}

const dictOf = (v: PdfValue | undefined): PdfDict | null => (v instanceof PdfDict ? v : v instanceof PdfStream ? v.dict : null);
const nameOf = (v: PdfValue | undefined): string | null => (v instanceof PdfName ? v.name : null);

export class ChangeAnalysis {
  private readonly views = new Map<number, RevisionView>();
  private budget = WALK_BUDGET;
  /** per later revision: the objects it really changed (compared once, for every signature) */
  private readonly diffs = new Map<number, { changed: Array<{ num: number; before: PdfValue | undefined; after: PdfValue | undefined }>; unexamined: number[] }>();
  private compared = 0;

  constructor(private readonly pdf: PdfFile) {}

  private spend(): void {
    if (--this.budget < 0) throw new PdfReadError('too-large', `more than ${WALK_BUDGET} objects to compare between revisions`);
  }

  private safeAt(index: number, num: number): PdfValue | undefined {
    try {
      return this.pdf.objectAt(index, num);
    } catch (error) {
      if (error instanceof PdfReadError && error.code === 'damaged') return undefined;
      throw error;
    }
  }

  /** the file's structure as of revision `index`, walked once */
  view(index: number): RevisionView {
    const cached = this.views.get(index);
    if (cached) return cached;
    const pdf = this.pdf;
    const at = (v: PdfValue | undefined) => pdf.resolveAt(index, v);
    const numOf = (v: PdfValue | undefined) => (v instanceof PdfRef ? v.num : null);
    const rootRef = pdf.revisions[index]!.trailer.get('Root') ?? pdf.trailer.get('Root');
    const infoRef = pdf.revisions[index]!.trailer.get('Info') ?? pdf.trailer.get('Info');
    const catalog = dictOf(at(rootRef));
    const view: RevisionView = {
      fields: new Map(),
      appearances: new Map(),
      pageObjects: new Set(),
      pageDicts: new Set(),
      annotArrays: new Set(),
      catalog: numOf(rootRef),
      acroForm: numOf(catalog?.get('AcroForm')),
      info: numOf(infoRef),
      metadata: numOf(catalog?.get('Metadata')),
    };

    // the form field tree: names, inherited types, widgets and their appearance streams
    const acroForm = dictOf(at(catalog?.get('AcroForm')));
    const roots = at(acroForm?.get('Fields'));
    const seen = new Set<PdfValue>();
    const stack: Array<{ ref: PdfValue; parent: string; type: string | null; depth: number }> = [];
    if (Array.isArray(roots)) for (const r of roots) stack.push({ ref: r, parent: '', type: null, depth: 0 });
    while (stack.length > 0) {
      const { ref, parent, type, depth } = stack.pop()!;
      this.spend();
      const node = dictOf(at(ref));
      if (!node || seen.has(node) || depth > pdf.limits.maxDepth) continue;
      seen.add(node);
      const partial = at(node.get('T'));
      const qualified = partial instanceof PdfString ? (parent ? `${parent}.${partial.text()}` : partial.text()) : parent;
      const info: FieldInfo = { name: qualified, type: nameOf(at(node.get('FT'))) ?? type };
      const num = numOf(ref);
      if (num !== null) view.fields.set(num, info);
      const ap = dictOf(at(node.get('AP')));
      if (ap) {
        for (const key of ['N', 'R', 'D']) {
          const entry = ap.get(key);
          if (entry instanceof PdfRef) view.appearances.set(entry.num, info);
          const states = dictOf(at(entry));
          if (states && !(at(entry) instanceof PdfStream)) for (const [, s] of states) if (s instanceof PdfRef) view.appearances.set(s.num, info);
        }
      }
      const kids = at(node.get('Kids'));
      if (Array.isArray(kids)) for (const kid of kids) stack.push({ ref: kid, parent: qualified, type: info.type, depth: depth + 1 });
    }

    // the page tree and everything the pages draw with (not their annotations)
    const reach = (start: PdfValue | undefined) => {
      const todo: Array<{ value: PdfValue | undefined; depth: number }> = [{ value: start, depth: 0 }];
      while (todo.length > 0) {
        const { value, depth } = todo.pop()!;
        this.spend();
        if (depth > 256) continue;
        if (value instanceof PdfRef) {
          if (view.pageObjects.has(value.num)) continue;
          view.pageObjects.add(value.num);
          todo.push({ value: at(value), depth: depth + 1 });
        } else if (Array.isArray(value)) {
          for (const v of value) todo.push({ value: v, depth: depth + 1 });
        } else {
          const d = dictOf(value);
          // a font or image refers back to nothing a page shows through /Parent; an XObject's own resources it does
          if (d) for (const [key, v] of d) if (key !== 'Parent' && key !== 'StructParent' && key !== 'StructParents') todo.push({ value: v, depth: depth + 1 });
        }
      }
    };
    const pageStack: Array<{ ref: PdfValue | undefined; depth: number }> = [{ ref: catalog?.get('Pages'), depth: 0 }];
    const visitedPages = new Set<number>();
    while (pageStack.length > 0) {
      const { ref, depth } = pageStack.pop()!;
      this.spend();
      const num = numOf(ref);
      if (num !== null) {
        if (visitedPages.has(num)) continue;
        visitedPages.add(num);
        view.pageObjects.add(num);
      }
      const node = dictOf(at(ref));
      if (!node || depth > pdf.limits.maxDepth) continue;
      const kids = at(node.get('Kids'));
      if (nameOf(node.get('Type')) === 'Pages' || (Array.isArray(kids) && nameOf(node.get('Type')) !== 'Page')) {
        if (Array.isArray(kids)) for (const kid of kids) pageStack.push({ ref: kid, depth: depth + 1 });
        reach(node.get('Resources'));
        continue;
      }
      if (num !== null) view.pageDicts.add(num);
      for (const key of ['Contents', 'Resources', 'Group', 'MediaBox', 'CropBox']) reach(node.get(key));
      const annots = node.get('Annots');
      if (annots instanceof PdfRef) view.annotArrays.add(annots.num);
    }
    this.views.set(index, view);
    return view;
  }

  /** fields a signature's /Lock names, as of revision `index` (`all` for /Action /All) */
  lockedBy(index: number, signatureField: PdfDict): Set<string> | 'all' {
    const at = (v: PdfValue | undefined) => this.pdf.resolveAt(index, v);
    const lock = dictOf(at(signatureField.get('Lock')));
    if (!lock) return new Set();
    const action = nameOf(at(lock.get('Action')));
    const listed = at(lock.get('Fields'));
    const names = new Set<string>(Array.isArray(listed) ? listed.map((v) => at(v)).filter((v): v is PdfString => v instanceof PdfString).map((v) => v.text()) : []);
    if (action === 'All') return 'all';
    if (action === 'Exclude') {
      const all = new Set([...this.view(index).fields.values()].map((f) => f.name).filter((n) => !names.has(n)));
      return all;
    }
    return names;
  }

  /**
   * The changes of every revision after `signed` (0-based index of the
   * revision the signature covers). `locked`: field names no later revision
   * may change (the signature's own field included).
   */
  after(signed: number, locked: Set<string> | 'all'): Change[] {
    const pdf = this.pdf;
    const base = this.view(signed);
    const newest = this.view(pdf.revisions.length - 1);
    const changes: Change[] = [];
    const isLocked = (name: string) => locked === 'all' || locked.has(name);
    for (let k = signed + 1; k < pdf.revisions.length; k++) {
      const found = new Map<ChangeKind, { fields: Set<string>; objects: Set<number> }>();
      const note = (kind: ChangeKind, num: number, field?: string) => {
        let entry = found.get(kind);
        if (!entry) found.set(kind, (entry = { fields: new Set(), objects: new Set() }));
        entry.objects.add(num);
        if (field) entry.fields.add(field);
      };
      const previous = this.view(k - 1);
      const diff = this.diff(k);
      for (const { num, before, after } of diff.changed) this.classify(num, before, after, k, { base, previous, newest }, isLocked, note);
      for (const num of diff.unexamined) note('other', num);
      for (const [kind, entry] of found) {
        const objects = [...entry.objects].sort((a, b) => a - b);
        changes.push({ revision: k + 1, kind, allowed: ALLOWED[kind], fields: [...entry.fields].sort(), objects: objects.slice(0, MAX_LISTED), count: objects.length });
      }
    }
    return changes;
  }

  /** the objects revision `k` changed against revision k - 1 (written again unchanged, or bookkeeping: left out) */
  private diff(k: number): { changed: Array<{ num: number; before: PdfValue | undefined; after: PdfValue | undefined }>; unexamined: number[] } {
    const cached = this.diffs.get(k);
    if (cached) return cached;
    const revision = this.pdf.revisions[k]!;
    const result: { changed: Array<{ num: number; before: PdfValue | undefined; after: PdfValue | undefined }>; unexamined: number[] } = { changed: [], unexamined: [] };
    for (const num of [...revision.defines, ...revision.frees]) {
      if (++this.compared > MAX_COMPARED) {
        result.unexamined.push(num);
        continue;
      }
      const before = this.safeAt(k - 1, num);
      const after = this.safeAt(k, num);
      const afterType = nameOf(dictOf(after)?.get('Type'));
      // the file's own bookkeeping: cross-reference and object streams hold no content of their own
      if (afterType === 'XRef' || afterType === 'ObjStm') continue;
      if (sameValue(before, after)) continue;
      result.changed.push({ num, before, after });
    }
    this.diffs.set(k, result);
    return result;
  }

  private classify(
    num: number,
    before: PdfValue | undefined,
    after: PdfValue | undefined,
    k: number,
    views: { base: RevisionView; previous: RevisionView; newest: RevisionView },
    isLocked: (name: string) => boolean,
    note: (kind: ChangeKind, num: number, field?: string) => void,
  ): void {
    const { base, previous, newest } = views;
    const at = (v: PdfValue | undefined) => this.pdf.resolveAt(k, v);
    const d = dictOf(after);
    const type = nameOf(d?.get('Type'));
    const isSignatureValue = type === 'Sig' || type === 'DocTimeStamp' || Boolean(d?.has('ByteRange'));

    if (base.pageObjects.has(num) || previous.pageObjects.has(num)) {
      // a page's /Annots may grow by a signature field; anything else on a page is a page change
      if ((previous.pageDicts.has(num) || base.pageDicts.has(num)) && dictOf(before) && d) {
        const keys = changedKeys(dictOf(before)!, d);
        if (keys.length === 1 && keys[0] === 'Annots') return this.annotations(num, at(dictOf(before)!.get('Annots')), at(d.get('Annots')), k, newest, note);
      }
      return note('page', num);
    }
    if (previous.annotArrays.has(num)) return this.annotations(num, before, after, k, newest, note);

    if (before === undefined) {
      // a new object matters only through what refers to it, and that is an existing object changed
      if (isSignatureValue) note('signature', num);
      return;
    }
    if (num === previous.catalog) {
      const keys = dictOf(before) && d ? changedKeys(dictOf(before)!, d) : ['(removed)'];
      const other = keys.filter((key) => key !== 'AcroForm' && key !== 'DSS');
      if (other.length > 0) return note('document', num);
      if (keys.includes('AcroForm') && dictOf(at(d!.get('AcroForm'))) && dictOf(this.pdf.resolveAt(k - 1, dictOf(before)!.get('AcroForm')))) {
        return this.acroForm(num, dictOf(this.pdf.resolveAt(k - 1, dictOf(before)!.get('AcroForm')))!, dictOf(at(d!.get('AcroForm')))!, k, newest, note);
      }
      return;
    }
    if (num === previous.acroForm) {
      if (!dictOf(before) || !d) return note('document', num);
      return this.acroForm(num, dictOf(before)!, d, k, newest, note);
    }
    if (num === previous.info || num === previous.metadata) return note('metadata', num);
    if (isSignatureValue) return note('signature', num);

    const field = previous.fields.get(num) ?? newest.fields.get(num);
    if (field) {
      const keys = dictOf(before) && d ? changedKeys(dictOf(before)!, d) : ['(removed)'];
      const flagsOnlyReadOnly = () => {
        const a = this.pdf.resolveAt(k - 1, dictOf(before)!.get('Ff'));
        const b = at(d!.get('Ff'));
        return ((typeof a === 'number' ? a : 0) | 1) === ((typeof b === 'number' ? b : 0) | 1);
      };
      const wasSigned = field.type === 'Sig' && dictOf(before) !== null && this.pdf.resolveAt(k - 1, dictOf(before)!.get('V')) instanceof PdfDict;
      if (isLocked(field.name) || wasSigned) return note('locked-field', num, field.name);
      const valueKeys = keys.filter((key) => !['V', 'AP', 'AS', 'Lock', 'MK', 'DV'].includes(key) && !(key === 'Ff' && flagsOnlyReadOnly()));
      if (valueKeys.length > 0) return note('field-layout', num, field.name);
      return note(field.type === 'Sig' ? 'signature' : 'form', num, field.name);
    }
    const owner = previous.appearances.get(num);
    if (owner) {
      if (isLocked(owner.name) || owner.type === 'Sig') return note('locked-field', num, owner.name);
      return note('form', num, owner.name);
    }
    if (after === undefined && before instanceof PdfStream && nameOf(before.dict.get('Subtype')) === 'Form') return; // an unused appearance freed
    note('other', num);
  }

  private acroForm(num: number, before: PdfDict, after: PdfDict, k: number, newest: RevisionView, note: (kind: ChangeKind, num: number, field?: string) => void): void {
    const keys = changedKeys(before, after);
    for (const key of keys) {
      if (key === 'SigFlags' || key === 'DR' || key === 'DA' || key === 'NeedAppearances') continue;
      if (key === 'Fields') {
        const old = this.pdf.resolveAt(k - 1, before.get('Fields'));
        const now = this.pdf.resolveAt(k, after.get('Fields'));
        const oldList = Array.isArray(old) ? old : [];
        const newList = Array.isArray(now) ? now : [];
        const kept = oldList.every((o) => newList.some((n) => sameValue(o, n)));
        const added = newList.filter((n) => !oldList.some((o) => sameValue(o, n)));
        if (kept && added.every((a) => a instanceof PdfRef && newest.fields.get(a.num)?.type === 'Sig')) {
          if (added.length > 0) note('signature', num);
          continue;
        }
      }
      note('document', num);
    }
  }

  private annotations(num: number, before: PdfValue | undefined, after: PdfValue | undefined, k: number, newest: RevisionView, note: (kind: ChangeKind, num: number, field?: string) => void): void {
    const oldList = Array.isArray(before) ? before : [];
    const newList = Array.isArray(after) ? after : [];
    const kept = oldList.every((o) => newList.some((n) => sameValue(o, n)));
    const added = newList.filter((n) => !oldList.some((o) => sameValue(o, n)));
    const signatureWidgets = added.every((a) => {
      if (!(a instanceof PdfRef)) return false;
      const field = newest.fields.get(a.num);
      const widget = dictOf(this.pdf.resolveAt(k, a));
      return field?.type === 'Sig' && nameOf(widget?.get('Subtype')) === 'Widget';
    });
    if (kept && signatureWidgets) {
      if (added.length > 0) note('signature', num, newest.fields.get((added[0] as PdfRef).num)?.name);
      return;
    }
    note('annotation', num);
  }
}
