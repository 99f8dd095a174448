// `agree render --template` (issue 14): `{{x}}` escapes for Markdown and
// `{{{x}}}` is raw, as in every Handlebars use; the template sees the district,
// the partners and their units, tasks, shared tasks, data flows and dates; an
// unknown variable is an error with its line in the user's language; what
// docs/templates.md lists is what the template sees; the built-in templates
// lay out the same as before.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { minimalAgreement, root, run, workspace } from '../helpers/cli.js';
import { variablePaths } from '../../src/render/template-check.js';
import { NULLABLE, templateView, viewShape, type Fields, type Shape } from '../../src/render/template-view.js';
import { buildDocument } from '../../src/render/build-document.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { loadAgreement } from '../../src/model/load.js';
import type { Agreement } from '../../src/model/types.js';

const hostile = minimalAgreement.replace('district: Kreis Test', 'district: "Kreis <script>alert(1)</script> [x](javascript:alert(1)) *fett*"');

async function render(yaml: string, template: string, env: Record<string, string> = {}) {
  const cwd = workspace({ 'a.yaml': yaml, 't.md.hbs': template });
  return run(['render', 'a.yaml', '--format', 'md', '--template', 't.md.hbs', '--out', '-', '--today', '2026-06-01'], { cwd, env });
}

describe('escaping in a user template', () => {
  it('{{x}} escapes Markdown: no HTML, no link, no emphasis from the agreement', async () => {
    const r = await render(hostile, 'Kreis: {{district}}\n');
    expect(r.code).toBe(0);
    const html = new MarkdownIt().render(r.stdout);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<em>');
    // and the text is all there, as text
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *fett*');
  });

  it('{{{x}}} inserts the value as written, as in every Handlebars use', async () => {
    const r = await render(hostile, 'Kreis: {{{district}}}\n');
    expect(r.stdout).toBe('Kreis: Kreis <script>alert(1)</script> [x](javascript:alert(1)) *fett*\n');
  });

  it('a helper is not escaped twice: {{md x}} and {{x}} give the same text', async () => {
    const r = await render(hostile, '{{md district}}\n{{district}}\n{{sectionNumber "2.1"}}{{heading 3}}\n');
    const [a, b, c] = r.stdout.split('\n');
    expect(a).toBe(b);
    expect(c).toBe('2.1 ###');
  });

  it('a copy of the built-in template lays out exactly what the built-in one does', async () => {
    for (const example of ['dithmarschen.yaml', 'luebeck.yaml']) {
      const loaded = await loadAgreement(join(root, 'examples', example), { cwd: root });
      const doc = loaded.value as Agreement;
      const model = buildDocument(doc);
      const main = model.kind === 'informal' ? 'profile' : 'agreement';
      const source = readFileSync(join(root, 'templates', model.lang, `${main}.md.hbs`), 'utf8');
      expect(renderMarkdown(model, { templateSource: source, agreement: doc })).toBe(renderMarkdown(model));
    }
  });
});

describe('what a user template sees', () => {
  const template = `# {{title}} – {{district}}
Stand: {{version.text}} ({{version.iso}})
{{#each partners}}
## {{label}}{{#if address}}, {{address.city}}{{/if}}
{{#each units}}- Einheit {{name}} ({{shortName}})
{{/each}}{{#each contacts}}- Kontakt {{name}}
{{/each}}{{/each}}
{{#each tasks}}- Aufgabe {{id}}: {{text}} ({{by}})
{{/each}}{{#each sharedTasks}}- Gemeinsam: {{text}}{{#if frequency}}, {{frequency}}{{/if}}
{{/each}}{{#each dataFlows}}- Daten: {{from}} → {{to}}: {{#each data}}{{this}}{{#unless @last}}, {{/unless}}{{/each}} ({{legalBasis}})
{{/each}}{{#if review}}Überprüfung alle {{review.intervalMonths}} Monate{{#if review.lastReview}}, zuletzt {{review.lastReview.text}}{{/if}}{{/if}}
`;

  it('the district, partners and units, tasks, shared tasks, data flows and dates (the example of Dithmarschen)', async () => {
    const r = await render(readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8'), template);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Kooperationsvereinbarung – Kreis Dithmarschen\nStand: 10\\. März 2026 (2026-03-10)');
    expect(r.stdout).toContain('## Diakonisches Werk Dithmarschen, Meldorf');
    expect(r.stdout).toContain('- Einheit Jugendmigrationsdienst (JMD)');
    expect(r.stdout).toContain('- Kontakt Kirsten Hansen');
    expect(r.stdout).toContain('- Aufgabe fehlzeiten-melden: Unterrichtung des DWD über Fehlzeiten');
    expect(r.stdout).toContain('- Gemeinsam: Regelmäßiges Zusammentreffen der Integrationsfachkräfte des Jobcenters mit den Beratungsfachkräften von MBE und JMD, vierteljährlich');
    expect(r.stdout).toContain('- Daten: Jobcenter Dithmarschen → Diakonisches Werk Dithmarschen: Name und Kontaktdaten der teilnehmenden Person, Kurs und Kursträger, Fehlzeiten, Kursabbruch mit Datum (consent)');
    expect(r.stdout).toContain('Überprüfung alle 12 Monate, zuletzt 10\\. März 2026');
  });

  it('in the document language: English dates and words for an English agreement', async () => {
    const yaml = `${minimalAgreement.replace('kind: agreement', 'kind: agreement\nlanguage: en')}`.replace('    lead: jc\n', '    lead: jc\n    frequency: quarterly\n');
    const r = await render(yaml, '{{version.text}} {{#each sharedTasks}}{{frequency}}{{/each}}\n');
    expect(r.stdout).toBe('15 January 2026 quarterly\n');
  });
});

