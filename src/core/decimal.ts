import DecimalJs from "decimal.js";

/**
 * The project's own Decimal: a clone, so nothing here (or in a host page) depends on the global
 * `Decimal.set`. 40 significant digits is far beyond any published figure; rounding to the
 * published digit is always done explicitly with {@link roundDecimal} naming digits and mode.
 *
 * @example new D("7.6").times(100).toFixed() // "760" (never 759.999…)
 */
export const D = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof D>;

/** Rounding modes as Japanese finance names them. */
export type RoundingMode = "half-up" | "down" | "up";

export const ROUNDING_MODE_NAMES: Record<RoundingMode, { ja: string; en: string }> = {
  "half-up": { ja: "四捨五入", en: "round half up" },
  down: { ja: "切り捨て", en: "truncate" },
  up: { ja: "切り上げ", en: "round up" },
};

/**
 * Rounds to `digits` decimal places (negative digits round to tens, hundreds…).
 * 切り捨て / 切り上げ act on the absolute value, as 決算 sheets do (△1.25 truncated is △1.2).
 *
 * @example roundDecimal(new D("12.7588"), 1, "down").toFixed(1) // "12.7"
 */
export function roundDecimal(value: Decimal, digits: number, mode: RoundingMode): Decimal {
  const dm = mode === "half-up" ? D.ROUND_HALF_UP : mode === "down" ? D.ROUND_DOWN : D.ROUND_UP;
  if (digits >= 0) return value.toDecimalPlaces(digits, dm);
  const scale = new D(10).pow(-digits);
  return value.div(scale).toDecimalPlaces(0, dm).times(scale);
}
