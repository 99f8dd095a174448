// DocumentModel → Markdown (CommonMark/GFM) with Handlebars templates from
// templates/<lang>/:
//   agreement.md.hbs   main template for kind "agreement"
//   profile.md.hbs     main template for kind "informal" (cooperation profile)
//   every other *.md.hbs is a partial named after the file: "section.md.hbs" → {{> section}}
// Both languages have the same files and structure; they differ only in the few
// fixed words that are not in the model (e.g. the "Unterschriften" heading).
//
// A user template (`agree render --template FILE`, `templateSource`) replaces
// the main template. It sees the DocumentModel and the agreement's parts
// (template-view.ts; every variable is listed in docs/templates.md). As in
// every Handlebars template, `{{x}}` escapes — here for Markdown, so text from
// the agreement cannot become markup — and `{{{x}}}` inserts the value as it
// is. Before it runs, the template is read against the view
// (template-check.ts): an unknown variable, helper or partial is an error
// with its line, not an empty spot in the output.
//
// The built-in templates run with noEscape and put every value through one of
// these helpers, which escape Markdown (in a user template they may be used
// too; their output is not escaped twice):
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
// A user template that does not pass the check, or fails while rendering,
// throws MarkdownTemplateError (the CLI checks it first, in the user's language).

import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { packagePath } from '../paths.js';
import type { Agreement, Lang } from '../model/types.js';
import { DEFAULT_DOCUMENT_LANGUAGE, pack, REFERENCE_LANGUAGE } from '../lang/index.js';
import type { Block, DocumentModel } from './document.js';
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownParagraphs } from './text/markdown-escape.js';
import { checkTemplate, type TemplateProblem } from './template-check.js';
import { templateView } from './template-view.js';

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
  /** the agreement the model was built from: a user template sees its parts too (template-view.ts) */
  agreement?: Agreement;
}

type Template = Handlebars.TemplateDelegate<DocumentModel>;