describe('a name the template does not have', () => {
  it('is an error with its line and the name meant, in German and English; nothing is written', async () => {
    const t = '# {{title}}\n\n{{distrct}}\n{{#each partners}}{{adress.city}}{{/each}}\n';
    const de = await render(minimalAgreement, t, { LANG: 'de_DE.UTF-8' });
    expect(de.code).toBe(2);
    expect(de.stdout).toBe('');
    expect(de.stderr).toBe(
      'agree: Vorlage t.md.hbs ist nicht verwendbar:\n' +
        '  Zeile 3: `distrct` ist keine Variable der Vorlage an dieser Stelle – meinten Sie `district`? (alle Variablen: docs/templates.md)\n' +
        '  Zeile 4: `adress` ist keine Variable der Vorlage an dieser Stelle – meinten Sie `address`? (alle Variablen: docs/templates.md)\n',
    );
    const en = await render(minimalAgreement, t, { LANG: 'C.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^agree: Template t\.md\.hbs cannot be used:\n {2}line 3: `distrct` is not a variable the template sees here – did you mean `district`\?/);
  });

  it('also in a branch this agreement does not take, and a helper or partial agree does not know', async () => {
    const t = '{{#if term}}{{term.untill.text}}{{/if}}\n{{#if (eq kind "x")}}{{/if}}\n{{> sektion}}\n';
    const r = await render(minimalAgreement, t);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(1, 4)).toEqual([
      '  line 1: `untill` is not a variable of `term` – did you mean `until`? (all variables: docs/templates.md)',
      expect.stringMatching(/^ {2}line 2: `eq` is not a helper agree knows/),
      '  line 3: agree has no partial `sektion` – did you mean `section`? (partials: parties, section, signatures)',
    ]);
  });

  it('a block never closed is reported at the line it opens', async () => {
    const r = await render(minimalAgreement, '# {{title}}\n\n{{#each partners}}\n{{name}}\n', { LANG: 'de_DE.UTF-8' });
    expect(r.stderr).toBe(
      'agree: Vorlage t.md.hbs ist nicht verwendbar:\n  Zeile 3: die Vorlage endet, während ein Block noch offen ist: jedes `{{#each}}`, `{{#if}}` … braucht sein `{{/each}}`, `{{/if}}` …\n',
    );
  });
});

describe('docs/templates.md and the view', () => {
  const docs = readFileSync(join(root, 'docs/templates.md'), 'utf8');

  it('lists exactly the variables a template sees', () => {
    const listed = [...docs.matchAll(/^\| `([\w.[\]]+)` \|/gm)].map((m) => m[1]!);
    // the rows of the variable tables start with a path; those of the helper tables with {{
    expect(listed).toEqual(variablePaths().map((v) => v.path));
  });

  it('what templateView() builds has the shape viewShape describes, for every example', async () => {
    const conforms = (value: unknown, shape: Shape, path: string): void => {
      if (typeof shape === 'string') {
        if (shape === 'any') return;
        if (shape.endsWith('?') && value === null) return;
        const kind = shape.replace('?', '');
        expect(typeof value === 'string' ? 'text' : typeof value, path).toBe(kind === 'text' ? 'text' : kind);
        return;
      }
      if (Array.isArray(shape)) {
        expect(Array.isArray(value), path).toBe(true);
        (value as unknown[]).forEach((v, i) => conforms(v, shape[0] as Shape, `${path}[${i}]`));
        return;
      }
      if (value === null && NULLABLE.has(shape as Fields)) return;
      expect(value !== null && typeof value === 'object', path).toBe(true);
      for (const [key, s] of Object.entries(shape)) {
        if (s === 'text?' || s === 'number?') {
          // optional fields of the model may be absent (subtitle, fieldId)
          if ((value as Record<string, unknown>)[key] === undefined) continue;
        }
        conforms((value as Record<string, unknown>)[key], s, `${path}.${key}`);
      }
    };
    for (const example of ['dithmarschen.yaml', 'dithmarschen-2006.yaml', 'nordfriesland.yaml', 'luebeck.yaml', 'districts/kiel.yaml']) {
      const loaded = await loadAgreement(join(root, 'examples', example), { cwd: root });
      const doc = loaded.value as Agreement;
      conforms(templateView(buildDocument(doc), doc), viewShape, example);
    }
    // and the view has nothing viewShape does not describe
    const doc = parse(minimalAgreement) as Agreement;
    expect(Object.keys(templateView(buildDocument(doc), doc)).sort()).toEqual(Object.keys(viewShape).filter((k) => k !== 'subtitle').sort());
  });
});
