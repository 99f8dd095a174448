// DocumentModel → Markdown (CommonMark/GFM) with Handlebars templates from
// templates/<lang>/:
//   agreement.md.hbs   main template for kind "agreement"
//   profile.md.hbs     main template for kind "informal" (cooperation profile)
//   every other *.md.hbs is a partial named after the file: "section.md.hbs" → {{> section}}
// Both languages have the same files and structure; they differ only in the few
// fixed words that are not in the model (e.g. the "Unterschriften" heading).
//
// A user template (`agree render --template FILE`, `templateSource`) replaces
// the main template. It is rendered with the DocumentModel as context
// (see document.ts):
//   lang, kind, id, title, between, and, parties[].lines[], subtitle,
//   sections[] { number, heading, blocks[], subsections[] }, stand,
//   signatures[] { partnerId, fieldId, partyName, role, signatoryName,
//   placeDateCaption, signatureCaption }, footer, pageLabel, meta { title,
//   subject, author, keywords, lang, date }
// Handlebars runs with noEscape: every value is inserted as it is, so user text
// MUST go through one of these helpers (they escape Markdown):
//   {{md text}}            inline text (line, list item, heading)
//   {{mdParagraph text}}   text that may hold several paragraphs
//   {{mdCell text}}        a GFM table cell
//   {{blocks blocks}}      a section's blocks (paragraphs, lists, tables) as Markdown
//   {{table columns rows}} a GFM table
//   {{lines a b c boldFirst=true indent=0}}  non-empty values as lines joined by hard
//                          breaks (arrays are flattened); the first bold if boldFirst
//   {{heading level}}      "##" for level 2 (1–6)
//   {{sectionNumber number}}  "1. " for "1", "2.1 " for "2.1", "" for ""
//   {{rule n}}             a line of n underscores to sign on (escaped, not a thematic break)
//   {{inc n}}              n + 1
// and these partials:
//   {{> section level=2}}  a section with its heading, blocks and subsections (recursive)
//   {{> parties}}          "zwischen" / party blocks / "und"
//   {{> signatures}}       the signature blocks
// Example: {{#each sections}}{{> section level=2}}{{/each}}
// A template that does not compile, or calls a helper that does not exist,
// throws MarkdownTemplateError (the CLI reports it as a usage problem).

import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { packagePath } from '../paths.js';
import type { Lang } from '../model/types.js';
import { pack } from '../lang/index.js';
import type { Block, DocumentModel } from './document.js';
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownParagraphs } from './text/markdown-escape.js';

/** A user template (`--template FILE`) that does not compile or fails while rendering. */
export class MarkdownTemplateError extends Error {
  override readonly name = 'MarkdownTemplateError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface RenderMarkdownOptions {
  /** contents of a user template that replaces the main template */
  templateSource?: string;
}

type Template = Handlebars.TemplateDelegate<DocumentModel>;

interface LangEnv {
  hb: typeof Handlebars;
  main: Record<DocumentModel['kind'], Template>;
}

const TEMPLATES_DIR = pathToFileURL(packagePath('templates') + '/');
const COMPILE_OPTIONS: CompileOptions = { noEscape: true, strict: false };
type CompileOptions = Parameters<typeof Handlebars.compile>[1];

const envs = new Map<Lang, LangEnv>();
const userTemplates = new Map<string, Template>();
const USER_TEMPLATE_CACHE = 16;

