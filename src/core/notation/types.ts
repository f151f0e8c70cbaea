import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";

/** Money units, smallest first. The factor is how many 円 one unit is. */
export const MONEY_UNITS = ["円", "千円", "万円", "百万円", "千万円", "億円"] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export type UnitKind = "money" | "count" | "percent" | "point" | "none";

/** ≥ 以上, ≤ 以下/以内, < 未満, > 超, ≈ 約/程度/概ね, = a plain figure. */
export type Comparison = "eq" | "ge" | "le" | "lt" | "gt" | "approx";

/**
 * A number with its unit as printed. For money, `value` is in `unit` (so "1億2,000万円" is
 * value 120000000 unit 円, and "3.5億円" is value 3.5 unit 億円 — multipliers fold into the unit
 * when they name one: 万円/億円; otherwise they multiply the value).
 */
export interface Quantity {
  value: Decimal;
  /** "円", "百万円", "件", "%", "時間", … or null for a bare number. */
  unit: string | null;
  unitKind: UnitKind;
}

/**
 * What one cell's text means. Blank is not zero, dash-only is "none", and text that looks like a
 * number but cannot be read safely is `invalid` with the reason — never a guess.
 */
export type ParsedCell =
  | { kind: "blank" }
  | { kind: "none"; text: string }
  | { kind: "text"; text: string }
  | { kind: "invalid"; text: string; issue: Issue }
  | {
      kind: "number";
      quantity: Quantity;
      comparison: Comparison;
      /** For bands (`80%台` = [80, 90)) and intervals (`10〜20件`): the upper end, exclusive when `upperExclusive`. */
      upper?: Quantity;
      upperExclusive?: boolean;
      /** Warnings that do not stop the reading (e.g. "notation.percentPerYearAmbiguous"). */
      warnings: Issue[];
      /** A yearly change as printed with `/年` or `/年度` (`△50件/年`, `+5%/年`). */
      perYear?: boolean;
      /** The figure carried an explicit `+` (`+3億円`): printed as a change, not a level. */
      explicitPlus?: boolean;
    };
