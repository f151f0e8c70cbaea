import type { Issue } from "../messages/types";
import { normalizeCalendarText } from "./calendarText";
import { parseFiscalYear, type ParseFiscalYearOptions } from "./parseFiscalYear";

export type FiscalYearRangeResult =
  { ok: true; from: number; to: number } | { ok: false; issue: Issue };

/** Range separators as printed: 〜 (wave dash), ～/~ (NFKC folds the full-width tilde), dashes. */
const SEPARATOR = /[~〜\-–—−‐]/;

/**
 * Reads an inclusive fiscal-year range: R7〜R11, R4–R8, R4-R8, 令和4年度～令和8年度, 2020~2024,
 * and R4～8 (the second end takes the first end's era).
 *
 * @example parseFiscalYearRange("R4–R8") // { ok: true, from: 2022, to: 2026 }
 */
export function parseFiscalYearRange(
  text: string,
  options: ParseFiscalYearOptions = {}
): FiscalYearRangeResult {
  const t = normalizeCalendarText(text);
  const parts = t.split(SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return { ok: false, issue: { code: "calendar.notFiscalYearRange", params: { text } } };
  }
  const from = parseFiscalYear(parts[0], options);
  if (!from.ok) return from;
  let to = parseFiscalYear(parts[1], { ...options, era: from.era ?? options.era ?? null });
  if (!to.ok && /^\d{1,2}$/.test(parts[1]) && from.era) {
    to = parseFiscalYear(`${parts[1]}年度`, { ...options, era: from.era });
  }
  if (!to.ok) return to;
  if (to.fiscalYear < from.fiscalYear) {
    return { ok: false, issue: { code: "calendar.rangeReversed", params: { text } } };
  }
  return { ok: true, from: from.fiscalYear, to: to.fiscalYear };
}
