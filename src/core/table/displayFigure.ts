import type { Decimal } from "../decimal";
import type { ParsedCell } from "../notation/types";
import { formatJapaneseNumber } from "../notation/formatJapaneseNumber";
import { bandWidth } from "../notation/readTail";
import type { RecognizedCell, TableRecognition } from "./types";

/** Words Japanese tables print after a bound (「80%以上」); 約 goes before the figure instead. */
const COMPARISON_SUFFIX: Partial<Record<string, string>> = {
  ge: "以上",
  le: "以下",
  lt: "未満",
  gt: "超",
};

/**
 * One data cell as printed in Japanese finance tables: △ for negatives, thousands separators,
 * the decimals the cell shows (43.0 stays 43.0; null prints the exact value), the upper end of a
 * range (「10〜20件」), a band as printed (「80%台」, its unit always shown: 「80台」 says nothing),
 * 約 and 以上/以下/未満/超 as written, and the cell's unit unless the heading already states it
 * (`impliedUnits`: table, column, row). Dash-only and text cells show their text, blank shows ""
 * (blank is not zero), unreadable text is marked with "?".
 *
 * @example displayFigure(parseCellValue("△ 65百万円"), ["百万円"]) // "△65"
 * @example displayFigure(parseCellValue(43, "0.0"), [], 1) // "43.0"
 * @example displayFigure(parseCellValue("80%台"), ["%"]) // "80%台" (never 「80〜90%以上」)
 */
export function displayFigure(
  parsed: ParsedCell,
  impliedUnits: readonly (string | null)[] = [],
  decimals: number | null = null
): string {
  switch (parsed.kind) {
    case "blank":
      return "";
    case "none":
    case "text":
      return parsed.text;
    case "invalid":
      return `?${parsed.text}`;
    case "number": {
      const q = parsed.quantity;
      const upper = parsed.upper
        ? { value: parsed.upper.value, exclusive: !!parsed.upperExclusive }
        : null;
      return figureText(q.value, q.unit, upper, parsed.comparison, impliedUnits, decimals);
    }
  }
}

/**
 * A figure with its unit, bounds and qualifier as Japanese tables print it: 「80%台」 for a band
 * whose upper end is the printed figure's next step, else 「80以上90未満」; 「10〜20件」 for an
 * inclusive range (no 以上: the range says it); 「約5億円」, 「99.0%以上」.
 */
function figureText(
  value: Decimal,
  unit: string | null,
  upper: { value: Decimal; exclusive: boolean } | null,
  comparison: string,
  impliedUnits: readonly (string | null)[],
  decimals: number | null
): string {
  // The table's unit and the column's unit are shown once, in the heading; a cell shows only its own.
  const shownUnit = unit === null || impliedUnits.includes(unit) ? "" : unit;
  // Excel rounds the shown digits half away from zero, as half-up on the absolute value does.
  const digits = decimals === null ? {} : { digits: decimals };
  const n = (v: Decimal) => formatJapaneseNumber(v, digits);
  if (upper?.exclusive) {
    if (upper.value.eq(value.plus(bandWidth(value)))) return `${n(value)}${unit ?? ""}台`;
    return `${n(value)}${shownUnit}以上${n(upper.value)}${shownUnit}未満`;
  }
  if (upper) return `${n(value)}〜${n(upper.value)}${shownUnit}`;
  const approx = comparison === "approx" ? "約" : "";
  const bound = COMPARISON_SUFFIX[comparison] ?? "";
  return `${approx}${n(value)}${shownUnit}${bound}`;
}

/**
 * A recognised data cell as shown in the CLI and the pane: its figure in the row's unit
 * (`value` in `unit`: 1億2,000万円 in a 百万円 table shows 「120」), with the decimals the cell
 * shows moved by that conversion; a cell kept in its own unit (12件 in a 円 row) shows that unit;
 * a figure that has no value in the row's unit (`4億` in a 百万円 row) shows as written. Other
 * cells as {@link displayFigure}.
 *
 * @example displayCell(cell, ["百万円"]) // "120" for 「1億2,000万円」 in a 百万円 table
 */
export function displayCell(
  cell: RecognizedCell,
  impliedUnits: readonly (string | null)[] = []
): string {
  const parsed = cell.parsed;
  if (parsed.kind !== "number") return displayFigure(parsed, impliedUnits);
  // A figure with no value in the row's unit (`4億` in a 百万円 row) is shown as written, never rescaled.
  if (cell.value === null) return String(cell.raw).trim();
  const upper =
    cell.upperValue === null
      ? null
      : { value: cell.upperValue, exclusive: !!parsed.upperExclusive };
  return figureText(
    cell.value,
    cell.unit,
    upper,
    parsed.comparison,
    impliedUnits,
    cell.valueDecimals
  );
}

/**
 * Every data cell of a recognised table as {@link displayCell} shows it, row by row: in the row's
 * unit, with the decimals each cell shows and the units the heading already states (table,
 * column, row) left out.
 *
 * @example displayFigures(report.recognition)[28]?.[0] // "11.3" (氷見 実質公債費比率 令和2年度)
 */
export function displayFigures(recognition: TableRecognition): string[][] {
  const { rows, columns, unit } = recognition;
  const columnUnit = new Map(columns.map((c) => [c.col, c.unit]));
  return rows.map((row) =>
    row.cells.map((c) => displayCell(c, [unit.money, columnUnit.get(c.col) ?? null, row.unit]))
  );
}
