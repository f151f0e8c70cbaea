import { D, type Decimal } from "../decimal";
import type { KpiRate } from "./kpiRate";
import type { GradeBand, GradeRule, GradingScheme, KpiItem } from "./types";

const HUNDRED = new D(100);

function usesBaseline(scheme: GradingScheme): boolean {
  return scheme.bands.some(
    (b) => b.rule.kind === "aboveBaseline" || b.rule.kind === "withinOfBaseline"
  );
}

/** The baseline a row is compared with: its own, or 0 for a reduction (the change starts at 0). */
function comparisonBaseline(item: KpiItem, measured: KpiRate): Decimal | null {
  return item.baseline.value ?? (measured.method === "baseline" ? measured.baseline : null);
}

/**
 * Whether a rule holds for a measured row. "undefined" holds when neither a rate nor a verdict
 * exists (no actual, T = B, no target, a milestone in progress), and, in a scheme that grades
 * against the baseline, also when the row has no baseline to compare with.
 */
function holds(rule: GradeRule, item: KpiItem, m: KpiRate, baselineScheme: boolean): boolean {
  const B = comparisonBaseline(item, m);
  const A = m.actual;
  switch (rule.kind) {
    case "completed":
      return m.state === "completed";
    case "notStarted":
      return m.state === "notStarted";
    case "noActual":
      return A === null && m.state === "none";
    case "undefined":
      return (
        (m.rate === null && m.achieved === null) || (baselineScheme && (B === null || A === null))
      );
    case "achieved":
      return m.achieved === true;
    case "rateAtLeast":
      return m.rate !== null && m.rate.gte(rule.percent);
    case "aboveBaseline":
      if (A === null || B === null) return false;
      return item.direction === "lower" ? A.lt(B) : A.gt(B);
    case "withinOfBaseline": {
      if (A === null || B === null) return false;
      const slack = B.abs().times(rule.percent).div(HUNDRED);
      return item.direction === "lower" ? A.lte(B.plus(slack)) : A.gte(B.minus(slack));
    }
    case "otherwise":
      return true;
  }
}

/**
 * The band of the scheme for a measured row: the first band whose rule holds (a checked scheme
 * ends with "otherwise"; an unchecked one falls back to its last band).
 */
export function gradeOf(item: KpiItem, measured: KpiRate, scheme: GradingScheme): GradeBand {
  const baselineScheme = usesBaseline(scheme);
  for (const band of scheme.bands)
    if (holds(band.rule, item, measured, baselineScheme)) return band;
  const last = scheme.bands[scheme.bands.length - 1];
  if (!last) throw new Error(`grading scheme ${scheme.id} has no bands`);
  return last;
}
