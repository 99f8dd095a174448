// One diagnostic type for everything agree reports: YAML syntax errors,
// schema errors, structural and quality rules (STYLE §3).

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** the file the offending value came from (after `extends`), as given or relative to cwd */
  file: string;
  /** JSON pointer into the merged document ("" = whole document) */
  pointer: string;
  /** 1-based; 0 when the finding has no position (e.g. unreadable file, a PDF) */
  line: number;
  column: number;
  /** where a finding in a PDF input is: the form field's name (line and column are 0) */
  field?: string;
}

export type { Text } from '../lang/types.js';
