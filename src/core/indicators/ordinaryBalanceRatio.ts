import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, percentOf, ZERO } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** Published 1 dp; half-up is the assumed convention (domain.md §3 [L]). */
export const ORDINARY_BALANCE_RATIO_PRECISION: Precision = { digits: 1, rounding: "half-up" };

/**
 * 経常収支比率 = 経常経費充当一般財源等 / (経常一般財源等 + 減収補塡債特例分 + 臨時財政対策債) × 100
 * (地方財政状況調査 決算統計の定義). Omitted 減収補塡債特例分 / 臨時財政対策債 are 0 by omission.
 *
 * @example ordinaryBalanceRatio(new D(8900), new D(10000)) // 89.0
 */
export function ordinaryBalanceRatio(
  recurrentExpenditure: Decimal,
  recurrentRevenue: Decimal,
  revenueShortfallBonds: Decimal = ZERO,
  temporaryBonds: Decimal = ZERO,
  precision: Precision = ORDINARY_BALANCE_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("ordinaryBalanceRatio", precision);
  const denominator = recurrentRevenue.plus(revenueShortfallBonds).plus(temporaryBonds);
  return percentOf(recurrentExpenditure, denominator, method, INPUT_NAMES.recurrentRevenueTotal);
}
