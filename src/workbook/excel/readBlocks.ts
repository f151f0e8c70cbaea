import { boxAddress, type CellValue, type Grid, type RangeBox } from "../../core/grid";
import { WorkbookError, type ReadOptions } from "../port";
import { MAX_READ_CELLS } from "../rangeBox";
import { isTooBigError } from "./officeErrors";

/**
 * How much one sync may read. Excel on the web refuses a response over 5 MB; every platform
 * refuses (or answers `null` to) a get of more than 5,000,000 cells.
 *
 * Bytes per cell, as JSON in the response: a value ≈ 24 bytes (a 15-digit number with its comma,
 * or an 8-character Japanese label: 24 bytes of UTF-8 plus quotes), a number format ≈ 24 bytes
 * (`"#,##0;\"△\"#,##0"` is 21 with escapes and the 3-byte △; "General" is 10), a shown text
 * ≈ 24 bytes, a formula ≈ 24 bytes (`Range.formulas` repeats a constant, and "=SUM(B2:B13)" is 14
 * with quotes). So 48 bytes/cell without texts or formulas, 72 with one of them, 96 with both; with
 * a 4,000,000-byte budget (1 MB of headroom under 5 MB for the envelope and label-heavy sheets) one
 * sync reads about 83,000 cells (55,000 with texts or formulas, 41,000 with both). A sheet of long
 * labels or formulas can still exceed it: a sync that fails for size, or answers `null`, is retried
 * with half the rows, and later syncs use the smaller size.
 */
export interface ReadBudget {
  payloadBytes: number;
  bytesPerCell: number;
  textBytesPerCell: number;
  formulaBytesPerCell: number;
  /** Cells per block (progress granularity); several blocks share one sync when they fit. */
  blockCells?: number;
}

export const DEFAULT_READ_BUDGET: ReadBudget = {
  payloadBytes: 4_000_000,
  bytesPerCell: 48,
  textBytesPerCell: 24,
  formulaBytesPerCell: 24,
};

/** The optional parts of a read. */
export interface ReadParts {
  texts?: boolean;
  formulas?: boolean;
}

interface Block {
  from: number;
  rows: number;
}

interface BlockResult {
  values: CellValue[][];
  numberFormats: string[][];
  texts?: string[][];
  formulas?: string[][];
}

/**
 * Cells one sync may read under the budget (never more than Excel's five-million-cell limit).
 *
 * @example cellsPerSync(DEFAULT_READ_BUDGET, {}) // 83333
 * @example cellsPerSync(DEFAULT_READ_BUDGET, { formulas: true }) // 55555
 */
export function cellsPerSync(budget: ReadBudget, parts: ReadParts): number {
  const perCell =
    budget.bytesPerCell +
    (parts.texts ? budget.textBytesPerCell : 0) +
    (parts.formulas ? budget.formulaBytesPerCell : 0);
  return Math.min(MAX_READ_CELLS, Math.floor(budget.payloadBytes / perCell));
}

/**
 * A cell's formula text from `Range.formulas`, "" for a constant or an empty cell. Excel gives a
 * constant itself there (1234, or "=abc" for text in a Text cell), so an entry is a formula only
 * when it is text starting with "=" that differs from the cell's value (a formula whose result is
 * its own text, =A1 beside A1 holding "=A1", reads as a constant; rare).
 *
 * @example formulaText("=SUM(B2:B3)", 1801) // "=SUM(B2:B3)"
 * @example formulaText("=abc", "=abc") // ""
 */
export function formulaText(entry: unknown, value: CellValue | undefined): string {
  return typeof entry === "string" && entry.startsWith("=") && entry !== value ? entry : "";
}

function formulaGrid(raw: unknown[][], values: CellValue[][]): string[][] {
  return raw.map((row, r) => row.map((entry, c) => formulaText(entry, values[r]?.[c])));
}

function splitRows(from: number, rows: number, blockRows: number): Block[] {
  const blocks: Block[] = [];
  for (let r = from; r < from + rows; r += blockRows)
    blocks.push({ from: r, rows: Math.min(blockRows, from + rows - r) });
  return blocks;
}

