import { boxAddress, parseA1Range, type CellValue, type RangeBox } from "../../core/grid";
import type { ChartPlan, ChartSeriesPlan } from "../../core/chart/types";
import type { ChartEntry } from "./settingsStore";

/** Name of the sheet the add-in creates for chart data; a suffix is added if the user has one. */
export const CHART_DATA_SHEET = "財政ツールキット_グラフ";

/**
 * Excel charts plot cells, not arrays (`ChartSeries.setValues` takes a Range), so each chart's
 * numbers go into a block of the add-in's own data sheet: a header row (series names), then one
 * row per category (category in the first column, one column per series). A null value is left
 * blank so Excel draws a gap: blank is not zero.
 */
export interface ChartDataBlock {
  box: RangeBox;
  /** Header row and first column: text, written into "@" cells so it stays text. */
  header: string[][];
  categories: string[][];
  values: CellValue[][];
}

/** The rows a block holds, plus the blank row kept below it. */
function span(box: RangeBox): { from: number; to: number } {
  return { from: box.top, to: box.top + box.rows };
}

function meets(a: RangeBox, b: RangeBox): boolean {
  const x = span(a);
  const y = span(b);
  return x.from <= y.to && y.from <= x.to;
}

function blockOf(plan: ChartPlan, top: number): ChartDataBlock {
  return {
    box: { top, left: 0, rows: plan.categories.length + 1, cols: plan.series.length + 1 },
    header: [["", ...plan.series.map((s) => s.name)]],
    categories: plan.categories.map((c) => [c]),
    values: plan.categories.map((_, i) => plan.series.map((s) => s.values[i] ?? "")),
  };
}

/**
 * Lays out the data blocks of charts to draw (plans checked by checkChartPlan), one blank row
 * between blocks. A chart drawn before (`previous`, by plan id) keeps its block's top row when the
 * new block fits there without meeting another block (`kept`: the blocks of charts not redrawn,
 * and the earlier blocks of the charts being redrawn); otherwise, and for a new chart, the block
 * goes below every block in use. So redrawing the same page again and again does not grow the
 * data sheet.
 *
 * @example layoutChartBlocks([plan], new Map(), [])[0].box // { top: 0, left: 0, rows: categories + 1, cols: series + 1 }
 */
export function layoutChartBlocks(
  plans: readonly ChartPlan[],
  previous: ReadonlyMap<string, ChartEntry>,
  kept: readonly ChartEntry[]
): ChartDataBlock[] {
  const boxes = (entries: readonly ChartEntry[]) =>
    entries.flatMap((e) => {
      const b = parseA1Range(e.dataAddress);
      return b ? [b] : [];
    });
  const placed: RangeBox[] = boxes(kept);
  const waiting = new Map(
    plans.flatMap((p) => {
      const e = previous.get(p.id);
      const b = e && parseA1Range(e.dataAddress);
      return b ? [[p.id, b] as const] : [];
    })
  );
  const result = new Map<string, ChartDataBlock>();
  for (const plan of plans) {
    const old = waiting.get(plan.id);
    if (!old) continue;
    waiting.delete(plan.id);
    const block = blockOf(plan, old.top);
    const others = [...placed, ...waiting.values()];
    if (others.some((b) => meets(b, block.box))) continue;
    placed.push(block.box);
    result.set(plan.id, block);
  }
  let end = placed.reduce((at, b) => Math.max(at, b.top + b.rows + 1), 0);
  return plans.map((plan) => {
    const inPlace = result.get(plan.id);
    if (inPlace) return inPlace;
    const block = blockOf(plan, end);
    end += block.box.rows + 1;
    return block;
  });
}

/** A1 addresses of the parts of a block: header row, category column, and one column per series. */
export function chartDataAddresses(block: ChartDataBlock): {
  header: string;
  categories: string;
  series: string[];
  values: string;
} {
  const { top, left, rows, cols } = block.box;
  const n = rows - 1;
  return {
    header: boxAddress({ top, left, rows: 1, cols }),
    categories: boxAddress({ top: top + 1, left, rows: n, cols: 1 }),
    series: Array.from({ length: cols - 1 }, (_, i) =>
      boxAddress({ top: top + 1, left: left + 1 + i, rows: n, cols: 1 })
    ),
    values: boxAddress({ top: top + 1, left: left + 1, rows: n, cols: cols - 1 }),
  };
}

/**
 * A sheet name for the data sheet that no existing sheet has.
 *
 * @example uniqueSheetName(["財政ツールキット_グラフ"]) // "財政ツールキット_グラフ (2)"
 */
export function uniqueSheetName(existing: string[]): string {
  const taken = new Set(existing);
  if (!taken.has(CHART_DATA_SHEET)) return CHART_DATA_SHEET;
  let n = 2;
  while (taken.has(`${CHART_DATA_SHEET} (${n})`)) n++;
  return `${CHART_DATA_SHEET} (${n})`;
}

/**
 * True for a name the add-in gives its data sheet ({@link uniqueSheetName}). A registry that names
 * any other sheet as the data sheet is not used: the add-in writes and clears blocks there.
 *
 * @example isChartDataSheetName("財政ツールキット_グラフ (2)") // true
 * @example isChartDataSheetName("歳入") // false
 */
export function isChartDataSheetName(name: string): boolean {
  if (name === CHART_DATA_SHEET) return true;
  const suffix = name.startsWith(`${CHART_DATA_SHEET} (`)
    ? name.slice(CHART_DATA_SHEET.length)
    : "";
  return /^ \((?:[2-9]|[1-9]\d+)\)$/.test(suffix);
}

/** Excel chart types the adapter draws. */
export type ExcelSeriesType = "ColumnClustered" | "Line" | "BarClustered" | "BarStacked";

/**
 * Excel chart type of a series (the chart's type is its first series'): columns become bars in a
 * horizontal plan, a stacked bar is always horizontal, a line stays a line.
 *
 * @example excelChartType({ type: "column" } as ChartSeriesPlan, true) // "BarClustered"
 */
export function excelChartType(
  series: Pick<ChartSeriesPlan, "type">,
  horizontal: boolean
): ExcelSeriesType {
  if (series.type === "line") return "Line";
  if (series.type === "stackedBar") return "BarStacked";
  if (series.type === "bar" || horizontal) return "BarClustered";
  return "ColumnClustered";
}
