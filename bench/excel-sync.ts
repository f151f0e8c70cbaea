/**
 * Round trips of the Excel adapter: reads a 100,000-cell and a 1,000,000-cell range through
 * ExcelWorkbook.readRange against the fake Excel (web platform: 5 MB per response enforced) and
 * prints the number of context.sync calls, the largest response and the time. On the web each
 * sync is a network round trip, so the sync count is the figure that matters.
 */
import { performance } from "perf_hooks";
import type { CellValue } from "../src/core/grid";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../test/fakes/fake-excel";
import { page } from "../test/workbook/chartPlans";

const COLS = 20;

function table(rows: number): { rows: CellValue[][]; numberFormats: string[][] } {
  // Finance-table-like content: a label column, amounts in thousands of yen with the △ format.
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: COLS }, (_, c): CellValue =>
      c === 0 ? `科目${r}` : ((r * 7919 + c * 104729) % 9_999_999) - 500_000
    )
  );
  const numberFormats = Array.from({ length: rows }, () => [
    "@",
    ...Array.from({ length: COLS - 1 }, () => '#,##0;"△"#,##0'),
  ]);
  return { rows: values, numberFormats };
}

async function measure(rows: number): Promise<{ line: string; ms: number; syncs: number }> {
  const fake = createFakeExcel({ sheets: [{ name: "歳入", ...table(rows) }] });
  const wb = new ExcelWorkbook(fake.run);
  let blocks = 0;
  const start = performance.now();
  const grid = await wb.readRange(
    { sheet: "歳入", address: `A1:T${rows}` },
    { onProgress: () => blocks++ }
  );
  const ms = performance.now() - start;
  if (grid.values.length !== rows) throw new Error(`read ${grid.values.length} rows of ${rows}`);
  const cells = rows * COLS;
  const maxMb = Math.max(...fake.counters.responseBytes) / 1024 / 1024;
  const line = `${cells.toLocaleString("en")} cells: ${fake.syncCount} syncs (${blocks} blocks), largest response ${maxMb.toFixed(2)} MB, ${ms.toFixed(0)} ms (${((ms / cells) * 1000).toFixed(2)} µs/cell, fake host)`;
  return { line, ms, syncs: fake.syncCount };
}

/** Draws a page of `charts` charts twice (the second run replaces the first): syncs and time. */
async function measurePage(charts: number): Promise<string> {
  const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: [["年度"]] }] });
  const wb = new ExcelWorkbook(fake.run);
  const start = performance.now();
  await wb.drawChartPage(page(charts));
  const first = fake.syncCount;
  await wb.drawChartPage(page(charts));
  const ms = performance.now() - start;
  const drawn = fake.charts("KPI進捗").length;
  if (drawn !== charts) throw new Error(`page holds ${drawn} charts, not ${charts}`);
  return `chart page of ${charts} charts: ${first} syncs, redraw ${fake.syncCount - first} syncs, ${(ms / 2).toFixed(0)} ms per run (fake host)`;
}

export async function run(): Promise<string[]> {
  const small = await measure(5_000);
  const large = await measure(50_000);
  return [
    await measurePage(100),
    small.line,
    large.line,
    `time ratio 1,000,000 / 100,000 cells: ${(large.ms / small.ms).toFixed(1)} (linear = 10); syncs ratio: ${(large.syncs / small.syncs).toFixed(1)}`,
    `cells per sync: ${Math.round(1_000_000 / large.syncs).toLocaleString("en")} (a sync per cell would be 1,000,000 round trips)`,
  ];
}
