// A strict structural reader for the iCalendar files agree writes (RFC 5545):
// there is no iCalendar parser among the dependencies, so this is one, and it
// throws on any deviation: CRLF line ends, at most 75 octets per line, folding
// (continuation lines start with one space), properly nested components,
// content lines NAME;PARAM=V:VALUE, no control characters in values.

import { expect } from 'vitest';

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** a strict RFC 5545 reader for what agree writes: throws on any deviation */
export function parseIcs(text: string): Component {
  if (!text.endsWith('\r\n')) throw new Error('file must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const [i, line] of physical.entries()) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`bare LF or CR in line ${i + 1}`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) throw new Error(`line ${i + 1} has ${octets} octets`);
    if (line === '') throw new Error(`empty line ${i + 1}`);
  }
  // unfold: a line starting with one space continues the previous one
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) {
      if (logical.length === 0) throw new Error('continuation line at the start');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of logical) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const [, name, rawParams, value] = m as unknown as [string, string, string, string];
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new Error(`control character in ${name}`);
    const params: Record<string, string> = {};
    for (const p of rawParams.split(';').slice(1)) {
      const [k, v] = p.split('=') as [string, string];
      params[k] = v;
    }
    if (name === 'BEGIN') {
      const c: Component = { name: value, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1]!.components.push(c);
      else if (root) throw new Error('second top-level component');
      else root = c;
      stack.push(c);
    } else if (name === 'END') {
      const c = stack.pop();
      if (!c || c.name !== value) throw new Error(`END:${value} closes ${c?.name}`);
    } else {
      if (!stack.length) throw new Error(`property ${name} outside a component`);
      stack[stack.length - 1]!.properties.push({ name, params, value });
    }
  }
  if (stack.length || !root) throw new Error('unclosed component');
  return root;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function prop(c: Component, name: string): Property {
  const found = c.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${c.name} has ${found.length} × ${name}`);
  return found[0]!;
}

/** a structural check of a whole agree calendar; returns the events */
export function checkCalendar(text: string): Component[] {
  const cal = parseIcs(text);
  expect(cal.name).toBe('VCALENDAR');
  expect(prop(cal, 'VERSION').value).toBe('2.0');
  expect(prop(cal, 'PRODID').value).toMatch(/^-\/\/agree\/\//);
  expect(prop(cal, 'CALSCALE').value).toBe('GREGORIAN');
  const events = cal.components;
  const uids = new Set<string>();
  for (const e of events) {
    expect(e.name).toBe('VEVENT');
    const uid = prop(e, 'UID').value;
    expect(uid).toMatch(/^[a-z0-9][a-z0-9-]*-review@agree$/);
    expect(uids.has(uid)).toBe(false);
    uids.add(uid);
    expect(prop(e, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    const start = prop(e, 'DTSTART');
    const end = prop(e, 'DTEND');
    expect(start.params).toEqual({ VALUE: 'DATE' });
    expect(end.params).toEqual({ VALUE: 'DATE' });
    expect(start.value).toMatch(/^\d{8}$/);
    const day = (v: string) => Date.UTC(Number(v.slice(0, 4)), Number(v.slice(4, 6)) - 1, Number(v.slice(6, 8)));
    expect(day(end.value) - day(start.value)).toBe(86_400_000);
    for (const p of ['SUMMARY', 'DESCRIPTION']) {
      // TEXT: no unescaped ; or , and only the escapes RFC 5545 defines
      expect(prop(e, p).value).not.toMatch(/(?<!\\)(?:\\\\)*[;,]/);
      expect(prop(e, p).value.replace(/\\[\\;,nN]/g, '')).not.toContain('\\');
    }
  }
  return events;
}
