// Typed errors, caught in one place (cli/main.ts). Everything below the CLI
// throws these instead of printing or exiting.

import type { Localized } from './check/diagnostic.js';

/** Exit 2: wrong flags, missing input path, output exists, unwritable output. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'UsageError';
  }
}

/** Exit 2: the environment does not allow what was asked (output directory missing, not writable …). */
export class EnvironmentError extends Error {
  readonly exitCode = 2;
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'EnvironmentError';
  }
}
