import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, noneResult, percentOf } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** Published 1 dp, truncated (domain.md §3 [M]). */
export const FUTURE_BURDEN_RATIO_PRECISION: Precision = { digits: 1, rounding: "down" };

export interface FutureBurdenInput {
  /** 将来負担額 */
  futureBurden: Decimal;
  /** 充当可能基金額 */
  availableFunds: Decimal;
  /** 充当可能特定歳入見込額 */
  availableSpecificRevenue: Decimal;
  /** 基準財政需要額算入見込額 */
  expectedDemandInclusion: Decimal;
  /** 標準財政規模 */
  standardFiscalScale: Decimal;
  /** 算入公債費等 */
  includedInDemand: Decimal;
}

/**
 * 将来負担比率 = (将来負担額 − (充当可能基金額 + 充当可能特定歳入見込額 + 基準財政需要額算入見込額))
 * / (標準財政規模 − 算入公債費等) × 100 (健全化法 第2条第4号). When the numerator is ≤ 0 the ratio
 * is not computed and printed "－" — it is never shown as 0 or negative.
 *
 * @example futureBurdenRatio({ futureBurden: new D(1000), availableFunds: new D(400), availableSpecificRevenue: new D(0), expectedDemandInclusion: new D(0), standardFiscalScale: new D(1100), includedInDemand: new D(100) }) // 60.0
 */
export function futureBurdenRatio(
  input: FutureBurdenInput,
  precision: Precision = FUTURE_BURDEN_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("futureBurdenRatio", precision);
  const numerator = input.futureBurden
    .minus(input.availableFunds)
    .minus(input.availableSpecificRevenue)
    .minus(input.expectedDemandInclusion);
  if (numerator.isZero() || numerator.isNegative())
    return noneResult(method, "functions.indicator.futureBurdenCovered");
  return percentOf(
    numerator,
    input.standardFiscalScale.minus(input.includedInDemand),
    method,
    INPUT_NAMES.scaleLessIncludedDebtService
  );
}
