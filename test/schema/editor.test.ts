// What a coordinator sees in VS Code: yaml-language-server 1.18 (the engine of
// VS Code's YAML extension), driven over stdio like the editor drives it, on
// every example, every file agree init writes, the results skeletons and broken
// variants. The editor must agree with agree check, complete what is missing and
// explain keys and values in German and English.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { validate as agreeSchemaStep } from '../../src/check/schema.js';
import { checkFile } from '../../src/check/engine.js';
import { LanguageServer, markup, serverPath, type CompletionItem, type Diagnostic } from './language-server.js';
import {
  agreementSchema,
  agreeValue,
  exampleDocuments,
  fixtureDocuments,
  initDocuments,
  removeScratch,
  root,
  skeletonDocuments,
  variants,
  withSchema,
  type TextDocument,
} from './documents.js';

const installed = serverPath() !== undefined;
if (!installed) console.warn('test/schema/editor.test.ts skipped: yaml-language-server is not installed (it is a devDependency: npm install)');

const PROPERTY = 10; // CompletionItemKind.Property

const CURSOR = '<|>';

/** A document with CURSOR where the cursor is. */
function cursorAt(textWithCursor: string): { text: string; line: number; character: number } {
  const at = textWithCursor.indexOf(CURSOR);
  if (at < 0) throw new Error('no cursor in the document');
  const before = textWithCursor.slice(0, at).split('\n');
  return { text: textWithCursor.slice(0, at) + textWithCursor.slice(at + CURSOR.length), line: before.length - 1, character: before.at(-1)!.length };
}

/** A snippet as inserted with every placeholder left at its default (choices: the first). */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '');
}

const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);

