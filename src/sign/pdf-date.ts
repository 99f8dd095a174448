// PDF dates (ISO 32000-2 §7.9.4): "D:YYYYMMDDHHmmSSOHH'mm'".

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `date` in local time with its offset, as signing applications write /M. */
export function pdfDate(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `D:${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}'${pad(abs % 60)}'`
  );
}

export interface ParsedPdfDate {
  date: Date;
  /** minutes east of UTC as written; null when the date names no zone */
  offset: number | null;
}

/** A PDF date, lenient as viewers are (missing parts default, the apostrophes optional); null when it is none. */
export function parsePdfDate(text: string): ParsedPdfDate | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?\s*$/.exec(text.trim());
  if (!m) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v, i) => (v === undefined ? [0, 1, 1, 0, 0, 0][i]! : Number(v)));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  let offset: number | null = null;
  if (m[7] === 'Z' || m[7] === 'z') offset = 0;
  else if (m[7]) offset = (m[7] === '-' ? -1 : 1) * (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0));
  const ms = Date.UTC(year!, month - 1, day, hour, minute, second) - (offset ?? 0) * 60_000;
  return Number.isFinite(ms) ? { date: new Date(ms), offset } : null;
}
