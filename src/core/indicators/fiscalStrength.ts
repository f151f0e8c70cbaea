import { roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";
import { meanOfQuotients } from "./meanOfQuotients";
import { pairedSeriesIssue } from "./pairedSeriesIssue";
import type { IndicatorResult } from "./types";
import { errorResult, fractionResult, methodOf, valueResult, ZERO } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/**
 * 財政力指数 = mean over (usually) 3 years of 基準財政収入額 / 基準財政需要額 (地方交付税法 第14条の例).
 * digits 2 (official, [M]): each year's index rounded half-up to 2 dp, those averaged, the mean
 * rounded half-up to 2 dp. digits 3 (cities that print 3 dp, [M]): the raw mean rounded half-up.
 *
 * @example fiscalStrength([new D(45), new D(47)], [new D(100), new D(100)], 2) // 0.46
 */
export function fiscalStrength(
  revenues: readonly Decimal[],
  demands: readonly Decimal[],
  digits: 2 | 3 = 2
): IndicatorResult {
  const method = methodOf(
    digits === 2 ? "fiscalStrength.roundEachYear" : "fiscalStrength.rawMean",
    { digits, rounding: "half-up" }
  );
  const unpaired = pairedSeriesIssue(
    revenues,
    demands,
    INPUT_NAMES.standardRevenue,
    INPUT_NAMES.standardDemand
  );
  if (unpaired) return errorResult(method, unpaired.code, unpaired.params);
  for (const demand of demands) {
    if (demand.isZero())
      return errorResult(
        method,
        "functions.indicator.divisionByZero",
        nameParams(INPUT_NAMES.standardDemand)
      );
  }
  if (digits === 3) {
    // The raw mean, exact: a mean of non-terminating quotients can sit exactly on the half.
    return fractionResult(
      meanOfQuotients(revenues.map((r, i) => [r, demands[i] as Decimal] as const)),
      method
    );
  }
  // Each year's index rounded to 2 dp first: the sum terminates, so one division is far from any
  // rounding boundary unless it lies exactly on it (then the division is exact).
  let total = ZERO;
  for (let i = 0; i < revenues.length; i++) {
    total = total.plus(
      roundDecimal((revenues[i] as Decimal).div(demands[i] as Decimal), 2, "half-up")
    );
  }
  return valueResult(total.div(revenues.length), method);
}
