// Form fields in the shapes viewers and other tools write them, each
// compared with what pdf.js reads from the same file where pdf.js has an
// opinion: inherited values and types, widgets as kids or merged into the
// field, radio groups, check boxes known only by their appearance state,
// names with #xx escapes, values as UTF-16, streams, 1 MB of text.

import { describe, expect, it } from 'vitest';
import { openPdf, readFormFields, type FormField } from '../../src/pdf/index.js';
import { asPdfjs, buildPdf, pdfjsFields, stream, type Body } from './helpers.js';

const PAGES = '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>';
const box = (states: string) => `/AP << /N << ${states} >> /D << ${states} >> >>`;

/** a catalog whose /Fields are `fields`, two pages whose /Annots are given */
function formFile(fields: string, annots: [string, string], objects: Record<number, Body>): Buffer {
  return buildPdf({
    1: `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fields}] >> >>`,
    2: PAGES,
    3: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Annots [${annots[0]}] >>`,
    4: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Annots [${annots[1]}] >>`,
    ...objects,
  });
}

function fields(file: Buffer): Map<string, FormField> {
  return new Map(readFormFields(openPdf(file)).map((f) => [f.name, f]));
}

describe('names, inheritance, kids', () => {
  const file = formFile('10 0 R 20 0 R', ['11 0 R 12 0 R 21 0 R', '13 0 R'], {
    // a parent that holds type, flags and value for its kids
    10: '<< /T (person) /FT /Tx /Ff 1 /V (inherited) /Kids [11 0 R 14 0 R] >>',
    11: '<< /T (name) /Parent 10 0 R /Subtype /Widget /Rect [300 20 10 40] /P 3 0 R >>',
    14: '<< /T (address) /Parent 10 0 R /V <feff004b00f6006c006e> /Ff 0 /Kids [12 0 R 13 0 R] >>',
    // one field, two widgets on two pages: kids without /T are widgets
    12: '<< /Parent 14 0 R /Subtype /Widget /Rect [10 50 100 70] >>',
    13: '<< /Parent 14 0 R /Subtype /Widget /Rect [10 80 100 100] >>',
    // a top-level field merged with its widget, text in UTF-16 with escapes in the name
    20: '<< /T <feff00dc0062006500720073006900630068007400> /FT /Tx /V (x\\(y\\)) /Subtype /Widget /Rect [0 0 1 1] >>',
    21: '<< /Subtype /Widget /Rect [5 5 6 6] >>',
  });

  it('joins partial names with dots and inherits /FT, /Ff and /V', () => {
    const f = fields(file);
    expect([...f.keys()]).toEqual(['person.name', 'person.address', 'Übersicht']);
    expect(f.get('person.name')).toMatchObject({ type: 'text', value: 'inherited', readOnly: true });
    expect(f.get('person.address')).toMatchObject({ type: 'text', value: 'Köln', readOnly: false });
    expect(f.get('Übersicht')!.value).toBe('x(y)');
  });

  it('tells widgets from fields among the kids, and finds their pages through /Annots', () => {
    const f = fields(file);
    expect(f.get('person.address')!.widgets.map((w) => w.page)).toEqual([0, 1]);
    expect(f.get('person.name')!.widgets).toEqual([{ page: 0, rect: [10, 20, 300, 40], state: null }]);
    // a widget listed on no page has page null
    expect(f.get('Übersicht')!.widgets[0]!.page).toBeNull();
    expect(f.get('person.name')!.ref).toMatchObject({ num: 11, gen: 0 });
  });

  it('agrees with pdf.js', async () => {
    expect(asPdfjs(readFormFields(openPdf(file)))).toEqual(await pdfjsFields(file));
  });
});

