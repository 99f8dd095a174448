// A user's Markdown template read against what it can see (template-view.ts)
// before anything is rendered: a variable the view does not have (`{{distrct}}`,
// `{{#each partner}}`), a helper or partial agree does not know, `#each` over
// something that is no list, and the template's own syntax errors — each with
// its line and, where one is close, the name that was probably meant. A typo
// would otherwise render as empty text without a word. Every branch is
// checked, also those the agreement at hand would not take.

import Handlebars from 'handlebars';
import type { LanguagePack, Text } from '../lang/types.js';
import { closest } from '../check/suggest.js';
import { NULLABLE, viewShape, type Fields, type Shape } from './template-view.js';

export interface TemplateProblem {
  /** 1-based line in the template */
  line: number;
  message: Text;
}

/** the helpers a template may call: Handlebars' own and agree's (markdown.ts) */
export const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;

type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;
type Scope = { shape: Shape; params: Map<string, Shape> };

const T = (t: LanguagePack) => t.diagnostics.template;
/** nesting beyond this is no template a person writes; it also bounds the recursion below */
const MAX_NESTING = 100;

/** the part of a shape a path leads to; undefined when there is no such variable */
function child(shape: Shape, part: string): Shape | undefined {
  if (shape === 'any') return 'any';
  if (Array.isArray(shape)) {
    if (part === 'length') return 'number';
    return /^\d+$/.test(part) ? shape[0] : undefined;
  }
  if (typeof shape === 'string') return shape.startsWith('text') && part === 'length' ? 'number' : undefined;
  return Object.prototype.hasOwnProperty.call(shape, part) ? (shape as Fields)[part] : undefined;
}

const keysOf = (shape: Shape): string[] => (typeof shape === 'object' && !Array.isArray(shape) ? Object.keys(shape) : []);
const isList = (shape: Shape) => Array.isArray(shape) || shape === 'any';
const isMapping = (shape: Shape) => (typeof shape === 'object' && !Array.isArray(shape)) || shape === 'any';

export function checkTemplate(source: string, helpers: readonly string[], partials: readonly string[]): TemplateProblem[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    return [syntaxProblem(error, source)];
  }
  const problems: TemplateProblem[] = [];
  const report = (node: Node, message: Text) => problems.push({ line: node.loc?.start.line ?? 1, message });
  const known = new Set<string>([...BUILT_IN_HELPERS, ...helpers]);

  /** the shape a path names, or undefined after reporting why there is none */
  const resolve = (path: hbs.AST.PathExpression, scopes: Scope[]): Shape | undefined => {
    const parts = [...path.parts];
    let shape: Shape | undefined;
    let shown: string;
    if (path.data) {
      // @index, @first, @last, @key of #each; @root is the whole view
      if (parts[0] !== 'root') return 'any';
      parts.shift();
      shape = viewShape;
      shown = '@root';
    } else {
      const param = path.depth === 0 && parts.length > 0 ? scopes.findLast((s) => s.params.has(parts[0]!))?.params.get(parts[0]!) : undefined;
      if (param !== undefined) {
        shape = param;
        shown = parts.shift()!;
      } else {
        const scope = scopes[scopes.length - 1 - path.depth];
        if (!scope) {
          report(path, (t) => T(t).tooFarUp(path.original));
          return undefined;
        }
        shape = scope.shape;
        shown = '';
      }
    }
    for (const part of parts) {
      const next = child(shape, part);
      if (next === undefined) {
        const here = keysOf(shape);
        const hint = closest(part, here);
        const where = shown;
        report(path, (t) => T(t).unknownVariable(part, where, hint, here));
        return undefined;
      }
      shown = shown ? `${shown}.${part}` : part;
      shape = next;
    }
    return shape;
  };

  const expression = (e: Expr, scopes: Scope[], depth: number): Shape | undefined => {
    if (e.type === 'PathExpression') return resolve(e as hbs.AST.PathExpression, scopes);
    if (e.type === 'SubExpression') return call(e as hbs.AST.SubExpression, scopes, depth);
    return 'any'; // a literal
  };

  const hashValues = (hash: hbs.AST.Hash | undefined, scopes: Scope[], depth: number) => {
    for (const pair of hash?.pairs ?? []) expression(pair.value, scopes, depth);
  };

  /** {{name …}} or (name …): a helper call, or a variable when it has no arguments */
  const call = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scopes: Scope[], depth: number): Shape | undefined => {
    const path = node.path;
    const args = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (path.type === 'PathExpression') {
      const p = path as hbs.AST.PathExpression;
      const name = p.parts.length === 1 && !p.data && p.depth === 0 ? p.parts[0]! : undefined;
      if (name !== undefined && known.has(name)) {
        for (const param of node.params) expression(param, scopes, depth);
        hashValues(node.hash, scopes, depth);
        return 'any';
      }
      if (args) {
        const hint = closest(p.original, [...known]);
        report(node, (t) => T(t).unknownHelper(p.original, hint, [...known]));
        return undefined;
      }
      return resolve(p, scopes);
    }
    return 'any';
  };

  const program = (p: hbs.AST.Program | undefined, scopes: Scope[], depth: number): void => {
    if (!p) return;
    if (depth > MAX_NESTING) {
      report(p, (t) => T(t).tooDeep(MAX_NESTING));
      return;
    }
    for (const node of p.body) statement(node, scopes, depth);
  };

  const statement = (node: hbs.AST.Statement, scopes: Scope[], depth: number): void => {
    switch (node.type) {
      case 'MustacheStatement':
        call(node as hbs.AST.MustacheStatement, scopes, depth);
        return;
      case 'BlockStatement':
      case 'DecoratorBlock': {
        const block = node as hbs.AST.BlockStatement;
        const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        const target = block.params[0] ? expression(block.params[0], scopes, depth) : undefined;
        for (const param of block.params.slice(1)) expression(param, scopes, depth);
        hashValues(block.hash, scopes, depth);
        const blockParams = block.program?.blockParams ?? [];
        let inner: Scope = { shape: scopes[scopes.length - 1]!.shape, params: new Map() };
        let pushes = false;
        if (name === 'each') {
          if (target !== undefined && !isList(target) && !isMapping(target)) {
            const what = (block.params[0] as hbs.AST.PathExpression).original ?? '';
            report(block, (t) => T(t).notAList(what));
          }
          const element: Shape = target === undefined ? 'any' : Array.isArray(target) ? target[0] : 'any';
          inner = { shape: element, params: new Map(blockParams.length ? [[blockParams[0]!, element]] : []) };
          if (blockParams[1]) inner.params.set(blockParams[1], 'any');
          pushes = true;
        } else if (name === 'with') {
          const shape: Shape = target ?? 'any';
          inner = { shape, params: new Map(blockParams.length ? [[blockParams[0]!, shape]] : []) };
          pushes = true;
        } else if (!known.has(name)) {
          const hint = closest(name, [...known]);
          report(block, (t) => T(t).unknownHelper(name, hint, [...known]));
        }
        program(block.program, pushes ? [...scopes, inner] : scopes, depth + 1);
        program(block.inverse, scopes, depth + 1);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const partial = node as hbs.AST.PartialStatement;
        const name = partial.name.type === 'PathExpression' ? (partial.name as hbs.AST.PathExpression).original : undefined;
        if (name !== undefined && !partials.includes(name)) {
          const hint = closest(name, partials);
          report(partial, (t) => T(t).unknownPartial(name, hint, [...partials]));
        }
        for (const param of partial.params) expression(param, scopes, depth);
        hashValues(partial.hash, scopes, depth);
        if (node.type === 'PartialBlockStatement') program((node as hbs.AST.PartialBlockStatement).program, scopes, depth + 1);
        return;
      }
      default:
        return; // text, comments
    }
  };

  program(ast, [{ shape: viewShape, params: new Map() }], 0);
  return problems;
}

