import { columnLetters } from "../grid";
import type { PageLayoutPlan } from "./types";

/**
 * The A4 landscape grid of a chart page, in Excel's default cell size (column 48pt = 8.43
 * characters, row 15pt). Two charts per row; each slot is 8 columns × 15 rows: the chart (13
 * rows), its note on the first row below it, one empty row. The page is 16 columns (768pt)
 * printed 1 page wide (≈ 96% on A4 landscape with default margins, 742pt printable), so a
 * printed page holds 504pt of rows: the 2 title rows and 2 slot rows (30 + 450pt). A row break
 * before every second slot row keeps each chart whole on one page.
 */
export const PAGE_GRID = {
  columnWidthPt: 48,
  rowHeightPt: 15,
  chartsPerRow: 2,
  slotColumns: 8,
  slotRows: 15,
  chartRows: 13,
  titleRows: 2,
  slotRowsPerPage: 2,
  /** Chart width: the slot less a 12pt gutter. */
  chartWidthPt: 8 * 48 - 12,
  chartHeightPt: 13 * 15,
} as const;

export interface ChartSlot {
  anchor: string;
  /** 1-based sheet row of the chart's top-left cell. */
  row: number;
  column: number;
  widthPt: number;
  heightPt: number;
}

/** Where the chart at `index` (0-based, page order) goes. */
export function chartSlot(index: number): ChartSlot {
  const g = PAGE_GRID;
  const slotRow = Math.floor(index / g.chartsPerRow);
  const column = (index % g.chartsPerRow) * g.slotColumns;
  const row = g.titleRows + 1 + slotRow * g.slotRows;
  return {
    anchor: `${columnLetters(column)}${row}`,
    row,
    column,
    widthPt: g.chartWidthPt,
    heightPt: g.chartHeightPt,
  };
}

/** Print setup for a page of `count` charts: print area, title rows, row breaks, footer. */
export function chartPageLayout(count: number): PageLayoutPlan {
  const g = PAGE_GRID;
  const slotRowCount = Math.max(1, Math.ceil(count / g.chartsPerRow));
  const lastRow = g.titleRows + slotRowCount * g.slotRows;
  const lastColumn = columnLetters(g.chartsPerRow * g.slotColumns - 1);
  const rowBreaks: number[] = [];
  for (let r = g.slotRowsPerPage; r < slotRowCount; r += g.slotRowsPerPage)
    rowBreaks.push(g.titleRows + 1 + r * g.slotRows);
  return {
    orientation: "landscape",
    paper: "A4",
    printArea: `A1:${lastColumn}${lastRow}`,
    titleRows: `$1:$${g.titleRows}`,
    fitToPagesWide: 1,
    centerFooter: "&P / &N",
    rowBreaks,
  };
}
