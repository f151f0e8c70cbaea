import type { Grid, RangeBox } from "../../core/grid";
import { WorkbookError, type ReadOptions } from "../port";
import { checkReadSize } from "../rangeBox";
import type { MemorySheet } from "./MemorySheet";

/** Rows per block are chosen so a block holds about this many cells; between blocks the read yields. */
const BLOCK_CELLS = 50_000;

/**
 * Reads a box of a memory sheet in row blocks, like the Excel adapter: progress per block, an
 * abort honoured between blocks, Excel's five-million-cell limit enforced; formulas when asked
 * (a formula never calculated — a file from a program that does not calculate — has the value ""
 * beside its formula text). Shown texts are not rendered here: `texts` stays undefined.
 *
 * @example await readSheetBlocks(sheet, { top: 0, left: 0, rows: 5000, cols: 20 }, { onProgress })
 */
export async function readSheetBlocks(
  sheet: MemorySheet,
  box: RangeBox,
  options: ReadOptions
): Promise<Grid> {
  checkReadSize(box);
  const values: Grid["values"] = [];
  const numberFormats: string[][] = [];
  const formulas: string[][] | undefined = options.formulas ? [] : undefined;
  const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / box.cols));
  const total = box.rows * box.cols;
  for (let done = 0; done < box.rows; done += blockRows) {
    // Yield between blocks so a browser stays responsive and an abort can arrive.
    if (done > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
    const rows = Math.min(blockRows, box.rows - done);
    const block = sheet.readRows(box, done, rows);
    for (const row of block.values) values.push(row);
    for (const row of block.numberFormats) numberFormats.push(row);
    if (formulas) for (const row of sheet.readFormulas(box, done, rows)) formulas.push(row);
    options.onProgress?.(Math.min(done + blockRows, box.rows) * box.cols, total);
  }
  const grid: Grid = { sheet: sheet.name, top: box.top, left: box.left, values, numberFormats };
  if (formulas) grid.formulas = formulas;
  return grid;
}