/** Handlebars' parse errors in agree's words: where, and what is wrong there */
function syntaxProblem(error: unknown, source: string): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
  if (mismatch) {
    const [, open, close, line] = mismatch;
    return { line: Number(line), message: (t) => T(t).mismatch(open!, close!) };
  }
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? (error as { lineNumber?: number }).lineNumber ?? 1);
  const got = /got '([^']+)'/.exec(message)?.[1];
  if (got === 'EOF') return { line: unclosedBlockLine(source) ?? line, message: (t) => T(t).unclosedBlock };
  return { line, message: (t) => T(t).syntax };
}

/** the line of the last block opened ({{#each …}}) and never closed: where the user must edit */
function unclosedBlockLine(source: string): number | undefined {
  const open: number[] = [];
  // {{^}} alone is an else, not a block; comments are left out first
  for (const m of source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' ')).matchAll(/\{\{~?\s*(#|\^(?=\s*[\w@.])|\/)/g)) {
    if (m[1] === '/') open.pop();
    else open.push(m.index);
  }
  const at = open.at(-1);
  return at === undefined ? undefined : source.slice(0, at).split('\n').length;
}

/** for the docs and the conformance test: every variable as a path (`partners[].units[].label`) with its shape */
export function variablePaths(shape: Shape = viewShape, prefix = '', seen = new Set<Shape>()): Array<{ path: string; leaf: string; nullable: boolean }> {
  const out: Array<{ path: string; leaf: string; nullable: boolean }> = [];
  if (typeof shape === 'string') return [{ path: prefix, leaf: shape, nullable: shape.endsWith('?') }];
  if (seen.has(shape)) return [{ path: prefix, leaf: 'recursive', nullable: false }];
  const inner = new Set(seen).add(shape);
  if (Array.isArray(shape)) {
    const element = shape[0] as Shape;
    if (typeof element === 'string') return [{ path: `${prefix}[]`, leaf: element, nullable: false }];
    return variablePaths(element, `${prefix}[]`, inner);
  }
  for (const [key, value] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && !Array.isArray(value) && NULLABLE.has(value as Fields)) out.push({ path, leaf: 'mapping', nullable: true });
    out.push(...variablePaths(value, path, inner));
  }
  return out;
}
