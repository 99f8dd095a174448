#!/usr/bin/env node
// The command. All logic is in dist/cli/main.js (compiled from src/cli/main.ts).
import { main } from '../dist/cli/main.js';

main({ argv: process.argv.slice(2) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`agree: unexpected error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
