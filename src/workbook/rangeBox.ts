import { parseA1Range, type RangeBox } from "../core/grid";
import { WorkbookError, type RangeRef } from "./port";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD) since Excel 2007. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Excel refuses (or answers `null` to) a get of more than five million cells, on every platform. */
export const MAX_READ_CELLS = 5_000_000;

/**
 * Parses the A1 address of a range reference into a zero-based box, checked against Excel's grid.
 * Throws WorkbookError "workbook.emptyRange" for "", "workbook.badAddress" for anything else that
 * is not a range on a sheet (whole columns "A:A" included: they are unbounded).
 *
 * @example resolveRangeBox({ sheet: "歳入", address: "B2:M40" }) // { top: 1, left: 1, rows: 39, cols: 12 }
 */
export function resolveRangeBox(ref: RangeRef): RangeBox {
  const address = ref.address.trim();
  if (address === "") throw new WorkbookError("workbook.emptyRange", { sheet: ref.sheet });
  const box = parseA1Range(address);
  if (!box || box.top + box.rows > EXCEL_MAX_ROWS || box.left + box.cols > EXCEL_MAX_COLUMNS) {
    throw new WorkbookError("workbook.badAddress", { address: ref.address });
  }
  return box;
}

/**
 * Refuses a read larger than Excel allows, before any work is done.
 *
 * @example checkReadSize({ top: 0, left: 0, rows: 5000, cols: 20 }) // passes: 100,000 cells
 */
export function checkReadSize(box: RangeBox): void {
  const cells = box.rows * box.cols;
  if (cells > MAX_READ_CELLS) {
    throw new WorkbookError("workbook.tooManyCells", { cells, limit: MAX_READ_CELLS });
  }
}

/**
 * Strips the sheet part from an address Excel returns ("'歳入 明細'!B2:M40" → "B2:M40").
 *
 * @example localAddress("Sheet1!A1:C3") // "A1:C3"
 */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
