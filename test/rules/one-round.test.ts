// One round (issue 14, docs/findings.md): a data flow with a mistyped `task:`
// and a missing `legalBasis` used to take three runs — the schema's "required
// key", then the missing `statute`, then the "did you mean". Now one run shows
// all that can be known, each problem once, with the rule's message where it
// says more than the schema's. Through the CLI, in both languages.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run, workspace } from '../helpers/cli.js';

interface Json {
  results: Array<{ diagnostics: Array<{ ruleId: string; severity: string; message: string; pointer: string; line: number }> }>;
}

const example = readFileSync(join(root, 'examples/dithmarschen.yaml'), 'utf8');
const flow = `    legalBasis: consent
    consentForm: "Anlage 1: Einwilligungserklärung (DSG-EKD)"
    task: fehlzeiten-melden`;
if (!example.includes(flow)) throw new Error('examples/dithmarschen.yaml changed: update this test');

/** the example with its data flow changed */
const variant = (replacement: string) => workspace({ 'a.yaml': example.replace(flow, replacement) });

async function check(dir: string, lang: string, extra: string[] = []): Promise<Json['results'][number]['diagnostics']> {
  const r = await run(['check', 'a.yaml', '--format', 'json', '--today', '2026-06-01', '--lang', lang, ...extra], { cwd: dir });
  return (JSON.parse(r.stdout) as Json).results[0]!.diagnostics;
}

const at = (diagnostics: Awaited<ReturnType<typeof check>>, prefix: string) => diagnostics.filter((d) => d.pointer.startsWith(prefix)).map((d) => `${d.ruleId} ${d.pointer}`);

describe('one round', () => {
  it('a mistyped task and a missing legalBasis: both in one run, the rule’s message instead of the schema’s', async () => {
    const dir = variant('    task: fehlzeiten-meldn');
    const en = await check(dir, 'en');
    expect(at(en, '/dataFlows')).toEqual(['data-flow-legal-basis /dataFlows/0', 'unknown-reference /dataFlows/0/task']);
    expect(en.find((d) => d.ruleId === 'data-flow-legal-basis')!.message).toMatch(/^Data flow 1 \(Jobcenter Dithmarschen → Diakonisches Werk Dithmarschen\) has no legal basis\./);
    expect(en.find((d) => d.ruleId === 'unknown-reference')!.message).toContain('Did you mean `fehlzeiten-melden`?');
    expect(en.some((d) => d.ruleId === 'schema')).toBe(false);

    const de = await check(dir, 'de');
    expect(at(de, '/dataFlows')).toEqual(['data-flow-legal-basis /dataFlows/0', 'unknown-reference /dataFlows/0/task']);
    expect(de.find((d) => d.ruleId === 'data-flow-legal-basis')!.message).toMatch(/^Datenfluss 1 \(Jobcenter Dithmarschen → Diakonisches Werk Dithmarschen\) hat keine Rechtsgrundlage\./);
    expect(de.find((d) => d.ruleId === 'unknown-reference')!.message).toContain('Meinten Sie `fehlzeiten-melden`?');
    expect(de.some((d) => d.ruleId === 'schema')).toBe(false);
  });

  it('a statute without `statute`: the rule says which provision to name, beside the did-you-mean', async () => {
    const dir = variant('    legalBasis: statute\n    task: fehlzeiten-meldn');
    for (const [lang, words] of [
      ['en', 'is based on a statute but does not name it'],
      ['de', 'beruht auf einem Gesetz, nennt es aber nicht'],
    ] as const) {
      const d = await check(dir, lang);
      expect(at(d, '/dataFlows')).toEqual(['data-flow-legal-basis /dataFlows/0', 'unknown-reference /dataFlows/0/task']);
      expect(d.find((x) => x.ruleId === 'data-flow-legal-basis')!.message).toContain(words);
    }
  });

  it('a rule set below error leaves the schema’s error in place: a document with errors is never accepted', async () => {
    const dir = variant('    task: fehlzeiten-melden');
    const d = await check(dir, 'en', ['--rule', 'data-flow-legal-basis=warning']);
    expect(at(d, '/dataFlows').sort()).toEqual(['data-flow-legal-basis /dataFlows/0', 'schema /dataFlows/0']);
    expect(d.find((x) => x.ruleId === 'schema')!.severity).toBe('error');
    const off = await check(dir, 'en', ['--rule', 'data-flow-legal-basis=off']);
    expect(at(off, '/dataFlows')).toEqual(['schema /dataFlows/0']);
  });

  it('a value the schema refuses is reported once, by the schema', async () => {
    const dir = variant('    legalBasis: Vertrag\n    task: fehlzeiten-melden');
    for (const lang of ['en', 'de']) {
      const d = await check(dir, lang);
      expect(at(d, '/dataFlows')).toEqual(['schema /dataFlows/0/legalBasis']);
      expect(d[d.findIndex((x) => x.ruleId === 'schema')]!.message).toMatch(/`consent`/);
    }
  });

  it('a reference that is no id at all gets the rule’s did-you-mean instead of the id pattern', async () => {
    const bad = workspace({ 'a.yaml': example.replace('  - by: jobcenter\n', '  - by: Jobcenter Dithmarschen\n') });
    for (const [lang, words] of [
      ['en', 'Did you mean `jobcenter`?'],
      ['de', 'Meinten Sie `jobcenter`?'],
    ] as const) {
      const d = await check(bad, lang);
      expect(d.filter((x) => x.pointer === '/responsibilities/1/by').map((x) => x.ruleId)).toEqual(['unknown-reference']);
      expect(d.find((x) => x.pointer === '/responsibilities/1/by')!.message).toContain(words);
    }
  });
});