describe('check boxes and radio buttons', () => {
  const file = formFile('30 0 R 40 0 R 50 0 R 60 0 R', ['31 0 R 32 0 R 33 0 R 41 0 R', '50 0 R 61 0 R'], {
    // a radio group: the value on the parent, each widget with its own on-state
    30: '<< /T (decision) /FT /Btn /Ff 49152 /V /amend /Kids [31 0 R 32 0 R 33 0 R] >>',
    31: `<< /Parent 30 0 R /Subtype /Widget /Rect [0 0 10 10] /AS /Off ${box('/keep 90 0 R /Off 90 0 R')} >>`,
    32: `<< /Parent 30 0 R /Subtype /Widget /Rect [20 0 30 10] /AS /amend ${box('/amend 90 0 R /Off 90 0 R')} >>`,
    33: `<< /Parent 30 0 R /Subtype /Widget /Rect [40 0 50 10] /AS /Off ${box('/end 90 0 R /Off 90 0 R')} >>`,
    // a check box whose on-state has an escaped space, known to be on only by /AS (no /V)
    40: '<< /T (consent) /FT /Btn /Kids [41 0 R] >>',
    41: `<< /Parent 40 0 R /Subtype /Widget /Rect [0 20 10 30] /AS /Ja#20bitte ${box('/Ja#20bitte 90 0 R /Off 90 0 R')} >>`,
    // /V /Off and /AS /Off: off
    50: `<< /T (off) /FT /Btn /V /Off /AS /Off /Subtype /Widget /Rect [0 40 10 50] ${box('/Yes 90 0 R /Off 90 0 R')} >>`,
    // a push button has no value
    60: '<< /T (print) /FT /Btn /Ff 65536 /Kids [61 0 R] >>',
    61: '<< /Parent 60 0 R /Subtype /Widget /Rect [0 60 40 70] >>',
    90: stream('/Subtype /Form /BBox [0 0 10 10]', ''),
  });

  it('reads the on-state from /V, else from the widget whose /AS is on', () => {
    const f = fields(file);
    expect(f.get('decision')).toMatchObject({ type: 'radio', value: 'amend', states: ['keep', 'amend', 'end'] });
    expect(f.get('decision')!.widgets.map((w) => w.state)).toEqual(['Off', 'amend', 'Off']);
    expect(f.get('consent')).toMatchObject({ type: 'checkbox', value: 'Ja bitte', states: ['Ja bitte'] });
    expect(f.get('off')).toMatchObject({ type: 'checkbox', value: null, states: ['Yes'] });
    expect(f.get('off')!.widgets[0]!.page).toBe(1);
    expect(f.get('print')).toMatchObject({ type: 'pushbutton', value: null, states: [] });
  });

  it('agrees with pdf.js on types and values', async () => {
    const ours = asPdfjs(readFormFields(openPdf(file)));
    const theirs = await pdfjsFields(file);
    // pdf.js reports no value for push buttons, and reads a check box without /V from /AS too
    expect(ours).toEqual(new Map([...theirs].map(([name, v]) => [name, name === 'print' ? { ...v, value: null } : v])));
  });
});

describe('values as other tools write them', () => {
  it('reads a value written as a stream, 1 MB of text, control characters and choice fields', () => {
    const long = 'Beratung '.repeat(120_000);
    const file = formFile('70 0 R 71 0 R 72 0 R 73 0 R 74 0 R', ['', ''], {
      70: `<< /T (notes) /FT /Tx /V 80 0 R >>`,
      80: stream('', 'aus einem Strom'),
      71: `<< /T (long) /FT /Tx /V (${long}) >>`,
      72: '<< /T (control) /FT /Tx /V (a\\001b\\033c\\rd) >>',
      73: '<< /T (district) /FT /Ch /Ff 131072 /Opt [(Kiel) (Flensburg)] /V (Kiel) >>',
      74: '<< /T (districts) /FT /Ch /Ff 2097152 /V [(Kiel) (Flensburg)] >>',
    });
    const f = fields(file);
    expect(f.get('notes')!.value).toBe('aus einem Strom');
    expect(f.get('long')!.value).toBe(long);
    expect(f.get('long')!.value!.length).toBeGreaterThan(1_000_000);
    expect(f.get('control')!.value).toBe('a\u0001b\u02d9c\rd');
    expect(f.get('district')).toMatchObject({ type: 'choice', value: 'Kiel' });
    expect(f.get('districts')!.value).toBe('Kiel\nFlensburg');
  });

  it('reads a signature field and an empty form', () => {
    const signed = formFile('75 0 R', ['75 0 R', ''], { 75: '<< /T (sig) /FT /Sig /Subtype /Widget /Rect [0 0 100 30] /V << /Type /Sig >> >>' });
    expect(fields(signed).get('sig')).toMatchObject({ type: 'signature', value: null, widgets: [{ page: 0 }] });
    expect(readFormFields(openPdf(buildPdf({ 1: '<< /Type /Catalog /Pages 2 0 R >>', 2: '<< /Type /Pages /Kids [] /Count 0 >>' })))).toEqual([]);
  });
});
