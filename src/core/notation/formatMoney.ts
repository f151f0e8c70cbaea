import type { Decimal } from "../decimal";
import { formatJapaneseNumber, type FormatNumberOptions } from "./formatJapaneseNumber";
import { moneyFactor } from "./moneyFactor";
import type { MoneyUnit } from "./types";

export interface FormatMoneyOptions extends FormatNumberOptions {
  /** Append the unit (`1,235百万円`); default false, as in a table with a 単位 caption. */
  withUnit?: boolean;
}

/**
 * Writes an amount of 円 in a table unit, rounded to `digits` (default 0) with `rounding`
 * (default 四捨五入): the figure a table in 千円 or 百万円 prints.
 *
 * @example formatMoney(new D(1234567890), "百万円") // "1,235"
 * @example formatMoney(new D(-65000000), "百万円", { withUnit: true }) // "△65百万円"
 */
export function formatMoney(
  yen: Decimal,
  unit: MoneyUnit,
  options: FormatMoneyOptions = {}
): string {
  const { withUnit = false, digits = 0, ...rest } = options;
  const text = formatJapaneseNumber(yen.div(moneyFactor(unit)), { ...rest, digits });
  return withUnit ? text + unit : text;
}
