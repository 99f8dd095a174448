// Every output kind agree writes, in the order `--help` lists them. Adding a
// kind: its folder (index.ts + render.ts) and one line here.

import type { DocumentKind, OutputKind } from './types.js';
import { pdf } from './pdf/index.js';
import { md } from './md/index.js';
import { yaml } from './yaml/index.js';
import { docx } from './docx/index.js';

const kinds: OutputKind[] = [pdf, md, docx, yaml];

/** the registered kinds that lay out `document` (all kinds without an argument) */
export function outputKinds(document?: DocumentKind): readonly OutputKind[] {
  return document ? kinds.filter((k) => k.documents.includes(document)) : kinds;
}

export function outputKind(name: string): OutputKind | undefined {
  return kinds.find((k) => k.name === name);
}

/** Adds a kind at run time (tests; a plug-in). A kind with the same name is replaced. */
export function registerOutput(kind: OutputKind): () => void {
  const i = kinds.findIndex((k) => k.name === kind.name);
  const previous = i >= 0 ? kinds[i] : undefined;
  if (i >= 0) kinds[i] = kind;
  else kinds.push(kind);
  return () => {
    const j = kinds.indexOf(kind);
    if (j < 0) return;
    if (previous) kinds[j] = previous;
    else kinds.splice(j, 1);
  };
}

export type { DocumentKind, OutputKind, Renderers } from './types.js';
