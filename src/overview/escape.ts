// Text from documents is hostile (names like "<script>", quotes that end an
// attribute): everything that goes into the page — element text, attribute
// values, SVG text — passes through here. Attributes are always double-quoted.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** text or a double-quoted attribute value, escaped for HTML and inline SVG */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** a link target from agree itself (relative paths, percent-encoded) or --rule-docs: anything with a scheme other than http(s) is dropped */
export function safeHref(href: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  return href;
}
