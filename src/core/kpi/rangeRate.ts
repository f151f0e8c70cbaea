import { D, type Decimal } from "../decimal";
import type { KpiItem } from "./types";

const ZERO = new D(0);

/**
 * A range row (範囲, 80%台 = 80 ≤ x < 90) for an actual: in the band or not, and the distance to
 * it (actual − the nearer end, 0 inside); no rate. A band comes from 下限 / 上限 (or the goal
 * value as the lower end); with neither, the year's target as a single point (530人を維持).
 *
 * @example rangeRate(item /* 80%台 *\/, new D(92.5), new D(80)).distance // 2.5
 */
export function rangeRate(item: KpiItem, A: Decimal, target: Decimal | null) {
  const goal = item.goal.target;
  let lower = goal.lower ?? goal.value;
  let upper = goal.upper;
  if (lower === null && upper === null && target !== null) lower = upper = target;
  if (lower === null && upper === null)
    return {
      actual: A,
      rate: null,
      achieved: null,
      distance: null,
      issue: { code: "kpiProgress.noBand" },
    };
  const exclusive = goal.upperExclusive;
  const below = lower !== null && A.lt(lower);
  const above = upper !== null && (exclusive ? A.gte(upper) : A.gt(upper));
  const distance = below && lower ? A.minus(lower) : above && upper ? A.minus(upper) : ZERO;
  return {
    actual: A,
    rate: null,
    achieved: !below && !above,
    distance,
    issue: { code: "kpiProgress.rangeNoRate" },
  };
}
