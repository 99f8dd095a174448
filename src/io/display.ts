// How agree shows a path to people: relative to the working directory when
// the file lies below it, else absolute; control characters in a file name
// (possible on Unix) as \xNN, so that printing it cannot send escape
// sequences to the terminal. The one place for this; everything that prints
// or reports a path uses it.

import { isAbsolute, relative, resolve, sep } from 'node:path';

// eslint-disable-next-line no-control-regex
export const visible = (path: string) => path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** `path` (absolute or relative to `cwd`) as shown to people, with forward slashes below `cwd` */
export function displayPath(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
  return visible(shown);
}
