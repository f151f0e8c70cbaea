/**
 * Fiscal years (会計年度, 4/1 – 3/31) and 和暦 as printed in Japanese finance tables (domain.md §1).
 * Pure: uses Intl's Japanese calendar where available, with an era table as fallback.
 */
export type { Era, EraInfo } from "./eras";
export { ERAS, eraInfo, westernYear, eraFromName } from "./eras";
export { eraOfYear } from "./eraOfYear";
export type { EraYear } from "./eraOfYear";
export { fiscalYearOfDate } from "./fiscalYearOfDate";
export { parseJapaneseDate } from "./parseJapaneseDate";
export type { JapaneseDate } from "./parseJapaneseDate";
export { parseFiscalYear } from "./parseFiscalYear";
export type { ParseFiscalYearOptions, FiscalYearResult } from "./parseFiscalYear";
export { parseFiscalYearRange } from "./parseFiscalYearRange";
export type { FiscalYearRangeResult } from "./parseFiscalYearRange";
export { formatWareki, warekiOf, WarekiRangeError } from "./formatWareki";
export type { WarekiStyle, WarekiResult } from "./formatWareki";
export { findEraInText, normalizeCalendarText } from "./calendarText";
export { readEraYearNumber } from "./kanjiNumber";
