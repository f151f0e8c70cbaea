import type { Issue } from "../messages/types";
import { ERA_PATTERN, ERA_YEAR_PATTERN, eraOfPrefix, normalizeCalendarText } from "./calendarText";
import { westernYear, type Era } from "./eras";
import { eraOfYear } from "./eraOfYear";
import { fiscalYearOfDate } from "./fiscalYearOfDate";
import { readEraYearNumber } from "./kanjiNumber";
import { parseJapaneseDate } from "./parseJapaneseDate";

export interface ParseFiscalYearOptions {
  /** Era for bare labels such as "7年度", taken from a table title or a neighbouring header. */
  era?: Era | null;
  /** A date (R2.4.1) is not a fiscal year: "reject" (default) reports it, "fiscal" reads its FY. */
  dates?: "reject" | "fiscal";
}

export type FiscalYearResult =
  | { ok: true; fiscalYear: number; era: Era | null; eraYear: number | null }
  | { ok: false; issue: Issue };

/** "年" alone is accepted too: table headers often drop the 度 (令和7年 over a column of a plan). */
const ERA_FY = new RegExp(`^${ERA_PATTERN}${ERA_YEAR_PATTERN}(?:年度|年|度)?$`);
const WESTERN_FY = /^(?:西暦|FY\.?)?(\d{4})(?:年度|年)?$/i;
const BARE_FY = new RegExp(`^${ERA_YEAR_PATTERN}年度$`);

/** Western fiscal years a finance table can plausibly name. */
const MIN_WESTERN = 1900;
const MAX_YEAR = 2199;

function fail(code: string, text: string): FiscalYearResult {
  return { ok: false, issue: { code, params: { text } } };
}

function fromEra(era: Era, yearText: string, text: string): FiscalYearResult {
  const eraYear = readEraYearNumber(yearText);
  if (eraYear === null) return fail("calendar.notFiscalYear", text);
  // 平成32年度 is accepted (= FY2020): plans written before the 2019 era change counted on.
  if (eraYear < 1 || eraYear > 99) return fail("calendar.eraYearOutOfRange", text);
  return { ok: true, fiscalYear: westernYear(era, eraYear), era, eraYear };
}

/**
 * Reads a fiscal-year label in any of the printed forms (domain.md §1): 令和7年度, 令和７年度,
 * 令和七年度, 令和元年度, R7, R07, Ｒ７, R7年度, 令7, H25, H.25, 平成25年度, 平成31年度 (= 令和元年度 =
 * 2019), 平成32年度 (= 2020), 昭和60年度, 2020年度, 西暦2020年度, 2020, FY2020, and bare 7年度 when
 * the era is given. Dates (R2.4.1, 令和2年4月1日) are rejected unless `dates: "fiscal"`.
 *
 * @example parseFiscalYear("令和元年度") // { ok: true, fiscalYear: 2019, era: "R", eraYear: 1 }
 */
export function parseFiscalYear(
  text: string,
  options: ParseFiscalYearOptions = {}
): FiscalYearResult {
  const t = normalizeCalendarText(text);
  const era = ERA_FY.exec(t);
  if (era) return fromEra(eraOfPrefix(era[1]!), era[2]!, text);
  const western = WESTERN_FY.exec(t);
  if (western) {
    const year = Number(western[1]);
    if (year < MIN_WESTERN || year > MAX_YEAR) return fail("calendar.yearOutOfRange", text);
    return { ok: true, fiscalYear: year, era: null, eraYear: null };
  }
  const bare = BARE_FY.exec(t);
  if (bare) {
    if (!options.era) return fail("calendar.eraMissing", text);
    return fromEra(options.era, bare[1]!, text);
  }
  const date = parseJapaneseDate(t);
  if (date) {
    if (options.dates !== "fiscal") return fail("calendar.dateNotFiscalYear", text);
    const fiscalYear = fiscalYearOfDate(date.year, date.month);
    const named = eraOfYear(fiscalYear);
    return { ok: true, fiscalYear, era: named?.era ?? null, eraYear: named?.eraYear ?? null };
  }
  return fail("calendar.notFiscalYear", text);
}
