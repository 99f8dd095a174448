// The default human format, grouped by input file like ESLint's "stylish".

import { Chalk } from 'chalk';
import type { Formatter } from './index.js';
import { tally } from './tally.js';
import { counted, message } from '../lang/fill.js';
import { pack } from '../lang/index.js';

export const stylish: Formatter = (results, ctx) => {
  const t = pack(ctx.lang);
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const out: string[] = [];
  for (const r of results) {
    const shown = r.diagnostics.filter((d) => !ctx.quiet || d.severity === 'error');
    if (shown.length === 0) continue;
    out.push(c.underline(r.file));
    const rows = shown.map((d) => {
      // a file that could not be read at all has no position
      const position = d.line > 0 ? `${d.line}:${d.column}` : (d.field ?? '-');
      const where = d.file === r.file ? position : d.line > 0 ? `${d.file}:${position}` : d.file;
      return [where, message(ctx.lang, `severity.${d.severity}`), d.message, d.ruleId, d.severity] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [where, sev, message, ruleId, severity] of rows) {
      out.push(`  ${c.dim(where.padEnd(w0))}  ${paint[severity](sev.padEnd(w1))}  ${message}  ${c.dim(ruleId)}`);
    }
    out.push('');
  }
  if (ctx.summary === false) return out.join('\n') + (out.length ? '\n' : '');
  const s = tally(results);
  const problems = s.errors + s.warnings + s.infos;
  const files = counted('file', s.files)(t);
  if (problems === 0) {
    out.push(c.green(message(ctx.lang, 'summary.none', { files })));
  } else {
    const line = message(ctx.lang, 'summary.problems', {
      problems: counted('problem', problems)(t),
      errors: counted('error', s.errors)(t),
      warnings: counted('warning', s.warnings)(t),
      infos: counted('info', s.infos)(t),
      files,
    });
    out.push(s.errors > 0 ? c.red.bold('✖ ' + line) : c.yellow.bold('⚠ ' + line));
  }
  return out.join('\n') + '\n';
};
