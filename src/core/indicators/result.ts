import { D, roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import type { IndicatorResult, Method, Precision } from "./types";

/** Shared constants, created once: the hot paths (custom functions recalculating) reuse them. */
export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/**
 * Builds a method record from a published precision (or full precision when `precision` is null).
 *
 * @example methodOf("deficitRatio", { digits: 2, rounding: "down" })
 */
export function methodOf(id: string, precision: Precision | null): Method {
  return {
    id,
    digits: precision ? precision.digits : null,
    rounding: precision ? precision.rounding : null,
  };
}

/**
 * Rounds an exact value to the method's precision and wraps it as a result.
 *
 * @example valueResult(new D("12.7588"), methodOf("x", { digits: 1, rounding: "down" })).kind // "value"
 */
export function valueResult(exact: Decimal, method: Method): IndicatorResult {
  const value =
    method.digits === null || method.rounding === null
      ? exact
      : roundDecimal(exact, method.digits, method.rounding);
  return { kind: "value", value, exact, method };
}

/** @example errorResult(methodOf("x", null), "functions.indicator.divisionByZero", { name: "E" }).kind // "error" */
export function errorResult(
  method: Method,
  code: string,
  params?: Issue["params"]
): IndicatorResult {
  return { kind: "error", issue: params ? { code, params } : { code }, method };
}

/** @example noneResult(methodOf("x", null), "functions.indicator.noDeficit").kind // "none" */
export function noneResult(
  method: Method,
  code: string,
  params?: Issue["params"]
): IndicatorResult {
  return { kind: "none", issue: params ? { code, params } : { code }, method };
}

/**
 * numerator / denominator × 100 at the given precision; a zero denominator is an error naming it.
 *
 * @example percentOf(new D(1), new D(3), methodOf("x", { digits: 1, rounding: "half-up" }), "B") // 33.3
 */
export function percentOf(
  numerator: Decimal,
  denominator: Decimal,
  method: Method,
  denominatorName: string
): IndicatorResult {
  if (denominator.isZero())
    return errorResult(method, "functions.indicator.divisionByZero", { name: denominatorName });
  return valueResult(numerator.times(HUNDRED).div(denominator), method);
}

/** Sums Decimals without allocating constants. @example sum([new D(1), new D(2)]).toFixed() // "3" */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
