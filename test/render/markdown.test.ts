import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/lang/index.js';
import { listTasks } from '../../src/model/tasks.js';
import type { Agreement } from '../../src/model/types.js';
import { buildDocument } from '../../src/render/build-document.js';
import { MarkdownTemplateError, renderMarkdown } from '../../src/render/markdown.js';
import { escapeMarkdown } from '../../src/render/text/markdown-escape.js';
import { agreement, dithmarschenYaml, englishYaml, luebeckYaml } from './fixtures/agreements.js';
import { expectLiteral } from './fixtures/markdown-check.js';

const render = (doc: Agreement, templateSource?: string) => renderMarkdown(buildDocument(doc), { templateSource });
const lines = (md: string) => md.split('\n');

describe('renderMarkdown: Dithmarschen (de)', () => {
  const doc = agreement(dithmarschenYaml);
  const md = render(doc);

  it('starts like the seed: title, "zwischen", party blocks, "und"', () => {
    expect(lines(md).slice(0, 14)).toEqual([
      '# Kooperationsvereinbarung',
      '',
      '**zwischen**',
      '',
      '**Migrationssozialberatung (MSB) und Jugendmigrationsdienst (JMD)**\\',
      'Anschrift: Diakonisches Werk Dithmarschen (DWD)\\',
      'Nordermarkt 8\\',
      '25704 Meldorf',
      '',
      '**und**',
      '',
      '**Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen (Arge)**\\',
      'Anschrift: Rungholtstraße 1\\',
      '25746 Heide',
    ]);
  });

  it('has the numbered headings in order', () => {
    const headings = lines(md).filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Kooperationsvereinbarung',
      '## 1. Gegenstand und Zweck der Vereinbarung',
      '## 2. Aufteilung der Zuständigkeiten',
      '### 2.1 Aufgaben der Migrationssozialberatung und des Jugendmigrationsdienstes',
      '### 2.2 Aufgaben der Arge',
      '### 2.3 Gemeinsame Aufgaben',
      '## 3. Ziele',
      '## 4. Ansprechpersonen',
      '## 5. Datenschutz',
      '## 6. Laufzeit und Kündigung',
      '## 7. Änderungen',
      '## 8. Überprüfung',
      '## 9. Anlagen',
      '## Unterschriften',
    ]);
  });

  it('contains every task as a list item', () => {
    const tasks = listTasks(doc);
    expect(tasks.length).toBeGreaterThan(5);
    for (const t of tasks) {
      expect(lines(md).some((l) => l.startsWith(`- ${escapeMarkdown(t.text)}`)), t.text).toBe(true);
    }
  });

  it('writes dates in German', () => {
    expect(md).toContain('Diese Vereinbarung gilt ab dem 6. Juli 2006 und ist unbefristet.');
    expect(md).toContain('\n**Stand 6. Juli 2006**\n');
  });

  it('writes the contact table as GFM', () => {
    expect(md).toContain(
      [
        '| Einrichtung | Name | Funktion | Thema | Telefon / E-Mail |',
        '| --- | --- | --- | --- | --- |',
        '| DWD | Sabine Kühl | Migrationssozialberatung | Integrationskurse | 04832 000-10 · kuehl@example.org |',
        '| Arge | Uwe Reimers | Arbeitsvermittlung |   | reimers@example.org |',
      ].join('\n'),
    );
  });

  it('writes the data-protection sentences', () => {
    expect(md).toContain(
      '- Die Arge übermittelt dem Diakonischen Werk Dithmarschen folgende Angaben: Fehlzeiten und Kursabbrüche. Zweck: Teilnehmermotivation und Abbruchprävention. Grundlage: Einwilligung der betroffenen Person (Anlage 1 Einwilligungserklärung).',
    );
    expect(md).toContain('Rechtsgrundlage: § 50 SGB II.');
    expect(md).toContain('Für das Diakonische Werk Dithmarschen gilt das Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD).');
  });

  it('ends with "Stand" and then signature lines for each partner, the date asked once', () => {
    const rule = '\\_'.repeat(30);
    expect(md).toContain(`**Diakonisches Werk Dithmarschen**\n\n${rule}\\\nOrt, Datum\n\n${rule}\\\nUnterschrift (DWD)`);
    expect(md.trimEnd().endsWith(`${rule}\\\nUnterschrift (Arge)`)).toBe(true);
    // "Stand" before the signatures, as in the PDF and DOCX
    expect(md.indexOf('**Stand 6. Juli 2006**')).toBeLessThan(md.indexOf('## Unterschriften'));
    expect(md.match(/Datum/g)).toHaveLength(2);
  });

  it('writes the seed\'s single line per partner with signatureLines: combined', () => {
    const rule = '\\_'.repeat(30);
    const combined = render({ ...doc, signatureLines: 'combined' });
    expect(combined).toContain(`**Diakonisches Werk Dithmarschen**\n\n${rule}\\\nDatum, Unterschrift (DWD)\n\n**Arbeitsgemeinschaft`);
    expect(combined.trimEnd().endsWith(`${rule}\\\nDatum, Unterschrift (Arge)`)).toBe(true);
    expect(combined).not.toContain('Ort, Datum');
  });

  it('is tidy: one final newline, no double blank lines, deterministic', () => {
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
    expect(md).not.toMatch(/\n\n\n/);
    expect(render(agreement(dithmarschenYaml))).toBe(md);
  });
});

