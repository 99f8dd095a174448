// Writes V8's code cache for the bundled CLI (dist/cjs/*.cjs.cache): runs
// `agree check` and `agree render` once on an example, in this process, and
// keeps the code V8 compiled for them. bin/load.cjs uses it at start-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const loader = require('../bin/load.cjs');
const { main } = loader.load('agree');
const out = mkdtempSync(join(tmpdir(), 'agree-code-cache-'));
const quiet = { write: () => true, isTTY: false };
const example = new URL('../examples/dithmarschen.yaml', import.meta.url).pathname;
const run = async (...argv) => {
  const code = await main({ argv, stdout: quiet, stderr: quiet });
  if (code > 1) throw new Error(`agree ${argv[0]} exited ${code} while writing the code cache`);
};
try {
  await run('check', example, '--today', '2026-01-01');
  await run('render', example, '--out', out, '--format', 'all', '--jobs', '1');
  loader.writeCaches();
} finally {
  rmSync(out, { recursive: true, force: true });
}
