import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, noneResult, percentOf } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/** Published 1 dp; truncation is the assumed convention (domain.md §3 [L]). */
export const FUND_SHORTAGE_RATIO_PRECISION: Precision = { digits: 1, rounding: "down" };

/**
 * 資金不足比率 (公営企業) = 資金の不足額 / 事業の規模 × 100 (健全化法 第22条第2項);
 * 事業の規模 = 営業収益 − 受託工事収益. No shortage (0) is not computed ("－").
 *
 * @example fundShortageRatio(new D(50), new D(1000)) // value 5.0
 */
export function fundShortageRatio(
  shortage: Decimal,
  businessScale: Decimal,
  precision: Precision = FUND_SHORTAGE_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("fundShortageRatio", precision);
  if (shortage.isNegative() && !shortage.isZero())
    return errorResult(
      method,
      "functions.indicator.negativeAmount",
      nameParams(INPUT_NAMES.fundShortage)
    );
  if (shortage.isZero()) return noneResult(method, "functions.indicator.noDeficit");
  return percentOf(shortage, businessScale, method, INPUT_NAMES.businessScale);
}
