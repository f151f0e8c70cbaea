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
 * chart left, and the rows of the per-indicator charts left. Null when nothing is left.
 *
 * @example chosenOptions(page.charts, new Set(["kpi:overview"]), "ja")
 */
export function chosenOptions(
  candidates: readonly ChartPlan[],
  excluded: ReadonlySet<string>,
  lang: PlanKpiChartsOptions["lang"]
): PlanKpiChartsOptions | null {
  const kept = candidates.filter((c) => !excluded.has(c.id));
  if (kept.length === 0) return null;
  const kinds = [...new Set(kept.map((c) => c.kind))];
  const rows = [
    ...new Set(
      kept.flatMap((c) => {
        const row = chartItemRow(c);
        return row === null ? [] : [row];
      })
    ),
  ];
  const perItem = kinds.some((k) => PER_ITEM.includes(k));
  return perItem ? { lang, kinds, itemRows: rows } : { lang, kinds };
}