// The server validates a document 200 ms after it changes (validationDelayMs,
// as in VS Code), and most of this file's time was spent waiting for that: the
// tests run concurrently (each opens documents of its own), and so do the
// documents a test opens together.
describe.skipIf(!installed).concurrent('the editor (yaml-language-server over stdio)', () => {
  let server: LanguageServer;
  let opened = 0;
  /**
   * opens a document at `path` (it need not exist: only its folder matters, for
   * relative modelines), under a URI of its own, so that concurrent tests never
   * edit each other's documents
   */
  const open = (text: string, path?: string) => {
    const n = ++opened;
    const uri = pathToFileURL(path ?? join(root, 'test/schema/.generated', `doc-${n}.yaml`)).href.replace(/\.yaml$/, `-${n}.yaml`);
    return server.open(uri, text).then((diagnostics) => ({ uri, diagnostics }));
  };
  const completeAt = async (textWithCursor: string, path?: string): Promise<CompletionItem[]> => {
    const { text, line, character } = cursorAt(textWithCursor);
    const { uri } = await open(text, path);
    return server.completion(uri, line, character);
  };

  beforeAll(async () => {
    server = new LanguageServer();
    await server.start(root);
  });
  afterAll(async () => {
    await server?.stop();
    removeScratch();
  });

  describe('shows nothing on files agree check finds clean', () => {
    const expectClean = async (doc: TextDocument) => {
      const value = await agreeValue(doc);
      expect(agreeSchemaStep(doc.schema === 'agreement' ? 'agreement' : 'review-results', value), `${doc.name}: agree check`).toEqual([]);
      const { diagnostics } = await open(doc.text, doc.path);
      expect(shown(diagnostics), `${doc.name}: editor`).toEqual([]);
    };

    it.each(exampleDocuments().map((d) => [d.name, d] as const))('example %s (its own modeline)', async (_name, doc) => {
      // the whole check, rules included: the examples are what coordinators copy
      const checked = await checkFile(doc.path, { cwd: root, lang: 'en', today: '2026-06-01' });
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      await expectClean(doc);
    });

    it('every file agree init writes, for each model and language', async () => {
      const docs = await initDocuments();
      expect(docs).toHaveLength(8);
      await Promise.all(docs.map(expectClean));
    });

    it('the results skeleton of every example, and the test fixtures', async () => {
      await Promise.all([...(await skeletonDocuments()), ...fixtureDocuments()].map(expectClean));
    });
  });

  it.each(variants.map((v) => [v.name, v] as const))('gives the verdict of agree check on: %s', async (_name, variant) => {
    const { diagnostics } = await open(withSchema(variant.text, variant.schema));
    expect(diagnostics.length > 0, shown(diagnostics).join('; ')).toBe(!variant.valid);
  });

  describe('messages', () => {
    const minimal = readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8');
    const diagnosticsOf = async (text: string) => (await open(text, join(root, 'examples', 'edited.yaml'))).diagnostics;
    const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment));

    it('a misspelt key is reported at the key', async () => {
      const text = minimal.replace(/^district:/m, 'distrct:');
      const ds = await diagnosticsOf(text);
      expect(ds.find((d) => d.message === 'Property distrct is not allowed.')?.range.start.line).toBe(lineOf(text, 'distrct:'));
    });

    it('a wrong type is reported at the value', async () => {
      const text = minimal.replace(/intervalMonths: 12/, 'intervalMonths: zwölf');
      const ds = await diagnosticsOf(text);
      expect(ds).toHaveLength(1);
      expect(ds[0]!.message).toBe('Incorrect type. Expected "integer".');
      expect(ds[0]!.range.start.line).toBe(lineOf(text, 'zwölf'));
    });

    it('ids, postal codes and dates are explained in both languages, not as regular expressions', async () => {
      const text = minimal
        .replace(/^id: dithmarschen$/m, 'id: Plön')
        .replace(/postalCode: "25704"/, 'postalCode: 25704')
        .replace(/^version: .*$/m, 'version: 2026-02-30');
      const messages = (await diagnosticsOf(text)).map((d) => d.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Kennung: nur Kleinbuchstaben.*ploen statt Plön — Id: lowercase letters.*ploen instead of Plön$/),
          expect.stringMatching(/^Postleitzahl in Anführungszeichen schreiben, z\. B\. "24103".* — Write the postal code in quotes/),
          expect.stringMatching(/^Datum als JJJJ-MM-TT.* — Date as YYYY-MM-DD/),
        ]),
      );
      expect(messages.filter((m) => m.includes('pattern') || m.includes('^'))).toEqual([]);
    });
  });

  describe('completion and hover on examples/districts/kiel.yaml', () => {
    const kielPath = join(root, 'examples/districts/kiel.yaml');
    const kiel = readFileSync(kielPath, 'utf8');
    const schema = JSON.parse(readFileSync(agreementSchema, 'utf8')) as { properties: Record<string, unknown> };

    it('a new top-level line offers exactly the keys the file does not have yet, and kind as agreement', async () => {
      const items = await completeAt(`${kiel}\n${CURSOR}`, kielPath);
      const present = Object.keys(parse(kiel) as object);
      const missing = Object.keys(schema.properties).filter((k) => !present.includes(k));
      expect(missing).toEqual(expect.arrayContaining(['purpose', 'sharedTasks', 'dataFlows', 'kind']));
      expect(items.filter((i) => i.kind === PROPERTY).map((i) => i.label).sort()).toEqual(missing.sort());
      // nothing suggests the informal profile: kind's default is agreement
      for (const item of items) expect(item.insertText ?? item.textEdit?.newText ?? '', item.label).not.toMatch(/informal/);
      const kind = items.find((i) => i.label === 'kind')!;
      expect(markup(kind.documentation)).toContain('kind: agreement');
    });

    it('kind: offers both values with what they mean', async () => {
      const items = await completeAt(`${kiel}\nkind: ${CURSOR}`, kielPath);
      const doc = Object.fromEntries(items.map((i) => [i.label, markup(i.documentation)]));
      expect(doc.agreement).toMatch(/schriftliche Vereinbarung.*Standard.* — \*written agreement\*.*default/);
      expect(doc.informal).toMatch(/Kooperationsprofil.* — \*cooperation profile\*/);
    });

    it('frequency: offers its values, each with its own label in German and English', async () => {
      const items = await completeAt(`${kiel}sharedTasks:\n  - text: Fallkonferenz\n    frequency: ${CURSOR}\n`, kielPath);
      const doc = Object.fromEntries(items.map((i) => [i.label, markup(i.documentation)]));
      expect(Object.keys(doc).sort()).toEqual(['annual', 'asNeeded', 'monthly', 'once', 'quarterly', 'semiannual']);
      expect(doc.quarterly).toBe('**vierteljährlich** — quarterly');
      expect(doc.semiannual).toBe('**halbjährlich** — twice a year');
      // a label, not the property's description again
      expect(new Set(Object.values(doc)).size).toBe(6);
    });

    it('hover on sharedTasks shows the description in German and in English, on separate lines, with an example', async () => {
      const text = `${kiel}sharedTasks:\n  - text: Fallkonferenz\n`;
      const { uri } = await open(text, kielPath);
      const hover = await server.hover(uri, text.split('\n').findIndex((l) => l.startsWith('sharedTasks:')), 3);
      const value = markup(hover?.contents);
      expect(value).toContain('#### Gemeinsame Aufgaben / Shared tasks');
      expect(value).toMatch(/^Gemeinsame Aufgaben aller Partner$/m);
      expect(value).toMatch(/^Tasks the partners carry out together$/m);
      expect(value).toContain('```yaml\nsharedTasks:\n  - text:');
    });
  });

  describe('snippets', () => {
    const base = readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8');
    const path = join(root, 'examples', 'edited.yaml');

    /** the snippet offered at the cursor, inserted with its defaults: the file must still be YAML */
    async function insertSnippet(textWithCursor: string, label: RegExp): Promise<string> {
      const items = await completeAt(textWithCursor, path);
      const snippet = items.find((i) => label.test(i.label));
      expect(snippet, `offered: ${items.map((i) => i.label).join(', ')}`).toBeDefined();
      const { text, line } = cursorAt(textWithCursor);
      const lines = text.split('\n');
      // the editor indents the lines after the first like the line the snippet starts on
      const indent = /^\s*/.exec(lines[line]!)![0];
      const inserted = expand(snippet!.insertText ?? snippet!.textEdit!.newText).split('\n').join(`\n${indent}`);
      lines[line] = lines[line] + inserted;
      const result = lines.join('\n');
      expect(parseDocument(result).errors.map((e) => e.message)).toEqual([]);
      return result;
    }

    it('a partner, with the postal code still a string', async () => {
      const text = await insertSnippet(base.replace(/^partners:\n/m, `partners:\n  - ${CURSOR}\n`), /^Partner mit Anschrift/);
      const partner = (parse(text) as { partners: Array<{ address: { postalCode: unknown }; id: string }> }).partners[0]!;
      expect(partner.address.postalCode).toBe('12345');
      expect(partner.id).toBe('kennung');
    });

    it('a task with an id, a shared task, two kinds of data flow', async () => {
      await insertSnippet(base.replace(/^ {6}- text: Erstberatung und Klärung/m, `      - ${CURSOR}\n      - text: Erstberatung und Klärung`), /^Aufgabe mit Kennung/);
      const shared = await insertSnippet(base.replace(/^sharedTasks:\n/m, `sharedTasks:\n  - ${CURSOR}\n`), /^Gemeinsame Aufgabe/);
      expect((parse(shared) as { sharedTasks: Array<{ frequency: string }> }).sharedTasks[0]!.frequency).toBe('once');
      for (const label of [/^Datenfluss mit Einwilligung/, /^Datenfluss mit gesetzlicher Befugnis/]) {
        const text = await insertSnippet(base.replace(/^dataFlows:\n/m, `dataFlows:\n  - ${CURSOR}\n`), label);
        // a complete data flow: the only thing left to fill in are the ids
        const { diagnostics } = await open(text, path);
        expect(shown(diagnostics)).toEqual([]);
      }
    });
  });

  describe('connecting a file to the schema from anywhere', () => {
    const kiel = readFileSync(join(root, 'examples/districts/kiel.yaml'), 'utf8');
    const withoutModeline = kiel.replace(/^# yaml-language-server: .*\n/, '');
    const messages = (ds: Diagnostic[]) => ds.map((d) => d.message);

    it('a copy one folder deeper loses the relative first line; a file URL or an absolute path works at any depth', async () => {
      const deeper = await open(kiel, join(root, 'examples/districts/deeper/kiel.yaml'));
      expect(messages(deeper.diagnostics)).toEqual([expect.stringMatching(/^Unable to load schema/)]);
      for (const target of [pathToFileURL(agreementSchema).href, agreementSchema]) {
        const text = kiel.replace(/^(# yaml-language-server: \$schema=)\S+/, `$1${target}`);
        const elsewhere = await open(text, join(root, 'test/schema/.generated/a/b/c/kiel.yaml'));
        expect(messages(elsewhere.diagnostics), target).toEqual([]);
        const broken = await open(text.replace(/^district:/m, 'distrct:'), join(root, 'test/schema/.generated/a/kiel.yaml'));
        expect(messages(broken.diagnostics), target).toEqual(['Property distrct is not allowed.']);
      }
    });

    it('yaml.schemas in the settings associates a folder, leaves excluded base files alone, and a first line wins', async () => {
      const configured = new LanguageServer({ schemas: { [agreementSchema]: ['districts/*.yaml', '!districts/base-*.yaml'], [join(root, 'schemas/review-results.schema.json')]: ['reviews/*.yaml'] } });
      try {
        await configured.start(root);
        const at = (path: string) => pathToFileURL(join(root, path)).href;
        expect(messages(await configured.open(at('districts/kiel.yaml'), withoutModeline))).toEqual([]);
        expect(messages(await configured.open(at('districts/flensburg.yaml'), withoutModeline.replace(/^district:/m, 'distrct:')))).toEqual(['Property distrct is not allowed.']);
        const base = readFileSync(join(root, 'examples/districts/base-sh.yaml'), 'utf8');
        expect(messages(await configured.open(at('districts/base-sh.yaml'), base))).toEqual([]);
        expect(messages(await configured.open(at('districts/sh.yaml'), base))).toContain('Missing property "id".');
        // the first line names the agreement schema although the settings say results
        const firstLine = `# yaml-language-server: $schema=${agreementSchema}\n${withoutModeline.replace(/^extends: .*\n/m, '')}`;
        expect(messages(await configured.open(at('reviews/kiel.yaml'), firstLine))).toContain('Missing property "purpose".');
      } finally {
        await configured.stop();
      }
    });
  });

  describe('the results file', () => {
    const skeleton = async () => (await skeletonDocuments()).find((d) => d.name.includes('dithmarschen.yaml'))!;

    it('status: offers the English ids and the German words, each labelled, and empty for "not yet"', async () => {
      const doc = await skeleton();
      const items = await completeAt(doc.text.replace(/( {4}status:)\n/, `$1 ${CURSOR}\n`));
      const labels = items.map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(['fulfilled', 'partial', 'notFulfilled', 'notApplicable', 'erfüllt', 'teilweise', 'nicht erfüllt', 'entfällt']));
      expect(markup(items.find((i) => i.label === 'notApplicable')!.documentation)).toBe('**entfällt** — not applicable; does not count');
    });

    it('hover on a nullable field shows one title and the allowed values, not "Status / Status || Status / Status"', async () => {
      const doc = await skeleton();
      const text = doc.text.replace(/( {4}status:)\n/, '$1 erfüllt\n');
      const { uri, diagnostics } = await open(text);
      expect(shown(diagnostics)).toEqual([]);
      const line = text.split('\n').findIndex((l) => /^ +status: erfüllt$/.test(l));
      const value = markup((await server.hover(uri, line, 6))?.contents);
      expect(value).not.toContain('||');
      expect(value.match(/#### .*/g)).toEqual(['#### Status / Status']);
      expect(value).toContain('Allowed Values:');
      expect(value).toContain('* `nicht erfüllt`: **nicht erfüllt** — not fulfilled (German word of the checklist)');
    });
  });
});
