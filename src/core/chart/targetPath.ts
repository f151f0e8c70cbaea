import type { Decimal } from "../decimal";
import type { KpiItem } from "../kpi/types";
import { yearTarget } from "../kpi/yearTarget";

/**
 * The yearly targets of a row with no plan in any year, when they follow the straight line from
 * the baseline to the goal (domain.md §5: B + (T − B) × k / N): one value per year of the row, the
 * goal from the goal year on, null where there is no target. Null when the row has plans, or its
 * targets are not a path (毎年度 the goal itself, 範囲 a band): the goal line says it all then.
 * With `baselineFirst`, the path starts at the baseline value in the baseline's category.
 *
 * @example linearTargetPath(co2 /* 最終 △2,231t by R11, no plan *\/, false) // [-371.8…, -743.6…, …, -2231]
 */
export function linearTargetPath(item: KpiItem, baselineFirst: boolean): (Decimal | null)[] | null {
  if (item.years.some((y) => y.plan !== null)) return null;
  const targets = item.years.map((y) => yearTarget(item, y.fiscalYear));
  if (!targets.some((t) => t.source === "linear")) return null;
  const path = targets.map((t) => (t.source === "linear" || t.source === "goal" ? t.target : null));
  return baselineFirst ? [item.baseline.value, ...path] : path;
}
