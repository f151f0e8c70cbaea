import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, percentOf } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** Published 2 dp; half-up is the assumed mode (domain.md §3 [L]). */
export const ENTERPRISE_BALANCE_RATIO_PRECISION: Precision = { digits: 2, rounding: "half-up" };

/**
 * 公営企業・病院の経常収支比率 = 経常収益 / 経常費用 × 100 (総務省 経営比較分析表). Higher is better
 * here — unlike the general account's 経常収支比率.
 *
 * @example enterpriseBalanceRatio(new D(1015), new D(1000)) // 101.50
 */
export function enterpriseBalanceRatio(
  recurrentIncome: Decimal,
  recurrentCost: Decimal,
  precision: Precision = ENTERPRISE_BALANCE_RATIO_PRECISION
): IndicatorResult {
  return percentOf(
    recurrentIncome,
    recurrentCost,
    methodOf("enterpriseBalanceRatio", precision),
    INPUT_NAMES.recurrentCost
  );
}
