// The overview as one self-contained HTML page: styles, script and charts
// inline, nothing loaded from anywhere (a Content-Security-Policy says so to
// the browser too), so it opens from a USB stick or an e-mail attachment.
// Every value from the documents goes through esc(); the page script is
// static (templates/overview/overview.js) and reads only the table it sorts
// and filters — no data is ever written into script or event handlers.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../check/diagnostic.js';
import { ruleById } from '../check/rules/index.js';
import { packagePath, packageVersion } from '../paths.js';
import { heatMaps, medianChart, rateLabel, timelineChart } from './charts.js';
import { esc, safeHref } from './escape.js';
import { documentNames } from './names.js';
import { colors } from './palette.js';
import { FLOW_ROLES, type FlowRole, type OverviewData, type OverviewDocument, type OverviewFlowGroup } from './types.js';
import type { OverviewWords } from './words.js';
import { pack } from '../lang/index.js';

/** findings listed in one table cell; the rest are counted */
const MAX_CELL_FINDINGS = 20;
/** places listed per rule in the findings section; the rest are counted */
const MAX_RULE_PLACES = 300;

let assets: { css: string; js: string } | undefined;
function pageAssets(): { css: string; js: string } {
  assets ??= {
    css: readFileSync(packagePath('templates', 'overview', 'overview.css'), 'utf8'),
    js: readFileSync(packagePath('templates', 'overview', 'overview.js'), 'utf8'),
  };
  return assets;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** the palette as CSS custom properties, so that overview.css names colours only through palette.ts */
function paletteCss(): string {
  const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `:root{${Object.entries(colors)
    .map(([name, value]) => `--${kebab(name)}:${value}`)
    .join(';')}}\n`;
}

export function renderOverviewHtml(data: OverviewData, w: OverviewWords): string {
  const { css, js } = pageAssets();
  const style = paletteCss() + css;
  const csp = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(js)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const sections = [
    { id: 'documents', title: w.sections.documents, body: documentsSection(data, w) },
    { id: 'trend', title: w.sections.trend, body: trendSection(data, w) },
    { id: 'timeline', title: w.sections.timeline, body: timelineSection(data, w) },
    { id: 'data-flows', title: w.sections.dataFlows, body: flowsSection(data, w) },
    { id: 'findings', title: w.sections.findings, body: findingsSection(data, w) },
    ...(data.unmatchedResults.length > 0 ? [{ id: 'unmatched', title: w.sections.unmatched, body: unmatchedSection(data, w) }] : []),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(w.htmlLang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<meta name="generator" content="agree ${esc(packageVersion())}">`,
    `<title>${esc(w.title)} – ${esc(w.longDate(data.today))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(w.title)}</h1>`,
    `<p class="intro">${esc(w.intro(w.longDate(data.today)))}</p>`,
    summaryTiles(data, w),
    `<nav aria-label="${esc(w.contents)}"><ul>${sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ul></nav>`,
    '</header>',
    '<main>',
    ...sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-heading"><h2 id="${s.id}-heading">${esc(s.title)}</h2>${s.body}</section>`),
    '</main>',
    `<footer><p>${esc(w.generatedBy(packageVersion()))}</p></footer>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summaryTiles(data: OverviewData, w: OverviewWords): string {
  const s = data.summary;
  const tile = (value: number, label: string, cls = '') => `<div class="tile${cls ? ` ${cls}` : ''}"><dt>${esc(label)}</dt><dd>${esc(w.number(value))}</dd></div>`;
  return (
    `<section aria-label="${esc(w.summary.label)}"><dl class="tiles">` +
    tile(s.documents, w.summary.documents) +
    tile(s.agreements, w.summary.agreements) +
    tile(s.profiles, w.summary.profiles) +
    tile(s.withErrors, w.summary.withErrors, s.withErrors > 0 ? 'status-errors' : '') +
    tile(s.overdue, w.summary.overdue, s.overdue > 0 ? 'status-overdue' : '') +
    tile(s.due, w.summary.due(data.windowDays), s.due > 0 ? 'status-due' : '') +
    tile(s.ok, w.summary.ok, 'status-ok') +
    tile(s.reviewed, w.summary.reviewed) +
    '</dl></section>'
  );
}

// ---------------------------------------------------------------------------
// the table of documents

const statusOf = (d: OverviewDocument): 'ok' | 'due' | 'overdue' | 'errors' => (d.ok && d.next ? d.next.status : 'errors');

function documentsSection(data: OverviewData, w: OverviewWords): string {
  const c = w.table.columns;
  // the sort key kind of each column: text, number, or ISO dates (compared as text)
  const columns: Array<[string, string, 'text' | 'number']> = [
    ['district', c.district, 'text'],
    ['kind', c.kind, 'text'],
    ['partners', c.partners, 'text'],
    ['version', c.version, 'text'],
    ['last-review', c.lastReview, 'text'],
    ['next', c.next, 'text'],
    ['findings', c.findings, 'number'],
    ['rate', c.rate, 'number'],
    ['pdf', c.pdf, 'text'],
  ];
  const statusOptions = (['overdue', 'due', 'ok', 'errors'] as const).map((s) => `<option value="${s}">${esc(w.statusName[s])}</option>`).join('');
  const kindOptions = (['agreement', 'informal'] as const).map((k) => `<option value="${k}">${esc(w.kind[k])}</option>`).join('');
  const total = data.documents.length;
  const controls =
    `<div class="controls" id="table-controls" hidden>` +
    `<p class="control"><label for="filter">${esc(w.table.filter)}</label> <input type="search" id="filter" autocomplete="off" aria-describedby="filter-hint" aria-controls="documents-table"> <span id="filter-hint" class="sub">${esc(w.table.filterHint)}</span></p>` +
    `<p class="control"><label for="status-filter">${esc(w.table.statusFilter)}</label> <select id="status-filter" aria-controls="documents-table"><option value="">${esc(w.table.all)}</option>${statusOptions}</select></p>` +
    `<p class="control"><label for="kind-filter">${esc(w.table.kindFilter)}</label> <select id="kind-filter" aria-controls="documents-table"><option value="">${esc(w.table.all)}</option>${kindOptions}</select></p>` +
    `<p id="shown" class="shown" aria-live="polite" data-template="${esc(w.table.shown('{shown}', total))}">${esc(w.table.shown(w.number(total), total))}</p>` +
    `<p id="none-shown" class="none-shown" hidden>${esc(w.table.noneShown)}</p>` +
    `<p class="sub">${esc(w.table.sortHint)}</p>` +
    `</div>`;
  const head = columns
    .map(([key, label, type], i) => `<th scope="col" data-key="${key}" data-type="${type}"${i === 0 ? ' aria-sort="ascending"' : ''}><button type="button" class="sort">${esc(label)}<span class="arrow" aria-hidden="true"></span></button></th>`)
    .join('');
  const rows = data.documents.map((d) => documentRow(d, w)).join('\n');
  return (
    controls +
    `<div class="table-wrap"><table id="documents-table" class="documents" data-sorted-ascending="${esc(w.table.sortedAscending)}" data-sorted-descending="${esc(w.table.sortedDescending)}">` +
    `<caption>${esc(w.table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`
  );
}

function documentRow(d: OverviewDocument, w: OverviewWords): string {
  const status = statusOf(d);
  const name = d.district ?? d.id ?? d.file;
  const cells: string[] = [];
  cells.push(
    `<th scope="row" data-sort="${esc(name)}"><bdi class="district">${esc(name)}</bdi>` +
      (d.id && d.id !== name ? `<span class="sub">${esc(d.id)}</span>` : '') +
      (d.file !== name ? `<span class="sub file">${esc(d.file)}</span>` : '') +
      '</th>',
  );
  const kind = d.kind ? w.kind[d.kind] : w.kindUnknown;
  cells.push(`<td data-sort="${esc(kind)}">${esc(kind)}</td>`);
  cells.push(
    `<td data-sort="${esc(d.partners.map((p) => p.name).join(', '))}"><ul class="partners">` +
      d.partners.map((p) => `<li><bdi>${esc(p.name)}</bdi>${p.type ? ` <span class="sub">(${esc(w.flows.role[p.type])})</span>` : ''}</li>`).join('') +
      `</ul></td>`,
  );
  cells.push(dateCell(d.version, w));
  cells.push(d.lastReview ? dateCell(d.lastReview, w) : `<td data-sort="">${esc(w.noLastReview)}</td>`);
  cells.push(nextCell(d, status, w));
  cells.push(findingsCell(d, w));
  cells.push(rateCell(d, w));
  cells.push(d.pdf ? `<td data-sort="1"><a href="${esc(d.pdf)}" aria-label="${esc(w.pdfOf(name))}">${esc(w.pdf)}</a></td>` : `<td data-sort=""><span class="sub">${esc(w.noPdf)}</span></td>`);
  return `<tr id="${esc(d.anchor)}" data-status="${status}" data-kind="${d.kind ?? 'unknown'}">${cells.join('')}</tr>`;
}

function dateCell(iso: string | null, w: OverviewWords): string {
  if (!iso) return '<td data-sort="">–</td>';
  return `<td data-sort="${esc(iso)}"><time datetime="${esc(iso)}">${esc(w.date(iso))}</time></td>`;
}

function badge(status: 'ok' | 'due' | 'overdue' | 'errors', text: string): string {
  return `<span class="badge status-${status}">${esc(text)}</span>`;
}

function nextCell(d: OverviewDocument, status: 'ok' | 'due' | 'overdue' | 'errors', w: OverviewWords): string {
  if (!d.next) return `<td data-sort="">${badge('errors', w.statusName.errors)}</td>`;
  const n = d.next;
  const basis = n.basis === 'next' ? w.basis.next : n.basis === 'lastReview' ? w.basis.lastReview : w.basis.version;
  const from = n.basis === 'version' ? d.version : d.lastReview;
  return (
    `<td data-sort="${esc(n.due)}"><time datetime="${esc(n.due)}">${esc(w.date(n.due))}</time> ${badge(status, w.status(n.status, n.daysLeft))}` +
    (from ? `<span class="sub">${esc(basis(w.date(from)))}</span>` : '') +
    (n.intervalDefaulted ? `<span class="sub">${esc(w.intervalDefaulted)}</span>` : '') +
    '</td>'
  );
}

function diagnosticItem(x: { file: string; line: number; column: number; field?: string; severity: string; message: string }, w: OverviewWords): string {
  const at = w.at(x.line, x.column, x.field);
  return `<li class="finding severity-${esc(x.severity)}"><span class="severity">${esc(w.findings.severity[x.severity as 'error'])}</span> <span class="where">${esc(x.file)}${at ? ` (${esc(at)})` : ''}</span>: ${esc(x.message)}</li>`;
}

function findingList(diagnostics: Diagnostic[], w: OverviewWords): string {
  const shown = diagnostics.slice(0, MAX_CELL_FINDINGS);
  const more = diagnostics.length - shown.length;
  return `<ul class="findings">${shown.map((d) => diagnosticItem(d, w)).join('')}${more > 0 ? `<li>${esc(w.moreFindings(more))}</li>` : ''}</ul>`;
}

function findingsCell(d: OverviewDocument, w: OverviewWords): string {
  const c = d.counts;
  // errors weigh most when sorting, then warnings, then notes
  const key = c.errors * 1e6 + c.warnings * 1e3 + c.infos;
  const parts = [
    c.errors > 0 ? `<span class="count-errors">${esc(w.errors(c.errors))}</span>` : '',
    c.warnings > 0 ? `<span class="count-warnings">${esc(w.warnings(c.warnings))}</span>` : '',
    c.infos > 0 ? `<span class="count-infos">${esc(w.infos(c.infos))}</span>` : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return `<td data-sort="0">${esc(w.noFindings)}</td>`;
  const summary = parts.join(' · ');
  if (!d.ok) {
    return `<td data-sort="${key}"><p class="failure">${esc(w.failure[d.failure ?? 'errors'])}</p>${findingList(d.diagnostics, w)}<p>${summary}</p></td>`;
  }
  return `<td data-sort="${key}"><details><summary>${summary}</summary>${findingList(d.diagnostics, w)}</details></td>`;
}

function rateCell(d: OverviewDocument, w: OverviewWords): string {
  const rejected = d.results.filter((r) => !r.ok);
  const rejectedHtml =
    rejected.length > 0
      ? `<details class="rejected"><summary>${esc(w.resultsRejected(rejected.length))}</summary>${findingList(
          rejected.flatMap((r) => r.diagnostics.filter((x) => x.severity === 'error')),
          w,
        )}</details>`
      : '';
  if (!d.review) return `<td data-sort=""><span class="sub">${esc(w.noReview)}</span>${rejectedHtml}</td>`;
  const r = d.review;
  return (
    `<td data-sort="${r.rate === null ? '' : r.rate.toFixed(4)}"><span class="rate">${esc(r.rate === null ? w.noRate : w.percent(r.rate))}</span>` +
    (r.complete ? '' : ` <span class="incomplete">(${esc(w.incomplete)})</span>`) +
    `<span class="sub">${esc(r.reviewDate ? w.reviewOf(w.date(r.reviewDate)) : w.reviewUndated)}</span>${rejectedHtml}</td>`
  );
}

// ---------------------------------------------------------------------------
// fulfilment per district and year

function trendSection(data: OverviewData, w: OverviewWords): string {
  const rows = data.documents.filter((d) => d.trend.length > 0);
  if (rows.length === 0) return `<p>${esc(w.trend.none)}</p>`;
  const names = documentNames(data);
  const legend = (['high', 'medium', 'low', 'none'] as const).map((b) => `<li><span class="swatch band-${b}" aria-hidden="true"></span>${esc(w.trend.bands[b])}</li>`).join('');
  const anyIncomplete = rows.some((d) => d.trend.some((t) => !t.complete));
  const table =
    `<details class="as-table"><summary>${esc(w.trend.asTable)}</summary><div class="table-wrap"><table><caption>${esc(w.trend.tableCaption)}</caption>` +
    `<thead><tr><th scope="col">${esc(w.trend.district)}</th>${data.years.map((y) => `<th scope="col">${esc(w.trend.rateIn(y))}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .map(
        (d) =>
          `<tr><th scope="row"><a href="#${esc(d.anchor)}"><bdi>${esc(names.get(d.anchor)!)}</bdi></a></th>` +
          data.years
            .map((y) => {
              const t = d.trend.find((p) => p.year === y);
              return `<td>${t ? esc(rateLabel(t.rate, t.complete, w)) : '–'}</td>`;
            })
            .join('') +
          '</tr>',
      )
      .join('') +
    '</tbody></table></div></details>';
  return (
    `<p>${esc(w.trend.intro)}</p>` +
    `<h3>${esc(w.trend.medianTitle)}</h3><p class="sub">${esc(w.trend.medianDescription)}</p>` +
    `<figure class="chart-figure">${medianChart(data, w)}</figure>` +
    `<ul class="legend"><li><span class="swatch line-median" aria-hidden="true"></span>${esc(w.trend.median)}</li><li><span class="swatch band-quartiles" aria-hidden="true"></span>${esc(w.trend.quartiles)}</li></ul>` +
    `<h3>${esc(w.trend.chartTitle)}</h3>` +
    `<ul class="legend">${legend}<li><span class="swatch band-missing" aria-hidden="true"></span>${esc(w.trend.bands.missing)}</li></ul>` +
    (anyIncomplete ? `<p class="sub">${esc(w.trend.incompleteNote)}</p>` : '') +
    `<div class="heatmaps">${heatMaps(data, w).map((svg) => `<figure class="chart-figure heatmap">${svg}</figure>`).join('')}</div>` +
    table
  );
}

// ---------------------------------------------------------------------------
// the reviews of the next 12 months

function timelineSection(data: OverviewData, w: OverviewWords): string {
  const t = data.timeline;
  const entries = t.buckets.reduce((n, b) => n + b.documents.length, 0);
  const intro = `<p>${esc(w.timeline.intro(w.longDate(t.from), w.longDate(t.until)))}</p>`;
  if (entries === 0) return intro + `<p>${esc(w.timeline.none)}</p>`;
  const names = documentNames(data);
  const legend =
    `<ul class="legend"><li><span class="swatch bar-overdue" aria-hidden="true"></span>${esc(w.statusName.overdue)}</li>` +
    `<li><span class="swatch bar-due" aria-hidden="true"></span>${esc(w.summary.due(data.windowDays))}</li>` +
    `<li><span class="swatch bar-ok" aria-hidden="true"></span>${esc(w.summary.ok)}</li></ul>`;
  const lists = t.buckets
    .filter((b) => b.documents.length > 0)
    .map((b) => {
      const label = b.key === 'overdue' ? w.timeline.overdue : w.month(b.key);
      return (
        `<li><h3>${esc(w.timeline.reviewsIn(label, b.documents.length))}</h3><ul>` +
        b.documents
          .map((d) => `<li><time datetime="${esc(d.due)}">${esc(w.date(d.due))}</time> <a href="#${esc(d.anchor)}"><bdi>${esc(names.get(d.anchor) ?? d.district)}</bdi></a> ${badge(d.status, w.statusName[d.status])}</li>`)
          .join('') +
        '</ul></li>'
      );
    })
    .join('');
  // a short list is shown; a long one stays folded so the charts below are not pushed far away
  return (
    intro +
    `<figure class="chart-figure">${timelineChart(data, w)}</figure>` +
    legend +
    `<details class="timeline-list"${entries <= 40 ? ' open' : ''}><summary>${esc(w.timeline.listSummary(entries))}</summary><ol class="months">${lists}</ol></details>`
  );
}

// ---------------------------------------------------------------------------
// data flows

function flowLine(g: OverviewFlowGroup, w: OverviewWords): string {
  const basisText = g.basisText === '' ? w.flows.notStated : g.basisText;
  const basis = g.legalBasis === 'consent' ? w.flows.consentForm(basisText) : w.flows.statute(basisText);
  return (
    `<span class="basis basis-${g.legalBasis}">${esc(w.flows.basis[g.legalBasis])}</span> ` +
    `${esc(g.data.length > 0 ? g.data.join('; ') : w.flows.notStated)} <span class="sub">(${esc(basis)}; ${esc(w.flows.inDocuments(g.documents.length))})</span>`
  );
}

function flowsSection(data: OverviewData, w: OverviewWords): string {
  const groups = data.dataFlows;
  if (groups.length === 0) return `<p>${esc(w.flows.none)}</p>`;
  const used = (side: 'from' | 'to') => FLOW_ROLES.filter((role) => groups.some((g) => g[side] === role));
  const froms = used('from');
  const tos = used('to');
  const cell = (from: FlowRole, to: FlowRole) => {
    const here = groups.filter((g) => g.from === from && g.to === to);
    return here.length === 0 ? '<td class="empty">–</td>' : `<td><ul class="flows">${here.map((g) => `<li>${flowLine(g, w)}</li>`).join('')}</ul></td>`;
  };
  const matrix =
    `<div class="table-wrap"><table class="matrix"><caption>${esc(w.flows.matrixCaption)}</caption>` +
    `<thead><tr><td class="corner">${esc(w.flows.corner)}</td>${tos.map((r) => `<th scope="col">${esc(w.flows.role[r])}</th>`).join('')}</tr></thead><tbody>` +
    froms.map((f) => `<tr><th scope="row">${esc(w.flows.role[f])}</th>${tos.map((t) => cell(f, t)).join('')}</tr>`).join('') +
    '</tbody></table></div>';
  const col = w.flows.columns;
  const names = documentNames(data);
  const list =
    `<div class="table-wrap"><table class="flow-list"><caption>${esc(w.flows.listCaption)}</caption>` +
    `<thead><tr><th scope="col">${esc(col.from)}</th><th scope="col">${esc(col.to)}</th><th scope="col">${esc(col.data)}</th><th scope="col">${esc(col.basis)}</th><th scope="col">${esc(col.documents)}</th></tr></thead><tbody>` +
    groups
      .map((g) => {
        const basisText = g.basisText === '' ? w.flows.notStated : g.basisText;
        const docs = g.documents.map((d) => `<li><a href="#${esc(d.anchor)}"><bdi>${esc(names.get(d.anchor) ?? d.district)}</bdi></a></li>`).join('');
        return (
          `<tr><td>${esc(w.flows.role[g.from])}</td><td>${esc(w.flows.role[g.to])}</td>` +
          `<td><ul class="data">${g.data.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></td>` +
          `<td><span class="basis basis-${g.legalBasis}">${esc(w.flows.basis[g.legalBasis])}</span><span class="sub">${esc(g.legalBasis === 'consent' ? w.flows.consentForm(basisText) : w.flows.statute(basisText))}</span></td>` +
          `<td><details><summary>${esc(w.flows.inDocuments(g.documents.length))}</summary><ul class="docs">${docs}</ul></details></td></tr>`
        );
      })
      .join('') +
    '</tbody></table></div>';
  return `<p>${esc(w.flows.intro)}</p>${matrix}${list}`;
}

// ---------------------------------------------------------------------------
// findings by rule

function findingsSection(data: OverviewData, w: OverviewWords): string {
  if (data.findings.length === 0) return `<p>${esc(w.findings.none)}</p>`;
  const col = w.findings.columns;
  const rows = data.findings
    .map((g) => {
      const rule = ruleById(g.ruleId);
      const what = rule ? rule.description(pack(data.lang)) : (w.findings.other[g.ruleId] ?? '');
      const href = g.page === null ? null : safeHref(g.page);
      const name = `<code>${esc(g.ruleId)}</code>`;
      const total = g.counts.errors + g.counts.warnings + g.counts.infos;
      const breakdown = [
        g.counts.errors > 0 ? w.errors(g.counts.errors) : '',
        g.counts.warnings > 0 ? w.warnings(g.counts.warnings) : '',
        g.counts.infos > 0 ? w.infos(g.counts.infos) : '',
      ].filter((s) => s !== '');
      const shown = g.items.slice(0, MAX_RULE_PLACES);
      const more = g.items.length - shown.length;
      const places =
        `<details><summary>${esc(w.findings.places(g.items.length))}</summary><ul class="findings">` +
        shown
          .map((x) => {
            const at = w.at(x.line, x.column, x.field);
            const where = `${esc(x.file)}${at ? ` (${esc(at)})` : ''}`;
            return `<li class="finding severity-${esc(x.severity)}">${x.anchor ? `<a href="#${esc(x.anchor)}">${where}</a>` : where}: ${esc(x.message)}</li>`;
          })
          .join('') +
        (more > 0 ? `<li>${esc(w.moreFindings(more))}</li>` : '') +
        '</ul></details>';
      return (
        `<tr id="rule-${esc(g.ruleId)}"><th scope="row">${href ? `<a href="${esc(href)}">${name}</a>` : name}</th>` +
        `<td><span class="severity-label severity-${g.severity}">${esc(w.findings.severity[g.severity])}</span></td>` +
        `<td>${esc(what)}${places}</td>` +
        `<td data-sort="${total}">${esc(w.number(total))}${breakdown.length > 1 ? `<span class="sub">${esc(breakdown.join(', '))}</span>` : ''}</td>` +
        `<td>${esc(w.number(g.files))}</td></tr>`
      );
    })
    .join('');
  return (
    `<p>${esc(w.findings.intro)}</p><div class="table-wrap"><table class="rules"><caption>${esc(w.findings.caption)}</caption>` +
    `<thead><tr><th scope="col">${esc(col.rule)}</th><th scope="col">${esc(col.severity)}</th><th scope="col">${esc(col.what)}</th><th scope="col">${esc(col.count)}</th><th scope="col">${esc(col.files)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

function unmatchedSection(data: OverviewData, w: OverviewWords): string {
  return (
    `<p>${esc(w.unmatched.intro)}</p><ul class="unmatched">` +
    data.unmatchedResults
      .map((u) => `<li><span class="file">${esc(u.file)}</span>: ${esc(w.unmatched.reason(u))}${u.diagnostics.length > 0 ? findingList(u.diagnostics, w) : ''}</li>`)
      .join('') +
    '</ul>'
  );
}
