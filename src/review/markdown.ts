// Markdown for the review: the checklist (templates/<lang>/review.md.hbs,
// context ChecklistModel) and the evaluation report
// (templates/<lang>/review-report.md.hbs, context ReportView). Handlebars runs
// with noEscape; user text goes through these helpers, which escape Markdown
// (render/text/markdown-escape.ts):
//   {{md text}}      inline text          {{mdCell text}}  a GFM table cell
//   {{code id}}      an id as code span   {{box}}          an empty check box "☐"
//   {{rule n}}       a line of n underscores to write on
// All fixed words are in the model (`w`, from the language pack), so the German
// and English templates share one structure and the PDF uses the same words.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { packagePath } from '../paths.js';
import type { Lang } from '../model/types.js';
import { pack } from '../lang/index.js';
import { escapeMarkdown, escapeMarkdownCell } from '../render/text/markdown-escape.js';
import type { ChecklistModel } from './checklist.js';
import type { ReportView } from './report.js';

const TEMPLATES_DIR = pathToFileURL(packagePath('templates') + '/');
const COMPILE_OPTIONS = { noEscape: true, strict: false } as const;

interface Env {
  checklist: Handlebars.TemplateDelegate<ChecklistModel>;
  report: Handlebars.TemplateDelegate<ReportView>;
}

const envs = new Map<Lang, Env>();

function env(lang: Lang): Env {
  let e = envs.get(lang);
  if (e) return e;
  const hb = Handlebars.create();
  const value = (a: unknown[]) => a[0];
  hb.registerHelper('md', (...a: unknown[]) => escapeMarkdown(value(a)));
  hb.registerHelper('mdCell', (...a: unknown[]) => escapeMarkdownCell(value(a)));
  hb.registerHelper('code', (...a: unknown[]) => codeSpan(String(value(a) ?? '')));
  hb.registerHelper('box', () => '☐');
  hb.registerHelper('rule', (...a: unknown[]) => '\\_'.repeat(Math.max(3, Math.min(80, Number(value(a)) || 30))));
  const load = (name: string) => readFileSync(new URL(`${pack(lang).templates}/${name}`, TEMPLATES_DIR), 'utf8');
  e = {
    checklist: hb.compile<ChecklistModel>(load('review.md.hbs'), COMPILE_OPTIONS),
    report: hb.compile<ReportView>(load('review-report.md.hbs'), COMPILE_OPTIONS),
  };
  envs.set(lang, e);
  return e;
}

/** a code span that holds any text: the fence is one backtick longer than the longest run inside */
export function codeSpan(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** blank-line runs → one blank line; one final newline */
function tidy(out: string): string {
  return `${out.replace(/\r\n?/g, '\n').replace(/\n(?:[ \t]*\n){2,}/g, '\n\n').replace(/^\s*\n/, '').trimEnd()}\n`;
}

export function renderChecklistMarkdown(model: ChecklistModel): string {
  return tidy(env(model.lang).checklist(model));
}

export function renderReportMarkdown(view: ReportView): string {
  return tidy(env(view.lang).report(view));
}
