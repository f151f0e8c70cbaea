import { isMoneyUnit } from "../notation/moneyFactor";
import type { UnitKind } from "../notation/types";
import { columnUnit } from "./columnUnit";

/**
 * The unit a row or column label gives its bare figures. `unit` null with kind "none" is a
 * unitless figure (財政力指数): it must not take the table's money unit either.
 */
export interface LabelUnit {
  unit: string | null;
  unitKind: UnitKind;
}

/**
 * What a label's last word says about its figures (domain.md §2, §4): a table caption such as
 * 「単位:百万円」 is read by finance staff as the unit of the money rows only; ratio, index,
 * population and count rows keep their own unit. Checked in order, on the label without its
 * trailing bracketed notes (「実質公債費比率（3ヵ年平均）」 → 「実質公債費比率」). Labels that end
 * in none of these (標準財政規模, 残高, 発行額, 基金, 収支) are money and take the table unit.
 */
const SUFFIX_UNITS: readonly (readonly [RegExp, LabelUnit])[] = [
  // 有効求人倍率 is printed as 1.23倍, not as a percentage.
  [/倍率$/, { unit: "倍", unitKind: "count" }],
  [/(?:比率|率|割合)$/, { unit: "%", unitKind: "percent" }],
  // 財政力指数 is a plain quotient (0.53), neither money nor a percentage.
  [/指数$/, { unit: null, unitKind: "none" }],
  [/(?:人口|職員数|人数)$/, { unit: "人", unitKind: "count" }],
  [/件数$/, { unit: "件", unitKind: "count" }],
  [/回数$/, { unit: "回", unitKind: "count" }],
  [/日数$/, { unit: "日", unitKind: "count" }],
];

/** A trailing bracketed note: 「(国勢調査ベース)」, 「(A-B)」, 「（3ヵ年平均）」 after NFKC. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/**
 * The kind of figure a unit names (the notation module's UnitKind).
 *
 * @example unitKindOf("百万円") // "money"
 */
export function unitKindOf(unit: string): UnitKind {
  if (isMoneyUnit(unit)) return "money";
  if (unit === "%") return "percent";
  if (unit === "ポイント" || unit === "pt") return "point";
  return "count";
}

/**
 * The unit a row (or column) label names for its bare figures, or null when the label says
 * nothing and the table unit applies. A unit printed in brackets in the label wins
 * (「住基人口(R2.1.1)(人)」 → 人, 「金額(千円)」 → 千円); otherwise the label's last word decides
 * (比率/率/割合 → %, 指数 → unitless, 人口/職員数 → 人, 件数 → 件).
 *
 * @example unitFromLabel("実質公債費比率") // { unit: "%", unitKind: "percent" }
 * @example unitFromLabel("人口(国勢調査ベース)") // { unit: "人", unitKind: "count" }
 * @example unitFromLabel("標準財政規模") // null (money: the table unit applies)
 */
export function unitFromLabel(label: string): LabelUnit | null {
  const explicit = columnUnit(label);
  if (explicit !== null) return { unit: explicit, unitKind: unitKindOf(explicit) };
  let base = label.normalize("NFKC").trim();
  for (let prev = ""; prev !== base;) {
    prev = base;
    base = base.replace(TRAILING_NOTE, "");
  }
  for (const [suffix, unit] of SUFFIX_UNITS) if (suffix.test(base)) return unit;
  return null;
}
