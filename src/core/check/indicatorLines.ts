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
export type Component = "A" | "B" | "C" | "D" | "E" | "revenue" | "demand";

/**
 * A component line of an indicator: A 元利償還金, B 準元利償還金, C 特定財源, D 算入公債費等
 * (基準財政需要額算入額), E 標準財政規模, 基準財政収入額, 基準財政需要額.
 */
export function componentOf(key: string): Component | null {
  if (/準元利償還金/.test(key)) return "B";
  if (/元利償還金/.test(key)) return "A";
  if (/特定財源/.test(key)) return "C";
  if (/算入公債費等|基準財政需要額算入額/.test(key)) return "D";
  if (/標準財政規模/.test(key)) return "E";
  if (/基準財政収入額/.test(key)) return "revenue";
  if (/基準財政需要額/.test(key)) return "demand";
  return null;
}
