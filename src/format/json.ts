// The stable machine format of `agree check --format json` (documented in
// docs/json-format.md). Keys and their order do not change within version 1.

import type { Formatter } from './index.js';
import { tally } from './tally.js';

export const json: Formatter = (results) => {
  const out = {
    version: 1,
    results: results.map((r) => {
      const t = tally([r]);
      return {
        file: r.file,
        id: r.id,
        errorCount: t.errors,
        warningCount: t.warnings,
        infoCount: t.infos,
        diagnostics: r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          severity: d.severity,
          message: d.message,
          file: d.file,
          pointer: d.pointer,
          line: d.line,
          column: d.column,
          ...(d.field !== undefined ? { field: d.field } : {}),
        })),
      };
    }),
    summary: tally(results),
  };
  return JSON.stringify(out, null, 2) + '\n';
};
