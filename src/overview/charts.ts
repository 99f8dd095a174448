// The charts of the overview as inline SVG, drawn here rather than by a
// charting library: three simple charts (a heat map, a line with a band, a
// bar chart) need no more than rectangles, lines and text, and a library
// would add script to a page that must work offline and print as it looks.
// Each chart is an image with a title and description for screen readers;
// its values are also in a table on the page. Every number is drawn as text
// beside its colour. Coordinates are rounded, so the same data give the
// same bytes.

import { esc } from './escape.js';
import { bandOf, colors } from './palette.js';
import { documentNames } from './names.js';
import type { OverviewData } from './types.js';
import type { OverviewWords } from './words.js';

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"';
const r = (n: number) => Math.round(n * 10) / 10;

function svgOpen(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${esc(id)}" role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" ` +
    `viewBox="0 0 ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" ${FONT} font-size="12">` +
    `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>`
  );
}

/** a name cut to fit a label column; the whole name stays in the tooltip and the table */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function rateLabel(rate: number | null, complete: boolean, w: OverviewWords): string {
  const value = rate === null ? '–' : w.percent(rate);
  return complete ? value : `${value}${w.trend.incompleteMark}`;
}

/** rows per heat-map image: long lists become several images side by side, each with the years above it */
export const HEAT_MAP_ROWS = 50;

/**
 * One row per document with reviews, one column per year: the rate as colour
 * and as text. Many documents give several images of HEAT_MAP_ROWS rows, which
 * the page sets side by side as the width allows.
 */
export function heatMaps(data: OverviewData, w: OverviewWords): string[] {
  const rows = data.documents.filter((d) => d.trend.length > 0);
  const names = documentNames(data);
  const out: string[] = [];
  const parts = Math.ceil(rows.length / HEAT_MAP_ROWS);
  for (let part = 0; part < parts; part++) {
    const chunk = rows.slice(part * HEAT_MAP_ROWS, (part + 1) * HEAT_MAP_ROWS);
    const range = parts > 1 ? w.trend.part(part * HEAT_MAP_ROWS + 1, part * HEAT_MAP_ROWS + chunk.length, rows.length) : '';
    out.push(heatMap(`chart-heatmap-${part + 1}`, chunk, rows.length, range, names, data, w));
  }
  return out;
}

function heatMap(id: string, rows: OverviewData['documents'], total: number, range: string, names: Map<string, string>, data: OverviewData, w: OverviewWords): string {
  const labelWidth = 250;
  const cell = { w: 76, h: 22 };
  const top = 26;
  const width = labelWidth + data.years.length * cell.w + 8;
  const height = top + rows.length * cell.h + 4;
  const title = range ? `${w.trend.chartTitle} (${range})` : w.trend.chartTitle;
  const out = [svgOpen(id, width, height, title, w.trend.chartDescription(total, data.years))];
  data.years.forEach((year, i) => {
    out.push(`<text x="${r(labelWidth + i * cell.w + cell.w / 2)}" y="17" text-anchor="middle" font-weight="bold" fill="${colors.text}">${esc(year)}</text>`);
  });
  rows.forEach((doc, j) => {
    const y = top + j * cell.h;
    const name = names.get(doc.anchor)!;
    out.push(`<g class="heat-row"><title>${esc(name)}</title><text x="${labelWidth - 8}" y="${r(y + 15)}" text-anchor="end" fill="${colors.text}">${esc(fit(name, 36))}</text>`);
    data.years.forEach((year, i) => {
      const x = labelWidth + i * cell.w;
      const point = doc.trend.find((t) => t.year === year);
      if (!point) {
        out.push(`<rect x="${r(x + 2)}" y="${r(y + 2)}" width="${cell.w - 4}" height="${cell.h - 4}" fill="${colors.page}" stroke="${colors.rule}" stroke-dasharray="3 2"><title>${esc(`${name}, ${year}: ${w.trend.bands.missing}`)}</title></rect>`);
        return;
      }
      const label = rateLabel(point.rate, point.complete, w);
      out.push(
        `<rect x="${r(x + 2)}" y="${r(y + 2)}" width="${cell.w - 4}" height="${cell.h - 4}" fill="${colors[bandOf(point.rate)]}"><title>${esc(`${name}, ${year}: ${label}`)}</title></rect>` +
          `<text x="${r(x + cell.w / 2)}" y="${r(y + 15)}" text-anchor="middle" fill="${colors.text}">${esc(label)}</text>`,
      );
    });
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

/** the median rate per year across all districts, with the band of the middle half */
export function medianChart(data: OverviewData, w: OverviewWords): string {
  const width = 560;
  const height = 250;
  const plot = { left: 56, right: width - 24, top: 20, bottom: height - 52 };
  const n = data.yearly.length;
  const xOf = (i: number) => (n === 1 ? (plot.left + plot.right) / 2 : plot.left + 30 + (i * (plot.right - plot.left - 60)) / (n - 1));
  const yOf = (rate: number) => plot.bottom - rate * (plot.bottom - plot.top);
  const out = [svgOpen('chart-median', width, height, w.trend.medianTitle, w.trend.medianDescription)];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = r(yOf(tick));
    out.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="${colors.rule}" stroke-width="${tick === 0 ? 1.5 : 0.5}"${tick === 0 ? '' : ' stroke-dasharray="2 3"'}/>`);
    out.push(`<text x="${plot.left - 8}" y="${r(y + 4)}" text-anchor="end" fill="${colors.muted}">${esc(w.percent(tick))}</text>`);
  }
  const withRates = data.yearly.map((s, i) => ({ ...s, x: xOf(i) })).filter((s) => s.median !== null);
  if (withRates.length === 1) {
    const s = withRates[0]!;
    out.push(`<rect x="${r(s.x - 14)}" y="${r(yOf(s.q3!))}" width="28" height="${r(Math.max(1, yOf(s.q1!) - yOf(s.q3!)))}" fill="${colors.quartileBand}" stroke="${colors.median}" stroke-dasharray="4 2"/>`);
  } else if (withRates.length > 1) {
    const upper = withRates.map((s) => `${r(s.x)},${r(yOf(s.q3!))}`);
    const lower = withRates.map((s) => `${r(s.x)},${r(yOf(s.q1!))}`).reverse();
    out.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${colors.quartileBand}" stroke="${colors.median}" stroke-dasharray="4 2"/>`);
    out.push(`<polyline points="${withRates.map((s) => `${r(s.x)},${r(yOf(s.median!))}`).join(' ')}" fill="none" stroke="${colors.median}" stroke-width="2.5"/>`);
  }
  for (const s of withRates) {
    const y = yOf(s.median!);
    out.push(`<circle cx="${r(s.x)}" cy="${r(y)}" r="4.5" fill="${colors.median}"><title>${esc(`${s.year}: ${w.trend.median} ${w.percent(s.median!)}`)}</title></circle>`);
    out.push(`<text x="${r(s.x + 8)}" y="${r(y - 8)}" fill="${colors.text}" font-weight="bold">${esc(w.percent(s.median!))}</text>`);
  }
  data.yearly.forEach((s, i) => {
    const x = r(xOf(i));
    out.push(`<text x="${x}" y="${plot.bottom + 18}" text-anchor="middle" fill="${colors.text}" font-weight="bold">${esc(s.year)}</text>`);
    out.push(`<text x="${x}" y="${plot.bottom + 34}" text-anchor="middle" fill="${colors.muted}">${esc(w.trend.reviews(s.count))}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** reviews per month of the next 12 months, and those overdue, as bars with their counts */
export function timelineChart(data: OverviewData, w: OverviewWords): string {
  const buckets = data.timeline.buckets;
  const slot = 62;
  const left = 36;
  const width = left + buckets.length * slot + 8;
  const height = 230;
  const plot = { top: 24, bottom: height - 46 };
  const max = Math.max(1, ...buckets.map((b) => b.documents.length));
  const scale = (n: number) => (n / max) * (plot.bottom - plot.top);
  const total = buckets.filter((b) => b.key !== 'overdue').reduce((n, b) => n + b.documents.length, 0);
  const overdue = buckets.find((b) => b.key === 'overdue')?.documents.length ?? 0;
  const out = [svgOpen('chart-timeline', width, height, w.timeline.chartTitle, w.timeline.chartDescription(total, overdue))];
  out.push(`<line x1="${left}" x2="${width - 8}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${colors.rule}" stroke-width="1.5"/>`);
  buckets.forEach((b, i) => {
    const x = left + i * slot;
    const label = b.key === 'overdue' ? w.timeline.overdue : w.month(b.key);
    const count = b.documents.length;
    const due = b.documents.filter((d) => d.status === 'due').length;
    const parts: Array<[number, string]> =
      b.key === 'overdue' ? [[count, colors.overdueBar]] : [[due, colors.dueBar], [count - due, colors.okBar]];
    let y = plot.bottom;
    out.push(`<g class="month"><title>${esc(w.timeline.reviewsIn(label, count))}</title>`);
    for (const [n, fill] of parts) {
      if (n === 0) continue;
      const h = scale(n);
      y -= h;
      out.push(`<rect x="${r(x + 10)}" y="${r(y)}" width="${slot - 20}" height="${r(h)}" fill="${fill}"/>`);
    }
    out.push(`<text x="${r(x + slot / 2)}" y="${r(y - 6)}" text-anchor="middle" fill="${colors.text}" font-weight="bold">${esc(w.number(count))}</text>`);
    const space = label.lastIndexOf(' ');
    const [line1, line2] = space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label, ''];
    out.push(
      `<text x="${r(x + slot / 2)}" y="${plot.bottom + 16}" text-anchor="middle" fill="${colors.text}">${esc(line1)}</text>` +
        (line2 ? `<text x="${r(x + slot / 2)}" y="${plot.bottom + 31}" text-anchor="middle" fill="${colors.muted}">${esc(line2)}</text>` : ''),
    );
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}
