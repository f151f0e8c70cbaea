import { boxAddress, parseA1Range, type CellValue, type RangeBox } from "../../core/grid";
import type { ChartSpec } from "../port";
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

/**
 * Lays out a chart's data below the blocks already used (one blank row between blocks). The spec
 * has passed checkChartSpec (series and categories present, lengths equal).
 *
 * @example layoutChartData(spec, []).box // { top: 0, left: 0, rows: categories + 1, cols: series + 1 }
 */
export function layoutChartData(spec: ChartSpec, used: ChartEntry[]): ChartDataBlock {
  const top = used.reduce((end, e) => {
    const b = parseA1Range(e.dataAddress);
    return b ? Math.max(end, b.top + b.rows + 1) : end;
  }, 0);
  return {
    box: { top, left: 0, rows: spec.categories.length + 1, cols: spec.series.length + 1 },
    header: [["", ...spec.series.map((s) => s.name)]],
    categories: spec.categories.map((c) => [c]),
    values: spec.categories.map((_, i) => spec.series.map((s) => s.values[i] ?? "")),
  };
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

/** Excel chart type for a series type (the chart's type is its first series'). */
export function excelChartType(
  type: "column" | "line" | "bar" | undefined
): "ColumnClustered" | "Line" | "BarClustered" {
  if (type === "line") return "Line";
  if (type === "bar") return "BarClustered";
  return "ColumnClustered";
}