export function renderMarkdown(model: DocumentModel, options: RenderMarkdownOptions = {}): string {
  const lang: Lang = model.lang;
  const env = langEnv(lang);
  if (options.templateSource === undefined) {
    return tidy((env.main[model.kind] ?? env.main.agreement)(model));
  }
  try {
    return tidy(userTemplate(env, lang, options.templateSource)(model));
  } catch (e) {
    // Handlebars compiles lazily: syntax errors surface here too
    throw new MarkdownTemplateError(`template: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function langEnv(lang: Lang): LangEnv {
  const cached = envs.get(lang);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const dir = new URL(`${pack(lang).templates}/`, TEMPLATES_DIR);
  const main: Partial<LangEnv['main']> = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md.hbs')) continue;
    const source = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.md.hbs'.length);
    if (name === 'agreement') main.agreement = hb.compile<DocumentModel>(source, COMPILE_OPTIONS);
    else if (name === 'profile') main.informal = hb.compile<DocumentModel>(source, COMPILE_OPTIONS);
    else hb.registerPartial(name, hb.compile(source, COMPILE_OPTIONS));
  }
  if (!main.agreement || !main.informal) {
    throw new Error(`templates missing in ${dir.pathname}: agreement.md.hbs and profile.md.hbs are required`);
  }
  const env: LangEnv = { hb, main: main as LangEnv['main'] };
  envs.set(lang, env);
  return env;
}

function userTemplate(env: LangEnv, lang: Lang, source: string): Template {
  const key = `${lang}\u0000${source}`;
  let t = userTemplates.get(key);
  if (!t) {
    t = env.hb.compile<DocumentModel>(source, COMPILE_OPTIONS);
    if (userTemplates.size >= USER_TEMPLATE_CACHE) userTemplates.delete(userTemplates.keys().next().value!);
    userTemplates.set(key, t);
  }
  return t;
}

/** blank-line runs → one blank line; no leading/trailing blank lines; one final newline */
function tidy(out: string): string {
  return `${out.replace(/\r\n?/g, '\n').replace(/\n(?:[ \t]*\n){2,}/g, '\n\n').replace(/^\s*\n/, '').trimEnd()}\n`;
}

// ---- helpers -------------------------------------------------------------------

/** Handlebars passes its options object last; helpers take only the real arguments. */
function args(a: unknown[]): { values: unknown[]; hash: Record<string, unknown> } {
  const last = a[a.length - 1] as { hash?: Record<string, unknown> } | undefined;
  return { values: a.slice(0, -1), hash: last?.hash ?? {} };
}

export function blocksToMarkdown(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .map((b: Block) => {
      if (!b || typeof b !== 'object') return '';
      switch (b.type) {
        case 'paragraph':
          return escapeMarkdownParagraphs(b.text);
        case 'list':
          return (b.items ?? [])
            .map((i) => escapeMarkdown(i))
            .filter(Boolean)
            .map((i) => `- ${i}`)
            .join('\n');
        case 'table':
          return tableToMarkdown(b.columns, b.rows);
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

export function tableToMarkdown(columns: unknown, rows: unknown): string {
  if (!Array.isArray(columns) || columns.length === 0) return '';
  const n = columns.length;
  const row = (cells: unknown[]) => `| ${Array.from({ length: n }, (_, i) => escapeMarkdownCell(cells[i])).join(' | ')} |`;
  const lines = [row(columns), `| ${Array.from({ length: n }, () => '---').join(' | ')} |`];
  for (const r of Array.isArray(rows) ? rows : []) lines.push(row(Array.isArray(r) ? r : [r]));
  return lines.join('\n');
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('md', (...a: unknown[]) => escapeMarkdown(args(a).values[0]));
  hb.registerHelper('mdParagraph', (...a: unknown[]) => escapeMarkdownParagraphs(args(a).values[0]));
  hb.registerHelper('mdCell', (...a: unknown[]) => escapeMarkdownCell(args(a).values[0]));
  hb.registerHelper('blocks', (...a: unknown[]) => blocksToMarkdown(args(a).values[0]));
  hb.registerHelper('table', (...a: unknown[]) => {
    const { values } = args(a);
    return tableToMarkdown(values[0], values[1]);
  });
  hb.registerHelper('lines', (...a: unknown[]) => {
    const { values, hash } = args(a);
    const lines = values
      .flat()
      .map((v) => escapeMarkdown(v))
      .filter(Boolean);
    if (lines.length === 0) return '';
    if (hash.boldFirst) lines[0] = `**${lines[0]}**`;
    const indent = ' '.repeat(Math.max(0, Math.min(8, Number(hash.indent) || 0)));
    // a backslash at the end of a line is a CommonMark hard line break
    return lines.join(`\\\n${indent}`);
  });
  hb.registerHelper('heading', (...a: unknown[]) => '#'.repeat(Math.max(1, Math.min(6, Number(args(a).values[0]) || 2))));
  hb.registerHelper('sectionNumber', (...a: unknown[]) => {
    const n = String(args(a).values[0] ?? '').replace(/[^0-9.]/g, '');
    if (!n) return '';
    // "1" → "1. " (the dot as in the Dithmarschen agreement), "2.1" → "2.1 "
    return n.includes('.') ? `${n} ` : `${n}. `;
  });
  hb.registerHelper('rule', (...a: unknown[]) => '\\_'.repeat(Math.max(3, Math.min(80, Number(args(a).values[0]) || 30))));
  hb.registerHelper('inc', (...a: unknown[]) => (Number(args(a).values[0]) || 0) + 1);
}
