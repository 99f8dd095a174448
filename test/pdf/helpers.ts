// Reading rendered PDFs back for tests: pdf.js text, fields, annotations,
// structure; the raw XMP packet; a strict XML well-formedness check.

import { spawnSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const PAGE_WIDTH = 595.28;
export const MARGIN = (25 * 72) / 25.4;

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  dir: string;
}

export interface Annotation {
  subtype: string;
  fieldType?: string;
  fieldName?: string;
  rect: number[];
  hasAppearance?: boolean;
}

export interface StructNode {
  role?: string;
  children?: StructNode[];
}

export interface PageInfo {
  items: TextItem[];
  /** text lines of the page body (footer excluded), one per item */
  body: string[];
  /** footer line(s) */
  footer: string[];
  annotations: Annotation[];
  roles: Set<string>;
}

export interface LoadedPdf {
  numPages: number;
  pages: PageInfo[];
  /** pdf.js getFieldObjects(): a radio group is listed first (kidIds), then one entry per button (exportValues) */
  fields: Record<string, Array<{ type: string; value: unknown; page: number; exportValues?: unknown; kidIds?: string[] }>>;
  info: Record<string, unknown>;
  metadata: { get(name: string): unknown } | null;
  /** all body text, lines joined by spaces */
  text: string;
}

/** footer baseline is 28.6 pt above the bottom edge; the body ends at ~71 pt */
const FOOTER_MAX_Y = 50;

export async function loadPdf(buf: Buffer): Promise<LoadedPdf> {
  const doc = await getDocument({
    data: new Uint8Array(buf),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: PageInfo[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, dir: item.dir });
    }
    const roles = new Set<string>();
    const walk = (node: StructNode | null) => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      node.children?.forEach(walk);
    };
    walk((await page.getStructTree()) as StructNode | null);
    pages.push({
      items,
      body: items.filter((i) => i.y > FOOTER_MAX_Y).map((i) => i.str),
      footer: items.filter((i) => i.y <= FOOTER_MAX_Y).map((i) => i.str),
      annotations: (await page.getAnnotations()) as Annotation[],
      roles,
    });
  }
  const fields = ((await doc.getFieldObjects()) ?? {}) as LoadedPdf['fields'];
  const meta = await doc.getMetadata();
  const text = pages
    .flatMap((p) => p.body)
    .join(' ')
    .replace(/\s+/g, ' ');
  await doc.destroy();
  return {
    numPages: pages.length,
    pages,
    fields,
    info: meta.info as Record<string, unknown>,
    metadata: meta.metadata as LoadedPdf['metadata'],
    text,
  };
}

/** The XMP packet, from the uncompressed metadata stream. */
export function extractXmp(buf: Buffer): string {
  const raw = buf.toString('latin1');
  const start = raw.indexOf('<?xpacket begin=');
  const end = raw.indexOf('<?xpacket end=', start);
  if (start < 0 || end < 0) throw new Error('no XMP packet');
  const close = raw.indexOf('?>', end);
  return Buffer.from(raw.slice(start, close + 2), 'latin1').toString('utf8');
}

const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;

function checkCharData(text: string, where: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') throw new Error(`raw "<" in ${where}`);
    if (c === '&') {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) throw new Error(`bare "&" in ${where}: ${JSON.stringify(text.slice(i, i + 12))}`);
    }
  }
  if (text.includes(']]>')) throw new Error(`"]]>" in ${where}`);
}

/**
 * Strict well-formedness check for the XML subset XMP uses (elements,
 * attributes, character data, processing instructions, comments; no DTD, no
 * CDATA). Throws with a reason when the document is not well-formed.
 */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const startTag = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'y');
  const endTag = new RegExp(`</(${NAME})\\s*>`, 'y');
  const attr = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new Error('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      endTag.lastIndex = i;
      const m = endTag.exec(xml);
      if (!m) throw new Error(`bad end tag at ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
      const open = stack.pop();
      if (open !== m[1]) throw new Error(`</${m[1]}> closes <${open}>`);
      i = endTag.lastIndex;
    } else if (xml[i] === '<') {
      startTag.lastIndex = i;
      const m = startTag.exec(xml);
      if (!m) throw new Error(`bad start tag at ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
      const seen = new Set<string>();
      for (const a of m[2]!.matchAll(attr)) {
        if (seen.has(a[1]!)) throw new Error(`duplicate attribute ${a[1]}`);
        seen.add(a[1]!);
        checkCharData(a[2] ?? a[3] ?? '', `attribute ${a[1]}`);
      }
      if (stack.length === 0) roots++;
      if (!m[3]) stack.push(m[1]!);
      i = startTag.lastIndex;
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root element: ${JSON.stringify(text)}`);
      checkCharData(text, stack.length ? `<${stack[stack.length - 1]}>` : 'prolog');
      i = next < 0 ? xml.length : next;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}
