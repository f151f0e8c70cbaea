import { ERA_PATTERN, ERA_YEAR_PATTERN, eraOfPrefix, normalizeCalendarText } from "./calendarText";
import { westernYear } from "./eras";
import { readEraYearNumber } from "./kanjiNumber";

export interface JapaneseDate {
  year: number;
  month: number;
  day: number;
}

const ERA_DATE = new RegExp(
  `^${ERA_PATTERN}${ERA_YEAR_PATTERN}(?:[./-]|年)(\\d{1,2})(?:[./-]|月)(\\d{1,2})日?$`
);
const WESTERN_DATE = /^(\d{4})(?:[./-]|年)(\d{1,2})(?:[./-]|月)(\d{1,2})日?$/;

function daysInMonth(year: number, month: number): number {
  // Gregorian leap years; a pure calculation, no Date needed.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a date as printed in plan tables: R2.4.1, H31.3.31, 令和2年4月1日, 令和元年5月1日,
 * 2020/4/1, 2020-04-01, 2020年4月1日 (全角 accepted). Returns null when the text is not a valid date.
 *
 * @example parseJapaneseDate("R2.4.1") // { year: 2020, month: 4, day: 1 }
 */
export function parseJapaneseDate(text: string): JapaneseDate | null {
  const t = normalizeCalendarText(text);
  let year: number;
  let monthText: string;
  let dayText: string;
  const e = ERA_DATE.exec(t);
  if (e) {
    const eraYear = readEraYearNumber(e[2]!);
    if (eraYear === null || eraYear < 1) return null;
    year = westernYear(eraOfPrefix(e[1]!), eraYear);
    monthText = e[3]!;
    dayText = e[4]!;
  } else {
    const w = WESTERN_DATE.exec(t);
    if (!w) return null;
    year = Number(w[1]);
    monthText = w[2]!;
    dayText = w[3]!;
  }
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}
