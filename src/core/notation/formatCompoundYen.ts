import type { Decimal } from "../decimal";
import { formatJapaneseNumber } from "./formatJapaneseNumber";
import { powerOfTen } from "./multipliers";

const GROUPS: ReadonlyArray<readonly [string, number]> = [
  ["兆", 12],
  ["億", 8],
  ["万", 4],
];

/**
 * Writes an amount of 円 with 兆/億/万 groups, as plans print targets: `1億2,000万円`, `4億円`,
 * `△3,500万円`. Exact only: nothing is rounded away, so 12,345 円 is `1万2,345円` and a fraction of
 * a yen stays in the 円 part.
 *
 * @example formatCompoundYen(new D(120000000)) // "1億2,000万円"
 * @example formatCompoundYen(new D(-35000000)) // "△3,500万円"
 */
export function formatCompoundYen(
  yen: Decimal,
  options: { negative?: "△" | "▲" | "-" } = {}
): string {
  if (yen.isZero()) return "0円";
  let rest = yen.abs();
  let out = "";
  for (const [name, exp] of GROUPS) {
    const scale = powerOfTen(exp);
    const count = rest.div(scale).floor();
    if (count.isZero()) continue;
    out += formatJapaneseNumber(count) + name;
    rest = rest.minus(count.times(scale));
  }
  if (!rest.isZero()) out += formatJapaneseNumber(rest);
  return (yen.isNegative() ? (options.negative ?? "△") : "") + out + "円";
}
