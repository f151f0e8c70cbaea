import type { Decimal } from "../decimal";
import { formatJapaneseNumber } from "../notation/formatJapaneseNumber";

/**
 * A figure for a message, as finance tables print it: thousands separators, △ for a negative,
 * exact when short, else to six places (the Finding keeps the exact value), then the unit
 * (百万円, %, 人) when there is one.
 *
 * @example formatFigure(new D(-1234), "百万円") // "△1,234百万円"
 */
export function formatFigure(v: Decimal, unit: string | null = null): string {
  const shown = v.decimalPlaces() > 6 ? v.toDecimalPlaces(6) : v;
  return formatJapaneseNumber(shown) + (unit ?? "");
}
