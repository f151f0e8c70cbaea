import { parseFiscalYear, type Era, type FiscalYearResult } from "../calendar";
import type { CellValue } from "../grid";

/**
 * A fiscal year at the start of a header followed by a note (「令和2年度(決算)」, 「R5実績」,
 * 「2021年度 見込」). The look-ahead keeps dates out: 「R2.4.1」 and 「令和2年4月1日」 do not match.
 */
const LEADING_YEAR =
  /^\s*(?:(?:令和|平成|昭和|令|平|昭|[RHSＲＨＳrhs])[.．]?\s*(?:[0-9０-９]{1,3}|元|[〇一二三四五六七八九十]{1,3})|[0-9０-９]{4}|(?:[0-9０-９]{1,2}|元))\s*(?:年度|年)?(?![0-9０-９.．,，/／\-年月])/;

/**
 * Excel numbers that can be years in a header row (2020 … 2030 typed as numbers).
 *
 * @example isYearNumber(2020) // true
 */
export function isYearNumber(v: CellValue): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2199;
}

/**
 * Reads a header cell as a fiscal year: the whole text (「令和2年度」, 「R3」, 「2021年度」, bare
 * 「7年度」 with `era`), a year leading a note, or an Excel number 1900–2199. Returns the calendar
 * issue when the cell is year-shaped but cannot be read (「7年度」 with no era known), and null
 * when it is not a year at all.
 *
 * @example readHeaderYear("令和2年度(決算)", null) // { ok: true, fiscalYear: 2020, era: "R", eraYear: 2 }
 */
export function readHeaderYear(value: CellValue, era: Era | null): FiscalYearResult | null {
  if (typeof value === "number") {
    return isYearNumber(value) ? { ok: true, fiscalYear: value, era: null, eraYear: null } : null;
  }
  if (typeof value !== "string" || value.trim() === "") return null;
  const whole = parseFiscalYear(value, { era });
  if (whole.ok || whole.issue.code === "calendar.eraMissing") return whole;
  const m = LEADING_YEAR.exec(value);
  if (!m) return null;
  const lead = m[0];
  // A bare leading number must say 年度 to be a year (「8市」 and 「65歳」 are not).
  if (/^\s*(?:[0-9０-９]{1,2}|元)\s*$/.test(lead)) return null;
  const part = parseFiscalYear(/年/.test(lead) ? lead : lead.trim(), { era });
  return part.ok || part.issue.code === "calendar.eraMissing" ? part : null;
}
