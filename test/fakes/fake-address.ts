import {
  boxAddress,
  columnIndex,
  columnLetters,
  parseA1Range,
  type RangeBox,
} from "../../src/core/grid";

/** Excel's grid since 2007: 1,048,576 rows × 16,384 columns (XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * An A1 address as Excel's `getRange` takes it: a cell, a box, whole columns ("A:C", "$B:$B") or
 * whole rows ("3:5"). Null when Excel would refuse it (InvalidArgument). Parsed here, not with
 * the adapter's `wholeLinesBox`: a bug shared by the fake and the adapter would pass every test.
 */
export function parseAddress(address: string): RangeBox | null {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (cols) {
    const [a, b] = [columnIndex(cols[1]!), columnIndex(cols[2]!)];
    const left = Math.min(a, b);
    const right = Math.max(a, b);
    return right < SHEET_COLUMNS
      ? { top: 0, left, rows: SHEET_ROWS, cols: right - left + 1 }
      : null;
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    const top = Math.min(a, b) - 1;
    const bottom = Math.max(a, b);
    return top >= 0 && bottom <= SHEET_ROWS
      ? { top, left: 0, rows: bottom - top, cols: SHEET_COLUMNS }
      : null;
  }
  return parseA1Range(address);
}

/**
 * Range.address as Excel gives it: the sheet name (quoted when it is not a plain identifier:
 * 'My Sheet'!A1), then entire rows as "3:5" (a whole sheet is "1:1048576"), entire columns as
 * "A:C", anything else as "B2:D4".
 */
export function qualifiedAddress(sheet: string, box: RangeBox): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  let local = boxAddress(box);
  if (box.left === 0 && box.cols === SHEET_COLUMNS) local = `${box.top + 1}:${box.top + box.rows}`;
  else if (box.top === 0 && box.rows === SHEET_ROWS)
    local = `${columnLetters(box.left)}:${columnLetters(box.left + box.cols - 1)}`;
  return `${name}!${local}`;
}
