// Counting findings by severity: the closing line of stylish, the json summary,
// --max-warnings. Apart from index.ts, so that the formatters it loads do not
// import it back.

import type { FileResult } from './index.js';

export function tally(results: FileResult[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: results.length, errors, warnings, infos };
}
