import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, noneResult, percentOf } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/** Published 2 dp; truncation is the assumed convention (domain.md §3, [L]). */
export const CONSOLIDATED_DEFICIT_RATIO_PRECISION: Precision = { digits: 2, rounding: "down" };

/**
 * 連結実質赤字比率 = ((Σ実質赤字 + Σ資金不足) − (Σ実質黒字 + Σ資金剰余)) / 標準財政規模 × 100
 * (健全化法 第2条第2号). Both sums are positive amounts; when the surpluses cover the deficits
 * the ratio is not computed ("－").
 *
 * @example consolidatedDeficitRatio(new D(500), new D(200), new D(10000)) // value 3.00
 */
export function consolidatedDeficitRatio(
  deficits: Decimal,
  surpluses: Decimal,
  standardFiscalScale: Decimal,
  precision: Precision = CONSOLIDATED_DEFICIT_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("consolidatedDeficitRatio", precision);
  if (deficits.isNegative() && !deficits.isZero())
    return errorResult(
      method,
      "functions.indicator.negativeAmount",
      nameParams(INPUT_NAMES.deficitsTotal)
    );
  if (surpluses.isNegative() && !surpluses.isZero())
    return errorResult(
      method,
      "functions.indicator.negativeAmount",
      nameParams(INPUT_NAMES.surplusesTotal)
    );
  const net = deficits.minus(surpluses);
  if (!net.isPositive() || net.isZero()) return noneResult(method, "functions.indicator.noDeficit");
  return percentOf(net, standardFiscalScale, method, INPUT_NAMES.standardFiscalScale);
}