interface LangEnv {
  hb: typeof Handlebars;
  main: Record<DocumentModel['kind'], Template>;
  /** the partials the agreement's main templates use ({{> section}}), the ones a user template may use too */
  partials: string[];
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
  const template = userTemplate(env, lang, options.templateSource);
  try {
    return tidy(template(options.agreement ? templateView(model, options.agreement) : model));
  } catch (e) {
    throw new MarkdownTemplateError(`template: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** the helpers of agree's templates (see above), for the check */
const HELPERS = ['md', 'mdParagraph', 'mdCell', 'blocks', 'table', 'lines', 'heading', 'sectionNumber', 'rule', 'inc'] as const;

/**
 * What is wrong with a user template, each with its line; [] when it can be
 * used. The partials are the same in every language (a test keeps them so).
 */
export function checkUserTemplate(source: string): TemplateProblem[] {
  return checkTemplate(source, HELPERS, langEnv(DEFAULT_DOCUMENT_LANGUAGE).partials);
}

/** `{{x}}` is escaped for Markdown: the value goes through this helper; helpers' Markdown (SafeString) passes as it is */
const ESCAPE = '__agreeEscapeMarkdown';

/**
 * A user template with Handlebars' usual meaning of `{{x}}` (escaped) and
 * `{{{x}}}` (raw), where escaping is Markdown's: every escaped mustache becomes
 * a call of the escaping helper with the mustache as its argument.
 */
function escapingMarkdown(ast: hbs.AST.Program, helpers: ReadonlySet<string>): hbs.AST.Program {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'MustacheStatement' && n.escaped === true) {
      const m = n as unknown as hbs.AST.MustacheStatement;
      // a sub-expression is always a helper call: `{{title}}` passes the value itself
      const path = m.path as hbs.AST.PathExpression;
      const helper = m.params.length > 0 || m.hash !== undefined || (path.parts?.length === 1 && !path.data && path.depth === 0 && helpers.has(path.parts[0]!));
      const inner = helper ? { type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } : m.path;
      n.path = { type: 'PathExpression', data: false, depth: 0, parts: [ESCAPE], original: ESCAPE, loc: m.loc };
      n.params = [inner];
      n.hash = undefined;
      n.escaped = false;
      return;
    }
    for (const key of ['body', 'program', 'inverse']) visit(n[key]);
  };
  visit(ast);
  return ast;
}

function langEnv(lang: Lang): LangEnv {
  const cached = envs.get(lang);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const dir = new URL(`${pack(lang).templates}/`, TEMPLATES_DIR);
  const main: Partial<LangEnv['main']> = {};
  const sources = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md.hbs')) continue;
    const source = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.md.hbs'.length);
    sources.set(name, source);
    if (name === 'agreement') main.agreement = hb.compile<DocumentModel>(source, COMPILE_OPTIONS);
    else if (name === 'profile') main.informal = hb.compile<DocumentModel>(source, COMPILE_OPTIONS);
    else hb.registerPartial(name, hb.compile(source, COMPILE_OPTIONS));
  }
  // the partials reachable from the main templates (the others lay out the review checklist)
  const partials: string[] = [];
  const uses = (name: string) => {
    for (const m of (sources.get(name) ?? '').matchAll(/\{\{~?>\s*([\w-]+)/g)) {
      if (!partials.includes(m[1]!) && sources.has(m[1]!)) {
        partials.push(m[1]!);
        uses(m[1]!);
      }
    }
  };
  uses('agreement');
  uses('profile');
  partials.sort();
  if (!main.agreement || !main.informal) {
    throw new Error(`templates missing in ${dir.pathname}: agreement.md.hbs and profile.md.hbs are required`);
  }
  const env: LangEnv = { hb, main: main as LangEnv['main'], partials };
  envs.set(lang, env);
  return env;
}

function userTemplate(env: LangEnv, lang: Lang, source: string): Template {
  const key = `${lang}\u0000${source}`;
  let t = userTemplates.get(key);
  if (!t) {
    const problems = checkUserTemplate(source);
    if (problems.length > 0) {
      const en = pack(REFERENCE_LANGUAGE);
      throw new MarkdownTemplateError(`template: ${problems.map((p) => `line ${p.line}: ${p.message(en)}`).join('; ')}`);
    }
    t = env.hb.compile<DocumentModel>(escapingMarkdown(env.hb.parse(source), new Set(Object.keys(env.hb.helpers))), COMPILE_OPTIONS);
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
  // what the helpers return is Markdown already: SafeString keeps a user template's {{…}} from escaping it again
  const safe = (s: string) => new hb.SafeString(s);
  hb.registerHelper(ESCAPE, (...a: unknown[]) => {
    const v = args(a).values[0];
    return v instanceof hb.SafeString ? v : safe(escapeMarkdown(typeof v === 'number' ? String(v) : v));
  });
  hb.registerHelper('md', (...a: unknown[]) => safe(escapeMarkdown(args(a).values[0])));
  hb.registerHelper('mdParagraph', (...a: unknown[]) => safe(escapeMarkdownParagraphs(args(a).values[0])));
  hb.registerHelper('mdCell', (...a: unknown[]) => safe(escapeMarkdownCell(args(a).values[0])));
  hb.registerHelper('blocks', (...a: unknown[]) => safe(blocksToMarkdown(args(a).values[0])));
  hb.registerHelper('table', (...a: unknown[]) => {
    const { values } = args(a);
    return safe(tableToMarkdown(values[0], values[1]));
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
    return safe(lines.join(`\\\n${indent}`));
  });
  hb.registerHelper('heading', (...a: unknown[]) => safe('#'.repeat(Math.max(1, Math.min(6, Number(args(a).values[0]) || 2)))));
  hb.registerHelper('sectionNumber', (...a: unknown[]) => {
    const n = String(args(a).values[0] ?? '').replace(/[^0-9.]/g, '');
    if (!n) return '';
    // "1" → "1. " (the dot as in the Dithmarschen agreement), "2.1" → "2.1 "
    return safe(n.includes('.') ? `${n} ` : `${n}. `);
  });
  hb.registerHelper('rule', (...a: unknown[]) => safe('\\_'.repeat(Math.max(3, Math.min(80, Number(args(a).values[0]) || 30)))));
  hb.registerHelper('inc', (...a: unknown[]) => (Number(args(a).values[0]) || 0) + 1);
}
