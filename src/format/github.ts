// GitHub Actions workflow commands: ::error file=…,line=…,col=…,title=…::message
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import type { Formatter } from './index.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (ctx.quiet && d.severity !== 'error') continue;
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
      props.push(`title=${escapeProperty(`agree ${d.ruleId}`)}`);
      const message = d.field !== undefined ? `${d.field}: ${d.message}` : d.message;
      lines.push(`::${command[d.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
