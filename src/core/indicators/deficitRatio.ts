import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, noneResult, percentOf } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/** Published 2 dp; truncation is the assumed convention (domain.md §3, [L]). */
export const DEFICIT_RATIO_PRECISION: Precision = { digits: 2, rounding: "down" };

/**
 * 実質赤字比率 = 実質赤字額 / 標準財政規模 × 100 (地方公共団体の財政の健全化に関する法律 第2条第1号).
 * Computed only when there is a deficit: 0 is "none" (printed "－"). The deficit is a positive
 * amount; a negative input is refused rather than read as a surplus (△ conventions vary).
 *
 * @example deficitRatio(new D(1234), new D(10000)) // value 12.34, method deficitRatio 2 dp down
 */
export function deficitRatio(
  deficit: Decimal,
  standardFiscalScale: Decimal,
  precision: Precision = DEFICIT_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("deficitRatio", precision);
  if (deficit.isNegative() && !deficit.isZero())
    return errorResult(
      method,
      "functions.indicator.negativeAmount",
      nameParams(INPUT_NAMES.realDeficit)
    );
  if (deficit.isZero()) return noneResult(method, "functions.indicator.noDeficit");
  return percentOf(deficit, standardFiscalScale, method, INPUT_NAMES.standardFiscalScale);
}
