import type { ChartAxisPlan, ChartPagePlan, ChartPlan, PageTextPlan } from "../core/chart/types";
import { boxAddress, parseA1Range } from "../core/grid";
import { MAX_CHARTS, WorkbookError } from "./port";
import { EXCEL_MAX_ROWS, resolveRangeBox } from "./rangeBox";

/** Excel draws at most 255 series in a chart. */
export const MAX_SERIES = 255;
/** Excel's longest chart title, number format and header/footer section. */
const MAX_SHORT_TEXT = 255;
/** Longer than any id the add-in makes; the charts registry keeps ids up to 1,000 characters. */
const MAX_ID = 1_000;
/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32_767;
/** A chart larger than this (points, about 3.5 m) is not one the add-in means to draw. */
const MAX_CHART_POINTS = 10_000;

const SERIES_TYPES = ["column", "line", "bar", "stackedBar"];
const STYLES = ["solid", "outline", "dashed"];
const AXES = ["primary", "secondary"];
const LEGENDS = ["bottom", "right", "none"];
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function bad(plan: { title?: unknown }, detail: string): WorkbookError {
  return new WorkbookError("workbook.chartBadPlan", { title: String(plan.title ?? ""), detail });
}

function isText(value: unknown, max: number, min = 0): value is string {
  return typeof value === "string" && value.length >= min && value.length <= max;
}

function checkAxis(plan: ChartPlan, axis: ChartAxisPlan, name: string): void {
  if (!isText(axis.title, MAX_SHORT_TEXT)) throw bad(plan, `${name} title`);
  if (!isText(axis.numberFormat, MAX_SHORT_TEXT, 1)) throw bad(plan, `${name} number format`);
  for (const limit of [axis.min, axis.max])
    if (limit !== undefined && !Number.isFinite(limit)) throw bad(plan, `${name} min/max`);
  if (axis.min !== undefined && axis.max !== undefined && axis.min >= axis.max)
    throw bad(plan, `${name} min must be below max`);
}

/**
 * Refuses a chart plan that Excel cannot draw, before anything is written, with the same codes in
 * both implementations: no series ("workbook.chartNoSeries"), no categories
 * ("workbook.chartNoCategories"), a series whose length differs from the categories
 * ("workbook.chartSeriesLength"), a value that is not a finite number ("workbook.chartBadValue":
 * JSON, and so `Range.values`, has no NaN; a gap is `null`), no value at all in any series
 * ("workbook.chartNoValues": `charts.add` needs a source range with data), an anchor that is not
 * one cell ("workbook.badAddress": `setPosition` would fail mid-batch), and anything else Excel
 * would refuse mid-batch ("workbook.chartBadPlan" with a detail): an unknown series type, style,
 * axis or legend, a colour that is not "#RRGGBB", a size that is not a positive number, axis
 * limits that are not finite or not ordered, an overlap outside −100…100 or a gap width outside
 * 0…500, more than 255 series, a title over 255 characters.
 *
 * @example checkChartPlan({ ...plan, series: [] }) // throws WorkbookError("workbook.chartNoSeries")
 */
