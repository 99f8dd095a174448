// What an output kind is: declared once (name, file extension, help text,
// which documents it lays out) with a lazy loader for its renderers. The CLI's
// --format choices, the json summary, the library API and the bundle's lazy
// chunks all derive from the registry (registry.ts). A new kind is a folder
// here — `index.ts` (the declaration) and `render.ts` (the renderers, loaded
// on first use; scripts/bundle.mjs makes each its own chunk) — plus one line
// in registry.ts.

import type { Text } from '../lang/types.js';
import type { DocumentModel } from '../render/document.js';
import type { ChecklistModel } from '../review/checklist.js';
import type { ReviewResults } from '../review/results.js';
import type { Agreement } from '../model/types.js';
import type { SourceFile } from '../sign/embedded.js';

/** the documents agree lays out */
export type DocumentKind = 'agreement' | 'checklist';

export interface AgreementRenderOptions {
  /** a user template replacing the built-in one, where the kind has templates (md) */
  templateSource?: string;
  /** the agreement the model was built from (a user template sees its parts) */
  agreement?: Agreement;
  /** the agreement's YAML files (its `extends` chain, agreement first), for kinds that can carry them (pdf) */
  sources?: readonly SourceFile[];
}

export interface ChecklistRenderOptions {
  /** the `$schema` path a results YAML names (relative to where it is written) */
  schemaPath: string;
  /** the command that evaluates the filled file, shown in it */
  evaluateCommand: string;
  /** answers to fill in (a results YAML made from a filled checklist) */
  results?: ReviewResults;
}

export type Bytes = Uint8Array | string;

/** The renderers of one output kind; a kind lays out some documents, not necessarily all. */
export interface Renderers {
  agreement?(model: DocumentModel, options: AgreementRenderOptions): Promise<Bytes> | Bytes;
  checklist?(model: ChecklistModel, options: ChecklistRenderOptions): Promise<Bytes> | Bytes;
}

export interface OutputKind {
  /** the --format value, e.g. "pdf" */
  name: string;
  /** the file name extension, without the dot */
  extension: string;
  /** one line for --help (its words in the language packs: ui['output.<name>']) */
  help: Text;
  /** rendered by `agree render` when no --format is given */
  byDefault: boolean;
  /** which documents it lays out — known without loading the renderers */
  documents: readonly DocumentKind[];
  /** the renderers, loaded on first use */
  load(): Promise<Renderers>;
}
