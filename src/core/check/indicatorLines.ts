import type { RatioKind } from "../indicators/ratioKind";
import { baseLabel } from "./lineRoles";

/** The indicators a line can print: the 健全化判断比率, 資金不足比率 and two more of domain.md §3. */
export type IndicatorLine = RatioKind | "fiscalStrength" | "ordinaryBalance";

/**
 * The indicator a line's label names (folded key), and whether it is a single year's figure
 * (単年度) rather than the published 3-year one; null for any other line.
 *
 * @example indicatorOf("実質公債費比率(3か年平均)(%)") // { kind: "debtService", singleYear: false }
 */
export function indicatorOf(key: string): { kind: IndicatorLine; singleYear: boolean } | null {
  const singleYear = /単年度/.test(key);
  const kind: IndicatorLine | null = /連結実質赤字比率/.test(key)
    ? "consolidatedDeficit"
    : /実質赤字比率/.test(key)
      ? "deficit"
      : /実質公債費比率/.test(key)
        ? "debtService"
        : /将来負担比率/.test(key)
          ? "futureBurden"
          : /資金不足比率/.test(key)
            ? "fundShortage"
            : /財政力指数/.test(key)
              ? "fiscalStrength"
              : /^経常収支比率/.test(baseLabel(key))
                ? "ordinaryBalance"
                : null;
  return kind && { kind, singleYear };
}

/** The inputs of 実質公債費比率 and 財政力指数 as tables label them (folded keys, any letter). */
export type Component =
  | "A"
  | "B"
  | "C"
  | "D"
  | "E"
  | "revenue"
  | "demand"
  | "deficit"
  | "ordinaryExpense"
  | "ordinaryRevenue"
  | "reducedRevenueBond"
  | "temporaryBond";

/** A label that is exactly the name, with at most a letter before or after it (「経常一般財源等 B」). */
function exactly(key: string, name: string): boolean {
  return new RegExp(`^(?:[A-Za-z])?(?:${name})(?:[A-Za-z])?$`).test(baseLabel(key));
}

/**
 * A component line of an indicator: A 元利償還金, B 準元利償還金, C 特定財源, D 算入公債費等
 * (基準財政需要額算入額), E 標準財政規模, 基準財政収入額, 基準財政需要額; 実質赤字額; and the parts of
 * 経常収支比率 (経常経費充当一般財源等, 経常一般財源等, 減収補塡債特例分, 臨時財政対策債), which must be
 * the whole label (「普通交付税 (臨時財政対策債含む)」 is no 臨時財政対策債 line).
 */
export function componentOf(key: string): Component | null {
  if (exactly(key, "経常経費充当一般財源等?")) return "ordinaryExpense";
  if (exactly(key, "経常一般財源等?")) return "ordinaryRevenue";
  if (exactly(key, "減収補[塡填てん]債特例分")) return "reducedRevenueBond";
  if (exactly(key, "臨時財政対策債(?:発行額|発行可能額)?")) return "temporaryBond";
  if (exactly(key, "実質赤字額")) return "deficit";
  if (/準元利償還金/.test(key)) return "B";
  if (/元利償還金/.test(key)) return "A";
  if (/特定財源/.test(key)) return "C";
  if (/算入公債費等|基準財政需要額算入額/.test(key)) return "D";
  if (/標準財政規模/.test(key)) return "E";
  if (/基準財政収入額/.test(key)) return "revenue";
  if (/基準財政需要額/.test(key)) return "demand";
  return null;
}