export function checkChartPlan(plan: ChartPlan): void {
  const { placement } = plan;
  const anchor = resolveRangeBox({ sheet: "", address: String(placement?.anchor ?? "") });
  if (anchor.rows !== 1 || anchor.cols !== 1)
    throw new WorkbookError("workbook.badAddress", { address: placement.anchor });
  const title = plan.title;
  if (!isText(plan.id, MAX_ID, 1)) throw bad(plan, "id");
  if (!isText(title, MAX_SHORT_TEXT)) throw bad(plan, "title over 255 characters");
  for (const size of [placement.widthPt, placement.heightPt])
    if (!Number.isFinite(size) || size <= 0 || size > MAX_CHART_POINTS) throw bad(plan, "size");
  if (plan.series.length === 0) throw new WorkbookError("workbook.chartNoSeries", { title });
  if (plan.series.length > MAX_SERIES) throw bad(plan, `more than ${MAX_SERIES} series`);
  if (plan.categories.length === 0)
    throw new WorkbookError("workbook.chartNoCategories", { title });
  if (plan.categories.some((c) => !isText(c, MAX_CELL_TEXT))) throw bad(plan, "category text");
  if (plan.note !== null && !isText(plan.note, MAX_CELL_TEXT)) throw bad(plan, "note");
  if (!LEGENDS.includes(plan.legend)) throw bad(plan, `legend "${String(plan.legend)}"`);
  checkAxis(plan, plan.valueAxis, "value axis");
  if (plan.secondaryAxis) checkAxis(plan, plan.secondaryAxis, "secondary axis");
  const categoryTitle = plan.categoryAxis?.title;
  if (categoryTitle !== null && !isText(categoryTitle, MAX_SHORT_TEXT))
    throw bad(plan, "category axis title");
  if (plan.overlap !== undefined && !(plan.overlap >= -100 && plan.overlap <= 100))
    throw bad(plan, "overlap outside -100..100");
  if (plan.gapWidth !== undefined && !(plan.gapWidth >= 0 && plan.gapWidth <= 500))
    throw bad(plan, "gap width outside 0..500");
  let values = 0;
  for (const s of plan.series) {
    if (!isText(s.name, MAX_SHORT_TEXT)) throw bad(plan, "series name");
    const what = `series "${s.name}"`;
    if (!SERIES_TYPES.includes(s.type)) throw bad(plan, `${what}: type "${String(s.type)}"`);
    if (!STYLES.includes(s.style)) throw bad(plan, `${what}: style "${String(s.style)}"`);
    if (!AXES.includes(s.axis)) throw bad(plan, `${what}: axis "${String(s.axis)}"`);
    if (!isText(s.color, 7) || !COLOR.test(s.color))
      throw bad(plan, `${what}: colour "${String(s.color)}"`);
    if (s.values.length !== plan.categories.length) {
      throw new WorkbookError("workbook.chartSeriesLength", {
        title,
        series: s.name,
        values: s.values.length,
        categories: plan.categories.length,
      });
    }
    const badAt = s.values.findIndex((v) => v !== null && !Number.isFinite(v));
    if (badAt >= 0) {
      throw new WorkbookError("workbook.chartBadValue", {
        title,
        series: s.name,
        category: plan.categories[badAt] ?? "",
      });
    }
    values += s.values.filter((v) => v !== null).length;
  }
  if (values === 0) throw new WorkbookError("workbook.chartNoValues", { title });
}

function layoutError(detail: string): WorkbookError {
  return new WorkbookError("workbook.pageBadLayout", { detail });
}

/** "$1:$2" / "1:2": whole rows; the first and last row numbers, or null. */
export function titleRowsBox(rows: string): { top: number; bottom: number } | null {
  const m = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(rows.trim());
  if (!m) return null;
  const [top, bottom] = [Number(m[1]), Number(m[2])];
  return top >= 1 && bottom >= top && bottom <= EXCEL_MAX_ROWS ? { top, bottom } : null;
}

/**
 * Refuses a page Excel cannot draw or lay out, before anything is written: every chart as
 * {@link checkChartPlan}; two charts with one id ("workbook.chartDuplicateId"); more than
 * MAX_CHARTS charts ("workbook.tooManyCharts"); a text whose address is not one cell
 * ("workbook.badAddress"); and a layout Excel refuses ("workbook.pageBadLayout"): an unknown
 * orientation or paper, a print area that is not a range, title rows that are not whole rows, a
 * fit-to-width that is not a whole number 1–100, a row break outside 2…1,048,576, a footer over
 * 255 characters.
 *
 * @example checkChartPage({ ...page, charts: [plan, plan] }) // throws "workbook.chartDuplicateId"
 */
