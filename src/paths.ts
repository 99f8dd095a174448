// Where agree's own files are (schemas, templates, validators, package.json).
// The code runs from src/ (tests), dist/ (library) and dist/cjs/ (the bundled
// CLI), so the package root is found by walking up to agree's package.json
// rather than by a fixed number of "../".

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'schemas'))) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'agree') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    dir = dirname(dir);
  }
  throw new Error(`agree cannot find its package directory from ${fileURLToPath(import.meta.url)}`);
}

/** absolute path of the package directory */
export const packageRoot = findRoot();

export const packagePath = (...parts: string[]): string => join(packageRoot, ...parts);

/** the package's version from package.json */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}
