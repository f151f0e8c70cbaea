import type { ParsedCell } from "../notation/types";
import { formatJapaneseNumber } from "../notation/formatJapaneseNumber";
import type { TableRecognition } from "./types";

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
 * range (「10〜20件」), 約 and 以上/以下/未満/超 as written, and the cell's unit unless the
 * heading already states it (`impliedUnits`: table, column, row). Dash-only and text cells
 * show their text, blank shows "" (blank is not zero), unreadable text is marked with "?".
 *
 * @example displayFigure(parseCellValue("△ 65百万円"), ["百万円"]) // "△65"
 * @example displayFigure(parseCellValue(43, "0.0"), [], 1) // "43.0"
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
      // The table's unit and the column's unit are shown once, in the heading; a cell shows only its own.
      const unit = q.unit === null || impliedUnits.includes(q.unit) ? "" : q.unit;
      // Excel rounds the shown digits half away from zero, as half-up on the absolute value does.
      const digits = decimals === null ? {} : { digits: decimals };
      const approx = parsed.comparison === "approx" ? "約" : "";
      const upper = parsed.upper ? `〜${formatJapaneseNumber(parsed.upper.value, digits)}` : "";
      const bound = COMPARISON_SUFFIX[parsed.comparison] ?? "";
      return `${approx}${formatJapaneseNumber(q.value, digits)}${upper}${unit}${bound}`;
    }
  }
}

/**
 * Every data cell of a recognised table as {@link displayFigure} shows it, row by row, with the
 * decimals each cell shows and the units the heading already states (table, column, row) left out.
 *
 * @example displayFigures(report.recognition)[28]?.[0] // "11.3" (氷見 実質公債費比率 令和2年度)
 */
export function displayFigures(recognition: TableRecognition): string[][] {
  const { rows, columns, unit } = recognition;
  const columnUnit = new Map(columns.map((c) => [c.col, c.unit]));
  return rows.map((row) =>
    row.cells.map((c) =>
      displayFigure(c.parsed, [unit.money, columnUnit.get(c.col) ?? null, row.unit], c.decimals)
    )
  );
}
