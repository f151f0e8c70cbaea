/**
 * Table recognition throughput on a 100,000-cell finance-like grid, and the price of slicing:
 * recognizeTableSteps drained slice by slice (5,000 cells, as the task pane runs it, minus the
 * event-loop turns) against recognizeTable in one go, in the same process.
 * Run: npm run bench (with the other benchmarks, in one process).
 */
import type { CellValue, Grid } from "../src/core/grid";
import {
  DEFAULT_SLICE_CELLS,
  recognizeTable,
  recognizeTableSteps,
  type TableRecognition,
} from "../src/core/table";

const ROWS = 10_000;
const COLS = 10;
const FORMAT = '#,##0;"△ "#,##0';

/**
 * A 財政見通し-shaped sheet: caption, 単位 cell, a 令和 year header, then item rows whose figures
 * are Excel numbers under the 予算書 format, printed △ text, blanks and dashes.
 */
function financeGrid(): Grid {
  const years = Array.from({ length: COLS - 1 }, (_, i) => `令和${i + 2}年度`);
  const values: CellValue[][] = [
    ["中長期財政見通し 一般会計"],
    ["", "単位:百万円"],
    ["", ...years],
  ];
  const numberFormats: string[][] = [[], [], []];
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (values.length < ROWS) {
    const row: CellValue[] = [`歳入項目${values.length}`];
    const formats = ["General"];
    for (let c = 1; c < COLS; c++) {
      const k = next() % 100;
      const n = next() % 90000;
      row.push(k < 60 ? n : k < 80 ? `△ ${(n % 900).toLocaleString("en-US")}` : k < 90 ? "" : "－");
      formats.push(FORMAT);
    }
    values.push(row);
    numberFormats.push(formats);
  }
  return { sheet: "bench", top: 0, left: 0, values, numberFormats };
}

function sliced(grid: Grid): TableRecognition {
  const steps = recognizeTableSteps(grid, {}, DEFAULT_SLICE_CELLS);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Median milliseconds of `runs` runs after two warm-up runs. */
function median(pass: () => TableRecognition, runs: number): { ms: number; rows: number } {
  pass();
  const rows = pass().rows.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, rows };
}

export function run(): string[] {
  const grid = financeGrid();
  const cells = ROWS * COLS;
  // Interleave the two so drift in machine load hits both alike.
  const oneGo: number[] = [];
  const inSlices: number[] = [];
  let rows = 0;
  for (let round = 0; round < 3; round++) {
    const a = median(() => recognizeTable(grid), 3);
    const b = median(() => sliced(grid), 3);
    oneGo.push(a.ms);
    inSlices.push(b.ms);
    rows = a.rows;
  }
  const best = (xs: number[]): number => Math.min(...xs);
  const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
  const slices = Math.ceil((2 * cells) / DEFAULT_SLICE_CELLS);
  return [
    `grid: ${fmt(cells)} cells (${ROWS} rows × ${COLS} columns, ${rows} data rows)`,
    `recognizeTable (one go): ${best(oneGo).toFixed(0)} ms, ${fmt(cells / (best(oneGo) / 1000))} cells/s`,
    `recognizeTableSteps (${fmt(DEFAULT_SLICE_CELLS)}-cell slices, ~${slices} steps): ${best(inSlices).toFixed(0)} ms, ${fmt(cells / (best(inSlices) / 1000))} cells/s`,
    `ratio: sliced / one go = ${(best(inSlices) / best(oneGo)).toFixed(2)} (event-loop turns between slices not included)`,
  ];
}
