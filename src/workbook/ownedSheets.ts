import { boxAddress, type RangeBox } from "../core/grid";
import { sheetNameKey } from "./sheetName";
import {
  MAX_MARKS,
  WorkbookError,
  type CellMark,
  type RangeRef,
  type WriteCellsOptions,
} from "./port";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, resolveRangeBox } from "./rangeBox";

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A sheet name Excel accepts, made from `baseName`: forbidden characters (\ / ? * [ ] :) become
 * "_", control characters are dropped, apostrophes at either end are removed, the result is cut to
 * 31 characters (by code point, so a surrogate pair is never split); "History" (reserved by Excel)
 * and an empty result become "Sheet".
 *
 * @example cleanSheetName("検算結果: 歳入/歳出") // "検算結果_ 歳入_歳出"
 */
export function cleanSheetName(baseName: string): string {
  let name = baseName
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(FORBIDDEN, "_")
    .trim()
    .replace(/^'+|'+$/g, "");
  name = [...name].slice(0, MAX_SHEET_NAME_LENGTH).join("").replace(/'+$/, "").trim();
  if (name === "" || name.toLowerCase() === "history") return "Sheet";
  return name;
}

/**
 * The cleaned `baseName`, or "baseName (2)", "(3)", … when a sheet of that name exists (compared
 * as Excel compares names: without case, NFC); the base is shortened so the suffix fits in 31.
 *
 * @example uniqueSheetName("検算結果", ["歳入", "検算結果"]) // "検算結果 (2)"
 */
export function uniqueSheetName(baseName: string, existing: readonly string[]): string {
  const base = cleanSheetName(baseName);
  const taken = new Set(existing.map(sheetNameKey));
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = [...base]
      .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)
      .join("")
      .replace(/'+$/, "")
      .trimEnd();
    const name = `${head}${suffix}`;
    if (!taken.has(sheetNameKey(name))) return name;
  }
}

/**
 * Checks a block for writeCells and gives the box it covers from `ref`'s top-left cell: rows of
 * one length (and number formats of the block's shape), inside Excel's grid.
 *
 * @example cellBlockBox({ sheet: "検算結果", address: "B2" }, [["a", 1]]) // { top: 1, left: 1, rows: 1, cols: 2 }
 */
export function cellBlockBox(
  ref: RangeRef,
  values: (string | number | null)[][],
  options: WriteCellsOptions = {}
): RangeBox | null {
  const start = resolveRangeBox(ref);
  if (values.length === 0) return null;
  const cols = values[0]!.length;
  const shaped = (grid: unknown[][]) =>
    grid.length === values.length && grid.every((row) => row.length === cols);
  if (cols === 0 || !shaped(values) || (options.numberFormats && !shaped(options.numberFormats)))
    throw new WorkbookError("workbook.invalidArgument", {
      detail: "writeCells: rows of different lengths",
    });
  for (const row of values)
    for (const v of row)
      if (typeof v === "number" && !Number.isFinite(v))
        throw new WorkbookError("workbook.invalidArgument", {
          detail: `writeCells: ${String(v)} is not a finite number`,
        });
  const box = { top: start.top, left: start.left, rows: values.length, cols };
  if (box.top + box.rows > EXCEL_MAX_ROWS || box.left + box.cols > EXCEL_MAX_COLUMNS)
    throw new WorkbookError("workbook.badAddress", { address: boxAddress(box) });
  return box;
}

/**
 * Checks marks before anything is laid: each address a range on the grid (not whole columns or
 * rows), and the total with the marks other groups keep within MAX_MARKS.
 *
 * @example checkMarks([{ sheet: "歳入", address: "B2", severity: "error" }], 0)
 */
export function checkMarks(marks: readonly CellMark[], otherGroups: number): void {
  if (marks.length + otherGroups > MAX_MARKS)
    throw new WorkbookError("workbook.tooManyMarks", { limit: MAX_MARKS });
  for (const m of marks) resolveRangeBox(m);
}
