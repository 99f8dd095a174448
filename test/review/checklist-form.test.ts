// The Dithmarschen checklist filled in the way partners fill it in: with
// MuPDF (choose a status, then another; type into a field; save
// incrementally) and with pdf.js (what Firefox saves), then read back with
// pdf.js and MuPDF as a separate reader would.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { reviewChecklist } from '../../src/review/index.js';
import { hasTool, loadPdf } from '../pdf/helpers.js';
import { example } from './helpers.js';

const TODAY = '2026-11-26';
const TYPED = 'Gülşen Yılmaz, Ольга Петрова, محمد العلي, Łódź, „12 €“';

let doc: Agreement;
let bytes: Buffer;
let dir: string;

beforeAll(async () => {
  doc = await example('examples/dithmarschen.yaml', TODAY);
  bytes = (await reviewChecklist(doc, { format: 'pdf', today: TODAY })).data as Buffer;
  dir = mkdtempSync(join(tmpdir(), 'agree-form-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(data: Buffer | Uint8Array): mupdf.PDFDocument {
  return mupdf.Document.openDocument(data, 'application/pdf') as mupdf.PDFDocument;
}

function widgets(m: mupdf.PDFDocument, name: string): mupdf.PDFWidget[] {
  const out: mupdf.PDFWidget[] = [];
  for (let p = 0; p < m.countPages(); p++) out.push(...m.loadPage(p).getWidgets().filter((w) => w.getName() === name));
  return out;
}

/** the state a radio button stands for: its appearance other than Off */
function stateOf(w: mupdf.PDFWidget): string {
  const states: string[] = [];
  w.getObject().get('AP', 'N').forEach((_, key) => states.push(String(key)));
  return states.find((s) => s !== 'Off')!;
}

function choose(m: mupdf.PDFDocument, name: string, state: string): void {
  const w = widgets(m, name).find((x) => stateOf(x) === state);
  if (!w) throw new Error(`${name} has no button ${state}`);
  w.toggle();
  w.update();
}

function save(m: mupdf.PDFDocument): Buffer {
  return Buffer.from(m.saveToBuffer('incremental').asUint8Array());
}

/** the radio buttons pdf.js reads for a group: value and the state each stands for */
async function group(data: Buffer, name: string): Promise<Array<{ value: string; exportValues: string }>> {
  const pdf = await loadPdf(data);
  return (pdf.fields[name] ?? []).filter((f) => f.type === 'radiobutton') as unknown as Array<{ value: string; exportValues: string }>;
}

describe('the Dithmarschen checklist as a form', () => {
  it('gives every widget a printable /N appearance and nothing else (PDF/A-2), and needs no NeedAppearances', () => {
    const m = open(bytes);
    expect(m.getTrailer().get('Root', 'AcroForm', 'NeedAppearances').isNull()).toBe(true);
    let count = 0;
    for (let p = 0; p < m.countPages(); p++) {
      for (const w of m.loadPage(p).getWidgets()) {
        const obj = w.getObject();
        const kinds: string[] = [];
        obj.get('AP').forEach((_, key) => kinds.push(String(key)));
        expect(kinds, w.getName()).toEqual(['N']);
        expect(obj.get('F').asNumber() & 4, w.getName()).toBe(4);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe('filling in the Dithmarschen checklist', () => {
  it('choosing a status and then another leaves one value in the group and one button on', async () => {
    const [first, second] = listTasks(doc);
    const name = `task.${first!.id}.status`;
    const m = open(bytes);
    choose(m, name, 'partial');
    choose(m, name, 'notFulfilled');
    choose(m, `question.contactsCurrent.answer`, 'no');
    choose(m, 'decision.choice', 'amend');
    const filled = save(m);
    // an incremental save: the original bytes are kept, changes appended
    expect(filled.subarray(0, bytes.length).equals(bytes)).toBe(true);

    const buttons = await group(filled, name);
    expect(buttons.map((b) => b.exportValues)).toEqual(['fulfilled', 'partial', 'notFulfilled', 'notApplicable']);
    expect(new Set(buttons.map((b) => b.value))).toEqual(new Set(['notFulfilled']));
    expect(new Set((await group(filled, `task.${second!.id}.status`)).map((b) => b.value))).toEqual(new Set(['Off']));
    expect(new Set((await group(filled, 'question.contactsCurrent.answer')).map((b) => b.value))).toEqual(new Set(['no']));
    expect(new Set((await group(filled, 'decision.choice')).map((b) => b.value))).toEqual(new Set(['amend']));

    // read again from the saved bytes: exactly one widget of the group shows "on"
    const again = open(filled);
    const on = widgets(again, name).map((w) => w.getObject().get('AS').asName());
    expect(on.filter((s) => s !== 'Off')).toEqual(['notFulfilled']);
    expect(widgets(again, 'decision.choice').map((w) => w.getObject().get('AS').asName())).toEqual(['Off', 'amend', 'Off']);

    if (hasTool('qpdf')) {
      const path = join(dir, 'radio.pdf');
      writeFileSync(path, filled);
      const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
      expect(r.stdout).toContain('No syntax or stream encoding errors');
    }
  });

  it('keeps what is typed into a field, in any script, as the field value', async () => {
    const m = open(bytes);
    const [participants] = widgets(m, 'review.participants');
    participants!.setTextValue(TYPED);
    participants!.update();
    const filled = save(m);
    const pdf = await loadPdf(filled);
    expect(pdf.fields['review.participants']![0]!.value).toBe(TYPED);
    // the identity survives the save, still read-only
    expect(pdf.fields['agree.checklist']![0]).toMatchObject({ editable: false });
    expect(String(pdf.fields['agree.checklist']![0]!.value)).toMatch(/^agree-review-checklist\/1 agreement=dithmarschen /);
  });

  it('a viewer that draws typed text with the /DA font (pdf.js, as in Firefox) shows every name', async () => {
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const annotations = (await (await pdf.getPage(1)).getAnnotations()) as Array<{ id: string; fieldName?: string }>;
    const field = annotations.find((a) => a.fieldName === 'review.participants')!;
    pdf.annotationStorage.setValue(field.id, { value: TYPED });
    const filled = Buffer.from(await pdf.saveDocument());
    await pdf.destroy();
    // pdf.js falls back to /NeedAppearances (which PDF/A forbids) when the /DA font cannot show a character
    expect(filled.toString('latin1')).not.toContain('/NeedAppearances');
    const m = open(filled);
    const [participants] = widgets(m, 'review.participants');
    const ap = participants!.getObject().get('AP', 'N');
    expect(Buffer.from(ap.readStream().asUint8Array()).toString('latin1')).toContain('/FieldFont');
    expect(ap.get('Resources', 'Font', 'FieldFont', 'BaseFont').asName()).toBe('AGREEF+DejaVuSans');
    // the text its appearance draws, read back through the font's ToUnicode
    const shown = participants!.toDisplayList().toStructuredText('preserve-whitespace').asText().normalize('NFKC');
    for (const name of ['Gülşen Yılmaz', 'Ольга Петрова', 'Łódź', '„12 €“']) expect(shown).toContain(name);
    // Arabic comes out in visual (right-to-left) order, as drawn
    const arabic = (s: string) => [s, [...s].reverse().join('')];
    expect(arabic('محمد').some((s) => shown.includes(s)), shown).toBe(true);
    expect(arabic('العلي').some((s) => shown.includes(s)), shown).toBe(true);
    expect(shown).not.toContain('\uFFFD');
  });
});
