import { WorkbookError, type ChartSpec } from "./port";
import { resolveRangeBox } from "./rangeBox";

/**
 * Refuses a chart spec that Excel cannot draw, before anything is written, with the same codes in
 * both implementations: no series ("workbook.chartNoSeries": Excel's `charts.add` needs a source
 * range with data, and the adapter draws series from it), no categories
 * ("workbook.chartNoCategories": the data block would have a header and no rows), a series whose
 * length differs from the categories ("workbook.chartSeriesLength"), a value that is not a finite
 * number ("workbook.chartBadValue": JSON, and so `Range.values`, has no NaN or Infinity; a gap is
 * `null`), and an anchor that is not one cell ("workbook.badAddress": `setPosition` would fail
 * mid-batch, after the data block was written).
 *
 * @example checkChartSpec({ ...spec, series: [] }) // throws WorkbookError("workbook.chartNoSeries")
 */
export function checkChartSpec(spec: ChartSpec): void {
  const anchor = resolveRangeBox({ sheet: spec.sheet, address: spec.anchor });
  if (anchor.rows !== 1 || anchor.cols !== 1)
    throw new WorkbookError("workbook.badAddress", { address: spec.anchor });
  const title = spec.title;
  if (spec.series.length === 0) throw new WorkbookError("workbook.chartNoSeries", { title });
  if (spec.categories.length === 0)
    throw new WorkbookError("workbook.chartNoCategories", { title });
  for (const s of spec.series) {
    if (s.values.length !== spec.categories.length) {
      throw new WorkbookError("workbook.chartSeriesLength", {
        title,
        series: s.name,
        values: s.values.length,
        categories: spec.categories.length,
      });
    }
    const bad = s.values.findIndex((v) => v !== null && !Number.isFinite(v));
    if (bad >= 0) {
      throw new WorkbookError("workbook.chartBadValue", {
        title,
        series: s.name,
        category: spec.categories[bad] ?? "",
      });
    }
  }
}
