import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, percentOf, ZERO } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** 1 dp half-up: the usual 決算説明書 convention (not statutory; domain.md §5). */
export const EXECUTION_RATE_PRECISION: Precision = { digits: 1, rounding: "half-up" };

/**
 * 予算執行率 = 支出済額 / 予算現額 × 100 (経済性の尺度, domain.md §5).
 *
 * @example executionRate(new D(9450), new D(10000)) // 94.5
 */
export function executionRate(
  spent: Decimal,
  budget: Decimal,
  precision: Precision = EXECUTION_RATE_PRECISION
): IndicatorResult {
  return percentOf(spent, budget, methodOf("executionRate", precision), INPUT_NAMES.budget);
}

/**
 * 不用額 = 予算現額 − 支出済額 − 翌年度繰越額 (地方自治法施行規則 別記 歳出決算書の様式).
 *
 * @example unspentAmount(new D(10000), new D(9450), new D(300)).toFixed() // "250"
 */
export function unspentAmount(
  budget: Decimal,
  spent: Decimal,
  carriedForward: Decimal = ZERO
): Decimal {
  return budget.minus(spent).minus(carriedForward);
}
