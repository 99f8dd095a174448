// YAML errors in agree's own words, in the user's language, at the place the
// user must edit (issue 14): an unclosed quote or bracket where it opens, not
// where the parser gave up; a hint that fits the error; none of the yaml
// library's English.

import { describe, expect, it } from 'vitest';
import { minimalAgreement, run, workspace } from '../helpers/cli.js';

interface Finding {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

async function yamlFindings(yaml: string, lang: 'de' | 'en'): Promise<{ code: number; findings: Finding[] }> {
  const r = await run(['check', 'a.yaml', '--format', 'json', '--lang', lang], { cwd: workspace({ 'a.yaml': yaml }) });
  const findings = (JSON.parse(r.stdout) as { results: Array<{ diagnostics: Finding[] }> }).results[0]!.diagnostics;
  return { code: r.code, findings };
}

/** words of the yaml library's messages that must not reach a user */
const YAML_ENGLISH = /Missing closing|Flow sequence|must be sufficiently|Nested mappings|Implicit keys|Invalid escape|Plain value|Unexpected|Tabs are not/;

describe('an unclosed quote', () => {
  // line 4 of minimalAgreement is `district: Kreis Test`
  const yaml = minimalAgreement.replace('district: Kreis Test', 'district: "Kreis Test');

  it('is reported where it opens, with the quote to add, in both languages', async () => {
    for (const lang of ['en', 'de'] as const) {
      const { code, findings } = await yamlFindings(yaml, lang);
      expect(code).toBe(1);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 4, column: 11 });
      expect(findings[0]!.message).toMatch(lang === 'en' ? /^the quote `"` that opens here is never closed: add the closing `"`/ : /^das Anführungszeichen `"`, das hier beginnt, wird nicht geschlossen/);
      expect(findings[0]!.message).not.toMatch(YAML_ENGLISH);
    }
  });

  it('also when the parser reads on to the end of the file', async () => {
    const lastQuoteless = minimalAgreement.replace(/"/g, '').replace('purpose: Zusammenarbeit', "purpose: 'Zusammenarbeit");
    const { findings } = await yamlFindings(lastQuoteless, 'de');
    expect(findings).toHaveLength(1);
    // the parser noticed it at the end of the file (line 35); the quote is on line 6
    expect(findings[0]).toMatchObject({ line: 6, column: 10 });
    expect(findings[0]!.message).toContain("`'`");
  });
});

describe('an unclosed bracket', () => {
  it('is reported at the [ that opens the list, without the errors that follow from it', async () => {
    const yaml = minimalAgreement.replace('  - by: mbe\n', '  - by: [mbe\n');
    for (const lang of ['en', 'de'] as const) {
      const { findings } = await yamlFindings(yaml, lang);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 25, column: 9 });
      expect(findings[0]!.message).toMatch(lang === 'en' ? /the list that opens here with `\[` is never closed: add `\]`/ : /die Liste, die hier mit `\[` beginnt, wird nicht geschlossen: setzen Sie `\]`/);
    }
  });
});

describe('each parser error with a hint that fits it, in the user language', () => {
  const cases: Array<{ what: string; from: string; to: string; line: number; en: RegExp; de: RegExp }> = [
    { what: 'a value with ": "', from: 'district: Kreis Test', to: 'district: Kreis: Test', line: 4, en: /contains ": ".*put the value in quotes/, de: /enthält „: “.*in Anführungszeichen/ },
    { what: 'a line without its colon', from: 'district: Kreis Test', to: 'district Kreis Test', line: 4, en: /is the colon after the key missing/, de: /fehlt der Doppelpunkt nach dem Schlüssel/ },
    { what: 'a bad escape', from: 'district: Kreis Test', to: 'district: "Kreis \\q Test"', line: 4, en: /"\\q" is not an escape sequence/, de: /„\\q“ ist in doppelten Anführungszeichen keine gültige Escape-Sequenz/ },
    { what: 'a value starting with @', from: 'district: Kreis Test', to: 'district: @Kreis', line: 4, en: /cannot start with "@" unquoted/, de: /nicht mit „@“ beginnen/ },
    { what: 'a tab', from: '    name: Jobcenter Test', to: '\tname: Jobcenter Test', line: 18, en: /tab used for indentation/, de: /Tabulator zur Einrückung/ },
  ];
  for (const c of cases) {
    it(c.what, async () => {
      const yaml = minimalAgreement.replace(c.from, c.to);
      expect(yaml).not.toBe(minimalAgreement);
      for (const lang of ['en', 'de'] as const) {
        const { findings } = await yamlFindings(yaml, lang);
        expect(findings.length, lang).toBeGreaterThan(0);
        expect(findings[0]!.line, lang).toBe(c.line);
        expect(findings[0]!.message, lang).toMatch(lang === 'en' ? c.en : c.de);
        for (const f of findings) expect(f.message).not.toMatch(YAML_ENGLISH);
      }
    });
  }
});
