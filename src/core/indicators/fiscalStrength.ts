import { D, roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";
import type { IndicatorResult } from "./types";
import { errorResult, methodOf, valueResult } from "./result";

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
  if (revenues.length !== demands.length) {
    return errorResult(method, "functions.indicator.lengthMismatch", {
      a: "基準財政収入額",
      b: "基準財政需要額",
      countA: revenues.length,
      countB: demands.length,
    });
  }
  if (revenues.length === 0)
    return errorResult(method, "functions.indicator.emptyInput", { name: "基準財政収入額" });
  let total = new D(0);
  for (let i = 0; i < revenues.length; i++) {
    const demand = demands[i] as Decimal;
    if (demand.isZero())
      return errorResult(method, "functions.indicator.divisionByZero", { name: "基準財政需要額" });
    const year = (revenues[i] as Decimal).div(demand);
    total = total.plus(digits === 2 ? roundDecimal(year, 2, "half-up") : year);
  }
  return valueResult(total.div(revenues.length), method);
}