describe('renderMarkdown: English', () => {
  const md = render(agreement(englishYaml));

  it('uses the English template and dates', () => {
    expect(md.startsWith('# Cooperation Agreement\n\n**between**\n\n')).toBe(true);
    expect(md).toContain('### 2.1 Tasks of the Migration Counselling for Adult Immigrants and the Youth Migration Service');
    expect(md).toContain('## Signatures');
    expect(md).toContain('Place, date');
    expect(md).toContain('Signature (Caritas)');
    expect(md).not.toContain('Date, signature');
    expect(md).toContain('**Version of 1 March 2024**');
    expect(md).toContain('This agreement applies from 1 April 2024 until 31 March 2026.');
  });

  it('keeps non-Latin names', () => {
    expect(md).toContain('**Caritas Kiel**\\\nDirector\\\nОльга Петрова');
  });
});

describe('renderMarkdown: cooperation profile (informal)', () => {
  const md = render(agreement(luebeckYaml));

  it('has no "zwischen" and no signature lines, but the contact table', () => {
    expect(md.startsWith('# Kooperationsprofil\n\n**Hansestadt Lübeck**\n\n## 1. Beteiligte\n')).toBe(true);
    expect(md).not.toContain('zwischen');
    expect(md).not.toContain('Unterschrift');
    expect(md).not.toContain('\\_\\_\\_');
    expect(md).toContain('| Einrichtung | Name | Funktion | Thema | Telefon / E-Mail |');
    expect(md).toContain('| ARGE | Frau Kasokat | Geschäftsstellenleitung | Kontaktperson für Migranten |   |');
    expect(md).toContain('Stand der Liste (ARGE Hansestadt Lübeck): 15. August 2006.');
    expect(md).toContain('**Stand 1. September 2006**');
  });
});

// ---- hostile input ---------------------------------------------------------------

const evil = {
  script: '<script>alert(1)</script>',
  heading: '# Heading',
  link: '[x](javascript:alert(1))',
  bold: '*bold*',
  pipe: '| pipe |',
  img: '<img src=x onerror=alert(1)>',
  list: '1. not a list',
  rule: '---',
  code: '```js',
  entity: '&lt;b&gt;',
  math: '$x$',
  strike: '~~gone~~',
  multi: 'first line\n# second line',
};

const hostileDoc: Agreement = {
  schemaVersion: 1,
  id: 'hostile',
  kind: 'agreement',
  language: 'de',
  title: evil.heading,
  district: evil.bold,
  version: '2026-01-01',
  purpose: evil.multi,
  legalBasis: [evil.link],
  partners: [
    {
      id: 'evil',
      name: evil.script,
      shortName: evil.link,
      address: { street: evil.list, postalCode: '12345', city: evil.rule },
      units: [{ id: 'u1', name: evil.heading }],
      contacts: [{ name: evil.pipe, role: 'a\nb', topic: evil.math, email: '<a@example.org>' }],
      signatories: [{ name: evil.img, role: evil.strike }],
    },
    { id: 'p2', name: evil.bold, address: { street: evil.code, postalCode: '12345', city: 'Kiel' } },
  ],
  responsibilities: [
    { by: 'u1', intro: evil.entity, tasks: [evil.bold, evil.list, evil.rule, evil.img, { text: evil.pipe, id: 't-pipe' }] },
    { by: 'p2', tasks: [evil.script], notes: evil.multi },
  ],
  sharedTasks: [{ text: evil.link, lead: 'p2' }],
  dataFlows: [{ from: 'p2', to: 'u1', data: [evil.script, evil.pipe], purpose: evil.link, legalBasis: 'statute', statute: evil.code }],
  bodies: [{ name: evil.heading, members: ['evil', 'p2'], purpose: evil.strike }],
  offers: [{ name: evil.link, provider: evil.img, funder: 'p2' }],
  goals: [{ text: evil.math, indicators: [evil.bold] }],
  review: { intervalMonths: 12, owner: 'evil' },
  annexes: [evil.list, evil.rule],
};

