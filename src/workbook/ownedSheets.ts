import { boxAddress, type RangeBox } from "../core/grid";
import { sheetNameKey } from "./sheetName";
import {
  MAX_MARKS,
  WorkbookError,
  type CellMark,
  type RangeRef,
  type SheetFormat,
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

/** Excel's list source for an in-cell drop-down is one comma-separated text of up to 255 characters. */
export const MAX_VALIDATION_SOURCE = 255;
/** Number formats are written as a full grid per address: boxes up to this many cells. */
export const MAX_FORMAT_CELLS = 100_000;
/** Excel's widest column: 255 characters, about 1,790 points. */
const MAX_COLUMN_POINTS = 1_790;

/**
 * True for a name Excel accepts for a table: a letter, "_" or "\" first, then letters, digits,
 * "." and "_" (no spaces), at most 255 characters, and not a cell reference ("A1", "R1C1", "R", "C").
 *
 * @example isTableName("KPI一覧") // true
 * @example isTableName("A1") // false
 */
export function isTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) return false;
  return !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/**
 * Checks a {@link SheetFormat} before anything changes, with the same refusals in both
 * implementations: addresses that are not ranges ("workbook.badAddress"); a table name Excel
 * refuses ("workbook.badTableName"); a drop-down list that is empty, has an item with a comma or a
 * quote, or is longer than Excel's 255-character source ("workbook.badValidationList"); frozen
 * rows, widths or a number-format box Excel would refuse ("workbook.invalidArgument").
 *
 * @example checkSheetFormat("KPI", { table: { address: "A1:F20", name: "A1" } }) // throws badTableName
 */
export function checkSheetFormat(sheet: string, format: SheetFormat): void {
  const { freezeRows, table, validations, numberFormats, columnWidths } = format;
  const invalid = (detail: string) => new WorkbookError("workbook.invalidArgument", { detail });
  if (
    freezeRows !== undefined &&
    !(Number.isInteger(freezeRows) && freezeRows >= 0 && freezeRows < 1_000)
  )
    throw invalid(`formatOwnSheet: freezeRows ${String(freezeRows)}`);
  if (table) {
    resolveRangeBox({ sheet, address: table.address });
    if (!isTableName(table.name))
      throw new WorkbookError("workbook.badTableName", { name: table.name });
  }
  for (const v of validations ?? []) {
    resolveRangeBox({ sheet, address: v.address });
    if (
      v.list.length === 0 ||
      v.list.some((item) => item === "" || /[,"]/.test(item)) ||
      v.list.join(",").length > MAX_VALIDATION_SOURCE
    )
      throw new WorkbookError("workbook.badValidationList", { address: v.address });
  }
  for (const f of numberFormats ?? []) {
    const box = resolveRangeBox({ sheet, address: f.address });
    if (
      box.rows * box.cols > MAX_FORMAT_CELLS ||
      typeof f.format !== "string" ||
      f.format.length > 255
    )
      throw invalid(`formatOwnSheet: number format over ${f.address}`);
  }
  columnWidths?.forEach((points, c) => {
    if (!(Number.isFinite(points) && points >= 0 && points <= MAX_COLUMN_POINTS))
      throw invalid(`formatOwnSheet: width of column ${c + 1}`);
  });
}
