import type { Decimal } from "../decimal";
import { meanOfQuotients } from "./meanOfQuotients";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, fractionResult, HUNDRED, methodOf, percentOf } from "./result";
import { INPUT_NAMES, nameParams } from "./inputNames";

/** The official 3-year figure is truncated to 1 dp (健全化法施行規則 / 算定様式; domain.md §3 [H]). */
export const DEBT_SERVICE_RATIO_PRECISION: Precision = { digits: 1, rounding: "down" };

/** One year's inputs, in one money unit (千円 or 百万円). */
export interface DebtServiceYear {
  /** A 元利償還金 */
  principalAndInterest: Decimal;
  /** B 準元利償還金 */
  quasiPrincipalAndInterest: Decimal;
  /** C 特定財源 */
  specificRevenue: Decimal;
  /** D 算入公債費等 (元利償還金・準元利償還金に係る基準財政需要額算入額) */
  includedInDemand: Decimal;
  /** E 標準財政規模 */
  standardFiscalScale: Decimal;
}

/** The denominator's name in messages (a zero E − D is reported, naming it). */
const DENOMINATOR_NAME = INPUT_NAMES.scaleLessIncludedDebtService;

/** (A + B) − (C + D) and E − D of one year. */
function terms(year: DebtServiceYear): [Decimal, Decimal] {
  const numerator = year.principalAndInterest
    .plus(year.quasiPrincipalAndInterest)
    .minus(year.specificRevenue)
    .minus(year.includedInDemand);
  return [numerator, year.standardFiscalScale.minus(year.includedInDemand)];
}

/**
 * Single-year 実質公債費比率 = ((A + B) − (C + D)) / (E − D) × 100, kept at full precision
 * (健全化法 第2条第3号, 同施行令 第3条). Only the 3-year mean is rounded.
 *
 * @example debtServiceRatioYear({ principalAndInterest: new D(57237), quasiPrincipalAndInterest: new D(4336), specificRevenue: new D(439), includedInDemand: new D(38516), standardFiscalScale: new D(215679) }) // exact 12.7667…
 */
export function debtServiceRatioYear(year: DebtServiceYear): IndicatorResult {
  const [numerator, denominator] = terms(year);
  return percentOf(
    numerator,
    denominator,
    methodOf("debtServiceRatio.year", null),
    DENOMINATOR_NAME
  );
}

/**
 * 実質公債費比率 (official) = mean of the single-year ratios of N−2, N−1 and N, truncated to 1 dp.
 * 鳥取県 H26: exact mean 12.7588 → 12.7 (half-up would print 12.8, which the prefecture did not).
 *
 * @example debtServiceRatio([h24, h25, h26]) // value 12.7, exact 12.7587…
 */
export function debtServiceRatio(
  years: readonly [DebtServiceYear, DebtServiceYear, DebtServiceYear],
  precision: Precision = DEBT_SERVICE_RATIO_PRECISION
): IndicatorResult {
  const method = methodOf("debtServiceRatio.mean3", precision);
  const quotients: [Decimal, Decimal][] = [];
  for (const year of years) {
    const [numerator, denominator] = terms(year);
    if (denominator.isZero())
      return errorResult(
        method,
        "functions.indicator.divisionByZero",
        nameParams(DENOMINATOR_NAME)
      );
    quotients.push([numerator.times(HUNDRED), denominator]);
  }
  // Exact: the single years rarely terminate, and the mean is truncated (see meanOfQuotients).
  return fractionResult(meanOfQuotients(quotients), method);
}
