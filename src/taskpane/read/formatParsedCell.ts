import type { ParsedCell } from "../../core/notation/types";
import { displayCell, displayFigure } from "../../core/table/displayFigure";
import type { RecognizedCell } from "../../core/table/types";

/**
 * What a recognised data cell shows in the pane: the figure exactly as the CLI prints it
 * ({@link displayFigure}: △1,234, the decimals the cell shows — 12.0 stays 12.0 —, 約/以上, a
 * unit only when no heading states it). Unreadable text is shown as written, without the CLI's
 * "?" marker: the pane marks the cell in red and lists the reason below the table. Blank stays
 * blank — nothing is turned into 0.
 *
 * @example formatParsedCell(parseCellValue(12, "0.0"), ["百万円", null], 1) // "12.0"
 */
export function formatParsedCell(
  parsed: ParsedCell,
  impliedUnits: readonly (string | null)[],
  decimals: number | null = null
): string {
  return parsed.kind === "invalid" ? parsed.text : displayFigure(parsed, impliedUnits, decimals);
}

/**
 * A recognised data cell as the pane shows it: its figure in the row's unit, exactly as the CLI
 * prints it ({@link displayCell}: 1億2,000万円 in a 百万円 table is 120, a cell kept in its own
 * unit shows that unit), unreadable text as written (marked in red, its reason listed above).
 *
 * @example formatRecognizedCell(cell, ["百万円", null]) // "120" for 「1億2,000万円」
 */
export function formatRecognizedCell(
  cell: RecognizedCell,
  impliedUnits: readonly (string | null)[]
): string {
  return cell.parsed.kind === "invalid" ? cell.parsed.text : displayCell(cell, impliedUnits);
}
