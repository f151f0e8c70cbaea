/**
 * The fiscal year (会計年度) a date falls in: 4/1 – 3/31 (地方自治法 208条), so January–March belong
 * to the previous year's FY.
 *
 * @example fiscalYearOfDate(2021, 3) // 2020
 */
export function fiscalYearOfDate(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`invalid year/month: ${year}/${month}`);
  }
  return month >= 4 ? year : year - 1;
}
