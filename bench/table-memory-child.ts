/**
 * Child of bench/table-memory.ts (run with `node --expose-gc --import tsx`): recognises one
 * 1,000,000-cell grid and prints, as one JSON line, the heap the recognition holds per cell —
 * heapUsed after a full GC with the recognition alive, less heapUsed after a full GC with only
 * the grid. `distinct`: every figure differs; `repeating`: each figure of a column occurs five
 * times, as in bench/cli.ts's 5,000,000-cell workbook (100,000 distinct figures per column).
 */
import type { CellValue, Grid } from "../src/core/grid";
import { recognizeTable } from "../src/core/table";

export const MEMORY_ROWS = 100_000;
export const MEMORY_COLS = 10;

/** The CLI workbook's shape: caption with 単位, a year header, item rows of Excel numbers. */
export function memoryGrid(kind: "distinct" | "repeating"): Grid {
  const values: CellValue[][] = [["大きな表", "", "単位:千円"]];
  const header: CellValue[] = ["区分"];
  for (let c = 1; c < MEMORY_COLS; c++) header.push(`${2000 + c}年度`);
  values.push(header);
  const distinct = kind === "distinct" ? MEMORY_ROWS : MEMORY_ROWS / 5;
  for (let r = 0; values.length < MEMORY_ROWS; r++) {
    const row: CellValue[] = [`項目${r + 1}`];
    for (let c = 1; c < MEMORY_COLS; c++)
      row.push(
        kind === "distinct" ? r * MEMORY_COLS + c - 1000 : ((r * 31 + c * 7) % distinct) - 1000
      );
    values.push(row);
  }
  const numberFormats = values.map((row) => row.map(() => "General"));
  const formulas = values.map((row) => row.map(() => ""));
  return { sheet: "bench", top: 0, left: 0, values, numberFormats, formulas };
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function main(): void {
  const kind = process.argv[2] === "distinct" ? "distinct" : "repeating";
  const grid = memoryGrid(kind);
  const cells = grid.values.length * MEMORY_COLS;
  const before = heapAfterGc();
  const start = performance.now();
  const recognition = recognizeTable(grid);
  const ms = performance.now() - start;
  const held = heapAfterGc() - before;
  const figures = recognition.rows.reduce((n, r) => n + r.cells.length, 0);
  process.stdout.write(
    `${JSON.stringify({ kind, cells, figures, bytesPerCell: held / cells, ms })}\n`
  );
}

if (process.argv[1]?.endsWith("table-memory-child.ts")) main();
