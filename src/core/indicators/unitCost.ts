import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, valueResult } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/**
 * 単位当たりコスト = (事業費 + 人件費) / output (会計検査院の効率性の尺度). Full precision unless a
 * precision is given: unit costs are compared, not published.
 *
 * @example unitCost(new D(1200000), new D(400)) // 3000
 */
export function unitCost(
  cost: Decimal,
  output: Decimal,
  precision: Precision | null = null
): IndicatorResult {
  const method = methodOf("unitCost", precision);
  if (output.isZero())
    return errorResult(
      method,
      "functions.indicator.divisionByZero",
      nameParams(INPUT_NAMES.output)
    );
  return valueResult(cost.div(output), method);
}
