import type { Issue } from "../messages/types";
import type { ChartPlan } from "./types";

/** Excel's last column (XFD = 16,384) and row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True for a single-cell A1 address inside Excel's grid ("A3", "XFD1048576"). */
export function isCellAddress(address: string): boolean {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(address);
  if (!m || !m[1] || !m[2]) return false;
  return columnNumber(m[1]) <= MAX_COLUMN && Number(m[2]) <= MAX_ROW;
}

/**
 * What Excel cannot draw, as an issue (null when the plan can be drawn): no series, no
 * categories, a series whose length differs from the categories, a value that is not a finite
 * number (null is a gap and fine), an anchor that is not a cell, a size that is not positive.
 *
 * @example checkChartPlan({ ...plan, series: [] }) // { code: "chart.noSeries", params: { id } }
 */
export function checkChartPlan(plan: ChartPlan): Issue | null {
  const id = plan.id;
  if (plan.series.length === 0) return { code: "chart.noSeries", params: { id } };
  if (plan.categories.length === 0) return { code: "chart.noCategories", params: { id } };
  for (const s of plan.series) {
    if (s.values.length !== plan.categories.length)
      return {
        code: "chart.seriesLength",
        params: { id, series: s.name, values: s.values.length, categories: plan.categories.length },
      };
    const bad = s.values.findIndex(
      (v) => v !== null && (typeof v !== "number" || !Number.isFinite(v))
    );
    if (bad >= 0)
      return {
        code: "chart.notFinite",
        params: { id, series: s.name, category: plan.categories[bad] ?? "" },
      };
  }
  const { anchor, widthPt, heightPt } = plan.placement;
  if (!isCellAddress(anchor)) return { code: "chart.badAnchor", params: { id, anchor } };
  if (!(widthPt > 0 && heightPt > 0 && Number.isFinite(widthPt) && Number.isFinite(heightPt)))
    return { code: "chart.badSize", params: { id, width: widthPt, height: heightPt } };
  return null;
}
