#!/usr/bin/env node
// The command. All logic is in the bundled CLI (dist/cjs/agree.cjs, built from
// src/cli/main.ts by scripts/bundle.mjs); main() returns the exit code.
'use strict';

let main;
try {
  ({ main } = require('./load.cjs').load('agree'));
} catch (error) {
  // not built (a fresh clone before `npm ci`) or installed incompletely: one line, no stack
  process.stderr.write(`agree: cannot start (${error && error.message ? error.message.split('\n')[0] : error}). Run "npm ci" in the agree directory to install and build it.\n`);
  process.exit(2);
}

main({ argv: process.argv.slice(2) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`agree: unexpected error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
