import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import { convertMoney, isMoneyUnit } from "../notation/moneyFactor";
import type { ParsedCell, Quantity } from "../notation/types";

/** A figure expressed in one stated unit: what a cell means in its row. */
export interface FigureInUnit {
  /** The figure in `unit`; null when the cell is not a figure or has no unit to convert from (`4億`). */
  value: Decimal | null;
  /** The unit `value` is in: the row's (or column's) when the cell's own converts to it, else the cell's own. */
  unit: string | null;
  /** The upper end of a range or band (`10〜20件`, `80%台`) in `unit`, else null. */
  upperValue: Decimal | null;
  /**
   * Decimals to show `value` with: the cell's own; into a smaller unit moved by the conversion
   * (1.5億円 → 150 百万円: 0), into a larger one null, the exact value (1,234千円 → 1.234 百万円).
   */
  valueDecimals: number | null;
  /**
   * "table.unitMismatch" when the cell states a unit of another kind than the row's,
   * "table.unitMissing" when a money row's figure has a multiplier but no unit (`4億`), else null.
   */
  issue: Issue | null;
}

const NOT_A_FIGURE: FigureInUnit = {
  value: null,
  unit: null,
  upperValue: null,
  valueDecimals: null,
  issue: null,
};

/** log10 of the factor from one money unit to another: 億円 → 百万円 is 2, 千円 → 百万円 is −3. */
const EXPONENT: Record<string, number> = { 円: 0, 千円: 3, 万円: 4, 百万円: 6, 千万円: 7, 億円: 8 };

function inUnit(q: Quantity, unit: string | null): Decimal {
  return q.unit !== null && unit !== null && isMoneyUnit(q.unit) && isMoneyUnit(unit)
    ? convertMoney(q.value, q.unit, unit)
    : q.value;
}

/**
 * A data cell's figure in the unit of its row (`expected`: the column header's unit, else the row
 * label's, else the table's money unit). A cell that states its own money unit is converted
 * exactly (1億2,000万円 in a 百万円 table is 120; `#,##0"百万円"` 50 in a 千円 table is 50,000); a
 * cell in the row's unit, a bare figure and any cell of a row without a unit keep their figure. A
 * unit of another kind (12件 in a 円 row, 12.5% in a 千円 row) is kept as it is and reported as
 * "table.unitMismatch" — never silently put on the row's scale. A figure with a multiplier and no
 * unit in a money row (`4億`) has no value in the row's unit: null, reported as "table.unitMissing".
 *
 * @example figureInUnit(parseJapaneseNumber("1億2,000万円"), "百万円", null, () => "1億2,000万円").value?.toFixed() // "120"
 */
export function figureInUnit(
  parsed: ParsedCell,
  expected: string | null,
  decimals: number | null,
  text: () => string
): FigureInUnit {
  if (parsed.kind !== "number") return NOT_A_FIGURE;
  const q = parsed.quantity;
  const own = q.unit;
  // `4億` in a 百万円 row: a figure with a multiplier and no unit (the reader does not guess 円).
  if (own === null && isMoneyUnit(expected))
    return {
      ...NOT_A_FIGURE,
      issue: { code: "table.unitMissing", params: { text: text(), rowUnit: expected } },
    };
  const convertible =
    own === null ||
    expected === null ||
    own === expected ||
    (isMoneyUnit(own) && isMoneyUnit(expected));
  const unit = convertible ? (expected ?? own) : own;
  const upper = parsed.upper ? inUnit(parsed.upper, unit) : null;
  const shift =
    own !== null && unit !== null && own !== unit ? EXPONENT[own]! - EXPONENT[unit]! : 0;
  return {
    value: inUnit(q, unit),
    unit,
    upperValue: upper,
    // Into a smaller unit the shown places shrink (1.5億円 → 150 百万円); into a larger one the
    // exact value is shown (5,000万円 → 50 百万円, not 50.00).
    valueDecimals: decimals === null || shift < 0 ? null : Math.max(0, decimals - shift),
    issue: convertible
      ? null
      : {
          code: "table.unitMismatch",
          params: { text: text(), cellUnit: own ?? "", rowUnit: expected ?? "" },
        },
  };
}
