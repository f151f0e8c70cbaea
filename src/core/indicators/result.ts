import { D, roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import type { Fraction } from "./meanOfQuotients";
import { roundRational } from "./roundRational";
import type { IndicatorResult, Method, Precision } from "./types";
import { nameParams, type InputName } from "./inputNames";

/** Shared constants, created once: the hot paths (custom functions recalculating) reuse them. */
export const ZERO = new D(0);
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

/**
 * Like {@link valueResult} for an exact fraction: the published rounding acts on p / q itself
 * (BigInt), so a value exactly on a digit boundary is never pushed below it by a rounded division.
 * `exact` is p / q to the Decimal precision, for display.
 *
 * @example fractionResult({ p: 1n, q: 10n }, methodOf("x", { digits: 1, rounding: "down" })).kind // "value"
 */
export function fractionResult(f: Fraction, method: Method): IndicatorResult {
  const exact = new D(f.p.toString()).div(f.q.toString());
  if (method.digits === null || method.rounding === null)
    return { kind: "value", value: exact, exact, method };
  const digits = method.digits;
  const scale = 10n ** BigInt(Math.abs(digits));
  const value =
    digits >= 0
      ? new D(roundRational(f.p * scale, f.q, method.rounding).toString()).div(scale.toString())
      : new D(roundRational(f.p, f.q * scale, method.rounding).toString()).times(scale.toString());
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
  denominatorName: InputName
): IndicatorResult {
  if (denominator.isZero())
    return errorResult(method, "functions.indicator.divisionByZero", nameParams(denominatorName));
  return valueResult(numerator.times(HUNDRED).div(denominator), method);
}

/** Sums Decimals without allocating constants. @example sum([new D(1), new D(2)]).toFixed() // "3" */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
