/**
 * Chart plans: what to draw, not how (architecture.md). Core builds them (planKpiCharts); the
 * Excel adapter draws a plan as a native chart, the memory workbook stores it, and the task pane
 * renders the same plan as an SVG preview. Numbers are plain JS numbers at this edge (converted
 * from exact decimals in the row's unit); `null` is a gap (no data), never 0.
 */

/** IBCS roles: actual solid and dark, plan outlined, target a line, band two lines. */
export type SeriesRole = "actual" | "plan" | "target" | "goal" | "band" | "status" | "score";

export type SeriesType = "column" | "line" | "bar" | "stackedBar";

export interface ChartSeriesPlan {
  name: string;
  role: SeriesRole;
  type: SeriesType;
  values: (number | null)[];
  /** solid fill, outline (no fill, dark border), dashed line. */
  style: "solid" | "outline" | "dashed";
  /** A colour as a second cue only ("#1F3864"); the meaning is carried by style and labels. */
  color: string;
  axis: "primary" | "secondary";
  /** Show value labels (in the value axis's number format). */
  dataLabels: boolean;
  /** Line marker for line series. */
  marker?: boolean;
}

export interface ChartAxisPlan {
  /** Axis title with its unit ("達成率（%）", "債券運用額（円）"). */
  title: string;
  /** Excel number format ("#,##0;\"△\"#,##0", "0.0\"%\""). */
  numberFormat: string;
  min?: number;
  max?: number;
}

export type ChartPlanKind = "indicator" | "cumulative" | "overview" | "statusBoard" | "effects";

export interface ChartPlan {
  /** Stable id within the add-in ("kpi:indicator:12", "kpi:overview"); redraw replaces by id. */
  id: string;
  kind: ChartPlanKind;
  title: string;
  /** Category labels (和暦 "R7", "令和7年度", item names, テーマ). */
  categories: string[];
  series: ChartSeriesPlan[];
  valueAxis: ChartAxisPlan;
  secondaryAxis?: ChartAxisPlan;
  categoryAxis: { title: string | null };
  legend: "bottom" | "right" | "none";
  /** Horizontal bars (overview, status board) instead of columns. */
  horizontal: boolean;
  /** Overlap and gap of columns (IBCS: plan outline behind actual). */
  overlap?: number;
  gapWidth?: number;
  /** Where the chart goes: top-left cell on the page sheet, size in points. */
  placement: { anchor: string; widthPt: number; heightPt: number };
  /** A short note printed under the chart (例示 data, the method), or null. */
  note: string | null;
}

/** One cell of text written on the page sheet (a page title, a note); text stays text. */
export interface PageTextPlan {
  /** A1 of the cell. */
  address: string;
  text: string;
  bold?: boolean;
  fontSize?: number;
}

/** Print setup of the page sheet (A4 landscape, print area, print titles, footer page numbers). */
export interface PageLayoutPlan {
  orientation: "landscape" | "portrait";
  paper: "A4" | "A3";
  /** A1 print area ("A1:T120"). */
  printArea: string;
  /** Rows repeated on every page ("$1:$2"), or null. */
  titleRows: string | null;
  /** Fit to this many pages wide (height free). */
  fitToPagesWide: number;
  /** Centre footer, Excel header/footer codes ("&P / &N"). */
  centerFooter: string | null;
  /** Row numbers (1-based) before which a page break goes, so no chart is cut. */
  rowBreaks: number[];
}

/**
 * A whole page of charts on a sheet the add-in owns ("KPI進捗"). Drawing a page replaces the
 * add-in's previous page with the same id: charts with the same id are redrawn (their data block
 * rewritten in place), charts no longer planned are removed, and nothing the add-in did not
 * create is touched.
 */
export interface ChartPagePlan {
  /** Stable page id ("kpi:KPI"): the register sheet the page belongs to. */
  id: string;
  /** Name of the sheet to create the first time ("KPI進捗"); later runs reuse the page's own sheet. */
  sheetBaseName: string;
  texts: PageTextPlan[];
  charts: ChartPlan[];
  layout: PageLayoutPlan;
}
