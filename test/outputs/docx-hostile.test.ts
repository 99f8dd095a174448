// User text cannot become markup in Word: no XML injection ("<w:", "]]>"),
// no field codes ("{ PAGE }", MERGEFIELD, DDEAUTO). (Control characters never
// get this far: `agree check` refuses them; docx.test.ts gives the renderer some.)
// Every text of the Dithmarschen example is replaced by text that tries, and
// the DOCX of agreement and checklist is compared with the same agreement in
// plain words: the same XML elements in the same order, the text literal.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree, root } from '../helpers/cli.js';
import { expectNoCrash, HOSTILE, mapUserText, removeTempDirs, tempDir, toYaml } from '../hostile/helpers.js';
import { expectWellFormed, openDocx, paragraphs, unescapeXml, type DocxPackage } from './docx-package.js';

afterAll(removeTempDirs);

/** what tries to become a field, a tag or a broken part in WordprocessingML */
const WORD_HOSTILE = [
  ...HOSTILE,
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>',
  '</w:t></w:r></w:p><w:p><w:r><w:t>injected',
  '{ PAGE } { NUMPAGES } {PAGE}',
  '{ MERGEFIELD Vorname \\* MERGEFORMAT }',
  'MERGEFIELD Name',
  '{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" }',
  '{ INCLUDETEXT "http://evil.example/x" }',
  ']]><![CDATA[x]]>',
  '&nbsp; &#0; &#x1; &bogus;',
  'Tab\tgetrennt',
];

const example = parse(readFileSync(join(root, 'examples', 'dithmarschen.yaml'), 'utf8')) as Record<string, unknown>;
let n = 0;
const hostile = mapUserText({ ...example, id: 'hostile' }, () => WORD_HOSTILE[n++ % WORD_HOSTILE.length]!) as Record<string, unknown>;
hostile.title = WORD_HOSTILE.join(' ');
let m = 0;
const plain = mapUserText({ ...example, id: 'plain' }, () => `Wort${m++}`) as Record<string, unknown>;
plain.title = 'Titel';

const dir = tempDir({ 'hostile.yaml': toYaml(hostile), 'plain.yaml': toYaml(plain), 'out/.keep': '' });
const docs: Record<string, DocxPackage> = {};

beforeAll(() => {
  const r = agree(['render', 'hostile.yaml', 'plain.yaml', '--format', 'docx', '--out', 'out'], { cwd: dir });
  expectNoCrash(r, [0]);
  for (const id of ['hostile', 'plain']) {
    const review = agree(['review', `${id}.yaml`, '--format', 'docx', '--out', 'out', '--today', '2026-03-10'], { cwd: dir });
    expectNoCrash(review, [0]);
    docs[id] = openDocx(readFileSync(join(dir, 'out', `${id}.docx`)));
    docs[`${id}-review`] = openDocx(readFileSync(join(dir, 'out', `${id}-review-2026.docx`)));
  }
});

/** the element names of a part in order: what structure the text could have added to */
const skeleton = (xml: string) => [...xml.matchAll(/<\/?([\w:]+)/g)].map((x) => x[0]!);
/** the literal text as a reader sees it: controls gone, white space as one space */
// eslint-disable-next-line no-control-regex
const shown = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();

describe.each(['', '-review'])('the DOCX%s of an agreement full of markup', (suffix) => {
  const pkg = () => docs[`hostile${suffix}`]!;
  const plainPkg = () => docs[`plain${suffix}`]!;

  it('is well-formed XML in every part', () => {
    expect(n).toBeGreaterThan(WORD_HOSTILE.length);
    expectWellFormed(pkg());
  });

  it('has exactly the elements of the same agreement in plain words', () => {
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', '[Content_Types].xml']) {
      expect(skeleton(pkg().parts[part]!), part).toEqual(skeleton(plainPkg().parts[part]!));
    }
    expect(pkg().names).toEqual(plainPkg().names);
  });

  it('has no field but the footer\'s PAGE and NUMPAGES', () => {
    for (const [name, xml] of Object.entries(pkg().parts)) {
      const fields = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((x) => x[1]!.trim());
      expect(xml, name).not.toContain('<w:fldSimple');
      if (/^word\/footer\d*\.xml$/.test(name)) expect(fields).toEqual(['PAGE', 'NUMPAGES']);
      else expect(fields, name).toEqual([]);
    }
  });

  it('shows the text literally', () => {
    const text = shown(paragraphs(pkg().parts['word/document.xml']!).map((p) => p.text).join(' '));
    const used = suffix ? WORD_HOSTILE.filter((h) => text.includes(shown(h))) : WORD_HOSTILE;
    // the agreement carries every string; the checklist those of its tasks, goals and names
    expect(used.length).toBeGreaterThan(suffix ? 10 : WORD_HOSTILE.length - 1);
    for (const h of used) expect(text).toContain(shown(h));
  });
});

describe('the metadata of the hostile DOCX', () => {
  it('carries the title as text in docProps/core.xml', () => {
    const core = docs.hostile!.parts['docProps/core.xml']!;
    const title = unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1]!);
    expect(shown(title)).toContain(shown(hostile.title as string));
  });
});
