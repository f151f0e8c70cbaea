/**
 * KPI進捗 for 1,000 indicators: a generated register (grid) of 1,000 rows with plans R7–R11 and
 * actuals R7–R8, timed through recognition (recognizeKpiRegister), progress for R8 (evaluateKpi),
 * chart planning (planKpiCharts) and drawing the page on the memory workbook (drawChartPage), each
 * with indicators per second and a ratio against a baseline in this process: a plain float loop
 * computing actual ÷ plan over the same values (what a spreadsheet formula per cell does, with no
 * reading, no decimals, no reasons). Then the Excel adapter's context.sync count for reading a
 * 100-indicator register and generating every chart for it over the fake Excel, run twice (the
 * second run replaces the first's charts).
 * Run: npm run bench (with the other benchmarks, in one process).
 */
import { performance } from "perf_hooks";
import type { CellValue, Grid } from "../src/core/grid";
import { planKpiCharts } from "../src/core/chart/planKpiCharts";
import { evaluateKpi } from "../src/core/kpi/evaluateKpi";
import { recognizeKpiRegister } from "../src/core/kpi/recognizeKpiRegister";
import type { KpiRegister } from "../src/core/kpi/types";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../src/workbook/memory/MemoryWorkbook";
import { generateKpiCharts, readKpiRegister } from "../src/workflows/kpi";
import { createFakeExcel } from "../test/fakes/fake-excel";

const HEADER = [
  "No",
  "テーマ",
  "指標",
  "単位",
  "方向",
  "目標の種類",
  "基準年度",
  "基準値",
  "目標年度",
  "目標値",
  "R7計画",
  "R8計画",
  "R9計画",
  "R10計画",
  "R11計画",
  "R7実績",
  "R8実績",
];
const THEMES = ["健全な財政運営", "市民サービスの向上", "業務の効率化", "DXの推進"];

/** A register of `n` indicators: yearly levels (higher or lower is better) and running totals. */
export function registerRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < n; i += 1) {
    const base = 100 + ((i * 37) % 900);
    const kind = i % 3;
    const step = 10 + (i % 7);
    const plans = [1, 2, 3, 4, 5].map((k) =>
      kind === 1 ? base - step * k : kind === 2 ? step * k : base + step * k
    );
    const actual = (k: number) => plans[k]! + (((i * 13 + k) % 9) - 4) * (step / 4);
    rows.push([
      i + 1,
      THEMES[i % THEMES.length]!,
      `指標${i + 1}`,
      "件",
      kind === 1 ? "減少" : "増加",
      kind === 2 ? "累計" : "毎年度",
      kind === 2 ? "" : "R6",
      kind === 2 ? "" : base,
      "R11",
      plans[4]!,
      ...plans,
      actual(0),
      i % 10 === 9 ? "" : actual(1),
    ]);
  }
  return rows;
}

function grid(n: number): Grid {
  return { sheet: "KPI", top: 0, left: 0, values: registerRows(n) };
}

/** The baseline: actual ÷ plan in floats over the same cells, as one formula per cell would do. */
function floatBaseline(values: CellValue[][]): number {
  let sum = 0;
  for (let r = 1; r < values.length; r += 1) {
    const row = values[r]!;
    for (let k = 0; k < 2; k += 1) {
      const plan = row[10 + k];
      const actual = row[15 + k];
      if (typeof plan === "number" && typeof actual === "number" && plan !== 0)
        sum += (actual / plan) * 100;
    }
  }
  return sum;
}

/** Median of `runs` timings of `f`, in ms. */
function time<T>(f: () => T, runs = 5): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    result = f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

function register(n: number): KpiRegister {
  const result = recognizeKpiRegister(grid(n));
  if (!result.ok) throw new Error(`generated register not recognised: ${result.issue.code}`);
  if (result.register.items.length !== n)
    throw new Error(`read ${result.register.items.length} of ${n} indicators`);
  return result.register;
}

/** Reads a 100-indicator register and generates every chart twice over the fake Excel: syncs. */
async function excelSyncs(n: number): Promise<string> {
  const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: registerRows(n) }] });
  const wb = new ExcelWorkbook(fake.run);
  const read = await readKpiRegister(wb, "KPI");
  if (!read.ok) throw new Error(read.issue.code);
  const readSyncs = fake.syncCount;
  const evaluation = evaluateKpi(read.register, { fiscalYear: 2026 });
  const first = await generateKpiCharts(wb, evaluation, { lang: "ja" });
  const drawSyncs = fake.syncCount - readSyncs;
  const second = await generateKpiCharts(wb, evaluation, { lang: "ja" });
  const redrawSyncs = fake.syncCount - readSyncs - drawSyncs;
  const onSheet = fake.charts(first.sheet).length;
  if (onSheet !== first.charts.length || second.charts.length !== first.charts.length)
    throw new Error(`redraw left ${onSheet} charts, not ${first.charts.length}`);
  return `fake Excel, ${n} indicators: read ${readSyncs} syncs; every chart (${first.charts.length}) drawn in ${drawSyncs} syncs, redrawn in ${redrawSyncs} syncs (${onSheet} charts on the sheet after both runs)`;
}

export async function run(): Promise<string[]> {
  const n = 1_000;
  const g = grid(n);
  const baseline = time(() => floatBaseline(g.values), 21);
  const recognition = time(() => register(n));
  const reg = recognition.result;
  const evaluation = time(() => evaluateKpi(reg, { fiscalYear: 2026 }));
  const planning = time(() => planKpiCharts(evaluation.result, { lang: "ja" }));
  const page = planning.result;
  // Drawing on the memory workbook: a fresh workbook per run, so each run adds the page.
  const drawTimes: number[] = [];
  for (let k = 0; k < 3; k += 1) {
    const wb = MemoryWorkbook.fromSheets([{ name: "KPI", rows: [["No"]] }]);
    const start = performance.now();
    await wb.drawChartPage(page);
    drawTimes.push(performance.now() - start);
  }
  drawTimes.sort((a, b) => a - b);
  const drawMs = drawTimes[1]!;
  const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
  const ratio = (ms: number) => (ms / Math.max(baseline.ms, 1e-3)).toFixed(0);
  const line = (what: string, ms: number) =>
    `${what}: ${ms.toFixed(1)} ms, ${rate(ms)} indicators/s, ${ratio(ms)}× the float loop`;
  const total = recognition.ms + evaluation.ms + planning.ms + drawMs;
  return [
    `${n.toLocaleString("en")} indicators, plans R7–R11, actuals R7–R8; float loop (actual ÷ plan, same values): ${baseline.ms.toFixed(3)} ms`,
    line("recognition (recognizeKpiRegister)", recognition.ms),
    line("progress for R8 (evaluateKpi)", evaluation.ms),
    line(`chart planning (planKpiCharts, ${page.charts.length} charts)`, planning.ms),
    line("drawing the page (memory workbook drawChartPage)", drawMs),
    line("all four", total),
    await excelSyncs(100),
  ];
}
