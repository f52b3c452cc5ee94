const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Days from Excel's 1900 epoch (as it counts, with its 1900 leap year) to 1970-01-01. */
const EXCEL_UNIX_EPOCH = 25_569;
/** 9999-12-31, the last date Excel can show. */
const EXCEL_MAX_SERIAL = 2_958_465;

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** `YYYY-MM-DD` for a calendar date, or `undefined` when there is no such day (2021-02-30). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * The date a user typed as text: `2021-06-01`, `2021/6/1`, `2021.6.1`, `2021年6月1日`, `20210601`,
 * optionally followed by a time (Excel's CSV export writes `2021/6/1 0:00`).
 */
export function parseDateText(text: string): string | undefined {
  const folded = text.normalize('NFKC').trim();
  const match = DATE_TEXT.exec(folded) ?? COMPACT_DATE.exec(folded);
  if (!match) return undefined;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The date shown in a date cell. An xlsx stores wall-clock time with no zone, and exceljs hands it
 * over as that wall-clock time *at UTC*, so the UTC fields are what the user saw in Excel — on a
 * server in UTC+8 (or anywhere), local-time getters would shift it.
 */
export function sheetDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The date shown for an Excel serial number typed or stored without a date format (44348 → 2021-06-01). */
export function excelSerialDate(serial: number): string | undefined {
  if (!(serial >= 1 && serial <= EXCEL_MAX_SERIAL)) return undefined;
  return sheetDate(new Date(Math.round((serial - EXCEL_UNIX_EPOCH) * DAY_MS)));
}

/** The calendar date in China (UTC+8, no daylight saving) of a real instant, e.g. a stored timestamp. */
export function chinaDate(instant: Date): string | undefined {
  if (Number.isNaN(instant.getTime())) return undefined;
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
