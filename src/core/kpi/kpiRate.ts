import { D, type Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import { achievement } from "../indicators/achievement";
import { milestoneState, type MilestoneState } from "./milestoneState";
import type { KpiItem, KpiMethod, KpiYear } from "./types";
import { rangeRate } from "./rangeRate";
import { sumUpTo } from "./yearTarget";

/** The measured part of one row's progress for a year (KpiProgress without target and grade). */
export interface KpiRate {
  method: KpiMethod;
  /** The year's actual (a running total for 累計 rows), or null = no actual yet. */
  actual: Decimal | null;
  /** Percent, unrounded, or null with `issue`. */
  rate: Decimal | null;
  achieved: boolean | null;
  issue: Issue | null;
  /** The baseline B the rate is measured from (0 for a reduction without one), or null. */
  baseline: Decimal | null;
  /** Range rows: actual minus the nearer end of the band (0 inside), else null. */
  distance: Decimal | null;
  state: MilestoneState;
}

const ZERO = new D(0);

/** Which method a row is measured by (domain.md §5). */
export function kpiMethodOf(item: KpiItem, target: Decimal | null): KpiMethod {
  if (item.direction === "milestone" || item.targetType === "milestone") return "milestone";
  if (item.direction === "range") return "range";
  if (item.targetType === "cumulative") return "cumulative";
  if (item.baseline.value !== null || isReduction(item, target)) return "baseline";
  return item.direction === "lower" ? "inverse" : "ratio";
}

/** A reduction target: a negative amount (△150件) with 方向 減少. */
function isReduction(item: KpiItem, target: Decimal | null): boolean {
  const t = target ?? item.goal.target.value;
  return item.direction === "lower" && t !== null && t.isNegative() && !t.isZero();
}

/** The baseline B of the baseline and cumulative methods (0 when none: a reduction, a running total). */
export function baselineOf(item: KpiItem): Decimal {
  return item.baseline.value ?? ZERO;
}

/**
 * The actual of the year: a 累計 row with single-year columns sums the actuals up to the year
 * (every year with a plan, and the year itself, must have one: blank is not zero).
 */
function actualOf(item: KpiItem, fiscalYear: number, year: KpiYear | undefined) {
  const actual = year?.actual ?? null;
  if (actual === null) return { actual: null, issue: noActual(fiscalYear) };
  if (item.targetType !== "cumulative" || !item.planIsSingleYear) return { actual, issue: null };
  for (const y of item.years) {
    if (y.fiscalYear >= fiscalYear) break;
    if (y.plan !== null && y.actual === null)
      return {
        actual: null,
        issue: { code: "kpiProgress.missingEarlierActual", params: { year: y.fiscalYear } },
      };
  }
  return { actual: sumUpTo(item.years, fiscalYear, (y) => y.actual), issue: null };
}

function noActual(fiscalYear: number): Issue {
  return { code: "kpiProgress.noActual", params: { year: fiscalYear } };
}

/**
 * Rate and achievement of one row against the year's target T, exact (rounded only for display):
 * ratio A / T (met iff A ≥ T); inverse T / A (met iff A ≤ T); baseline and cumulative
 * (A − B) / (T − B), B = 0 for a reduction or a running total without baseline, met iff A is at
 * or beyond T in the row's direction; range: in the band or not, with the distance, no rate;
 * milestone: the status, no rate. No actual → everything null. T = B → progress undefined.
 */
export function kpiRate(item: KpiItem, fiscalYear: number, target: Decimal | null): KpiRate {
  const method = kpiMethodOf(item, target);
  const year = item.years.find((y) => y.fiscalYear === fiscalYear);
  const state = milestoneState(item, year);
  const base = { method, distance: null, state };
  if (method === "milestone") {
    const achieved = state === "completed" ? true : state === "notStarted" ? false : null;
    const issue =
      state === "none" ? noActual(fiscalYear) : { code: "kpiProgress.milestoneNoNumber" };
    return { ...base, actual: null, rate: null, achieved, issue, baseline: null };
  }
  const read = actualOf(item, fiscalYear, year);
  const B = method === "baseline" || method === "cumulative" ? baselineOf(item) : null;
  if (read.actual === null)
    return { ...base, actual: null, rate: null, achieved: null, issue: read.issue, baseline: B };
  const A = read.actual;
  if (method === "range") return { ...rangeRate(item, A, target), method, state, baseline: null };
  if (target === null)
    return {
      ...base,
      actual: A,
      rate: null,
      achieved: null,
      issue: { code: "kpiProgress.noYearTarget", params: { year: fiscalYear } },
      baseline: B,
    };
  const achieved = item.direction === "lower" ? A.lte(target) : A.gte(target);
  const measured = rateOf(method, A, target, B);
  return { ...base, actual: A, achieved, baseline: B, ...measured };
}

/** The rate alone, for the year's target or the period goal. */
export function rateOf(
  method: KpiMethod,
  A: Decimal,
  T: Decimal,
  B: Decimal | null
): { rate: Decimal | null; issue: Issue | null } {
  const b = method === "baseline" || method === "cumulative" ? (B ?? ZERO) : null;
  if (b !== null && T.minus(b).isZero())
    return {
      rate: null,
      issue: { code: "kpiProgress.progressUndefined", params: { value: T.toFixed() } },
    };
  if (method === "inverse" && A.isZero())
    return { rate: null, issue: { code: "kpiProgress.zeroActual" } };
  if (b === null && method !== "inverse" && T.isZero())
    return { rate: null, issue: { code: "kpiProgress.zeroTarget" } };
  // The indicator functions' 達成率 (ZAISEI.ACHIEVEMENT) does the arithmetic; its exact value is kept.
  const r = achievement(A, T, method === "inverse" ? "lower" : "higher", b);
  if (r.kind !== "value")
    throw new Error(`achievement failed after its zero checks: ${r.issue.code}`);
  return { rate: r.exact, issue: null };
}
