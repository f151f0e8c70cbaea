import { boxAddress, cellAddress, type CellValue, type RangeBox } from "../core/grid";
import {
  MAX_VALUE_CELLS,
  WorkbookError,
  type CellSnapshot,
  type RangeRef,
  type RestoreBlock,
  type ValueBlock,
} from "./port";
import { intersectBoxes, resolveRangeBox } from "./rangeBox";
import { sheetNameKey } from "./sheetName";

/**
 * The checks both port implementations make before readCells, writeValues and restoreCells touch
 * anything, so that the memory workbook refuses exactly what the Excel adapter refuses; and the
 * number formats a written cell goes through (text stays text).
 */

/** Excel's Text number format: a cell formatted "@" keeps whatever is entered as text. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** A block checked: its sheet as given and its box on the grid. */
export interface CheckedBlock {
  sheet: string;
  box: RangeBox;
}

function refuseTooMany(cells: number): void {
  if (cells > MAX_VALUE_CELLS)
    throw new WorkbookError("workbook.tooManyCells", { cells, limit: MAX_VALUE_CELLS });
}

/**
 * The boxes of readCells' references: each a bounded range (whole columns or rows reject
 * "workbook.badAddress"), at most {@link MAX_VALUE_CELLS} cells in all.
 *
 * @example checkCellRefs([{ sheet: "歳入", address: "B2:D2" }]) // [{ sheet: "歳入", box: { top: 1, left: 1, rows: 1, cols: 3 } }]
 */
export function checkCellRefs(refs: readonly RangeRef[]): CheckedBlock[] {
  const checked = refs.map((ref) => ({ sheet: ref.sheet, box: resolveRangeBox(ref) }));
  refuseTooMany(checked.reduce((n, b) => n + b.box.rows * b.box.cols, 0));
  return checked;
}

function isCellValue(value: unknown): value is CellValue {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

function checkShape(ref: RangeRef, box: RangeBox, grid: readonly (readonly unknown[])[]): void {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (rows !== box.rows || grid.some((row) => row.length !== box.cols)) {
    throw new WorkbookError("workbook.shapeMismatch", {
      sheet: ref.sheet,
      address: boxAddress(box),
      rows,
      columns,
      expectedRows: box.rows,
      expectedColumns: box.cols,
    });
  }
}

function invalid(detail: string): WorkbookError {
  return new WorkbookError("workbook.invalidArgument", { detail });
}

/** Refuses blocks that share a cell: the snapshots of one would be the other's writes. */
function refuseOverlaps(blocks: readonly CheckedBlock[]): void {
  const bySheet = new Map<string, CheckedBlock[]>();
  for (const block of blocks) {
    const key = sheetNameKey(block.sheet);
    const seen = bySheet.get(key) ?? [];
    const other = seen.find((b) => intersectBoxes(b.box, block.box) !== null);
    if (other)
      throw invalid(
        `blocks ${block.sheet}!${boxAddress(block.box)} and ${other.sheet}!${boxAddress(other.box)} overlap`
      );
    seen.push(block);
    bySheet.set(key, seen);
  }
}

/**
 * Checks writeValues' blocks before anything is written: bounded ranges, values rows × columns
 * of each range ("workbook.shapeMismatch"), every value a string, boolean or finite number, no
 * two blocks sharing a cell, at most {@link MAX_VALUE_CELLS} cells.
 *
 * @example checkValueBlocks([{ ref: { sheet: "歳入", address: "E5:F5" }, values: [[1, "－"]] }])
 */
export function checkValueBlocks(blocks: readonly ValueBlock[]): CheckedBlock[] {
  const checked = blocks.map(({ ref, values }) => {
    const box = resolveRangeBox(ref);
    checkShape(ref, box, values);
    for (const row of values)
      for (const value of row)
        if (!isCellValue(value)) throw invalid(`${String(value)} is not a cell value`);
    return { sheet: ref.sheet, box };
  });
  refuseTooMany(checked.reduce((n, b) => n + b.box.rows * b.box.cols, 0));
  refuseOverlaps(checked);
  return checked;
}

function isSnapshot(value: unknown): value is CellSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Partial<CellSnapshot>;
  return (
    isCellValue(s.value) &&
    (s.formula === null || (typeof s.formula === "string" && s.formula.startsWith("="))) &&
    (s.numberFormat === undefined || typeof s.numberFormat === "string")
  );
}

