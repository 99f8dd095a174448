// The checklist filled the way partners fill it: in MuPDF (a real viewer
// engine), saved incrementally in two sessions, and with pdftk fill_form.
// Values must come back exactly, revision by revision.

import { describe, expect, it } from 'vitest';
import { openPdf, readFormFields, type FormField } from '../../src/pdf/index.js';
import { NAMES, asPdfjs, checklistPdf, hasTool, pdfjsFields, qpdf, runTool, fillWithMupdf } from './helpers.js';

function byName(fields: FormField[]): Map<string, FormField> {
  return new Map(fields.map((f) => [f.name, f]));
}

/** two sessions: text everywhere and "fulfilled" ticked, then a date, a change of mind and more ticks */
async function filledTwice(original: Buffer) {
  const textValues = new Map<string, string>();
  const first = await fillWithMupdf(original, (widget) => {
    const name = widget.getName();
    if (widget.getFieldType() === 'text' && name !== 'review.date') {
      const value = `${NAMES} (${textValues.size + 1})`;
      textValues.set(name, value);
      widget.setTextValue(value);
      return true;
    }
    if (name.endsWith('.fulfilled')) {
      widget.toggle();
      return true;
    }
    return false;
  });
  const second = await fillWithMupdf(first, (widget) => {
    const name = widget.getName();
    if (name === 'review.date') {
      widget.setTextValue('26.11.2026');
      return true;
    }
    // a change of mind: "fulfilled" off again, "partial" on instead
    if (name === 'task.erstberatung.fulfilled' || name === 'task.erstberatung.partial') {
      widget.toggle();
      return true;
    }
    return false;
  });
  textValues.set('review.date', '26.11.2026');
  return { first, second, textValues };
}

describe('filled in MuPDF, saved incrementally twice', () => {
  it('reads every value back exactly and keeps the three revisions apart', async () => {
    const original = await checklistPdf();
    const { first, second, textValues } = await filledTwice(original);
    const t0 = performance.now();
    const pdf = openPdf(second);
    const fields = readFormFields(pdf);
    const ms = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      readFormFields(openPdf(second));
      warm.push(performance.now() - start);
    }
    warm.sort((a, b) => a - b);
    console.log(
      `open + read ${fields.length} fields of the filled checklist (${second.length} bytes, 3 revisions): ` +
        `${ms.toFixed(1)} ms first, ${warm[2]!.toFixed(1)} ms median of 5 more`,
    );

    expect(pdf.repaired).toBe(false);
    expect(pdf.revisions).toHaveLength(3);
    expect(pdf.revisions.map((r) => r.end)).toEqual([original.length, first.length, second.length]);
    expect(Buffer.from(pdf.bytes.subarray(0, pdf.revisions[0]!.end)).equals(original)).toBe(true);

    const fieldMap = byName(fields);
    for (const [name, value] of textValues) expect(fieldMap.get(name)?.value, name).toBe(value);
    expect(fieldMap.get('review.participants')!.value).toBe(`${NAMES} (1)`);
    const ticked = fields.filter((f) => f.type === 'checkbox' && f.value !== null).map((f) => f.name);
    const fulfilled = fields.filter((f) => f.name.endsWith('.fulfilled')).map((f) => f.name);
    expect(ticked.sort()).toEqual([...fulfilled.filter((n) => n !== 'task.erstberatung.fulfilled'), 'task.erstberatung.partial'].sort());
    expect(fieldMap.get('task.erstberatung.partial')).toMatchObject({ value: 'Yes', widgets: [{ state: 'Yes' }] });
    expect(fieldMap.get('task.erstberatung.fulfilled')).toMatchObject({ value: null, widgets: [{ state: 'Off' }] });

    // what each session changed, and how the fields looked before
    const participants = fieldMap.get('review.participants')!.ref!;
    expect(pdf.revisions[1]!.defines).toContain(participants.num);
    expect(pdf.revisions[2]!.defines).not.toContain(participants.num);
    const before = pdf.objectAt(0, participants.num);
    const after = pdf.objectAt(1, participants.num);
    expect(before).not.toBe(after);
    const atFirst = byName(readFormFields(openPdf(second.subarray(0, pdf.revisions[1]!.end))));
    expect(atFirst.get('review.date')!.value).toBe('');
    expect(atFirst.get('task.erstberatung.fulfilled')!.value).toBe('Yes');

    expect(asPdfjs(fields)).toEqual(await pdfjsFields(second));
    expect(ms).toBeLessThan(1000);
  });

  it.skipIf(!hasTool('qpdf'))('reads the same values after qpdf rewrites the filled file with object streams', async () => {
    const { second } = await filledTwice(await checklistPdf());
    const rewritten = qpdf(second, '--object-streams=generate');
    const a = readFormFields(openPdf(second)).map((f) => [f.name, f.value]);
    const b = readFormFields(openPdf(rewritten)).map((f) => [f.name, f.value]);
    expect(b).toEqual(a);
    expect(openPdf(rewritten).revisions).toHaveLength(1);
  });
});

describe.skipIf(!hasTool('pdftk'))('filled with pdftk fill_form (skipped without pdftk)', () => {
  it('reads the XFDF values back', async () => {
    const xfdf = `<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>
<field name="review"><field name="participants"><value>${NAMES}</value></field><field name="date"><value>26.11.2026</value></field></field>
<field name="task"><field name="erstberatung"><field name="partial"><value>Yes</value></field></field></field>
</fields></xfdf>`;
    const filled = runTool('pdftk', ['{in}', 'fill_form', '{data.xfdf}', 'output', '{out}'], await checklistPdf(), { 'data.xfdf': Buffer.from(xfdf, 'utf8') });
    const fields = byName(readFormFields(openPdf(filled)));
    expect(fields.get('review.participants')!.value).toBe(NAMES);
    expect(fields.get('review.date')!.value).toBe('26.11.2026');
    expect(fields.get('task.erstberatung.partial')!.value).toBe('Yes');
    expect(fields.get('task.erstberatung.fulfilled')!.value).toBeNull();
    expect(asPdfjs([...fields.values()])).toEqual(await pdfjsFields(filled));
  });
});
