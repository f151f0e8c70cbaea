import { roundDecimal, type Decimal } from "../decimal";
import type { Language } from "../messages/types";

/**
 * A rate for display: percent at 1 dp half-up (達成率 is rounded for display only, domain.md §5),
 * "－" when there is none. Negative rates carry △ in Japanese, "-" in English.
 *
 * @example formatRate(new D("99.45"), "ja") // "99.5%"
 */
export function formatRate(rate: Decimal | null, lang: Language): string {
  const rounded = roundRate(rate);
  if (rounded === null) return "－";
  const digits = rounded.abs().toFixed(1);
  if (!rounded.isNegative() || rounded.isZero()) return `${digits}%`;
  return lang === "ja" ? `△${digits}%` : `-${digits}%`;
}

/**
 * A rate rounded as it is shown (1 dp half-up), for JSON and chart labels that carry numbers;
 * null stays null. Never feed it back into a comparison: judge on the exact rate.
 *
 * @example roundRate(new D("66.66"))?.toNumber() // 66.7
 */
export function roundRate(rate: Decimal | null): Decimal | null {
  return rate === null ? null : roundDecimal(rate, 1, "half-up");
}
