import type { CellValue } from "../../core/grid";
import { WorkbookError, type CellSnapshot, type RangeRef, type WriteFormulaOptions } from "../port";
import { resolveRangeBox } from "../rangeBox";
import { formulaText } from "./readBlocks";

import { GENERAL_FORMAT as GENERAL, TEXT_FORMAT } from "../valueBlocks";

export { TEXT_FORMAT };

/** Checks that a reference is one cell; returns its address as given. */
export function singleCellAddress(ref: RangeRef): string {
  const box = resolveRangeBox(ref);
  if (box.rows !== 1 || box.cols !== 1)
    throw new WorkbookError("workbook.notSingleCell", { address: ref.address });
  return ref.address;
}

/** What a loaded cell holds (see formulaText: a text cell "=abc" holds a constant). */
function snapshotOf(range: Excel.Range): CellSnapshot {
  const value = range.values[0]![0] as CellValue;
  const formula = formulaText(range.formulas[0]![0], value) || null;
  return { value, formula, numberFormat: String(range.numberFormat[0]![0]) };
}

/**
 * Writes a formula into one cell after checking the cell is empty (or `overwrite`). Two syncs:
 * read the cell, write the formula. Returns the snapshot for `restoreCell` (restoreCellsInExcel).
 *
 * @example await writeFormulaInExcel(context, { sheet: "歳入", address: "D5" }, "=ZAISEI.X(B5,C5)")
 */
export async function writeFormulaInExcel(
  context: Excel.RequestContext,
  ref: RangeRef,
  formula: string,
  options: WriteFormulaOptions
): Promise<{ previous: CellSnapshot }> {
  const address = singleCellAddress(ref);
  if (!formula.startsWith("=")) throw new WorkbookError("workbook.notAFormula", { formula });
  const range = context.workbook.worksheets.getItem(ref.sheet).getRange(address);
  range.load("values,formulas,numberFormat");
  await context.sync();
  const previous = snapshotOf(range);
  if ((previous.value !== "" || previous.formula !== null) && !options.overwrite) {
    throw new WorkbookError("workbook.cellNotEmpty", { address });
  }
  // In a Text ("@") cell Excel would keep the formula as text: make the cell General first.
  if (previous.numberFormat === TEXT_FORMAT) range.numberFormat = [[GENERAL]];
  range.formulas = [[formula]];
  await context.sync();
  return { previous };
}
