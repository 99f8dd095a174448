#!/usr/bin/env node
// The command. All logic is in the bundled CLI (dist/bundle/main.js, built
// from src/cli/main.ts by scripts/bundle.mjs).
import { main } from '../dist/bundle/main.js';

main({ argv: process.argv.slice(2) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`agree: unexpected error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
