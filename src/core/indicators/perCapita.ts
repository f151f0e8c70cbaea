import { D } from "../decimal";
import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, valueResult } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

const TEN_THOUSAND = new D(10000);

/**
 * value / population × per, rounded (default: 人口1万人当たり, 2 dp half-up — reproduces every row
 * of the 氷見 類似団体職員数 table; its 平均 row is Σ職員数 / Σ人口, a ratio of sums).
 *
 * @example perCapita(new D(195), new D(33940)) // 57.45 (大川市 一般行政部門)
 */
export function perCapita(
  value: Decimal,
  population: Decimal,
  per: Decimal = TEN_THOUSAND,
  precision: Precision = { digits: 2, rounding: "half-up" }
): IndicatorResult {
  const method = methodOf("perCapita", precision);
  if (population.isZero())
    return errorResult(
      method,
      "functions.indicator.divisionByZero",
      nameParams(INPUT_NAMES.population)
    );
  // Multiply first: a per other than a power of ten (× 3) would otherwise scale a rounded quotient.
  return valueResult(value.times(per).div(population), method);
}
