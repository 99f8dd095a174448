// Vitest global setup. Most tests run main() from src/, but some things still
// come from the build: the schema validators and the form field font
// (dist/validators, dist/form-font, which src/ loads too), the render workers that `render --jobs 2` starts (dist/cjs/render-worker.cjs,
// also from in-process tests) and the command that test/e2e/ spawns
// (bin/agree.cjs → dist/cjs). `npx vitest run` right after an edit would test
// those stale; here they are rebuilt first when a source is newer than what was
// built from it. `npm test` builds everything beforehand, so this is then a no-op.

import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './cli.js';

/** the newest modification time under the given files and directories */
function newest(paths: string[]): number {
  let time = 0;
  for (const path of paths) {
    const full = join(root, path);
    const stat = statSync(full);
    if (!stat.isDirectory()) time = Math.max(time, stat.mtimeMs);
    else time = Math.max(time, newest(readdirSync(full).map((name) => join(path, name))));
  }
  return time;
}

/** the files in a directory (relative to the root) whose names match, none when it is missing */
function filesIn(dir: string, name: RegExp): string[] {
  try {
    return readdirSync(join(root, dir)).filter((f) => name.test(f)).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** the oldest of the built files, or 0 when one is missing */
function oldest(paths: string[]): number {
  let time = Infinity;
  for (const path of paths) {
    try {
      time = Math.min(time, statSync(join(root, path)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return time;
}

const steps = [
  {
    what: 'schema validators (dist/validators)',
    sources: ['schemas', 'scripts/build-validators.mjs'],
    built: ['dist/validators/agreement.cjs', 'dist/validators/review-results.cjs'],
    scripts: ['scripts/build-validators.mjs'],
  },
  {
    what: 'form field font (dist/form-font)',
    sources: ['scripts/build-form-font.mjs'],
    built: ['dist/form-font/form-font.json', 'dist/form-font/font.ttf.deflate', 'dist/form-font/to-unicode.cmap.deflate'],
    scripts: ['scripts/build-form-font.mjs'],
  },
  {
    what: 'bundled command (dist/cjs)',
    sources: ['src', 'scripts/bundle.mjs', 'scripts/code-cache.mjs', 'bin/load.cjs'],
    // the command and the worker by name; besides them whatever bundles the build splits off
    built: ['dist/cjs/agree.cjs', 'dist/cjs/render-worker.cjs', ...filesIn('dist/cjs', /\.cjs$/)],
    scripts: ['scripts/bundle.mjs', 'scripts/code-cache.mjs'],
  },
];

export default function setup(): void {
  for (const step of steps) {
    if (newest(step.sources) <= oldest(step.built)) continue;
    process.stderr.write(`test setup: the ${step.what} is older than its sources; rebuilding it\n`);
    for (const script of step.scripts) execFileSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  }
}
