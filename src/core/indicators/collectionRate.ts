import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, percentOf, sum } from "./result";
import { pairedSeriesIssue } from "./pairedSeriesIssue";
import { INPUT_NAMES } from "./inputNames";

/** 徴収率 is published half-up to 1 dp (domain.md §3 [H]). */
export const COLLECTION_RATE_PRECISION: Precision = { digits: 1, rounding: "half-up" };

/**
 * 徴収率 / 収納率 = Σ収入済額 / Σ調定額 × 100. For 現年 + 滞納繰越 the total is the ratio of the
 * summed amounts, never the mean of the two rates (a small 滞繰 調定 would otherwise weigh as much
 * as the whole 現年).
 *
 * @example collectionRate([new D(1000), new D(100)], [new D(990), new D(20)]) // 91.8
 */
export function collectionRate(
  assessed: readonly Decimal[],
  collected: readonly Decimal[],
  precision: Precision = COLLECTION_RATE_PRECISION
): IndicatorResult {
  const method = methodOf("collectionRate.totals", precision);
  const unpaired = pairedSeriesIssue(
    assessed,
    collected,
    INPUT_NAMES.assessed,
    INPUT_NAMES.collected
  );
  if (unpaired) return errorResult(method, unpaired.code, unpaired.params);
  return percentOf(sum(collected), sum(assessed), method, INPUT_NAMES.assessed);
}
