import { D, type Decimal } from "../decimal";
import { MONEY_UNITS, type MoneyUnit, type Quantity } from "./types";

/** 円 per unit. Built once: the factors are exact powers of ten. */
const FACTORS: Record<MoneyUnit, Decimal> = {
  円: new D(1),
  千円: new D(1_000),
  万円: new D(10_000),
  百万円: new D(1_000_000),
  千万円: new D(10_000_000),
  億円: new D(100_000_000),
};

/**
 * Whether a unit string is one of the money units.
 *
 * @example isMoneyUnit("百万円") // true
 */
export function isMoneyUnit(unit: string | null | undefined): unit is MoneyUnit {
  return unit != null && (MONEY_UNITS as readonly string[]).includes(unit);
}

/**
 * How many 円 one unit is.
 *
 * @example moneyFactor("百万円").toFixed() // "1000000"
 */
export function moneyFactor(unit: MoneyUnit): Decimal {
  return FACTORS[unit];
}

/**
 * Converts an amount between money units exactly (no rounding: 1,234 千円 is 1.234 百万円).
 *
 * @example convertMoney(new D(1234), "千円", "百万円").toFixed() // "1.234"
 */
export function convertMoney(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  if (from === to) return value;
  return value.times(FACTORS[from]).div(FACTORS[to]);
}

/**
 * The amount in 円, or null when the quantity is not money (a count, a percentage, a bare number).
 *
 * @example toYen({ value: new D("3.5"), unit: "億円", unitKind: "money" })?.toFixed() // "350000000"
 */
export function toYen(q: Quantity): Decimal | null {
  if (q.unitKind !== "money" || !isMoneyUnit(q.unit)) return null;
  return q.value.times(FACTORS[q.unit]);
}
