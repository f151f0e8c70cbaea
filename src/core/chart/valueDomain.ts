import { isBar } from "./geometryTypes";
import type { ChartPlan } from "./types";

/**
 * The lowest and highest values one axis must show: every finite value, 0 for bars (they grow
 * from it), and per category the sums of a stack's positive and negative parts. Null when the
 * axis has no value at all.
 */
export function domain(plan: ChartPlan, axis: "primary" | "secondary"): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const list = plan.series.filter((s) => s.axis === axis);
  const stacked = list.filter((s) => s.type === "stackedBar");
  for (const s of list) {
    if (s.type === "stackedBar") continue;
    for (const v of s.values)
      if (v !== null && Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    if (isBar(s) && s.values.some((v) => v !== null)) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  }
  plan.categories.forEach((_, i) => {
    if (!stacked.length) return;
    let pos = 0;
    let neg = 0;
    for (const s of stacked) {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      if (v >= 0) pos += v;
      else neg += v;
    }
    [lo, hi] = [Math.min(lo, neg), Math.max(hi, pos)];
  });
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The range the axis should cover, close to Excel's automatic axis: 0 is included unless the
 * values sit far from it (the lowest above 5/6 of the highest), and labelled values get 8% of
 * headroom so their labels stay inside the plot.
 */
export function axisRange(d: [number, number], plan: ChartPlan): [number, number] {
  let [lo, hi] = d;
  if (lo > 0 && lo < (hi * 5) / 6) lo = 0;
  if (hi < 0 && hi > (lo * 5) / 6) hi = 0;
  if (plan.series.some((s) => s.dataLabels)) {
    const room = (hi - lo || Math.abs(hi) || 1) * 0.08;
    if (hi > 0) hi += room;
    if (lo < 0) lo -= room;
  }
  return [lo, hi];
}
