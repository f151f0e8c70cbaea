import { roundDecimal, type Decimal } from "../decimal";
import type { Language } from "../messages/types";

/**
 * A rate for display: percent at 1 dp half-up (達成率 is rounded for display only, domain.md §5),
 * "－" when there is none. Negative rates carry △ in Japanese, "-" in English.
 *
 * @example formatRate(new D("99.45"), "ja") // "99.5%"
 */
export function formatRate(rate: Decimal | null, lang: Language): string {
  if (rate === null) return "－";
  const rounded = roundDecimal(rate, 1, "half-up");
  const digits = rounded.abs().toFixed(1);
  if (!rounded.isNegative() || rounded.isZero()) return `${digits}%`;
  return lang === "ja" ? `△${digits}%` : `-${digits}%`;
}
