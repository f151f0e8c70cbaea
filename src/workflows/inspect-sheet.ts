import { boxAddress } from "../core/grid";
import { WorkbookError } from "../workbook/port";
import type { WorkbookPort } from "../workbook/port";
import { holdsNothing, inspectGrid } from "./inspect-range";
import type { InspectionReport, InspectOptions } from "./inspect-range";

/**
 * Inspects the used range of a sheet (what the CLI does when no range is given).
 * An empty sheet rejects with WorkbookError "workbook.emptyRange": there is no table to read,
 * and an empty report would look like a table with nothing wrong in it.
 *
 * @example
 * const report = await inspectSheet(port, "中長期財政見通し");
 * report.ref.address; // "A1:L37"
 */
export async function inspectSheet(
  port: WorkbookPort,
  sheet: string,
  options: InspectOptions = {}
): Promise<InspectionReport> {
  // Formulas too: a formula saved without its result reads as "" and must not pass for a blank.
  const grid = await port.readUsedRange(sheet, {
    onProgress: options.onProgress,
    signal: options.signal,
    formulas: true,
  });
  if (grid === null || holdsNothing(grid))
    throw new WorkbookError("workbook.emptyRange", { sheet });
  const cols = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const address = boxAddress({
    top: grid.top,
    left: grid.left,
    rows: grid.values.length,
    cols: Math.max(cols, 1),
  });
  return inspectGrid({ sheet, address }, grid, options);
}
