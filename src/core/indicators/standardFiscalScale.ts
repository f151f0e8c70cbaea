import { D } from "../decimal";
import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { methodOf, valueResult, ZERO } from "./result";

/**
 * 基準財政収入額 counts 75% of standard tax revenue, so the scale grosses it up × 100 / 75 —
 * multiplied first and divided last: a 40-digit 1.333…3 would turn 75 into 99.99…975.
 */
const HUNDRED = new D(100);
const SEVENTY_FIVE = new D(75);

export interface StandardFiscalScaleInput {
  /** 普通交付税額 */
  ordinaryGrant: Decimal;
  /** 基準財政収入額 */
  standardRevenue: Decimal;
  /** 特定収入見込額 (譲与税・交付金等, counted at 100% in 基準財政収入額) */
  specificRevenue: Decimal;
  /** 臨時財政対策債発行可能額 (added R3–R7); omitted = 0 */
  temporaryBondCapacity?: Decimal;
}

/**
 * 標準財政規模 = 普通交付税 + (基準財政収入額 − 特定収入見込額) × 100/75 + 特定収入見込額
 * + 臨時財政対策債発行可能額 (地方財政法施行令 / 健全化法施行令 第2条の例). Kept at full precision by
 * default: 100/75 repeats, and the 決算カード figure is what most users type in anyway.
 *
 * @example standardFiscalScale({ ordinaryGrant: new D(100), standardRevenue: new D(75), specificRevenue: new D(0) }) // value 200
 */
export function standardFiscalScale(
  input: StandardFiscalScaleInput,
  precision: Precision | null = null
): IndicatorResult {
  const method = methodOf("standardFiscalScale", precision);
  const taxBase = input.standardRevenue
    .minus(input.specificRevenue)
    .times(HUNDRED)
    .div(SEVENTY_FIVE);
  const exact = input.ordinaryGrant
    .plus(taxBase)
    .plus(input.specificRevenue)
    .plus(input.temporaryBondCapacity ?? ZERO);
  return valueResult(exact, method);
}
