// Loads agree's bundled CommonJS files (dist/cjs/*.cjs) with V8's code cache:
// the compiled code of an earlier run is kept beside each file (*.cjs.cache,
// written at build time by scripts/code-cache.mjs), so that a start does not
// parse and compile the same code again. A cache that does not fit (another
// Node.js version, a changed file) is ignored by V8 and the file is compiled
// as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const dir = join(__dirname, '..', 'dist', 'cjs');
const modules = new Map();
const scripts = new Map();

function load(name) {
  if (modules.has(name)) return modules.get(name).exports;
  const file = join(dir, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  modules.set(name, module);
  scripts.set(name, script);
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dir);
  module.loaded = true;
  return module.exports;
}

/** writes the code cache of the files loaded so far, or of those named (build time, scripts/code-cache.mjs) */
function writeCaches(names = [...scripts.keys()]) {
  for (const name of names) writeFileSync(join(dir, `${name}.cjs.cache`), scripts.get(name).createCachedData());
  return names;
}

globalThis.__agreeLoad = load;
module.exports = { load, writeCaches };