export function checkChartPage(page: ChartPagePlan): void {
  if (!isText(page.id, MAX_ID, 1)) throw layoutError("page id");
  if (typeof page.sheetBaseName !== "string") throw layoutError("sheet name");
  if (page.charts.length > MAX_CHARTS)
    throw new WorkbookError("workbook.tooManyCharts", { limit: MAX_CHARTS });
  const ids = new Set<string>();
  for (const plan of page.charts) {
    checkChartPlan(plan);
    if (ids.has(plan.id)) throw new WorkbookError("workbook.chartDuplicateId", { id: plan.id });
    ids.add(plan.id);
  }
  for (const text of page.texts) {
    const box = resolveRangeBox({ sheet: "", address: String(text.address ?? "") });
    if (box.rows !== 1 || box.cols !== 1)
      throw new WorkbookError("workbook.badAddress", { address: text.address });
    if (!isText(text.text, MAX_CELL_TEXT)) throw layoutError(`text at ${text.address}`);
    if (text.fontSize !== undefined && !(text.fontSize >= 1 && text.fontSize <= 409))
      throw layoutError(`font size at ${text.address}`);
  }
  const { layout } = page;
  if (layout.orientation !== "landscape" && layout.orientation !== "portrait")
    throw layoutError(`orientation "${String(layout.orientation)}"`);
  if (layout.paper !== "A4" && layout.paper !== "A3")
    throw layoutError(`paper "${String(layout.paper)}"`);
  if (!parseA1Range(String(layout.printArea ?? "")))
    throw layoutError(`print area "${String(layout.printArea)}"`);
  resolveRangeBox({ sheet: "", address: layout.printArea });
  if (layout.titleRows !== null && !titleRowsBox(String(layout.titleRows)))
    throw layoutError(`title rows "${String(layout.titleRows)}"`);
  if (
    !Number.isInteger(layout.fitToPagesWide) ||
    layout.fitToPagesWide < 1 ||
    layout.fitToPagesWide > 100
  )
    throw layoutError("fit to pages wide");
  if (layout.centerFooter !== null && !isText(layout.centerFooter, MAX_SHORT_TEXT))
    throw layoutError("footer");
  for (const row of layout.rowBreaks)
    if (!Number.isInteger(row) || row < 2 || row > EXCEL_MAX_ROWS)
      throw layoutError(`row break ${String(row)}`);
}

/** Excel's default row height with the Japanese default font (游ゴシック 11 pt), in points. */
export const DEFAULT_ROW_POINTS = 18.75;
/** Font size of a chart's note under it. */
export const NOTE_FONT_SIZE = 9;

/**
 * The cells a page writes: each chart's note (ChartPlan.note) in the anchor's column on the first
 * row below the chart (rows of `rowHeightPt`, the page sheet's standard height: the add-in never
 * changes row heights on its own sheet), then the page's texts; a text at a note's cell wins.
 *
 * @example pageCells({ ...page, charts: [{ ...plan, note: "例示", placement: { anchor: "B3", widthPt: 360, heightPt: 225 } }] })[0] // { address: "B15", text: "例示", fontSize: 9 }
 */
export function pageCells(page: ChartPagePlan, rowHeightPt = DEFAULT_ROW_POINTS): PageTextPlan[] {
  const cells = new Map<string, PageTextPlan>();
  for (const plan of page.charts) {
    if (plan.note === null || plan.note === "") continue;
    const anchor = parseA1Range(plan.placement.anchor);
    if (!anchor) continue;
    const top = anchor.top + Math.ceil(plan.placement.heightPt / rowHeightPt);
    if (top >= EXCEL_MAX_ROWS) continue;
    const address = boxAddress({ top, left: anchor.left, rows: 1, cols: 1 });
    cells.set(address, { address, text: plan.note, fontSize: NOTE_FONT_SIZE });
  }
  for (const text of page.texts) {
    const address = boxAddress(resolveRangeBox({ sheet: "", address: text.address }));
    cells.set(address, { ...text, address });
  }
  return [...cells.values()];
}
