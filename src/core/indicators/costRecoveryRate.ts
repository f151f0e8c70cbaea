import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, percentOf } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** Published 2 dp; half-up is the assumed mode (domain.md §3 [L]). */
export const COST_RECOVERY_RATE_PRECISION: Precision = { digits: 2, rounding: "half-up" };

/**
 * 料金回収率 (水道) = 供給単価 / 給水原価 × 100; 供給単価 = 給水収益 / 有収水量 (総務省 経営比較分析表).
 *
 * @example costRecoveryRate(new D("170.5"), new D("180.2")) // 94.62
 */
export function costRecoveryRate(
  supplyPrice: Decimal,
  supplyCost: Decimal,
  precision: Precision = COST_RECOVERY_RATE_PRECISION
): IndicatorResult {
  return percentOf(
    supplyPrice,
    supplyCost,
    methodOf("costRecoveryRate", precision),
    INPUT_NAMES.supplyCost
  );
}
