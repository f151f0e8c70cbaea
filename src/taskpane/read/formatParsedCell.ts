import type { ParsedCell } from "../../core/notation/types";
import { displayFigure } from "../../core/table/displayFigure";

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
