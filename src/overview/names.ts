// How a document is named on the page: by its district, as people know it —
// with its id where two documents of the run name the same district (the
// faithful 2006 agreement and today's, two partners' agreements in one county).

import type { OverviewData } from './types.js';

/** anchor → the name to show */
export function documentNames(data: OverviewData): Map<string, string> {
  const count = new Map<string, number>();
  for (const d of data.documents) if (d.district !== null) count.set(d.district, (count.get(d.district) ?? 0) + 1);
  return new Map(
    data.documents.map((d) => {
      const base = d.district ?? d.id ?? d.file;
      return [d.anchor, d.district !== null && count.get(d.district)! > 1 && d.id ? `${base} (${d.id})` : base];
    }),
  );
}
