// The models of `agree init` are YAML files with placeholders and line
// conditions (templates/init/<lang>/<model>.tmpl.yaml), so that the text and its
// comments stay readable and are edited as YAML, not as code.
//
//   ${name}        a placeholder. Two kinds:
//                  - tokens (ids, id lists, dates) are checked against a strict
//                    pattern and put in as they are; they may stand anywhere,
//                    also in flow collections: `members: [${services}, jc]`;
//                  - texts (names, districts — what users type) are put into the
//                    YAML scalar they stand in, and that scalar is re-quoted by
//                    the `yaml` package as needed, so `Kreis "Nord": A & B #1`
//                    stays one string. Texts may stand in block context only
//                    (plain, quoted or block scalars), not in comments or flow
//                    collections.
//   #@if EXPR      on a line of its own: keep the lines up to `#@else`/`#@end`
//                  only if EXPR holds; at the end of a line: keep that line only
//                  if EXPR holds. EXPR is `flag`, `!flag`, or alternatives
//                  `a|b|!c`.
//
// Editing goes through the concrete syntax tree (yaml's CST), which prints
// everything it does not touch byte for byte: comments, blank lines, flow maps.

import { CST, Parser, parseDocument, stringify } from 'yaml';

export interface TemplateValues {
  /** ids, id lists, dates: `^[a-z0-9][a-z0-9, -]*$` */
  tokens: Record<string, string>;
  /** free text from users or defaults; one line each */
  texts: Record<string, string>;
  /** flags for `#@if` */
  flags: ReadonlySet<string>;
  /** every flag a template may name; naming another one is a template bug */
  knownFlags: ReadonlySet<string>;
}

/** A template that does not fit its values is a bug in agree, not a user error. */
export class TemplateError extends Error {
  constructor(template: string, message: string) {
    super(`init template ${template}: ${message}`);
    this.name = 'TemplateError';
  }
}

const TOKEN = /^[a-z0-9][a-z0-9, -]*$/;
const PLACEHOLDER = /\$\{(\w+)\}/g;
const BLOCK_CONDITION = /^\s*#@(if\s+(.+?)|else|end)\s*$/;
const LINE_CONDITION = /\s+#@if\s+(\S+)\s*$/;

/** One line of free text: control characters and line breaks become spaces. */
export function oneLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fillTemplate(source: string, values: TemplateValues, template: string): string {
  const conditioned = applyConditions(source, values, template);
  const withTokens = conditioned.replace(PLACEHOLDER, (match, name: string) => {
    if (!(name in values.tokens)) return match;
    const value = values.tokens[name]!;
    if (!TOKEN.test(value)) throw new TemplateError(template, `value of \${${name}} is not an id, id list or date: ${JSON.stringify(value)}`);
    return value;
  });
  const expected = [...withTokens.matchAll(PLACEHOLDER)];
  for (const [, name] of expected) {
    if (!(name! in values.texts)) throw new TemplateError(template, `unknown placeholder \${${name}}`);
  }
  const { text, replaced } = fillTexts(withTokens, values.texts, template);
  if (replaced !== expected.length) {
    throw new TemplateError(template, `${expected.length - replaced} text placeholder(s) stand in a comment or a flow collection`);
  }
  const check = parseDocument(text);
  if (check.errors.length > 0) throw new TemplateError(template, `result is not valid YAML: ${check.errors[0]!.message}`);
  return text;
}

function applyConditions(source: string, values: TemplateValues, template: string): string {
  const holds = (expr: string, line: number): boolean =>
    expr.split('|').some((term) => {
      const negated = term.startsWith('!');
      const flag = negated ? term.slice(1) : term;
      if (!values.knownFlags.has(flag)) throw new TemplateError(template, `line ${line}: unknown flag "${flag}"`);
      return values.flags.has(flag) !== negated;
    });
  const out: string[] = [];
  // one entry per open #@if: is its branch being kept?
  const stack: Array<{ parentKeeps: boolean; keep: boolean; condition: boolean }> = [];
  const keeping = () => stack.every((s) => s.keep);
  source.split('\n').forEach((line, index) => {
    const n = index + 1;
    const block = BLOCK_CONDITION.exec(line);
    if (block) {
      if (block[1]!.startsWith('if')) {
        const condition = holds(block[2]!.replace(/\s+/g, ''), n);
        stack.push({ parentKeeps: keeping(), keep: condition, condition });
      } else if (block[1] === 'else') {
        const top = stack.at(-1);
        if (!top) throw new TemplateError(template, `line ${n}: #@else without #@if`);
        top.keep = !top.condition;
      } else {
        if (!stack.pop()) throw new TemplateError(template, `line ${n}: #@end without #@if`);
      }
      return;
    }
    if (!keeping()) return;
    const suffix = LINE_CONDITION.exec(line);
    if (suffix) {
      if (holds(suffix[1]!, n)) out.push(line.slice(0, suffix.index));
      return;
    }
    out.push(line);
  });
  if (stack.length > 0) throw new TemplateError(template, '#@if without #@end');
  return out.join('\n');
}

function fillTexts(source: string, texts: Record<string, string>, template: string): { text: string; replaced: number } {
  let replaced = 0;
  const substitute = (value: string) =>
    value.replace(PLACEHOLDER, (_m, name: string) => {
      replaced++;
      return oneLine(texts[name]!);
    });
  const parts: string[] = [];
  for (const token of new Parser().parse(source)) {
    if (token.type === 'document') {
      CST.visit(token, (item) => {
        for (const node of [item.key, item.value]) {
          if (!node || !('source' in node) || typeof node.source !== 'string' || !node.source.includes('${')) continue;
          if (node.type === 'block-scalar') {
            // the body of a block scalar is literal text: a one-line value cannot end it early
            node.source = substitute(node.source);
          } else if (node.type === 'scalar' || node.type === 'single-quoted-scalar' || node.type === 'double-quoted-scalar') {
            const resolved = CST.resolveAsScalar(node, true, (offset, _code, message) => {
              throw new TemplateError(template, `offset ${offset}: ${message}`);
            });
            if (!resolved) continue;
            const value = substitute(resolved.value);
            CST.setScalarValue(node, value, { type: scalarType(value, node.type) });
          }
        }
      });
    }
    parts.push(CST.stringify(token));
  }
  return { text: parts.join(''), replaced };
}

/** Plain when the text reads back as the same string, else the quotes `yaml` would choose. */
function scalarType(value: string, was: string): 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' {
  const printed = stringify(value, { lineWidth: 0 });
  if (printed.startsWith('"')) return 'QUOTE_DOUBLE';
  if (printed.startsWith("'") || was === 'single-quoted-scalar') return 'QUOTE_SINGLE';
  if (was === 'double-quoted-scalar') return 'QUOTE_DOUBLE';
  return 'PLAIN';
}