/**
 * Checks restoreCells' blocks as {@link checkValueBlocks} does; each snapshot must be one a port
 * gave (a cell value, a formula starting with "=" or null, a number format or none).
 *
 * @example checkRestoreBlocks([{ ref: { sheet: "歳入", address: "E5" }, previous: [[{ value: "", formula: null }]] }])
 */
export function checkRestoreBlocks(blocks: readonly RestoreBlock[]): CheckedBlock[] {
  const checked = blocks.map(({ ref, previous }) => {
    const box = resolveRangeBox(ref);
    checkShape(ref, box, previous);
    for (const row of previous)
      for (const snapshot of row)
        if (!isSnapshot(snapshot)) throw invalid(`${JSON.stringify(snapshot)} is not a snapshot`);
    return { sheet: ref.sheet, box };
  });
  refuseTooMany(checked.reduce((n, b) => n + b.box.rows * b.box.cols, 0));
  refuseOverlaps(checked);
  return checked;
}

/** Excel's smallest positive number; anything closer to zero is kept as 0. */
const EXCEL_MIN_NORMAL = 2.2250738585072014e-308;

/**
 * A value as Excel keeps it once written: a number without -0 or a subnormal part (both 0 in
 * Excel), anything else as it is. The memory workbook stores this, so both ports read back alike.
 *
 * @example excelKeptValue(-0) // 0
 */
export function excelKeptValue(value: CellValue): CellValue {
  return typeof value === "number" && Math.abs(value) < EXCEL_MIN_NORMAL ? 0 : value;
}

/** A cell counts as not empty when it holds a value or a formula (a formatted blank is empty). */
export function holdsSomething(value: CellValue, formula: string | null): boolean {
  return value !== "" || formula !== null;
}

/**
 * The first cell of a block (row by row) that holds something, as "workbook.cellNotEmpty"
 * { sheet, address } — or null when every cell is empty.
 */
export function notEmptyError(
  sheet: string,
  box: RangeBox,
  cells: readonly (readonly { value: CellValue; formula: string | null }[])[]
): WorkbookError | null {
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (holdsSomething(cell.value, cell.formula))
        return new WorkbookError("workbook.cellNotEmpty", {
          sheet,
          address: cellAddress({ row: box.top + r, col: box.left + c }),
        });
    }
  }
  return null;
}

/**
 * The number formats a cell goes through when a value is written into it: `during` is set
 * before the value (text goes into a Text cell so that "=1+1", "2020" or "R7.4.1" stays text;
 * a number or boolean into a Text cell would be kept as text by Excel's typing rules, so that
 * cell becomes General), `after` is what the cell keeps (its own format for text: changing a
 * format does not re-read the content).
 *
 * @example valueFormats("=1+1", "#,##0") // { during: "@", after: "#,##0" }
 * @example valueFormats(12.7, "@") // { during: "General", after: "General" }
 */
export function valueFormats(value: CellValue, own: string): { during: string; after: string } {
  if (typeof value === "string" && value !== "") return { during: TEXT_FORMAT, after: own };
  if (value !== "" && own === TEXT_FORMAT) return { during: GENERAL_FORMAT, after: GENERAL_FORMAT };
  return { during: own, after: own };
}

/**
 * The number format a cell is given before a snapshot's content is put back (restoreCell's way),
 * `own` being the format it ends with: a formula, number or boolean goes into a cell that is not
 * Text (a Text cell would keep it as text), text into a Text cell, "" into its own format.
 *
 * @example restoreDuringFormat({ value: "=abc", formula: null }, "General") // "@"
 * @example restoreDuringFormat({ value: 5, formula: null }, "@") // "General"
 */
export function restoreDuringFormat(snapshot: CellSnapshot, own: string): string {
  if (snapshot.formula === null && typeof snapshot.value === "string")
    return snapshot.value === "" ? own : TEXT_FORMAT;
  return own === TEXT_FORMAT ? GENERAL_FORMAT : own;
}
