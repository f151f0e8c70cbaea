import { columnIndex, parseA1Range, type RangeBox } from "../core/grid";
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

/**
 * Reads whole columns ("B:D", "$C:$C") or whole rows ("3:5") — what Excel's `Range.address`
 * gives when the user clicks column or row headers — as a box spanning the sheet; null for
 * anything else. A whole sheet is its rows, "1:1048576".
 *
 * @example wholeLinesBox("B:D") // { top: 0, left: 1, rows: 1048576, cols: 3 }
 */
export function wholeLinesBox(address: string): RangeBox | null {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  if (cols) {
    const [a, b] = [columnIndex(cols[1]!), columnIndex(cols[2]!)];
    const left = Math.min(a, b);
    const width = Math.abs(b - a) + 1;
    return left + width <= EXCEL_MAX_COLUMNS
      ? { top: 0, left, rows: EXCEL_MAX_ROWS, cols: width }
      : null;
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address.trim());
  if (!rows) return null;
  const [a, b] = [Number(rows[1]), Number(rows[2])];
  const top = Math.min(a, b) - 1;
  const bottom = Math.max(a, b);
  return top >= 0 && bottom <= EXCEL_MAX_ROWS
    ? { top, left: 0, rows: bottom - top, cols: EXCEL_MAX_COLUMNS }
    : null;
}

/**
 * The cells two boxes share, or null when they do not meet.
 *
 * @example intersectBoxes({ top: 0, left: 0, rows: 9, cols: 1 }, { top: 1, left: 0, rows: 3, cols: 3 }) // { top: 1, left: 0, rows: 3, cols: 1 }
 */
export function intersectBoxes(a: RangeBox, b: RangeBox): RangeBox | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left
    ? { top, left, rows: bottom - top, cols: right - left }
    : null;
}

/**
 * The box to read for a reference: a bounded range as it is; whole columns or rows as their part
 * inside the sheet's used range (`used`, null for an empty sheet). Excel answers `null` values
 * for entire lines (OfficeDev/office-js#4792) and a column is a million rows, while a user who
 * clicks column headers means the cells that hold something. Lines that hold nothing reject
 * with "workbook.emptyRange" naming the reference.
 *
 * @example readBox({ sheet: "歳入", address: "A:C" }, { top: 1, left: 1, rows: 3, cols: 3 }) // { top: 1, left: 1, rows: 3, cols: 2 }
 */
export function readBox(ref: RangeRef, used: RangeBox | null): RangeBox {
  const lines = wholeLinesBox(ref.address);
  if (!lines) return resolveRangeBox(ref);
  const box = used && intersectBoxes(lines, used);
  if (!box)
    throw new WorkbookError("workbook.emptyRange", { sheet: ref.sheet, address: ref.address });
  return box;
}
