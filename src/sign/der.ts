// DER (ITU-T X.690) as far as CMS signatures need it: a reader that keeps
// every element's offsets — a signature is checked over the signed
// attributes exactly as they were encoded, never over a re-encoding — and a
// writer for the few structures agree builds. The reader is for hostile
// input: lengths are checked against the data, nesting is bounded, and
// indefinite lengths (BER) are refused.

export class DerError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'DerError';
  }
}

export interface DerNode {
  /** the identifier octet: class, constructed bit and tag number (tag numbers above 30 are refused) */
  tag: number;
  /** offset of the identifier octet */
  start: number;
  /** offset of the first content byte */
  contentStart: number;
  /** offset just after the element */
  end: number;
  /** the whole input, so that a node can give its bytes */
  data: Uint8Array;
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** [n] context-specific, constructed */
export const context = (n: number): number => 0xa0 | n;
/** [n] context-specific, primitive */
export const contextPrimitive = (n: number): number => 0x80 | n;

const MAX_DEPTH = 32;

/** The element at `offset` (its header checked against the data). */
export function readNode(data: Uint8Array, offset = 0, limit = data.length): DerNode {
  if (offset + 2 > limit) throw new DerError(`DER element at ${offset} runs past the end`);
  const tag = data[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`DER element at ${offset}: multi-byte tags are not used in signatures`);
  let pos = offset + 1;
  const first = data[pos++]!;
  let length: number;
  if (first < 0x80) length = first;
  else if (first === 0x80) throw new DerError(`DER element at ${offset}: indefinite length (BER) is not DER`);
  else {
    const bytes = first & 0x7f;
    if (bytes > 4) throw new DerError(`DER element at ${offset}: length of ${bytes} bytes`);
    if (pos + bytes > limit) throw new DerError(`DER element at ${offset} runs past the end`);
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + data[pos++]!;
  }
  const end = pos + length;
  if (end > limit) throw new DerError(`DER element at ${offset} claims ${length} bytes, more than there are`);
  return { tag, start: offset, contentStart: pos, end, data };
}

/** The elements inside a constructed element. */
export function children(node: DerNode): DerNode[] {
  if ((node.tag & 0x20) === 0) throw new DerError(`DER element at ${node.start} is not constructed`);
  const out: DerNode[] = [];
  let pos = node.contentStart;
  while (pos < node.end) {
    const child = readNode(node.data, pos, node.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

/** The element's content bytes. */
export function content(node: DerNode): Uint8Array {
  return node.data.subarray(node.contentStart, node.end);
}

/** The element as encoded, header included. */
export function encoded(node: DerNode): Uint8Array {
  return node.data.subarray(node.start, node.end);
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found ${node ? `0x${node.tag.toString(16)}` : 'nothing'}`);
  return node;
}

/** Checks the whole tree once (bounded depth), so that later walks meet no surprises. */
export function parseDer(data: Uint8Array): DerNode {
  const root = readNode(data, 0);
  const stack: Array<{ node: DerNode; depth: number }> = [{ node: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++count > 100_000) throw new DerError('DER structure has more than 100 000 elements');
    if (depth > MAX_DEPTH) throw new DerError(`DER nested deeper than ${MAX_DEPTH} levels`);
    if (node.tag & 0x20) for (const child of children(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return root;
}

/** "1.2.840.113549.1.7.2" */
export function readOid(node: DerNode): string {
  expectTag(node, TAG.OID, 'object identifier');
  const bytes = content(node);
  if (bytes.length === 0 || bytes.length > 64) throw new DerError('object identifier of unexpected length');
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    value = value * 128 + (bytes[i]! & 0x7f);
    if ((bytes[i]! & 0x80) === 0) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

// ---------------------------------------------------------------------------
// writing

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** An element from its tag and content (several parts are concatenated). */
export function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const header = [tag, ...lengthBytes(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let pos = header.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

export const sequence = (...parts: Uint8Array[]): Uint8Array => der(TAG.SEQUENCE, ...parts);

/** A SET OF, its elements sorted by their encoding as DER requires (X.690 11.6). */
export function setOf(...parts: Uint8Array[]): Uint8Array {
  const sorted = [...parts].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return der(TAG.SET, ...sorted);
}

export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map(Number);
  const bytes: number[] = [];
  const push = (value: number) => {
    const groups: number[] = [value & 0x7f];
    for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  };
  push(parts[0]! * 40 + parts[1]!);
  for (const p of parts.slice(2)) push(p);
  return der(TAG.OID, Uint8Array.from(bytes));
}

export const integer = (n: number): Uint8Array => der(TAG.INTEGER, Uint8Array.from(n < 0x80 ? [n] : [n >> 8, n & 0xff]));
export const octetString = (bytes: Uint8Array): Uint8Array => der(TAG.OCTET_STRING, bytes);
export const NULL = der(TAG.NULL);
