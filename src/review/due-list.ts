// Presenting due dates: the table for the terminal (UI language) and the
// calendar events (each in its agreement's language). Loaded only for --due.

import { Chalk } from 'chalk';
import type { Agreement, Lang } from '../model/types.js';
import { reviewWords } from './words.js';
import { documentLanguage, pack } from '../lang/index.js';
import { message } from '../lang/fill.js';
import type { UiKey } from '../lang/en/ui.js';
import { addDays, formatDate } from '../model/dates.js';
import { DUE_WINDOW_DAYS, reviewDue, type DueInfo } from './due.js';
import type { IcsEvent } from './ics.js';
import { PartyIndex } from '../render/text/parties.js';

export interface DueRow {
  file: string;
  info: DueInfo;
  doc: Agreement;
}

/** The agreements with their due dates, soonest first (then by id). */
export function dueRows(agreements: ReadonlyArray<{ file: string; agreement: Agreement }>, today: string): DueRow[] {
  const rows = agreements.map((c) => ({ file: c.file, info: reviewDue(c.agreement, today), doc: c.agreement }));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => order(a.info.due, b.info.due) || order(a.info.id, b.info.id));
}

/** `agree review --due --format json`: stable within `version: 1` (keys are only added). */
export function dueJson(rows: readonly DueRow[], today: string) {
  return {
    version: 1,
    today,
    windowDays: DUE_WINDOW_DAYS,
    agreements: rows.map((r) => ({
      file: r.file,
      id: r.info.id,
      due: r.info.due,
      status: r.info.status,
      daysLeft: r.info.daysLeft,
      basis: r.info.basis,
      from: r.info.from,
      lastReview: r.info.lastReview,
      intervalMonths: r.info.intervalMonths,
      intervalDefaulted: r.info.intervalDefaulted,
      owner: r.info.owner,
    })),
  };
}

export interface DueListOptions {
  lang: Lang;
  color: boolean;
}

/** a party by its short name (the name when it has none), as a column or a calendar line has room for */
function partyShort(doc: Agreement, id: string | null): string {
  if (!id) return '';
  const party = new PartyIndex(doc, documentLanguage(doc)).get(id);
  return party?.shortName ?? party?.name ?? id;
}

export function dueStatusText(info: DueInfo, lang: Lang): string {
  const d = info.daysLeft;
  if (info.status === 'overdue') return d === -1 ? message(lang, 'review.due.status.overdueOne') : message(lang, 'review.due.status.overdue', { days: -d });
  if (info.status === 'due') return d === 0 ? message(lang, 'review.due.status.dueToday') : d === 1 ? message(lang, 'review.due.status.dueOne') : message(lang, 'review.due.status.due', { days: d });
  return message(lang, 'review.due.status.ok', { days: d });
}

/** the table (stdout) and the summary line (a message); an empty table when there are no rows */
export function dueTable(rows: DueRow[], options: DueListOptions): { table: string; summary: string } {
  const lang = options.lang;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (rows.length === 0) return { table: '', summary: message(lang, 'review.due.none') };
  const head = ['due', 'status', 'id', 'from', 'owner', 'file'].map((k) => message(lang, `review.due.heading.${k}` as UiKey));
  const body = rows.map((r) => {
    const from =
      r.info.basis === 'next'
        ? message(lang, 'review.due.from.next', { date: formatDate(r.info.lastReview ?? r.info.from, lang) })
        : message(lang, r.info.basis === 'lastReview' ? 'review.due.from.lastReview' : 'review.due.from.version', { date: formatDate(r.info.from, lang) });
    return [
      formatDate(r.info.due, lang),
      dueStatusText(r.info, lang),
      r.info.id,
      from + (r.info.intervalDefaulted ? message(lang, 'review.due.intervalDefault') : ''),
      partyShort(r.doc, r.info.owner) || '–',
      r.file,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]) => cells.map((x, i) => (i === cells.length - 1 ? x : x.padEnd(widths[i]!))).join('  ');
  const paint = { overdue: c.red, due: c.yellow, ok: c.green } as const;
  const lines = [c.bold(fmt(head))];
  body.forEach((b, i) => {
    const status = rows[i]!.info.status;
    const line = fmt(b);
    // colour only the status column
    const start = widths[0]! + 2;
    lines.push(line.slice(0, start) + paint[status](line.slice(start, start + widths[1]!)) + line.slice(start + widths[1]!));
  });
  const n = (s: 'ok' | 'due' | 'overdue') => rows.filter((r) => r.info.status === s).length;
  const count = rows.length === 1 ? message(lang, 'review.due.agreement') : message(lang, 'review.due.agreements', { n: rows.length });
  return { table: lines.join('\n') + '\n', summary: message(lang, 'review.due.summary', { count, overdue: n('overdue'), due: n('due'), ok: n('ok'), window: DUE_WINDOW_DAYS }) };
}

/** the first working day (Monday to Friday) on or after `date`; public holidays are not known */
export function workingDayFrom(date: string): string {
  let d = date;
  for (let i = 0; i < 3; i++) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) break;
    d = addDays(d, 1);
  }
  return d;
}

/**
 * The calendar event of one agreement's next review, in its language. An
 * overdue review is not put on its due date, years back where nobody looks,
 * but on the next working day from `today`, titled as overdue.
 */
export function icsEvent(r: DueRow, today: string): IcsEvent {
  const lang = documentLanguage(r.doc);
  const w = reviewWords(lang, r.doc.kind);
  const title = (r.doc.title || (r.doc.kind === 'informal' ? pack(lang).document.titleProfile : pack(lang).document.titleAgreement)).replace(/\s+/g, ' ').trim();
  const district = (r.doc.district ?? '').replace(/\s+/g, ' ').trim();
  const from =
    r.info.basis === 'next'
      ? w.ics.fromNext(formatDate(r.info.lastReview ?? r.info.from, lang))
      : r.info.basis === 'lastReview'
        ? w.ics.fromLastReview(formatDate(r.info.from, lang))
        : w.ics.fromVersion(formatDate(r.info.from, lang));
  const owner = r.info.owner ? partyShort(r.doc, r.info.owner) : '';
  const overdue = r.info.status === 'overdue';
  return {
    id: r.info.id,
    date: overdue ? workingDayFrom(today) : r.info.due,
    summary: overdue ? w.ics.summaryOverdue(title, district, formatDate(r.info.due, lang)) : w.ics.summary(title, district),
    description: w.ics.description(formatDate(r.info.due, lang), from, w.intervalText(r.info.intervalMonths), owner, `agree review ${r.file === '<stdin>' ? 'AGREEMENT.yaml' : r.file}`),
  };
}


/**
 * The calendar's name in the documents' language (the UI language when they
 * differ), naming profiles when every document is one.
 */
export function calendarName(docs: Agreement[], uiLang: Lang): { name: string; lang: Lang } {
  const langs = new Set(docs.map((d) => documentLanguage(d)));
  const lang = langs.size === 1 ? [...langs][0]! : uiLang;
  const kind = docs.length > 0 && docs.every((d) => d.kind === 'informal') ? 'informal' : 'agreement';
  return { name: reviewWords(lang, kind).ics.calendarName, lang };
}
