import { roundDecimal, type Decimal, type RoundingMode } from "../decimal";

export interface FormatNumberOptions {
  /** Negative marker: △ (default, as in 予算書/決算書), ▲ or -. */
  negative?: "△" | "▲" | "-";
  /** Fixed decimal places; rounds with `rounding`. Unset: the exact value, no trailing zeros. */
  digits?: number;
  /** 四捨五入 (default), 切り捨て, 切り上げ — on the absolute value, as roundDecimal does. */
  rounding?: RoundingMode;
  /** Thousands separators (default true). */
  thousands?: boolean;
  /** A blank between the marker and the digits, `△ 65` as some tables print it (default false). */
  space?: boolean;
}

/**
 * Writes a figure the way Japanese finance tables print it.
 * A value that rounds to zero is printed without a marker (`△0` is never printed).
 *
 * @example formatJapaneseNumber(new D(-1234)) // "△1,234"
 * @example formatJapaneseNumber(new D("12.75"), { digits: 1, rounding: "down" }) // "12.7"
 */
export function formatJapaneseNumber(value: Decimal, options: FormatNumberOptions = {}): string {
  const { negative = "△", digits, rounding = "half-up", thousands = true, space = false } = options;
  const rounded = digits === undefined ? value : roundDecimal(value, digits, rounding);
  const body = rounded.abs().toFixed(digits === undefined ? undefined : Math.max(digits, 0));
  const grouped = thousands ? groupThousands(body) : body;
  if (!rounded.isNegative() || rounded.isZero()) return grouped;
  return negative + (space ? " " : "") + grouped;
}

function groupThousands(body: string): string {
  const point = body.indexOf(".");
  const int = point < 0 ? body : body.slice(0, point);
  if (int.length <= 3) return body;
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int.charAt(i);
  }
  return point < 0 ? out : out + body.slice(point);
}
