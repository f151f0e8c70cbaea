import type { ParsedCell } from "../core/notation";
import { formatJapaneseNumber } from "../core/notation";
import type { TableRecognition } from "../core/table";

/**
 * One data cell as the CLI shows it: figures as printed in Japanese finance tables (△ for
 * negatives, thousands separators, the decimals the cell shows — 43.0 stays 43.0 —, the cell's
 * own unit when it had one), dash-only and text cells as their text, blank as "" (blank is not
 * zero), unreadable text marked with "?". A unit is shown only when it is not already implied by
 * the table, the column or the row. `decimals` null prints the exact value.
 *
 * @example formatFigure(parseCellValue("△ 65百万円"), ["百万円"]) // "△65"
 * @example formatFigure(parseCellValue(43, "0.0"), [], 1) // "43.0"
 */
export function formatFigure(
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
      return `${formatJapaneseNumber(q.value, digits)}${unit}`;
    }
  }
}

/**
 * Every data cell of a recognised table as {@link formatFigure} shows it, row by row, with the
 * decimals each cell shows and the units the heading already states (table, column, row) left out.
 *
 * @example displayFigures(report.recognition)[28]?.[0] // "11.3" (氷見 実質公債費比率 令和2年度)
 */
export function displayFigures(recognition: TableRecognition): string[][] {
  const { rows, columns, unit } = recognition;
  const columnUnit = new Map(columns.map((c) => [c.col, c.unit]));
  return rows.map((row) =>
    row.cells.map((c) =>
      formatFigure(c.parsed, [unit.money, columnUnit.get(c.col) ?? null, row.unit], c.decimals)
    )
  );
}
