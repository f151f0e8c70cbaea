import type { PlanKpiChartsOptions } from "../../core/chart/planKpiCharts";
import type { ChartPlan, ChartPlanKind } from "../../core/chart/types";

/** Kinds drawn once per indicator row; the others are one chart for the whole register. */
const PER_ITEM: readonly ChartPlanKind[] = ["indicator", "cumulative"];

/**
 * The sheet row a per-indicator chart belongs to, from its plan id ("kpi:indicator:12" → 12), or
 * null for a chart of the whole register.
 *
 * @example chartItemRow({ id: "kpi:cumulative:40", kind: "cumulative", … }) // 40
 */
export function chartItemRow(chart: ChartPlan): number | null {
  if (!PER_ITEM.includes(chart.kind)) return null;
  const match = /:(\d+)$/.exec(chart.id);
  return match ? Number(match[1]) : null;
}

/**
 * What to ask planKpiCharts for so that it plans the candidates the user kept: the kinds with a
 * chart left, and the indicator rows none of whose charts was left out (planKpiCharts chooses
 * indicators by row, so leaving out one chart of a row leaves out the row). Null when nothing is
 * left.
 *
 * @example chosenOptions(page.charts, new Set(["kpi:overview"]), "ja")
 */
export function chosenOptions(
  candidates: readonly ChartPlan[],
  excluded: ReadonlySet<string>,
  lang: PlanKpiChartsOptions["lang"]
): PlanKpiChartsOptions | null {
  const droppedRows = new Set(
    candidates.flatMap((c) => {
      const row = chartItemRow(c);
      return row !== null && excluded.has(c.id) ? [row] : [];
    })
  );
  const kept = candidates.filter((c) => {
    const row = chartItemRow(c);
    return !excluded.has(c.id) && (row === null || !droppedRows.has(row));
  });
  if (kept.length === 0) return null;
  const kinds = [...new Set(kept.map((c) => c.kind))];
  if (!kinds.some((k) => PER_ITEM.includes(k))) return { lang, kinds };
  const rows = [...new Set(kept.flatMap((c) => chartItemRow(c) ?? []))];
  return { lang, kinds, itemRows: rows };
}

/**
 * The charts to leave out after the user ticks or unticks one: ticking a per-indicator chart
 * takes its row's other charts back in too (they are chosen together).
 *
 * @example includeChart(candidates, excluded, chart, true)
 */
export function includeChart(
  candidates: readonly ChartPlan[],
  excluded: ReadonlySet<string>,
  chart: ChartPlan,
  include: boolean
): Set<string> {
  const next = new Set(excluded);
  if (!include) {
    next.add(chart.id);
    return next;
  }
  next.delete(chart.id);
  const row = chartItemRow(chart);
  if (row !== null) for (const c of candidates) if (chartItemRow(c) === row) next.delete(c.id);
  return next;
}