describe('renderMarkdown: user text cannot inject markup', () => {
  const md = render(hostileDoc);

  it('shows every hostile value as literal text', () => {
    for (const value of Object.values(evil)) {
      const escaped = escapeMarkdown(value);
      expectLiteral(escaped, value);
      expect(md, value).toContain(escaped);
    }
  });

  it('escapes exactly where the values land', () => {
    expect(lines(md)[0]).toBe('# \\# Heading');
    // the partner has a unit: the unit first, the organisation as the address
    expect(md).toContain(
      '**\\# Heading**\\\nAnschrift: \\<script\\>alert(1)\\</script\\> (\\[x\\](javascript:alert(1)))\\\n1\\. not a list\\\n12345 ---\n',
    );
    expect(md).toContain('**\\*bold\\***\\\nAnschrift: \\`\\`\\`js\\\n12345 Kiel');
    expect(md).toContain('### 2.1 Aufgaben von \\# Heading');
    expect(md).toContain('- \\*bold\\*\n- 1\\. not a list\n- \\---\n- \\<img src=x onerror=alert(1)\\>\n- \\| pipe \\|');
    expect(md).toContain('| \\[x\\](javascript:alert(1)) | \\| pipe \\| | a b | \\$x\\$ | \\<a@example.org\\> |');
    expect(md).toContain('first line \\# second line');
    expect(md).toContain('**\\<script\\>alert(1)\\</script\\>**\\\n\\~\\~gone\\~\\~\\\n\\<img src=x onerror=alert(1)\\>');
  });

  it('leaves no unescaped markup character outside the template structure', () => {
    // take out the escapes and the markup the templates write themselves
    for (const raw of lines(md)) {
      let l = raw.replace(/\\[!-/:-@[-`{-~]/g, '\u0001');
      l = l.replace(/^#{1,6} (\d+(\.\d+)*\.? )?/, '').replace(/^- /, '').replace(/\*\*/g, '').replace(/\\$/, '');
      if (/^\| /.test(raw)) l = l.replace(/(^| )\|( |$)/g, '$1$2').replace(/^ ?(--- ?)+$/, '');
      expect(l, raw).not.toMatch(/[<>[\]*`|~#{}$!+\\]/);
      expect(l, raw).not.toMatch(/^(\d{1,9}[.)]|=|-|_)/);
    }
  });
});

// ---- user templates and template files ----------------------------------------------

describe('renderMarkdown: user template', () => {
  const doc = agreement(dithmarschenYaml);

  it('replaces the main template and can use the helpers and partials', () => {
    // only the documented helpers exist; an unknown one is an error the CLI reports
    expect(() => render(doc, '{{#if (eq title "x")}}{{/if}}')).toThrow(MarkdownTemplateError);
    expect(() => render(doc, '{{#each sections}}')).toThrow(/template: /);

    const md = render(doc, '{{md meta.title}}\n\n{{#each sections}}\n{{> section level=3}}\n{{/each}}\n{{> signatures}}');
    expect(md.startsWith('Kooperationsvereinbarung – Kreis Dithmarschen\n\n### 1. Gegenstand und Zweck der Vereinbarung\n')).toBe(true);
    expect(md).toContain('#### 2.1 Aufgaben der Migrationssozialberatung und des Jugendmigrationsdienstes');
    expect(md).toContain('Ort, Datum');
    expect(md).toContain('Unterschrift (DWD)');
  });

  it('renders blocks generically', () => {
    const md = render(doc, '{{#each sections}}{{#each subsections}}{{#if @first}}{{blocks blocks}}{{/if}}{{/each}}{{/each}}');
    expect(md).toContain('- Erstberatung\n- Einbindung in das deutsche Sozialsystem');
  });

  it('escapes with {{md}} and caches compiled templates', () => {
    const t = '{{md title}}|{{lines parties.0.lines boldFirst=true}}';
    const a = renderMarkdown(buildDocument(hostileDoc), { templateSource: t });
    expect(a).toBe(
      '\\# Heading|**\\# Heading**\\\nAnschrift: \\<script\\>alert(1)\\</script\\> (\\[x\\](javascript:alert(1)))\\\n1\\. not a list\\\n12345 ---\n',
    );
    expect(renderMarkdown(buildDocument(hostileDoc), { templateSource: t })).toBe(a);
  });
});

describe('templates and wording', () => {
  const dir = new URL('../../templates/', import.meta.url);

  it('has the same template files in German and English', () => {
    const de = readdirSync(new URL('de/', dir)).sort();
    const en = readdirSync(new URL('en/', dir)).sort();
    expect(de).toEqual(en);
    expect(de).toEqual(expect.arrayContaining(['agreement.md.hbs', 'profile.md.hbs', 'section.md.hbs']));
    // the same structure: only fixed words may differ
    for (const f of de) {
      const a = readFileSync(new URL(`de/${f}`, dir), 'utf8').split('\n').length;
      const b = readFileSync(new URL(`en/${f}`, dir), 'utf8').split('\n').length;
      expect(a, f).toBe(b);
    }
  });

  it('has every wording in both languages', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !(v instanceof RegExp) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`],
      );
    expect(keys(pack('en').document).sort()).toEqual(keys(pack('de').document).sort());
  });
});
