// Typed errors, caught in one place (cli/main.ts). Everything below the CLI
// throws these instead of printing or exiting. Their text is shown in the
// language of whoever prints it; the Error message (for --debug and logs) is
// the English one.

import type { Text } from './lang/types.js';
import { pack, REFERENCE_LANGUAGE } from './lang/index.js';

/** Exit 2: wrong flags, missing input path, output exists, unwritable output. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(readonly text: Text) {
    super(text(pack(REFERENCE_LANGUAGE)));
    this.name = 'UsageError';
  }
}

/** Exit 2: the environment does not allow what was asked (output directory missing, not writable …). */
export class EnvironmentError extends Error {
  readonly exitCode = 2;
  constructor(readonly text: Text) {
    super(text(pack(REFERENCE_LANGUAGE)));
    this.name = 'EnvironmentError';
  }
}