/**
 * Reads a box of a sheet in row blocks: whole rows per block, as many blocks per sync as fit the
 * budget, one sync per batch of blocks and never one per cell. Progress is reported per block,
 * an abort is honoured between syncs. Must run inside the caller's Excel.run batch.
 *
 * @example await readBoxInBlocks(context, context.workbook.worksheets.getItem("歳入"), "歳入", box, {})
 */
export async function readBoxInBlocks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheetName: string,
  box: RangeBox,
  options: ReadOptions,
  budget: ReadBudget = DEFAULT_READ_BUDGET
): Promise<Grid> {
  const texts = options.texts === true;
  const formulas = options.formulas === true;
  const props = [
    "values",
    "numberFormat",
    ...(texts ? ["text"] : []),
    ...(formulas ? ["formulas"] : []),
  ];
  let syncCells = Math.max(box.cols, cellsPerSync(budget, { texts, formulas }));
  const blockCells = Math.min(budget.blockCells ?? syncCells, syncCells);
  let pending = splitRows(0, box.rows, Math.max(1, Math.floor(blockCells / box.cols)));
  const results = new Map<number, BlockResult>();
  const total = box.rows * box.cols;
  let done = 0;
  const blockBox = (b: Block): RangeBox => ({
    top: box.top + b.from,
    left: box.left,
    rows: b.rows,
    cols: box.cols,
  });
  const retry = (blocks: Block[]) => {
    if (blocks.length === 1 && blocks[0]!.rows === 1) {
      throw new WorkbookError("workbook.readFailed", { address: boxAddress(blockBox(blocks[0]!)) });
    }
    syncCells = Math.max(box.cols, Math.floor(syncCells / 2));
    const halves = blocks.flatMap((b) =>
      b.rows > 1 ? splitRows(b.from, b.rows, Math.ceil(b.rows / 2)) : [b]
    );
    pending = [...halves, ...pending];
  };

  while (pending.length > 0) {
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
    const batch: Block[] = [];
    let cells = 0;
    while (
      pending.length > 0 &&
      (batch.length === 0 || cells + pending[0]!.rows * box.cols <= syncCells)
    ) {
      const b = pending.shift()!;
      batch.push(b);
      cells += b.rows * box.cols;
    }
    const ranges = batch.map((b) => worksheet.getRange(boxAddress(blockBox(b))).load(props));
    try {
      // One sync per batch of payload-sized blocks (not per cell): the loop is the row blocking.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isTooBigError(error)) throw error;
      retry(batch);
      continue;
    }
    const failed: Block[] = [];
    batch.forEach((b, i) => {
      const range = ranges[i]!;
      // Excel may answer `null` instead of an error for a get that is too large.
      const values = range.values as CellValue[][] | null;
      const numberFormats = range.numberFormat as string[][] | null;
      const shown = texts ? (range.text as string[][] | null) : undefined;
      const raw = formulas ? (range.formulas as unknown[][] | null) : undefined;
      if (values === null || numberFormats === null || shown === null || raw === null)
        return void failed.push(b);
      results.set(b.from, {
        values,
        numberFormats,
        texts: shown,
        formulas: raw && formulaGrid(raw, values),
      });
      done += b.rows * box.cols;
      options.onProgress?.(done, total);
    });
    if (failed.length > 0) retry(failed);
  }
  return assemble(sheetName, box, results, { texts, formulas });
}

function assemble(
  sheet: string,
  box: RangeBox,
  results: Map<number, BlockResult>,
  parts: ReadParts
): Grid {
  const grid: Grid = { sheet, top: box.top, left: box.left, values: [], numberFormats: [] };
  if (parts.texts) grid.texts = [];
  if (parts.formulas) grid.formulas = [];
  for (const from of [...results.keys()].sort((a, b) => a - b)) {
    const part = results.get(from)!;
    for (const row of part.values) grid.values.push(row);
    for (const row of part.numberFormats) grid.numberFormats!.push(row);
    if (part.texts) for (const row of part.texts) grid.texts!.push(row);
    if (part.formulas) for (const row of part.formulas) grid.formulas!.push(row);
  }
  return grid;
}
